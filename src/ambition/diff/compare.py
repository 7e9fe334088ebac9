"""What changed in the ambition level between two states of a data repository.

The ambition level (ambitionsnivå) is what the council and the executive board decide, and what
``ambition diff`` lists, per goal:

- goals: added, removed, renamed (``title``, ``short_title``), renumbered, another ``owner``;
- measurement areas: added, removed, renamed, moved to another goal;
- indicators: added (with their area, responsible organisation, direction, rule, weight,
  baseline and targets), removed, renamed, moved to another measurement area (and so perhaps
  another goal), another responsible organisation, unit, desired direction, rule or weight, and
  baselines and targets (interim targets included) added, removed or changed in value,
  comparison, upper bound, acceptable short-term value or the national mark;
- the method (``data/method.yaml``): every parameter that changed, by its dotted path, with the
  built-in rules counted as part of the method, so naming a rule with its default parameters is
  no change.

Measured values are not ambition. A value changed, added for a year up to the last year measured
before, or removed is a correction (rättelse); a value for a year after the last one measured is
a new measurement (nytt mätvärde). Both are listed apart from the changes of ambition.

Not compared, because they do not change what is decided: descriptions, sources, notes,
decimals, Agenda 2030 links, decision provenance, reference series, series breaks, assessments,
the method's status scale (labels and colours), ``ambition.yaml`` and organisation names.

``compare`` compares two loaded repositories; ``diff_revisions`` reads a git revision and another
revision or the working tree and compares them.
"""

import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ambition.diff import git as diff_git
from ambition.diagnostics import Severity
from ambition.errors import InvalidRevisionError
from ambition.loading.repository import LoadResult, load_repository
from ambition.models import Baseline, Goal, Indicator, Method, Target
from ambition.repository import Repository

Scalar = str | int | float | bool | None
"""A method parameter's value as JSON holds it."""

Value = str | int | float | Baseline | Target | None
"""The old or new value of a field: an id or word, a number, a baseline or a target."""

TARGET_PARTS = ("value", "comparison", "upper", "acceptable", "national")
"""The fields of a target that are ambition (its ``note`` is not)."""

BASELINE_PARTS = ("year", "value")

METHOD_IGNORED = frozenset({"decision", "scale"})
"""Method fields that are provenance or presentation, not parameters."""


class Subject(StrEnum):
    """What an entry is about."""

    GOAL = "goal"
    AREA = "area"
    INDICATOR = "indicator"


class Change(StrEnum):
    """Whether a goal, area or indicator was added, removed or changed."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class FieldChange:
    """One field, old → new; None where it is absent on that side.

    ``field`` is the model's field name (``title``, ``owner``, ``measurement_area``, ``unit``,
    ``direction``, ``rule``, ``weight``, ``baseline``, ``target``…) or ``goal`` for a move to
    another goal. Ids and enum values are kept as strings. For a target, ``year`` is its year,
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
    """A goal, measurement area or indicator that was added, removed or changed."""

    subject: Subject
    id: str
    change: Change
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class GoalChanges:
    """Every change of ambition under one goal, the goal's own first, then areas, indicators.

    An entry belongs to the goal it has in the new state, or in the old one if it was removed.
    """

    goal_id: str
    entries: tuple[EntryChange, ...]


@dataclass(frozen=True)
class MethodChange:
    """A method parameter by dotted path (``rollup.achieved_share``), old → new (None: absent)."""

    path: str
    old: Scalar
    new: Scalar


@dataclass(frozen=True)
class ValueChange:
    """A measured value of an indicator for a year, old → new (None: absent)."""

    indicator_id: str
    year: int
    old: float | None
    new: float | None


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

    def indicator(self, indicator_id: str) -> Indicator:
        """The indicator as it is in the new state, or in the old one when it was removed."""
        found = self.new.indicators.get(indicator_id) or self.old.indicators.get(indicator_id)
        if found is None:
            raise KeyError(indicator_id)
        return found


