"""A reference series kept with an indicator: the country, the county, a neighbour, a group.

The references a municipality compares itself with are named in ``ambition.yaml``
(``models/project.py``, ``NamedReference``); the import (``importing/references.py``) brings
their series into each indicator file under ``references:``.
"""

import math
from typing import Annotated

from pydantic import Field, field_validator, model_validator

from ambition.models.common import Id, Model, NonEmptyText, Number, WholeNumber

Year = Annotated[WholeNumber, Field(ge=1900, le=2200, description="Calendar year, e.g. 2022.")]


class ReferenceSeries(Model):
    """A series to compare with, kept with the indicator: the country, a group of municipalities.

    ``values`` maps a year to the reference's value in the indicator's unit. A group of
    municipalities has ``members`` instead: the ids of the indicator's other reference series
    that make it up (the rank and group rules compare with them). Raises ValueError for a
    value that is not finite, or for both values and members.
    """

    name: NonEmptyText = Field(description="Display name, e.g. 'Riket'.")
    source: str | None = None
    values: dict[Year, Number] = Field(default_factory=dict)
    members: list[Id] = Field(
        default_factory=list, description="A group's members: ids of other reference series."
    )

    @field_validator("values")
    @classmethod
    def _finite(cls, values: dict[int, float]) -> dict[int, float]:
        for year, value in values.items():
            if not math.isfinite(value):
                raise ValueError(f"the value for {year} is not a finite number")
        return dict(sorted(values.items()))

    @model_validator(mode="after")
    def _series_or_group(self) -> "ReferenceSeries":
        if self.members and self.values:
            raise ValueError(
                "a reference has either 'values' (one series) or 'members' (a group), not both"
            )
        return self

    @property
    def is_group(self) -> bool:
        """True for a group of municipalities (``members``), False for one series."""
        return bool(self.members)


def check_groups(references: dict[str, ReferenceSeries]) -> dict[str, ReferenceSeries]:
    """``references`` unchanged when every group's members are series among them; raises
    ValueError naming the first member that is missing or is itself a group."""
    for ref_id, reference in references.items():
        for member in reference.members:
            other = references.get(member)
            if other is None or other.is_group:
                raise ValueError(
                    f"references.{ref_id}.members: '{member}' is not one of the indicator's "
                    "reference series; import the members' series too"
                )
    return references
