"""A year's entry in an indicator's series: a number, a preliminary number, or a marker.

In ``values:`` (and in a breakdown's ``values:``) a year holds either a plain number, as
``2022: 13.1``, or a mapping:

- ``2022: {value: 13.1, preliminary: true}``: a preliminary value ("preliminärt"), judged
  provisionally and replaced later;
- ``2023: {marker: reported_later}``: no number, for a stated reason: ``statistics_missing``
  ("Statistik saknas"), ``reported_later`` ("Redovisas senare") or ``confidential``
  ("Sekretess", "Uppgift skyddas").

A marker is not a value and not a missing entry: the method never counts it as zero, never as
a gap in the series, and never draws a trend through it as if it were measured.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any

from pydantic import ConfigDict, Discriminator, Field, Tag, model_validator

from ambition.models.common import Model, Number


class Marker(StrEnum):
    """Why a year has no number (the words of the published follow-ups)."""

    STATISTICS_MISSING = "statistics_missing"
    REPORTED_LATER = "reported_later"
    CONFIDENTIAL = "confidential"


def _value_or_marker(schema: dict[str, Any]) -> None:
    """The JSON Schema of a ``ValueEntry`` asks for a value or a marker, as the model does."""
    schema["anyOf"] = [{"required": ["value"]}, {"required": ["marker"]}]


class ValueEntry(Model):
    """A year's entry written as a mapping: ``value`` (with ``preliminary``) or ``marker``.

    Exactly one of ``value`` and ``marker``; ``preliminary`` only with a value; ``note`` is
    free text kept with the entry. Raises ValueError (a validation error) otherwise.
    """

    model_config = ConfigDict(**Model.model_config, json_schema_extra=_value_or_marker)

    value: Number | None = Field(default=None, description="The value, in the indicator's unit.")
    preliminary: bool = Field(default=False, description="True for a preliminary value.")
    marker: Marker | None = Field(default=None, description="Why the year has no number.")
    note: str | None = None

    @model_validator(mode="after")
    def _one_of(self) -> "ValueEntry":
        words = ", ".join(m.value for m in Marker)
        if self.preliminary and self.value is None:
            raise ValueError("'preliminary: true' needs a 'value: <number>' beside it")
        if self.value is None and self.marker is None:
            raise ValueError(
                "a year written as a mapping needs 'value: <number>' (a value, perhaps with "
                f"'preliminary: true') or 'marker: <word>' ({words})"
            )
        if self.value is not None and self.marker is not None:
            raise ValueError(
                "a year has either 'value' or 'marker', not both: remove the marker when the "
                "number is known"
            )
        if self.value is not None and not math.isfinite(self.value):
            raise ValueError("the value is not a finite number")
        return self


def _entry_tag(raw: Any) -> str:
    """Which member of ``YearEntry`` a raw entry is: a mapping is a ValueEntry, else a number."""
    if isinstance(raw, Mapping | ValueEntry):
        return "ValueEntry"
    return "number"


YearEntry = Annotated[
    Annotated[Number, Tag("number")] | Annotated[ValueEntry, Tag("ValueEntry")],
    Discriminator(_entry_tag),
]
"""A year's entry: a plain number, or a mapping with a value or a marker (``ValueEntry``)."""


def entry_value(entry: "float | ValueEntry | None") -> float | None:
    """The number of ``entry`` (a plain number or a preliminary value), None for a marker or
    no entry."""
    if isinstance(entry, ValueEntry):
        return entry.value
    return entry


def entry_marker(entry: "float | ValueEntry | None") -> Marker | None:
    """The marker of ``entry``, None for a number."""
    return entry.marker if isinstance(entry, ValueEntry) else None


def is_preliminary(entry: "float | ValueEntry") -> bool:
    """True when ``entry`` is a value marked preliminary."""
    return isinstance(entry, ValueEntry) and entry.preliminary


def measured(entries: Mapping[int, "float | ValueEntry"]) -> dict[int, float]:
    """The numbers of ``entries`` by year (plain and preliminary), oldest first; markers are
    left out, since they are not values."""
    return {y: v for y in sorted(entries) if (v := entry_value(entries[y])) is not None}


def markers(entries: Mapping[int, "float | ValueEntry"]) -> dict[int, Marker]:
    """The markers of ``entries`` by year, oldest first."""
    return {y: m for y in sorted(entries) if (m := entry_marker(entries[y])) is not None}


def preliminary_years(entries: Mapping[int, "float | ValueEntry"]) -> frozenset[int]:
    """The years of ``entries`` that hold a preliminary value."""
    return frozenset(year for year, entry in entries.items() if is_preliminary(entry))


@dataclass(frozen=True)
class SeriesViews:
    """The readings of one ``values`` mapping that the method and the report ask for several
    times per indicator and period: the numbers (``measured``), the ``markers`` and the
    ``preliminary`` years, each as the function of that name gives it. ``entries`` is the
    mapping they were read from, so that a holder can tell they are still its own. ``derived``
    holds what a reader derives from these in turn, by a key of its own (``method/series.py``:
    the observations up to a year), so that it too is derived once."""

    entries: Mapping[int, "float | ValueEntry"]
    measured: Mapping[int, float]
    markers: Mapping[int, Marker]
    preliminary: frozenset[int]
    derived: dict[tuple[str, int], object] = field(default_factory=dict, compare=False)


def read_views(entries: Mapping[int, "float | ValueEntry"]) -> SeriesViews:
    """The ``SeriesViews`` of ``entries``: what ``measured``, ``markers`` and
    ``preliminary_years`` give, read in one pass (most entries are plain numbers)."""
    numbers: dict[int, float] = {}
    marked: dict[int, Marker] = {}
    preliminary: list[int] = []
    for year in sorted(entries):
        entry = entries[year]
        if not isinstance(entry, ValueEntry):
            numbers[year] = entry
        elif entry.value is not None:
            numbers[year] = entry.value
            if entry.preliminary:
                preliminary.append(year)
        elif entry.marker is not None:
            marked[year] = entry.marker
    return SeriesViews(entries, numbers, marked, frozenset(preliminary))


def finite_entries(values: dict[int, "float | ValueEntry"]) -> dict[int, "float | ValueEntry"]:
    """``values`` sorted by year; raises ValueError naming the year of a number that is not
    finite (a mapping's value is checked by ``ValueEntry`` itself)."""
    for year, entry in values.items():
        if isinstance(entry, float) and not math.isfinite(entry):
            raise ValueError(f"the value for {year} is not a finite number")
    return dict(sorted(values.items()))


def _years(series: Any) -> Any:
    """``series`` with its keys of digits as whole numbers (anything else left to the model)."""
    if not isinstance(series, dict):
        return series
    return {
        int(k) if isinstance(k, str) and k.isascii() and k.isdigit() else k: v
        for k, v in series.items()
    }


def _series_years(mapping: Any) -> Any:
    """Each named series of ``mapping`` (references, breakdowns) with whole years in 'values'."""
    if not isinstance(mapping, dict):
        return mapping
    return {
        name: {**item, "values": _years(item.get("values"))}
        if isinstance(item, dict) and "values" in item
        else item
        for name, item in mapping.items()
    }


def json_years(data: dict[str, Any]) -> dict[str, Any]:
    """An indicator's JSON data (the cache's stored form: every key is text) with the years of
    its values, series breaks, references and breakdowns as whole numbers again."""
    found = {**data}
    for key in ("values", "series_breaks"):
        if key in found:
            found[key] = _years(found[key])
    for key in ("references", "breakdowns"):
        if key in found:
            found[key] = _series_years(found[key])
    return found