@dataclass(frozen=True)
class Revision:
    """One side of a comparison: a git revision as the user named it and its commit id, or the
    working tree (both None)."""

    name: str | None
    commit: str | None

    @property
    def is_working_tree(self) -> bool:
        """True for the working tree."""
        return self.name is None


WORKING_TREE = Revision(None, None)
WORKING_TREE_NAME = "the working tree"


@dataclass(frozen=True)
class RevisionDiff:
    """The comparison of two revisions of a data repository kept in git.

    ``data_path`` is the data repository's folder relative to git's top level ('' at the top);
    ``root`` is the data repository in the working tree (its ``templates/`` override defaults).
    """

    before: Revision
    after: Revision
    data_path: str
    root: Path
    changes: AmbitionDiff


def diff_revisions(root: Path, before: str, after: str | None = None) -> RevisionDiff:
    """Compare the data repository at ``root`` as it was at git revision ``before`` with
    revision ``after``, or with the working tree when ``after`` is None.

    Committed states are read from git's objects into a temporary folder; the working tree, the
    index and the refs are never touched. The working tree is read as ``ambition validate``
    reads it, uncommitted and untracked files included.

    Raises GitError when git is missing or ``root`` is not in a git repository,
    UnknownRevisionError for a revision git does not know, and InvalidRevisionError when the
    data of either side does not load without errors.
    """
    location = diff_git.locate(root)
    before_commit = diff_git.resolve(location, before)
    after_commit = diff_git.resolve(location, after) if after is not None else None
    with tempfile.TemporaryDirectory(prefix="ambition-diff-") as folder:
        old = _load_revision(location, before, before_commit, Path(folder) / "before")
        if after is None or after_commit is None:
            new = _checked(load_repository(root), WORKING_TREE_NAME, WORKING_TREE_NAME)
        else:
            new = _load_revision(location, after, after_commit, Path(folder) / "after")
    return RevisionDiff(
        Revision(before, before_commit),
        Revision(after, after_commit) if after is not None else WORKING_TREE,
        location.prefix.rstrip("/"),
        root,
        compare(old, new),
    )


def _load_revision(
    location: diff_git.GitLocation, name: str, commit: str, folder: Path
) -> Repository:
    written = diff_git.materialise(location, commit, folder)
    where = f"revision '{name}' ({commit[:7]})"
    loaded = load_repository(folder)
    if written == 0:
        place = f"'{location.prefix}'" if location.prefix else "the top level of the git repository"
        raise InvalidRevisionError(
            f"{where} has no data repository in {place}: neither ambition.yaml nor data/",
            name,
            [d for d in loaded.diagnostics if d.severity is Severity.ERROR],
        )
    return _checked(loaded, name, where)


def _checked(loaded: LoadResult, name: str, where: str) -> Repository:
    errors = [d for d in loaded.diagnostics if d.severity is Severity.ERROR]
    if loaded.repository is None or errors:
        count = f"{len(errors)} error" + ("" if len(errors) == 1 else "s")
        advice = (
            "correct the data; `ambition validate` lists every problem"
            if name == WORKING_TREE_NAME
            else "compare a revision whose data loads with this version of ambition"
        )
        raise InvalidRevisionError(
            f"the data of {where} does not load ({count}); {advice}", name, errors
        )
    return loaded.repository


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
    for goal_id, entry in _area_entries(old.goals, new.goals):
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


def _scalar_changes(before: Any, after: Any, names: Iterable[str]) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for name in names:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            changes.append(FieldChange(name, _plain(old), _plain(new)))
    return changes


def _plain(value: Value) -> Value:
    """Enum members as their values, so every field holds plain data."""
    return value.value if isinstance(value, StrEnum) else value


