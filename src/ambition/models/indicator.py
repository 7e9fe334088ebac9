"""``data/indicators/<id>.yaml``: an indicator with its source, baseline, targets and values."""

import math
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator, model_validator

from ambition.models.common import Decision, Id, Model, NonEmptyText, Number, RuleName, WholeNumber

Year = Annotated[WholeNumber, Field(ge=1900, le=2200, description="Calendar year, e.g. 2022.")]


class Direction(StrEnum):
    """The desired direction of an indicator (önskad riktning)."""

    INCREASE = "increase"
    DECREASE = "decrease"


class Comparison(StrEnum):
    """How a value is compared with a target value.

    Words rather than symbols, because ``>`` and ``<`` start special constructs in YAML.
    """

    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ABOVE = "above"
    BELOW = "below"
    BETWEEN = "between"


class Source(Model):
    """Where the values come from: publisher, optional Kolada KPI id, link."""

    publisher: NonEmptyText
    kolada_kpi: Annotated[str, StringConstraints(pattern=r"^[NU]\d{5}$")] | None = Field(
        default=None, description="Kolada key figure id, e.g. 'N00401'."
    )
    measure: str | None = Field(default=None, description="The publisher's name of the measure.")
    url: str | None = None
    note: str | None = None


class Baseline(Model):
    """The baseline (utgångsvärde): a value in a year."""

    year: Year
    value: Number


class Target(Model):
    """A target (målvärde) for a year.

    ``value`` is the long-term target; ``acceptable`` is the value acceptable in the shorter term,
    which gives 'partly achieved'. With ``comparison: between``, ``value`` is the lower and
    ``upper`` the upper bound. ``national`` marks a national target adopted where no local one is
    decided.
    """

    year: Year
    value: Number
    comparison: Comparison
    upper: Number | None = None
    acceptable: Number | None = Field(
        default=None, description="Value acceptable in the shorter term (gives partly achieved)."
    )
    national: bool = Field(default=False, description="True for a national target adopted locally.")
    note: str | None = None

    @model_validator(mode="after")
    def _bounds(self) -> "Target":
        if self.comparison is Comparison.BETWEEN:
            if self.upper is None:
                raise ValueError("comparison 'between' needs an upper bound: add 'upper: <number>'")
            if self.upper < self.value:
                raise ValueError(f"upper ({self.upper}) is below value ({self.value})")
        elif self.upper is not None:
            raise ValueError("'upper' is only used with comparison 'between'")
        return self


class ReferenceSeries(Model):
    """A series to compare with, kept with the indicator: the country, a group of municipalities.

    ``values`` maps a year to the reference's value in the indicator's unit.
    """

    name: NonEmptyText = Field(description="Display name, e.g. 'Riket'.")
    source: str | None = None
    values: dict[Year, Number] = Field(default_factory=dict)

    @field_validator("values")
    @classmethod
    def _finite(cls, values: dict[int, float]) -> dict[int, float]:
        return _finite_series(values)


def _finite_series(values: dict[int, float]) -> dict[int, float]:
    for year, value in values.items():
        if not math.isfinite(value):
            raise ValueError(f"the value for {year} is not a finite number")
    return dict(sorted(values.items()))


class Indicator(Model):
    """An indicator (indikator, nyckeltal) under one measurement area.

    ``values`` maps a measurement year to the value, in ``unit``; ``decimals`` is the number of
    decimals shown in reports. ``series_breaks`` maps a year to a note where the definition
    changed, so no trend is drawn across it.
    """

    id: Id
    title: NonEmptyText
    description: str | None = None
    unit: NonEmptyText
    decimals: WholeNumber = Field(default=1, ge=0, le=6)
    direction: Direction
    responsible: Id = Field(description="Organisation id that reports and assesses the indicator.")
    measurement_area: Id
    source: Source
    rule: RuleName | None = Field(
        default=None,
        description="Rule of the method (data/method.yaml); by default the method's default rule.",
    )
    weight: Number = Field(default=1.0, gt=0, le=100, description="Weight in the roll-up.")
    baseline: Baseline | None = None
    targets: list[Target] = Field(default_factory=list)
    decision: Decision | None = Field(default=None, description="Decision on the ambition level.")
    steering_documents: list[Id] = Field(
        default_factory=list, description="Ids of steering documents the indicator rests on."
    )
    values: dict[Year, Number] = Field(default_factory=dict)
    series_breaks: dict[Year, str] = Field(default_factory=dict)
    references: dict[Id, ReferenceSeries] = Field(
        default_factory=dict, description="Reference series by id, e.g. 'riket'."
    )

    @field_validator("values")
    @classmethod
    def _finite(cls, values: dict[int, float]) -> dict[int, float]:
        return _finite_series(values)
