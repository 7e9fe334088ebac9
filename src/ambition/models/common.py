"""Building blocks shared by several file kinds: ids, statuses, trends, decision provenance."""

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    SerializerFunctionWrapHandler,
    Strict,
    StringConstraints,
    WithJsonSchema,
    model_serializer,
)
from pydantic_core import PydanticCustomError

from ambition.numbers import Threshold

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
"""Ids are lower-case ASCII letters, digits and hyphens, so they are safe as file names everywhere."""

Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=80),
    Field(
        description="Id: lower-case letters a-z, digits and hyphens, e.g. 'ekologiska-livsmedel'."
    ),
]

RuleName = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=80),
    Field(
        description="Name of a rule: built in (target_level, trajectory, growth_ratio, "
        "trend_only, rolling_mean, trend_strength, expert) or named in data/method.yaml."
    ),
]

Number = Annotated[float, Strict()]
"""A number as YAML reads one: ``30`` or ``12.5``. ``true`` (a boolean) and ``"30"`` (a text in
quotes) are refused, as the JSON Schemas refuse them, instead of becoming 1.0 and 30.0."""

WholeNumber = Annotated[int, Strict()]
"""A whole number as YAML reads one: ``2022``. ``true``, ``"2018"`` and ``2022.0`` are refused."""

NonEmptyText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Model(BaseModel):
    """Base of every data model: immutable, unknown keys refused."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class WithOptionalDegrees(Model):
    """A model with settings of the optional degrees (largely and slightly achieved, named in
    ``OPTIONAL``) that are left out of its dumped form while unset, so a method of the common
    three-level scale is written, stored and compared exactly as before they existed."""

    OPTIONAL: ClassVar[tuple[str, ...]] = ()

    @model_serializer(mode="wrap")
    def _without_unset(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            for name in self.OPTIONAL:
                if data.get(name, ...) is None:
                    del data[name]
        return data


class Status(StrEnum):
    """Assessment status (bedömning): one of five degrees of achievement, best first, plus 'not
    assessed'.

    The common scale uses three of them (uppfyllt, delvis uppfyllt, ej uppfyllt); a four- or
    five-degree scale adds 'largely achieved' (till stor del uppfyllt) between achieved and
    partly, and 'slightly achieved' (i låg grad uppfyllt) between partly and not achieved
    (``models/scale.py``). The vocabulary is fixed, so statuses stay comparable between
    municipalities and the exports and JSON Schemas can list them. 'not assessed' (ej bedömd)
    means no data or no applicable rule; it is never a degree of achievement and is kept apart
    from 'partly achieved'.
    """

    ACHIEVED = "achieved"
    LARGELY_ACHIEVED = "largely_achieved"
    PARTLY_ACHIEVED = "partly_achieved"
    SLIGHTLY_ACHIEVED = "slightly_achieved"
    NOT_ACHIEVED = "not_achieved"
    NOT_ASSESSED = "not_assessed"


class Trend(StrEnum):
    """Direction of change relative to the desired direction (förbättring/oförändrad/försämring)."""

    IMPROVING = "improving"
    STABLE = "stable"
    WORSENING = "worsening"
    INSUFFICIENT_DATA = "insufficient_data"


class Decision(Model):
    """Provenance of a political decision: who decided, when, under which paragraph and number.

    Only ``body`` is required, since older decisions are often known only by their body and
    registration number. Example: body 'Kommunstyrelsen', registration_number 'KS 2019/160'.
    """

    body: NonEmptyText = Field(description="Decision-making body, e.g. 'Kommunfullmäktige'.")
    date: dt.date | None = Field(default=None, description="Date of the decision, YYYY-MM-DD.")
    paragraph: str | None = Field(default=None, description="Minute paragraph, e.g. '§ 155'.")
    registration_number: str | None = Field(
        default=None, description="Registration number (diarienummer), e.g. 'KS 2019/160'."
    )
    url: str | None = Field(default=None, description="Link to the published decision.")
    note: str | None = Field(default=None, description="Free text about the decision.")


def _share_threshold(value: object) -> Threshold:
    """A share threshold as decided: a number from 0 to 1 or a fraction such as 2/3."""
    if isinstance(value, str) and "/" not in value:
        # Loading's number hints then say how to write it ('67 %' → 'write 0.67').
        raise PydanticCustomError(
            "float_parsing", "expected a number (0.667) or a fraction of whole numbers (2/3)"
        )
    threshold = Threshold.parse(value)
    if not 0 <= threshold.exact <= 1:
        raise ValueError(
            f"expected a share between 0 and 1, such as 0.667 or 2/3, not {threshold.written}"
        )
    return threshold


ShareThreshold = Annotated[
    Threshold,
    Field(ge=0, le=1),
    PlainValidator(_share_threshold),
    PlainSerializer(Threshold.serialized),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number", "minimum": 0, "maximum": 1},
                {"type": "string", "pattern": r"^\s*\d+\s*/\s*\d+\s*$"},
            ],
            "description": (
                "A share between 0 and 1 as decided: a decimal (0.667) or a fraction (2/3), "
                "compared exactly."
            ),
        }
    ),
]
"""A threshold of a share written as decided, ``0.667`` or ``2/3``, kept exact
(:class:`ambition.numbers.Threshold`) and shown as written ('66,7 %', 'två tredjedelar')."""
