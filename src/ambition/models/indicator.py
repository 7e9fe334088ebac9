"""``data/indicators/<id>.yaml``: an indicator with its source, baseline, targets and values."""

import math
from collections.abc import Mapping
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Any

from pydantic import (
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from ambition.models.common import (
    Decision,
    Id,
    Model,
    NonEmptyText,
    Number,
    RuleName,
    WholeNumber,
)
from ambition.models.reference import ReferenceSeries, check_groups
from ambition.models.resolve import breakdown_raw, resolve_breakdowns, resolve_targets
from ambition.models.value import (
    Marker,
    SeriesViews,
    ValueEntry,
    YearEntry,
    finite_entries,
    json_years,
    read_views,
)
from ambition.numbers import counted_rest, unit_heading, unit_text

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
    INCREASE = "increase"
    DECREASE = "decrease"
    UNCHANGED = "unchanged"


DIRECTIONAL = frozenset({Comparison.INCREASE, Comparison.DECREASE, Comparison.UNCHANGED})
"""Targets that are a direction ("ska öka") from the value of a reference year."""

_AGAINST = {
    Direction.INCREASE: frozenset({Comparison.AT_MOST, Comparison.BELOW, Comparison.DECREASE}),
    Direction.DECREASE: frozenset({Comparison.AT_LEAST, Comparison.ABOVE, Comparison.INCREASE}),
}
"""The comparisons that contradict each desired direction."""


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


class Derived(Model):
    """A target derived from a baseline by a stated formula: the base times (1 + ``change``).

    The base is the mean of the values ``first_year``–``last_year`` (both given), else the
    indicator's baseline. E.g. "medelvärdet 2001–2005 minus 20 %": first_year 2001,
    last_year 2005, change −0.2.
    """

    change: Annotated[Number, Field(ge=-1.0, le=10.0)] = Field(
        description="Relative change from the base, e.g. -0.2 for minus 20 %."
    )
    first_year: Year | None = None
    last_year: Year | None = None

    @model_validator(mode="after")
    def _years(self) -> "Derived":
        if (self.first_year is None) != (self.last_year is None):
            raise ValueError("give both first_year and last_year, or neither (the baseline)")
        if (
            self.first_year is not None
            and self.last_year is not None
            and (self.last_year < self.first_year)
        ):
            raise ValueError(f"last_year ({self.last_year}) is before first_year")
        return self


def _value_computed(schema: dict[str, Any]) -> None:
    """The JSON Schema of a target: ``value`` may be left out (a directional or derived target
    gets it from the indicator), so editors do not ask for it."""
    required = schema.get("required")
    if isinstance(required, list) and "value" in required:
        required.remove("value")


class Target(Model):
    """A target (målvärde) for a year.

    ``value`` is the long-term target; ``acceptable`` is the value acceptable in the shorter term,
    which gives 'partly achieved'. With ``comparison: between``, ``value`` is the lower and
    ``upper`` the upper bound. ``national`` marks a national target adopted where no local one is
    decided. Several targets for different years are interim targets (delmål per år).

    A directional target (``increase``, ``decrease``, ``unchanged``: "ska öka") compares with
    the value in ``reference_year`` (by default the baseline's year); ``value`` is then that
    value, filled in by the indicator. ``unchanged`` is met within ``tolerance`` (a share of the
    reference's magnitude, default 0). A ``derived`` target keeps its formula and gets its
    ``value`` computed from it. ``against_direction: true`` declares a comparison that goes
    against the indicator's direction (otherwise refused).
    """

    model_config = ConfigDict(**Model.model_config, json_schema_extra=_value_computed)

    year: Year
    value: Number = Field(
        description="The target value; computed for a directional or derived target."
    )
    comparison: Comparison
    reference_year: Year | None = Field(
        default=None, description="Year compared with by a directional target (the baseline's)."
    )
    tolerance: Annotated[Number, Field(ge=0.0, le=1.0)] | None = None
    derived: Derived | None = None
    against_direction: bool = Field(
        default=False, description="True when the comparison goes against the direction."
    )
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
        directional = self.comparison in DIRECTIONAL
        if self.reference_year is not None and not directional:
            raise ValueError("'reference_year' is only used with increase, decrease or unchanged")
        if self.tolerance is not None and self.comparison is not Comparison.UNCHANGED:
            raise ValueError("'tolerance' is only used with comparison 'unchanged'")
        if directional and (self.derived is not None or self.acceptable is not None):
            raise ValueError("a directional target has neither 'derived' nor 'acceptable'")
        return self

    @property
    def directional(self) -> bool:
        """True for a target that is a direction from a reference year's value."""
        return self.comparison in DIRECTIONAL


def _finite_series(values: dict[int, float]) -> dict[int, float]:
    for year, value in values.items():
        if not math.isfinite(value):
            raise ValueError(f"the value for {year} is not a finite number")
    return dict(sorted(values.items()))


GENDERS = {"kvinnor": "K", "man": "M"}
"""The breakdowns by gender, by id, with Kolada's gender code; the total (T) is ``values``."""


class Breakdown(Model):
    """A row beside the total: the values of a part of the population, e.g. women.

    The ids ``kvinnor`` and ``man`` are the breakdowns by gender (Kolada's K and M; the total,
    T, is the indicator's own ``values``); any other id names a breakdown of one's own, e.g. a
    district. Without ``targets`` the indicator's targets apply to the row, a direction or a
    formula computed from the row's own values.
    """

    title: NonEmptyText = Field(description="The row's name in reports, e.g. 'Kvinnor'.")
    values: dict[Year, YearEntry] = Field(default_factory=dict)
    targets: list[Target] | None = Field(
        default=None, description="The row's own targets; by default the indicator's."
    )

    @field_validator("values")
    @classmethod
    def _finite(cls, values: dict[int, float | ValueEntry]) -> dict[int, float | ValueEntry]:
        return finite_entries(values)


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
    count_noun: NonEmptyText | None = Field(
        default=None, description="What 'antal' counts, in its place: '14 854 invånare'."
    )
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
    values: dict[Year, YearEntry] = Field(default_factory=dict)
    series_breaks: dict[Year, str] = Field(default_factory=dict)
    references: dict[Id, ReferenceSeries] = Field(
        default_factory=dict, description="Reference series by id, e.g. 'riket'."
    )
    breakdowns: dict[Id, Breakdown] = Field(
        default_factory=dict, description="Rows beside the total by id: 'kvinnor', 'man', …"
    )

    @field_validator("values")
    @classmethod
    def _finite(cls, values: dict[int, float | ValueEntry]) -> dict[int, float | ValueEntry]:
        return finite_entries(values)

    @cached_property
    def series_views(self) -> SeriesViews:
        """``values`` read once (``models.value.read_views``): the method asks for the numbers
        of an indicator some ten times per period. Read it through ``views()``, which checks
        that the reading is of this indicator's own ``values``."""
        return read_views(self.values)

    def views(self) -> SeriesViews:
        """``values`` read once: ``series_views`` when it was read from this indicator's own
        ``values``, else read anew (a ``model_copy`` with other values starts with the
        original's)."""
        views = self.series_views
        if views.entries is not self.values:  # a model_copy with other values holds the original's
            views = read_views(self.values)
            self.__dict__["series_views"] = views  # what cached_property itself writes
        return views

    @property
    def measured(self) -> Mapping[int, float]:
        """The numbers of ``values`` by year, oldest first: plain and preliminary, no markers."""
        return self.views().measured

    @property
    def markers(self) -> Mapping[int, Marker]:
        """The markers of ``values`` by year (``models.value``), oldest first."""
        return self.views().markers

    @property
    def preliminary(self) -> frozenset[int]:
        """The years whose value is marked preliminary."""
        return self.views().preliminary

    @field_validator("count_noun")
    @classmethod
    def _counted_unit(cls, count_noun: str | None, info: ValidationInfo) -> str | None:
        unit = info.data.get("unit")
        if count_noun is not None and isinstance(unit, str) and counted_rest(unit) is None:
            raise ValueError(
                f"'{count_noun}' names what 'antal' counts, but the unit '{unit}' "
                "does not start with 'antal'; write the unit as 'antal …' (e.g. 'antal per "
                "1 000 invånare') or remove count_noun"
            )
        return count_noun

    @property
    def unit_text(self) -> str:
        """The unit after a number, '14 854 invånare' (``numbers.unit_text``)."""
        return unit_text(self.unit, self.count_noun)

    @property
    def unit_heading(self) -> str:
        """The unit over a column of values, 'antal invånare' (``numbers.unit_heading``)."""
        return unit_heading(self.unit, self.count_noun)

    @field_validator("references")
    @classmethod
    def _groups_known(cls, references: dict[str, ReferenceSeries]) -> dict[str, ReferenceSeries]:
        return check_groups(references)

    @model_validator(mode="before")
    @classmethod
    def _computed_targets(cls, data: Any, info: ValidationInfo) -> Any:
        """Fill in the value of directional and derived targets, and a directional target's
        reference year (``resolve_targets``).

        From JSON (the cache's stored form, the fast loader) the years of the series are text,
        as JSON writes every key; a validator before the model hands them on as Python data,
        where a strict year refuses text, so they are made whole numbers again here. A quoted
        year in YAML is refused before (``loading/model_hints``)."""
        if isinstance(data, dict) and info.mode == "json":
            data = json_years(data)
        if isinstance(data, dict) and isinstance(data.get("targets"), list):
            data = {**data, "targets": resolve_targets(data)}
        if isinstance(data, dict) and isinstance(data.get("breakdowns"), dict):
            data = {**data, "breakdowns": resolve_breakdowns(data)}
        return data

    def breakdown(self, breakdown_id: str) -> "Indicator":
        """The indicator as its breakdown ``breakdown_id`` sees it (``resolve.breakdown_raw``):
        the breakdown's values, the baseline's year with its value, and its own targets or
        the indicator's. Raises KeyError for an unknown id."""
        raw = self.breakdowns[breakdown_id].model_dump(exclude_unset=True)
        return Indicator.model_validate(breakdown_raw(self.model_dump(exclude_unset=True), raw))

    @field_validator("targets")
    @classmethod
    def _along_direction(cls, targets: list[Target], info: ValidationInfo) -> list[Target]:
        direction = info.data.get("direction")
        if not isinstance(direction, Direction):
            return targets
        for index, target in enumerate(targets):
            if target.comparison in _AGAINST[direction] and not target.against_direction:
                raise ValueError(
                    f"targets[{index}]: '{target.comparison.value}' goes against the "
                    f"indicator's direction '{direction.value}'; fix the comparison or the "
                    "direction, or write 'against_direction: true' if it is meant"
                )
        return targets
