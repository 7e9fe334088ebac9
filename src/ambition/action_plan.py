"""The action plan as of one follow-up period: each action with its note for the period and
whether its due date has passed, grouped per goal, focus area or organisation with counts by
status.

"As of a period" means as of its closing date, never today's date, so a report or a check of a
past period reads the same whenever it is made.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ambition.models import (
    Action,
    ActionStatus,
    FocusArea,
    Goal,
    Period,
    Programme,
    ProgressNote,
    SteeringDocument,
)
from ambition.repository import Repository


@dataclass(frozen=True)
class ActionAtPeriod:
    """An action as of a period: its focus area, its progress note for the period (None when
    not written), whether a note is expected (``needs_progress``) and whether its due date had
    passed unfinished at the period's close."""

    action: Action
    focus_area: FocusArea | None
    progress: ProgressNote | None
    expects_progress: bool
    overdue: bool

    @property
    def status(self) -> ActionStatus:
        """The action's status."""
        return self.action.status


@dataclass(frozen=True)
class ActionGroup:
    """Actions under one heading (a goal, a focus area, an organisation), with their counts.

    ``id`` is the heading's id, or '' for the actions that have none (no focus area).
    """

    id: str
    title: str
    actions: tuple[ActionAtPeriod, ...]

    @property
    def total(self) -> int:
        """How many actions the group holds."""
        return len(self.actions)

    @property
    def done(self) -> int:
        """How many of them are done."""
        return self.count(ActionStatus.DONE)

    @property
    def overdue(self) -> tuple[ActionAtPeriod, ...]:
        """The actions whose due date had passed unfinished at the period's close."""
        return tuple(a for a in self.actions if a.overdue)

    def count(self, status: ActionStatus) -> int:
        """How many actions have ``status``."""
        return sum(1 for a in self.actions if a.status is status)

    def counts(self) -> list[tuple[ActionStatus, int]]:
        """Per status, in the order planned, ongoing, done, delayed, cancelled: the count,
        zero counts included."""
        return [(status, self.count(status)) for status in ActionStatus]


@dataclass(frozen=True)
class ActionPlanAtPeriod:
    """Every action (of one organisation, or all) as of ``period``, in plan order: by the
    number of the first goal, the measurement area's place in that goal, then the id."""

    period: Period
    actions: tuple[ActionAtPeriod, ...]
    programme: Programme | None = None

    @property
    def all(self) -> ActionGroup:
        """Every action as one group."""
        return ActionGroup("", "", self.actions)

    def for_goal(self, goal: Goal) -> ActionGroup:
        """The actions that serve ``goal``."""
        return ActionGroup(
            goal.id, goal.display_title, tuple(a for a in self.actions if goal.id in a.action.goals)
        )

    def by_focus_area(self) -> tuple[ActionGroup, ...]:
        """A group per focus area of the programme, in its order (empty ones included), then
        one of the actions without a focus area, if there are any."""
        areas = self.programme.focus_areas if self.programme is not None else []
        groups = [
            ActionGroup(
                area.id,
                area.title,
                tuple(
                    a
                    for a in self.actions
                    if a.focus_area is not None and a.focus_area.id == area.id
                ),
            )
            for area in areas
        ]
        rest = tuple(a for a in self.actions if a.focus_area is None)
        if rest:
            groups.append(ActionGroup("", "", rest))
        return tuple(groups)

    def by_organisation(self, names: Mapping[str, str]) -> tuple[ActionGroup, ...]:
        """A group per responsible organisation that has actions, in the order of ``names``
        (organisation id → name; unknown ids last)."""
        order = {org: n for n, org in enumerate(names)}
        responsible = sorted(
            {a.action.responsible for a in self.actions},
            key=lambda o: (order.get(o, len(order)), o),
        )
        return tuple(
            ActionGroup(
                org,
                names.get(org, org),
                tuple(a for a in self.actions if a.action.responsible == org),
            )
            for org in responsible
        )


def focus_area_of(action: Action, programme: Programme | None) -> FocusArea | None:
    """The action's focus area: the one it names, else the first that lists its first goal."""
    if programme is None:
        return None
    for area in programme.focus_areas:
        if area.id == action.focus_area:
            return area
    if action.focus_area is not None:
        return None
    return next((a for a in programme.focus_areas if action.goals[0] in a.goals), None)


def needs_progress(action: Action, period: Period) -> bool:
    """True when the action is expected to have a progress note for ``period``.

    Every action is, except one that is cancelled, that starts after the period's closing date,
    or that was done (``completed``) in a year before the period's.
    """
    if action.status is ActionStatus.CANCELLED:
        return False
    if action.start is not None and action.start > period.closing_date:
        return False
    return not (
        action.status is ActionStatus.DONE
        and action.completed is not None
        and action.completed.year < period.year
    )


def action_plan_at(
    repository: Repository, period: Period, organisation: str | None = None
) -> ActionPlanAtPeriod:
    """The action plan as of ``period``: every action, or those ``organisation`` is
    responsible for."""
    goal_numbers = {g.id: g.number for g in repository.goals}
    area_places = {
        a.id: index for g in repository.goals for index, a in enumerate(g.measurement_areas)
    }

    def order(action: Action) -> tuple[int, int, str]:
        area = action.measurement_area
        return (
            goal_numbers.get(action.goals[0], 1000),
            area_places.get(area, 1000) if area is not None else 1000,
            action.id,
        )

    chosen: Iterable[Action] = repository.actions.values()
    if organisation is not None:
        chosen = (a for a in chosen if a.responsible == organisation)
    return ActionPlanAtPeriod(
        period,
        tuple(
            ActionAtPeriod(
                action,
                focus_area_of(action, repository.programme),
                action.progress.get(period.id),
                needs_progress(action, period),
                action.overdue(period.closing_date),
            )
            for action in sorted(chosen, key=order)
        ),
        repository.programme,
    )


@dataclass(frozen=True)
class SteeringReference:
    """A steering document and where a goal's data refers to it: ``from_goal`` when the goal
    itself names it, and the titles of the areas and indicators that do."""

    document: SteeringDocument
    from_goal: bool
    areas: tuple[str, ...]
    indicators: tuple[str, ...]


def goal_steering_documents(repository: Repository, goal: Goal) -> list[SteeringReference]:
    """The steering documents ``goal`` rests on: named by the goal, its measurement areas or
    their indicators, in the order of ``data/steering-documents.yaml``."""
    areas: dict[str, list[str]] = {}
    indicators: dict[str, list[str]] = {}
    for area in goal.measurement_areas:
        for document_id in area.steering_documents:
            areas.setdefault(document_id, []).append(area.title)
        for indicator in repository.indicators_in_area(area.id):
            for document_id in indicator.steering_documents:
                indicators.setdefault(document_id, []).append(indicator.title)
    named = set(goal.steering_documents) | set(areas) | set(indicators)
    return [
        SteeringReference(
            document,
            document.id in goal.steering_documents,
            tuple(areas.get(document.id, [])),
            tuple(indicators.get(document.id, [])),
        )
        for document in repository.steering_documents.values()
        if document.id in named
    ]
