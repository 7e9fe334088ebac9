"""The entries of the comparison of two states: what a change is about (a goal, a sub-goal,
a measurement area, an indicator), whether it was added, removed or changed, and each field
old → new (``ambition.diff.compare`` finds them)."""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ambition.models import Baseline, Target

Value = str | int | float | Baseline | Target | tuple[str, ...] | None
"""The old or new value of a field: an id or word, a number, a baseline, a target, or ids (a
sub-goal's measurement areas)."""


class Subject(StrEnum):
    """What an entry is about."""

    GOAL = "goal"
    AREA = "area"
    INDICATOR = "indicator"
    SUB_GOAL = "sub_goal"


class Change(StrEnum):
    """Whether a goal, sub-goal, area or indicator was added, removed or changed."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class FieldChange:
    """One field, old → new; None where it is absent on that side.

    ``field`` is the model's field name (``title``, ``owner``, ``measurement_area``, ``unit``,
    ``direction``, ``rule``, ``weight``, ``baseline``, ``target``, a sub-goal's
    ``measurement_areas``…) or ``goal`` for a move to another goal. Ids and enum values are kept as strings. For a target, ``year`` is its year,
    ``interim`` says whether a later target follows it, and ``parts`` names what changed in a
    target or baseline present on both sides.
    """

    field: str
    old: Value
    new: Value
    year: int | None = None
    interim: bool = False
    parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryChange:
    """A goal, sub-goal, measurement area or indicator that was added, removed or changed."""

    subject: Subject
    id: str
    change: Change
    fields: tuple[FieldChange, ...] = ()


def scalar_changes(before: Any, after: Any, names: Iterable[str]) -> list[FieldChange]:
    """The fields ``names`` that differ between ``before`` and ``after`` (models of one kind),
    enum members as their values."""
    changes: list[FieldChange] = []
    for name in names:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            changes.append(FieldChange(name, _plain(old), _plain(new)))
    return changes


def _plain(value: Value) -> Value:
    """Enum members as their values, so every field holds plain data."""
    return value.value if isinstance(value, StrEnum) else value
