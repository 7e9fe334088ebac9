"""What a report template asks about the action plan and the steering documents: the words of
an action's status and of a document's kind, a goal's actions and documents, what refers to a
document. A part of ``ReportContext`` (its base class), kept apart so each file holds one
concept."""

from collections.abc import Mapping, Sequence

import ambition.report.labels as catalogue
from ambition.action_plan import (
    ActionAtPeriod,
    ActionGroup,
    ActionPlanAtPeriod,
    SteeringReference,
    goal_steering_documents,
)
from ambition.method.results import GoalResult
from ambition.models import ActionStatus, SteeringDocument, SteeringDocumentKind
from ambition.repository import Repository


class ActionPlanView:
    """The action plan's part of the report context; ``ReportContext`` gives the fields
    (``repository``, ``plan``, ``lang``, ``labels``)."""

    repository: Repository
    plan: ActionPlanAtPeriod | None
    lang: str
    labels: Mapping[str, str]

    @property
    def action_statuses(self) -> list[ActionStatus]:
        """The statuses of an action, in the order planned, ongoing, done, delayed, cancelled."""
        return list(ActionStatus)

    @property
    def action_status_labels(self) -> list[str]:
        """The statuses of an action in words, in the order of ``action_statuses``."""
        return [self.action_status_label(s) for s in ActionStatus]

    def action_status_label(self, status: ActionStatus) -> str:
        """An action's status in words."""
        return catalogue.action_status_label(status, self.lang)

    def steering_kind_label(self, kind: SteeringDocumentKind) -> str:
        """The kind of a steering document in words."""
        return catalogue.steering_kind_label(kind, self.lang)

    def goal_actions(self, goal: GoalResult) -> ActionGroup:
        """The actions that serve ``goal`` (of the scope's organisation only, with one)."""
        assert self.plan is not None, "templates ask for actions only when there is a plan"
        return self.plan.for_goal(goal.goal)

    def goal_steering(self, goal: GoalResult) -> list[SteeringReference]:
        """The steering documents the goal rests on, and what refers to each."""
        return goal_steering_documents(self.repository, goal.goal)

    def referred_from(self, reference: SteeringReference) -> list[str]:
        """What refers to a steering document, in words: 'Målet', 'Mätområde: …', 'Indikator: …'."""
        return [
            *([self.labels["the_goal"]] if reference.from_goal else []),
            *(f"{self.labels['measurement_area']}: {title}" for title in reference.areas),
            *(f"{self.labels['indicator']}: {title}" for title in reference.indicators),
        ]

    def steering_documents(self, document_ids: Sequence[str]) -> list[SteeringDocument]:
        """The steering documents with ``document_ids`` (unknown ids left out), in that order."""
        known = self.repository.steering_documents
        return [known[i] for i in document_ids if i in known]

    def area_title(self, action: ActionAtPeriod) -> str:
        """The title of the action's measurement area, or '' without one."""
        found = self.repository.area(action.action.measurement_area or "")
        return found[1].title if found else ""

    def action_goals(self, action: ActionAtPeriod) -> list[str]:
        """The goals an action serves, as 'number. short title'."""
        goals = {g.id: g for g in self.repository.goals}
        return [
            f"{goals[i].number}. {goals[i].display_title}"
            for i in action.action.goals
            if i in goals
        ]
