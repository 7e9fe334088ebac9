"""Apply the method to a repository for one period."""

from ambition.method import target_level
from ambition.method.explanation import Explanation
from ambition.method.results import (
    AreaResult,
    GoalResult,
    IndicatorResult,
    PeriodResult,
    StatusProposal,
)
from ambition.method.rollup import roll_up
from ambition.method.trend import propose_trend
from ambition.models import Indicator, IndicatorAssessment, Period, Status
from ambition.models.indicator import Rule
from ambition.models.method import Method
from ambition.repository import Repository


def _expert_only() -> StatusProposal:
    return StatusProposal(
        Status.NOT_ASSESSED,
        Explanation(
            "expert",
            "expert_only",
            Status.NOT_ASSESSED.value,
            {
                "sv": "Indikatorn bedöms av sakkunnig utan regel (regeln expert): metoden föreslår "
                "ingen status.",
                "en": "The indicator is assessed by an expert without a rule (the expert rule): the "
                "method proposes no status.",
            },
        ),
    )


def assess_indicator(
    indicator: Indicator,
    period: Period,
    method: Method,
    assessment: IndicatorAssessment | None = None,
) -> IndicatorResult:
    """The proposal, trend, latest value and target of ``indicator`` for ``period``."""
    year = period.year
    if indicator.effective_rule is Rule.EXPERT:
        proposal = _expert_only()
    else:
        proposal = target_level.propose(indicator, year, method.target_level)
    return IndicatorResult(
        indicator=indicator,
        latest=target_level.latest_observation(indicator, year),
        target=target_level.applicable_target(indicator, year),
        proposal=proposal,
        trend=propose_trend(indicator, year, method.trend),
        assessment=assessment,
    )


def assess_period(repository: Repository, period: Period) -> PeriodResult:
    """Every goal, area and indicator of ``repository`` assessed for ``period``.

    Areas and goals roll up the final statuses of their indicators (the expert's where written).
    """
    method = repository.method
    goals = []
    for goal in repository.goals:
        goal_assessment = repository.goal_assessments.get((period.id, goal.id))
        areas = []
        for area in goal.measurement_areas:
            results = tuple(
                assess_indicator(
                    indicator,
                    period,
                    method,
                    repository.indicator_assessments.get((period.id, indicator.id)),
                )
                for indicator in repository.indicators_in_area(area.id)
            )
            areas.append(
                AreaResult(
                    area=area,
                    indicators=results,
                    proposal=roll_up((r.status for r in results), method.rollup),
                    assessment=goal_assessment.areas.get(area.id) if goal_assessment else None,
                )
            )
        goals.append(
            GoalResult(
                goal=goal,
                areas=tuple(areas),
                proposal=roll_up((r.status for a in areas for r in a.indicators), method.rollup),
                assessment=goal_assessment,
            )
        )
    return PeriodResult(period, tuple(goals))
