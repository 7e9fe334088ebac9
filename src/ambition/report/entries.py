"""A year's entry in words for the ambition diff: a number with its unit, a preliminary value,
a marker's words; the breakdown row a change belongs to; the entry as JSON data."""

from typing import Any

from ambition.diff.compare import ValueChange
from ambition.models import Indicator
from ambition.models.value import ValueEntry
from ambition.numbers import format_number
from ambition.report.labels import labels

ABSENT = "–"
"""An entry that is not there (the diff's own sign for it)."""


def entry_text(entry: float | ValueEntry | None, indicator: Indicator, lang: str) -> str:
    """A year's entry in words in ``lang``: '950 ton', '880 ton (preliminärt)', the marker's
    words ('Sekretess'), or ABSENT for none."""
    if entry is None:
        return ABSENT
    words = labels(lang)
    value = entry if isinstance(entry, float) else entry.value
    if value is None:
        assert isinstance(entry, ValueEntry)
        return words[f"marker_{entry.marker}"]
    text = f"{format_number(value, indicator.decimals, lang)} {indicator.unit}"
    preliminary = isinstance(entry, ValueEntry) and entry.preliminary
    return f"{text} ({words['preliminary']})" if preliminary else text


def change_subject(change: ValueChange, old: Indicator, new: Indicator) -> str:
    """What a value change is of: the indicator's title, with the breakdown row's title in
    brackets for a row, e.g. 'Ohälsotal (Kvinnor)'."""
    if change.breakdown is None:
        return new.title
    row = new.breakdowns.get(change.breakdown) or old.breakdowns.get(change.breakdown)
    return f"{new.title} ({row.title if row else change.breakdown})"


def entry_record(entry: float | ValueEntry | None) -> Any:
    """The entry as JSON data: the number, ``{"marker": …}`` or ``{"value": …,
    "preliminary": true}``, or None."""
    if isinstance(entry, ValueEntry):
        return entry.model_dump(mode="json", exclude_defaults=True)
    return entry