def _goal_entries(old: Sequence[Goal], new: Sequence[Goal]) -> Iterable[tuple[str, EntryChange]]:
    before = {g.id: g for g in old}
    after = {g.id: g for g in new}
    for goal in new:
        previous = before.get(goal.id)
        if previous is None:
            added = (FieldChange("owner", None, goal.owner),)
            yield goal.id, EntryChange(Subject.GOAL, goal.id, Change.ADDED, added)
            continue
        fields = _scalar_changes(previous, goal, ("title", "short_title", "number", "owner"))
        if fields:
            yield goal.id, EntryChange(Subject.GOAL, goal.id, Change.CHANGED, tuple(fields))
    for goal in old:
        if goal.id not in after:
            yield goal.id, EntryChange(Subject.GOAL, goal.id, Change.REMOVED)


def _area_entries(old: Sequence[Goal], new: Sequence[Goal]) -> Iterable[tuple[str, EntryChange]]:
    before = {a.id: (g, a) for g in old for a in g.measurement_areas}
    after = {a.id: (g, a) for g in new for a in g.measurement_areas}
    for area_id, (goal, area) in after.items():
        if area_id not in before:
            yield goal.id, EntryChange(Subject.AREA, area_id, Change.ADDED)
            continue
        old_goal, old_area = before[area_id]
        fields = _scalar_changes(old_area, area, ("title",))
        if old_goal.id != goal.id:
            fields.append(FieldChange("goal", old_goal.id, goal.id))
        if fields:
            yield goal.id, EntryChange(Subject.AREA, area_id, Change.CHANGED, tuple(fields))
    for area_id, (goal, _) in before.items():
        if area_id not in after:
            yield goal.id, EntryChange(Subject.AREA, area_id, Change.REMOVED)


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
    fields = _scalar_changes(before, after, ("title", "measurement_area"))
    old_goal = area_goal_old[before.measurement_area]
    new_goal = area_goal_new[after.measurement_area]
    if before.measurement_area != after.measurement_area and old_goal != new_goal:
        # Moved with its area, an indicator is not listed: the area's move says it.
        fields.append(FieldChange("goal", old_goal, new_goal))
    fields += _scalar_changes(before, after, ("responsible", "unit", "direction", "rule", "weight"))
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


def _value_changes(
    indicator_id: str, before: Mapping[int, float], after: Mapping[int, float]
) -> tuple[list[ValueChange], list[ValueChange]]:
    """Corrections (changed, removed, or added up to the last year measured before) and new
    measurements (added for a later year)."""
    last = max(before, default=None)
    corrections: list[ValueChange] = []
    measurements: list[ValueChange] = []
    for year in sorted({*before, *after}):
        old, new = before.get(year), after.get(year)
        if old == new:
            continue
        change = ValueChange(indicator_id, year, old, new)
        if old is None and (last is None or year > last):
            measurements.append(change)
        else:
            corrections.append(change)
    return corrections, measurements


def method_parameters(method: Method) -> dict[str, Scalar]:
    """The method's parameters by dotted path, e.g. ``{'rollup.achieved_share': 0.667, …}``.

    Rules are the built-in ones overridden and extended by ``rules``; the decision and the
    status scale are left out (provenance and presentation, not parameters).
    """
    dump = method.model_dump(mode="json", exclude={*METHOD_IGNORED, "rules"})
    rules = {name: rule.model_dump(mode="json") for name, rule in method.all_rules().items()}
    flat: dict[str, Scalar] = {}
    _flatten("", {"rules": rules, **dump}, flat)
    return flat


def _flatten(prefix: str, value: Any, into: dict[str, Scalar]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), item, into)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _flatten(f"{prefix}[{index}]", item, into)
    else:
        into[prefix] = value


def method_changes(old: Method, new: Method) -> tuple[MethodChange, ...]:
    """Every method parameter that differs, in the order of the new method's fields (then the
    old one's), old → new; None where a parameter exists on one side only."""
    before, after = method_parameters(old), method_parameters(new)
    return tuple(
        MethodChange(path, before.get(path), after.get(path))
        for path in dict.fromkeys([*after, *before])
        if path not in before or path not in after or before[path] != after[path]
    )
