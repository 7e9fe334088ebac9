"""Who still has to report: what is missing for a period, per organisation.

For each indicator (owned by its ``responsible`` organisation) and goal (owned by its
``owner``), the period's assessment is checked for a usable value (one the method may use: not
missing, not older than ``stale_after_years``), the expert's or owner's status, an analysis,
and a justification where the status differs from the proposal. For each action of the action
plan that is expected to report in the period (see ``ambition.action_plan.needs_progress``), its
``responsible`` organisation owes a progress note.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from ambition import layout
from ambition.action_plan import needs_progress
from ambition.messages.text import text
from ambition.method.engine import assess_period
from ambition.method.results import PeriodResult
from ambition.models import Period
from ambition.models.assessment import Assessment
from ambition.repository import Repository


class Missing(StrEnum):
    """A piece of a period's report that is not yet there."""

    VALUE = "value"
    STATUS = "status"
    ANALYSIS = "analysis"
    JUSTIFICATION = "justification"
    PROGRESS = "progress"

    def label(self, lang: str) -> str:
        """The missing piece in words, lower case, from the catalogue (``round.missing.*``):
        'aktuellt värde' in Swedish ("sv"), 'a current value' in English (any other ``lang``)."""
        return text(f"round.missing.{self.value}").render("sv" if lang == "sv" else "en")


@dataclass(frozen=True)
class OutstandingItem:
    """One indicator, goal or action with what is missing, and the file to write it in."""

    organisation: str
    kind: str
    id: str
    title: str
    missing: tuple[Missing, ...]
    path: str


@dataclass(frozen=True)
class Outstanding:
    """What is missing for ``period`` as of ``today``; ``days_left`` is negative after the
    deadline and None without one."""

    period: Period
    today: dt.date
    items: tuple[OutstandingItem, ...]

    @property
    def days_left(self) -> int | None:
        """Days until the deadline (0 on the day, negative after), or None without a deadline."""
        if self.period.deadline is None:
            return None
        return (self.period.deadline - self.today).days

    @property
    def overdue(self) -> bool:
        """True when something is still missing after the deadline."""
        days = self.days_left
        return bool(self.items) and days is not None and days < 0

    def by_organisation(self) -> Mapping[str, tuple[OutstandingItem, ...]]:
        """The items grouped by organisation id, in the order organisations first appear."""
        grouped: dict[str, list[OutstandingItem]] = {}
        for item in self.items:
            grouped.setdefault(item.organisation, []).append(item)
        return {org: tuple(items) for org, items in grouped.items()}


def _missing(assessment: Assessment | None, differs: bool) -> list[Missing]:
    found = []
    if assessment is None or assessment.status is None:
        found.append(Missing.STATUS)
    if assessment is None or not (assessment.analysis or "").strip():
        found.append(Missing.ANALYSIS)
    if differs and assessment is not None and not (assessment.justification or "").strip():
        found.append(Missing.JUSTIFICATION)
    return found


def outstanding(
    repository: Repository,
    period: Period,
    today: dt.date,
    organisation: str | None = None,
    result: PeriodResult | None = None,
) -> Outstanding:
    """Everything missing for ``period``, optionally for one organisation id only.

    ``result`` is the method applied to ``period`` (as validation computed it); computed here
    when None.
    """
    if result is None:
        result = assess_period(repository, period)
    items: list[OutstandingItem] = []
    for goal in result.goals:
        missing = _missing(goal.assessment, goal.differs)
        if missing:
            items.append(
                OutstandingItem(
                    goal.goal.owner,
                    "goal",
                    goal.goal.id,
                    goal.goal.display_title,
                    tuple(missing),
                    layout.GOAL_ASSESSMENT.path(period.id, goal.goal.id),
                )
            )
        for item in goal.indicators:
            missing = _missing(item.assessment, item.differs)
            if item.proposal.explanation.case in ("no_value", "stale_value") or (
                item.latest is None
                or period.year - item.latest.year > repository.method.stale_after_years
            ):
                missing.insert(0, Missing.VALUE)
            if missing:
                items.append(
                    OutstandingItem(
                        item.indicator.responsible,
                        "indicator",
                        item.indicator.id,
                        item.indicator.title,
                        tuple(missing),
                        layout.INDICATOR_ASSESSMENT.path(period.id, item.indicator.id),
                    )
                )
    for action in repository.actions.values():
        if needs_progress(action, period) and period.id not in action.progress:
            items.append(
                OutstandingItem(
                    action.responsible,
                    "action",
                    action.id,
                    action.title,
                    (Missing.PROGRESS,),
                    layout.ACTION.path(action.id),
                )
            )
    if organisation is not None:
        items = [i for i in items if i.organisation == organisation]
    order = {org: n for n, org in enumerate(repository.organisations)}
    kinds = {"goal": 0, "indicator": 1, "action": 2}
    items.sort(key=lambda i: (order.get(i.organisation, len(order)), kinds[i.kind], i.path))
    return Outstanding(period, today, tuple(items))
