"""What the method produces for a period: a proposal per indicator, area and goal, beside the
expert's own assessment."""

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ambition.method.explanation import Explanation
from ambition.method.forecast import ForecastBasis
from ambition.method.trend_rollup import TrendRollup, roll_up_trends
from ambition.models import Goal, Indicator, MeasurementArea, Period, Status, Target, Trend
from ambition.models.assessment import (
    AreaAssessment,
    Assessment,
    BreakdownAssessment,
    GoalAssessment,
    IndicatorAssessment,
)
from ambition.models.goal import SubGoal


@dataclass(frozen=True)
class Observation:
    """One measured value: its year, the unrounded value, and whether it is preliminary."""

    year: int
    value: float
    preliminary: bool = False


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


@dataclass(frozen=True, kw_only=True)
class Judged:
    """A proposal beside the assessment written by a person: the expert has the last word."""

    proposal: StatusProposal
    assessment: Assessment | None

    @property
    def status(self) -> Status:
        """The final status: the person's where written, else the proposal's."""
        if self.assessment is not None and self.assessment.status is not None:
            return self.assessment.status
        return self.proposal.status

    @property
    def differs(self) -> bool:
        """True when the method made a proposal and the person chose another status.

        A proposal of 'not assessed' (no data or no rule) leaves them free, so it never differs.
        """
        return (
            self.proposal.status is not Status.NOT_ASSESSED
            and self.assessment is not None
            and self.assessment.status is not None
            and self.assessment.status is not self.proposal.status
        )

    @property
    def justification_missing(self) -> bool:
        """True when the person chose another status than the proposal and did not say why
        (the diagnostic ``justification-missing``)."""
        return self.differs and self.assessment is not None and not self.assessment.justification

    def unfinished(self, analysis_required: bool) -> tuple[str, ...]:
        """The codes of what the person still has to write, in the order justification,
        analysis (``ambition.diagnostics.codes.UNFINISHED``); empty for a finished assessment.

        ``analysis_required`` is the method's ``analysis_required``: a status then needs an
        analysis (the diagnostic ``analysis-missing``).
        """
        missing = ["justification-missing"] if self.justification_missing else []
        assessment = self.assessment
        if analysis_required and assessment is not None and assessment.status is not None:
            missing += [] if (assessment.analysis or "").strip() else ["analysis-missing"]
        return tuple(missing)


@dataclass(frozen=True, kw_only=True)
class BreakdownResult(Judged):
    """One breakdown row of an indicator for a period (e.g. women): its own proposal, trend,
    latest value and target, beside the expert's optional assessment of the row.

    ``breakdown`` is the id ('kvinnor', 'man', or one's own) and ``title`` its name in
    reports; ``indicator`` is the indicator as the row sees it (``Indicator.breakdown``).
    """

    breakdown: str
    title: str
    indicator: Indicator
    latest: Observation | None
    target: Target | None
    trend: TrendProposal
    assessment: BreakdownAssessment | None

    @property
    def final_trend(self) -> Trend:
        """The expert's trend where written, else the proposal's."""
        if self.assessment is not None and self.assessment.trend is not None:
            return self.assessment.trend
        return self.trend.trend


@dataclass(frozen=True, kw_only=True)
class IndicatorResult(Judged):
    """An indicator's proposal, trend, latest value and applicable target for a period, and
    one result per breakdown row (``breakdowns``, in the order of the file). The roll-up uses
    the total: ``status`` is the total's."""

    indicator: Indicator
    rule: str
    latest: Observation | None
    target: Target | None
    trend: TrendProposal
    assessment: IndicatorAssessment | None
    forecast: ForecastBasis | None = None
    """In a tertial or interim period: what the forecast for the year rests on."""
    breakdowns: tuple[BreakdownResult, ...] = ()

    @property
    def final_trend(self) -> Trend:
        """The expert's trend where written, else the proposal's."""
        if self.assessment is not None and self.assessment.trend is not None:
            return self.assessment.trend
        return self.trend.trend


ROW = "rollup_row"
"""The catalogue section of the sentence written before a roll-up on a breakdown row."""

ROW_CASES = ("all", "some", "none")
"""Its cases: every indicator has the row, some count with their total, none has it."""


