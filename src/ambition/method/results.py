"""What the method produces for a period: a proposal per indicator, area and goal, beside the
expert's own assessment."""

from dataclasses import dataclass

from ambition.method.explanation import Explanation
from ambition.models import Goal, Indicator, MeasurementArea, Period, Status, Target, Trend
from ambition.models.assessment import AreaAssessment, GoalAssessment, IndicatorAssessment


@dataclass(frozen=True)
class Observation:
    """One measured value: its year and the unrounded value."""

    year: int
    value: float


@dataclass(frozen=True)
class StatusProposal:
    """The method's proposed status and why."""

    status: Status
    explanation: Explanation


@dataclass(frozen=True)
class TrendProposal:
    """The method's proposed trend and why."""

    trend: Trend
    explanation: Explanation


def final_status(
    proposal: StatusProposal,
    assessment: IndicatorAssessment | AreaAssessment | GoalAssessment | None,
) -> Status:
    """The expert's status where one is written, else the proposal's: the expert has the last word."""
    if assessment is not None and assessment.status is not None:
        return assessment.status
    return proposal.status


def differs(
    proposal: StatusProposal,
    assessment: IndicatorAssessment | AreaAssessment | GoalAssessment | None,
) -> bool:
    """True when the method made a proposal and the expert chose another status.

    A proposal of 'not assessed' (no data or no rule) leaves the expert free, so it never differs.
    """
    return (
        proposal.status is not Status.NOT_ASSESSED
        and assessment is not None
        and assessment.status is not None
        and assessment.status is not proposal.status
    )


@dataclass(frozen=True)
class IndicatorResult:
    """An indicator's proposal, trend, latest value and applicable target for a period."""

    indicator: Indicator
    rule: str
    latest: Observation | None
    target: Target | None
    proposal: StatusProposal
    trend: TrendProposal
    assessment: IndicatorAssessment | None

    @property
    def status(self) -> Status:
        """The final status: the expert's where written, else the proposal's."""
        return final_status(self.proposal, self.assessment)

    @property
    def final_trend(self) -> Trend:
        """The expert's trend where written, else the proposal's."""
        if self.assessment is not None and self.assessment.trend is not None:
            return self.assessment.trend
        return self.trend.trend

    @property
    def differs(self) -> bool:
        """True when the expert's status differs from the method's proposal."""
        return differs(self.proposal, self.assessment)


@dataclass(frozen=True)
class AreaResult:
    """A measurement area's roll-up of its indicators."""

    area: MeasurementArea
    indicators: tuple[IndicatorResult, ...]
    proposal: StatusProposal
    assessment: AreaAssessment | None

    @property
    def status(self) -> Status:
        """The final status: the goal owner's where written, else the proposal's."""
        return final_status(self.proposal, self.assessment)

    @property
    def differs(self) -> bool:
        """True when the goal owner's status differs from the roll-up's proposal."""
        return differs(self.proposal, self.assessment)


@dataclass(frozen=True)
class GoalResult:
    """A goal's roll-up of all the indicators in its measurement areas."""

    goal: Goal
    areas: tuple[AreaResult, ...]
    proposal: StatusProposal
    assessment: GoalAssessment | None

    @property
    def indicators(self) -> tuple[IndicatorResult, ...]:
        """Every indicator result of the goal, area by area."""
        return tuple(result for area in self.areas for result in area.indicators)

    @property
    def status(self) -> Status:
        """The final status: the goal owner's where written, else the proposal's."""
        return final_status(self.proposal, self.assessment)

    @property
    def differs(self) -> bool:
        """True when the goal owner's status differs from the roll-up's proposal."""
        return differs(self.proposal, self.assessment)


@dataclass(frozen=True)
class PeriodResult:
    """The method applied to every goal of the repository for one period."""

    period: Period
    goals: tuple[GoalResult, ...]

    @property
    def indicators(self) -> tuple[IndicatorResult, ...]:
        """Every indicator result, goal by goal."""
        return tuple(result for goal in self.goals for result in goal.indicators)
