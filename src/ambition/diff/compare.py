"""What changed in the ambition level between two states of a data repository.

The ambition level (ambitionsnivå) is what the council and the executive board decide, and what
``ambition diff`` lists, per goal:

- goals: added, removed, renamed (``title``, ``short_title``), renumbered, another ``owner``;
- sub-goals (delmål): added, removed, renamed, another ``owner``, other measurement areas
  grouped, moved to another goal;
- measurement areas: added, removed, renamed, moved to another goal;
- indicators: added (with their area, responsible organisation, direction, rule, weight,
  baseline and targets), removed, renamed, moved to another measurement area (and so perhaps
  another goal), another responsible organisation, unit, desired direction, rule or weight, and
  baselines and targets (interim targets included) added, removed or changed in value,
  comparison, upper bound, acceptable short-term value or the national mark;
- the method (``data/method.yaml``): every parameter that changed, by its dotted path, with the
  built-in rules counted as part of the method, so naming a rule with its default parameters is
  no change (:mod:`ambition.diff.method`).

Measured values are not ambition. A value changed, added for a year up to the last year measured
before, or removed is a correction (rättelse); a value for a year after the last one measured is
a new measurement (nytt mätvärde). Both are listed apart from the changes of ambition.

Not compared, because they do not change what is decided: descriptions, sources, notes,
decimals, Agenda 2030 links, decision provenance, reference series, series breaks, assessments,
the method's status scale (labels and colours), ``ambition.yaml`` and organisation names.

``compare`` compares two loaded repositories; :func:`ambition.diff.revisions.diff_revisions`
reads two git revisions (or one and the working tree) and compares them with it.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ambition.diff.entries import (
    Change,
    EntryChange,
    FieldChange,
    Subject,
    Value,
    scalar_changes,
)
from ambition.diff.method import MethodChange, method_changes
from ambition.diff.parts import area_entries, sub_goal_entries
from ambition.models import Baseline, Goal, Indicator, Target
from ambition.models.goal import SubGoal
from ambition.models.value import ValueEntry, entry_marker, entry_value, measured
from ambition.repository import Repository

TARGET_PARTS = (
    "value",
    "comparison",
    "upper",
    "acceptable",
    "national",
    "reference_year",
    "tolerance",
    "derived",
    "against_direction",
)
"""The fields of a target that are ambition (its ``note`` is not)."""

BASELINE_PARTS = ("year", "value")


@dataclass(frozen=True)
class GoalChanges:
    """Every change of ambition under one goal, the goal's own first, then areas, indicators.

    An entry belongs to the goal it has in the new state, or in the old one if it was removed.
    """

    goal_id: str
    entries: tuple[EntryChange, ...]


@dataclass(frozen=True)
class ValueChange:
    """A year's entry of an indicator, old → new (None: absent): a number, or a
    ``ValueEntry`` (a preliminary value or a marker, ``models.value``); ``breakdown`` names
    the breakdown row (None for the total)."""

    indicator_id: str
    year: int
    old: float | ValueEntry | None
    new: float | ValueEntry | None
    breakdown: str | None = None


@dataclass(frozen=True)
class AmbitionDiff:
    """The comparison of two repositories: changes of ambition per goal and of the method, and
    apart from them corrections of measured values and new measurements."""

    old: Repository
    new: Repository
    goals: tuple[GoalChanges, ...]
    method: tuple[MethodChange, ...]
    corrections: tuple[ValueChange, ...]
    new_measurements: tuple[ValueChange, ...]

    @property
    def ambition_changed(self) -> bool:
        """True when any goal, area, indicator or method parameter changed (values do not count)."""
        return bool(self.goals or self.method)

    def goal(self, goal_id: str) -> tuple[Goal, bool]:
        """The goal as it is in the new state (or in the old one) and whether it was removed."""
        for goal in self.new.goals:
            if goal.id == goal_id:
                return goal, False
        for goal in self.old.goals:
            if goal.id == goal_id:
                return goal, True
        raise KeyError(goal_id)

    def sub_goal(self, sub_goal_id: str) -> SubGoal:
        """The sub-goal as it is in the new state, or in the old one when it was removed."""
        for repository in (self.new, self.old):
            for goal in repository.goals:
                for sub_goal in goal.sub_goals:
                    if sub_goal.id == sub_goal_id:
                        return sub_goal
        raise KeyError(sub_goal_id)

    def indicator(self, indicator_id: str) -> Indicator:
        """The indicator as it is in the new state, or in the old one when it was removed."""
        found = self.new.indicators.get(indicator_id) or self.old.indicators.get(indicator_id)
        if found is None:
            raise KeyError(indicator_id)
        return found


def compare(old: Repository, new: Repository) -> AmbitionDiff:
    """What changed in the ambition level from ``old`` to ``new``, and apart from it which
    measured values were corrected or added for new years.

    Both repositories must have loaded without errors (every area and organisation resolves).
    """
    entries: dict[str, list[EntryChange]] = {}
    area_goal_new = {a.id: g.id for g in new.goals for a in g.measurement_areas}
    area_goal_old = {a.id: g.id for g in old.goals for a in g.measurement_areas}
    position = {
        area_id: index
        for index, area_id in enumerate(dict.fromkeys([*area_goal_new, *area_goal_old]))
    }

    for goal_id, entry in _goal_entries(old.goals, new.goals):
        entries.setdefault(goal_id, []).append(entry)
    for goal_id, entry in sub_goal_entries(old.goals, new.goals):
        entries.setdefault(goal_id, []).append(entry)
    for goal_id, entry in area_entries(old.goals, new.goals):
        entries.setdefault(goal_id, []).append(entry)

    corrections: list[ValueChange] = []
    measurements: list[ValueChange] = []
    indicator_ids = sorted(
        {*old.indicators, *new.indicators},
        key=lambda i: (position[_indicator(old, new, i).measurement_area], i),
    )
    for indicator_id in indicator_ids:
        before, after = old.indicators.get(indicator_id), new.indicators.get(indicator_id)
        if after is None:
            assert before is not None, "the id comes from one of the two repositories"
            entry = EntryChange(Subject.INDICATOR, indicator_id, Change.REMOVED)
            entries.setdefault(area_goal_old[before.measurement_area], []).append(entry)
            continue
        goal_id = area_goal_new[after.measurement_area]
        if before is None:
            entry = EntryChange(Subject.INDICATOR, indicator_id, Change.ADDED, _added(after))
            entries.setdefault(goal_id, []).append(entry)
            continue
        fields = _indicator_fields(before, after, area_goal_old, area_goal_new)
        if fields:
            entry = EntryChange(Subject.INDICATOR, indicator_id, Change.CHANGED, fields)
            entries.setdefault(goal_id, []).append(entry)
        fixed, measured = _value_changes(indicator_id, before.values, after.values)
        corrections += fixed
        measurements += measured
        for row in dict.fromkeys([*before.breakdowns, *after.breakdowns]):
            fixed, measured = _value_changes(
                indicator_id, _row_values(before, row), _row_values(after, row), row
            )
            corrections += fixed
            measurements += measured

    order = dict.fromkeys([*(g.id for g in new.goals), *(g.id for g in old.goals)])
    goals = tuple(GoalChanges(g, tuple(entries[g])) for g in order if g in entries)
    return AmbitionDiff(
        old,
        new,
        goals,
        method_changes(old.method, new.method),
        tuple(corrections),
        tuple(measurements),
    )


def _indicator(old: Repository, new: Repository, indicator_id: str) -> Indicator:
    found = new.indicators.get(indicator_id) or old.indicators.get(indicator_id)
    assert found is not None, "the id comes from one of the two repositories"
    return found


def _goal_entries(old: Sequence[Goal], new: Sequence[Goal]) -> Iterable[tuple[str, EntryChange]]:
    before = {g.id: g for g in old}
    after = {g.id: g for g in new}
    for goal in new:
        previous = before.get(goal.id)
        if previous is None:
            added = (FieldChange("owner", None, goal.owner),)
            yield goal.id, EntryChange(Subject.GOAL, goal.id, Change.ADDED, added)
            continue
        fields = scalar_changes(previous, goal, ("title", "short_title", "number", "owner"))
        if fields:
            yield goal.id, EntryChange(Subject.GOAL, goal.id, Change.CHANGED, tuple(fields))
    for goal in old:
        if goal.id not in after:
            yield goal.id, EntryChange(Subject.GOAL, goal.id, Change.REMOVED)


def _added(indicator: Indicator) -> tuple[FieldChange, ...]:
    """The ambition level of a new indicator, as changes from nothing."""
    fields = [
        FieldChange("measurement_area", None, indicator.measurement_area),
        FieldChange("responsible", None, indicator.responsible),
        FieldChange("direction", None, indicator.direction.value),
    ]
    if indicator.rule is not None:
        fields.append(FieldChange("rule", None, indicator.rule))
    if indicator.weight != 1.0:
        fields.append(FieldChange("weight", None, indicator.weight))
    fields += _baseline_change(None, indicator.baseline)
    fields += _target_changes([], indicator.targets)
    return tuple(fields)


def _indicator_fields(
    before: Indicator,
    after: Indicator,
    area_goal_old: Mapping[str, str],
    area_goal_new: Mapping[str, str],
) -> tuple[FieldChange, ...]:
    fields = scalar_changes(before, after, ("title", "measurement_area"))
    old_goal = area_goal_old[before.measurement_area]
    new_goal = area_goal_new[after.measurement_area]
    if before.measurement_area != after.measurement_area and old_goal != new_goal:
        # Moved with its area, an indicator is not listed: the area's move says it.
        fields.append(FieldChange("goal", old_goal, new_goal))
    fields += scalar_changes(before, after, ("responsible", "unit", "direction", "rule", "weight"))
    fields += _baseline_change(before.baseline, after.baseline)
    fields += _target_changes(before.targets, after.targets)
    return tuple(fields)


def _parts(before: Any, after: Any, names: Sequence[str]) -> tuple[str, ...]:
    return tuple(n for n in names if getattr(before, n) != getattr(after, n))


def _baseline_change(before: Baseline | None, after: Baseline | None) -> list[FieldChange]:
    if before is None and after is None:
        return []
    if before is None or after is None:
        return [FieldChange("baseline", before, after)]
    parts = _parts(before, after, BASELINE_PARTS)
    return [FieldChange("baseline", before, after, parts=parts)] if parts else []


def _keyed(targets: Sequence[Target]) -> dict[tuple[int, int], Target]:
    """Targets by (year, n): the n-th target of that year, so two of a year stay apart."""
    keyed: dict[tuple[int, int], Target] = {}
    for target in sorted(targets, key=lambda t: t.year):
        n = sum(1 for year, _ in keyed if year == target.year)
        keyed[(target.year, n)] = target
    return keyed


def _target_changes(before: Sequence[Target], after: Sequence[Target]) -> list[FieldChange]:
    """Targets matched by year: added, removed, or changed in a part that is ambition."""
    old, new = _keyed(before), _keyed(after)
    last_old = max((t.year for t in before), default=0)
    last_new = max((t.year for t in after), default=0)
    changes: list[FieldChange] = []
    for key in sorted({*old, *new}):
        previous, current = old.get(key), new.get(key)
        parts = _parts(previous, current, TARGET_PARTS) if previous and current else ()
        if previous and current and not parts:
            continue
        last = last_new if current else last_old
        changes.append(
            FieldChange(
                "target", previous, current, year=key[0], interim=key[0] < last, parts=parts
            )
        )
    return changes


def _row_values(indicator: Indicator, row: str) -> Mapping[int, float | ValueEntry]:
    """The entries of the breakdown ``row`` of ``indicator`` (none when it has no such row)."""
    found = indicator.breakdowns.get(row)
    return found.values if found is not None else {}


def _value_changes(
    indicator_id: str,
    before: Mapping[int, float | ValueEntry],
    after: Mapping[int, float | ValueEntry],
    breakdown: str | None = None,
) -> tuple[list[ValueChange], list[ValueChange]]:
    """Corrections (changed, removed, or added up to the last year measured before) and new
    measurements (added for a later year). A marker is not a measurement: a marked year that
    gets its value is a new measurement, e.g. 'Redovisas senare' → 13,1, as is a new marker
    after the last value; a preliminary value made final, or a value replaced by a marker, is a
    correction."""
    last = max(measured(before), default=None)
    corrections: list[ValueChange] = []
    measurements: list[ValueChange] = []
    for year in sorted({*before, *after}):
        old, new = before.get(year), after.get(year)
        if old == new:
            continue
        change = ValueChange(indicator_id, year, old, new, breakdown)
        marked = entry_marker(old) is not None and entry_value(new) is not None
        if entry_value(old) is None and (marked or last is None or year > last):
            measurements.append(change)
        else:
            corrections.append(change)
    return corrections, measurements


__all__ = [  # the entries' types are ambition.diff.entries', named here with the comparison
    "AmbitionDiff",
    "Change",
    "EntryChange",
    "FieldChange",
    "GoalChanges",
    "Subject",
    "Value",
    "ValueChange",
    "compare",
]
