"""The parts of goals in the comparison of two states: measurement areas and sub-goals, each
added, removed, or changed field by field, and moved to another goal."""

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

from ambition.diff.entries import Change, EntryChange, FieldChange, Subject, scalar_changes
from ambition.models import Goal
from ambition.models.goal import MeasurementArea, SubGoal


def sub_goal_entries(old: Sequence[Goal], new: Sequence[Goal]) -> Iterable[tuple[str, EntryChange]]:
    """A sub-goal's changes, under the goal it has in the new state (the old if removed): its
    title, owner and grouped areas (in their order), and a move to another goal."""
    before = {s.id: (g, s) for g in old for s in g.sub_goals}
    after = {s.id: (g, s) for g in new for s in g.sub_goals}
    return _part_entries(Subject.SUB_GOAL, before, after, _sub_goal_fields)


def _sub_goal_fields(before: SubGoal | None, after: SubGoal) -> list[FieldChange]:
    areas = tuple(after.measurement_areas)
    if before is None:  # added: its owner and areas
        owner = [FieldChange("owner", None, after.owner)] if after.owner else []
        return [*owner, FieldChange("measurement_areas", None, areas)]
    fields = scalar_changes(before, after, ("title", "owner"))
    if tuple(before.measurement_areas) != areas:
        fields.append(FieldChange("measurement_areas", tuple(before.measurement_areas), areas))
    return fields


def area_entries(old: Sequence[Goal], new: Sequence[Goal]) -> Iterable[tuple[str, EntryChange]]:
    """A measurement area's changes, under the goal it has in the new state (the old if
    removed): its title, and a move to another goal."""
    before = {a.id: (g, a) for g in old for a in g.measurement_areas}
    after = {a.id: (g, a) for g in new for a in g.measurement_areas}
    return _part_entries(
        Subject.AREA,
        before,
        after,
        lambda old_area, area: (
            [] if old_area is None else scalar_changes(old_area, area, ("title",))
        ),
    )


PartT = TypeVar("PartT", MeasurementArea, SubGoal)


def _part_entries(
    subject: Subject,
    before: Mapping[str, tuple[Goal, PartT]],
    after: Mapping[str, tuple[Goal, PartT]],
    fields_of: Callable[[PartT | None, PartT], list[FieldChange]],
) -> Iterator[tuple[str, EntryChange]]:
    """The parts of goals (areas, sub-goals) by id, added (with ``fields_of(None, part)``),
    removed, or changed (``fields_of(old, new)``, then a move to another goal)."""
    for part_id, (goal, part) in after.items():
        if part_id not in before:
            added = tuple(fields_of(None, part))
            yield goal.id, EntryChange(subject, part_id, Change.ADDED, added)
            continue
        old_goal, previous = before[part_id]
        fields = fields_of(previous, part)
        if old_goal.id != goal.id:
            fields.append(FieldChange("goal", old_goal.id, goal.id))
        if fields:
            yield goal.id, EntryChange(subject, part_id, Change.CHANGED, tuple(fields))
    for part_id, (goal, _) in before.items():
        if part_id not in after:
            yield goal.id, EntryChange(subject, part_id, Change.REMOVED)