def row_status(result: IndicatorResult, breakdown: str) -> Status:
    """The final status of ``result``'s breakdown row ``breakdown`` (the expert's row
    assessment where written, else the row's proposal); the total's when the indicator has no
    such row."""
    for row in result.breakdowns:
        if row.breakdown == breakdown:
            return row.status
    return result.status


def row_trend(result: IndicatorResult, breakdown: str | None) -> Trend:
    """The final trend of ``result``'s breakdown row ``breakdown``; the total's when
    ``breakdown`` is None or the indicator has no such row."""
    for row in result.breakdowns:
        if row.breakdown == breakdown:
            return row.final_trend
    return result.final_trend


def on_row(
    explanation: Explanation, indicators: Sequence[IndicatorResult], breakdown: str
) -> Explanation:
    """``explanation`` of a roll-up of ``indicators`` on their row ``breakdown``, prefaced by
    the (``ROW``, case) sentence naming the row and how many indicators counted with their
    total, its inputs with 'breakdown', 'with_breakdown' and 'without_breakdown'; unchanged
    when there are no indicators."""
    if not indicators:
        return explanation
    titles = [
        r.indicator.breakdowns[breakdown].title
        for r in indicators
        if breakdown in r.indicator.breakdowns
    ]
    had, lacked = len(titles), len(indicators) - len(titles)
    case = ROW_CASES[2] if not had else ROW_CASES[1] if lacked else ROW_CASES[0]
    counts: dict[str, int | str] = {
        "breakdown": breakdown,
        "with_breakdown": had,
        "without_breakdown": lacked,
    }
    return replace(
        explanation.prefaced((ROW, case), {"breakdown_title": titles[0] if titles else breakdown}),
        inputs={**explanation.inputs, **counts},
    )


@dataclass(frozen=True, kw_only=True)
class AreaResult(Judged):
    """A measurement area's roll-up of its indicators; ``breakdown`` names the row the roll-up
    counts (``Rollup.breakdown``), None for the totals."""

    area: MeasurementArea
    indicators: tuple[IndicatorResult, ...]
    assessment: AreaAssessment | None
    breakdown: str | None = None

    @property
    def trend_rollup(self) -> TrendRollup:
        """The area's trend: the majority of its indicators' final trends (their rows' where
        it rolls up a row), unclear on a tie."""
        return _trends(self.indicators, self.breakdown)


def _trends(indicators: Sequence[IndicatorResult], breakdown: str | None) -> TrendRollup:
    rollup = roll_up_trends(row_trend(r, breakdown) for r in indicators)
    if breakdown is None:
        return rollup
    return TrendRollup(rollup.trend, on_row(rollup.explanation, indicators, breakdown))


@dataclass(frozen=True, kw_only=True)
class OfAreas(Judged):
    """A roll-up above measurement areas (a sub-goal's, a goal's): its areas' indicators and
    their combined trend."""

    areas: tuple[AreaResult, ...]
    breakdown: str | None = None
    """The row its roll-up over indicators counts (``Rollup.breakdown``), None for totals."""

    @property
    def indicators(self) -> tuple[IndicatorResult, ...]:
        """Every indicator result below it, area by area."""
        return tuple(result for area in self.areas for result in area.indicators)

    @property
    def trend_rollup(self) -> TrendRollup:
        """Its trend: the majority of its indicators' final trends (their rows' where it rolls
        up a row), unclear on a tie."""
        return _trends(self.indicators, self.breakdown)


@dataclass(frozen=True, kw_only=True)
class SubGoalResult(OfAreas):
    """A sub-goal's roll-up of its measurement areas' indicators (or of the areas' statuses)."""

    sub_goal: SubGoal
    assessment: AreaAssessment | None


@dataclass(frozen=True, kw_only=True)
class GoalResult(OfAreas):
    """A goal's roll-up of all the indicators in its measurement areas (or of its parts: its
    sub-goals and the areas outside them). ``sub_goals`` is empty for a goal without any."""

    goal: Goal
    assessment: GoalAssessment | None
    sub_goals: tuple[SubGoalResult, ...] = ()


@dataclass(frozen=True)
class PeriodResult:
    """The method applied to every goal of the repository for one period."""

    period: Period
    goals: tuple[GoalResult, ...]

    @property
    def indicators(self) -> tuple[IndicatorResult, ...]:
        """Every indicator result, goal by goal."""
        return tuple(result for goal in self.goals for result in goal.indicators)
