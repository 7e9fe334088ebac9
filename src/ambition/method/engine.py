"""Apply the method to an indicator, and to a whole repository for one period.

Before any rule, the engine checks what every rule needs: a value in or before the period that
is not older than ``stale_after_years``, and, for the rules that compare with a target, a
target. Each rule then explains its own proposal.
"""

from ambition.method import growth, relative, rolling_mean, target_level, trajectory
from ambition.method.explanation import Explanation
from ambition.method.results import (
    AreaResult,
    GoalResult,
    IndicatorResult,
    PeriodResult,
    StatusProposal,
)
from ambition.method.rollup import roll_up
from ambition.method.series import latest_observation
from ambition.method.trend import propose_trend
from ambition.method.wording import both
from ambition.models import Indicator, IndicatorAssessment, Period, Status
from ambition.models.method import (
    ExpertRule,
    GrowthRatioRule,
    Method,
    RelativeRule,
    RollingMeanRule,
    TargetLevelRule,
    TrajectoryRule,
    TrendOnlyRule,
)
from ambition.repository import Repository


def rule_name(indicator: Indicator, method: Method) -> str:
    """The name of the rule in force for ``indicator``: its own, else the method's default."""
    if indicator.rule is not None:
        return indicator.rule
    return method.default_rule if indicator.targets else method.default_rule_without_target


def _not_assessed(
    rule: str,
    case: str,
    sv: str,
    en: str,
    inputs: dict[str, float | int | str | None] | None = None,
) -> StatusProposal:
    return StatusProposal(
        Status.NOT_ASSESSED,
        Explanation(rule, case, Status.NOT_ASSESSED.value, both(sv, en), inputs or {}),
    )


def propose_status(indicator: Indicator, period: Period, method: Method) -> StatusProposal:
    """The method's proposed status for ``indicator`` in ``period``, with its explanation."""
    name = rule_name(indicator, method)
    rule = method.all_rules().get(name)
    year = period.year
    if rule is None:
        return _not_assessed(
            name,
            "unknown_rule",
            f"Regeln '{name}' finns inte i metoden, så ingen status föreslås.",
            f"The rule '{name}' is not in the method, so no status is proposed.",
        )
    if isinstance(rule, ExpertRule):
        return _not_assessed(
            name,
            "expert_only",
            "Indikatorn bedöms av sakkunnig utan regel: metoden föreslår ingen status.",
            "The indicator is assessed by an expert without a rule: the method proposes no status.",
        )
    latest = latest_observation(indicator, year)
    if latest is None:
        return _not_assessed(
            name,
            "no_value",
            f"Inget värde finns för {year} eller tidigare, så metoden kan inte föreslå en status.",
            f"There is no value for {year} or earlier, so the method proposes no status.",
            {"period_year": year},
        )
    if year - latest.year > method.stale_after_years:
        return _not_assessed(
            name,
            "stale_value",
            f"Det senaste värdet är från {latest.year}, mer än "
            f"{method.stale_after_years} år före {year}, så metoden föreslår "
            "ingen status.",
            f"The latest value is from {latest.year}, more than "
            f"{method.stale_after_years} years before {year}, so the method "
            "proposes no status.",
            {"year": latest.year, "period_year": year},
        )
    if isinstance(rule, TrendOnlyRule):
        return growth.propose_trend_only(indicator, year, rule, latest)
    if isinstance(rule, RelativeRule):
        return relative.propose(indicator, rule, latest)
    target = target_level.applicable_target(indicator, year)
    if target is None:
        return _not_assessed(
            name,
            "no_target",
            f"Indikatorn saknar målvärde, så regeln {name} kan inte föreslå en status.",
            f"The indicator has no target, so the rule {name} proposes no status.",
        )
    if isinstance(rule, TargetLevelRule):
        return target_level.propose(indicator, year, rule, latest, target)
    if isinstance(rule, TrajectoryRule):
        return trajectory.propose(indicator, year, rule, latest, target)
    if isinstance(rule, GrowthRatioRule):
        return growth.propose_growth_ratio(indicator, year, rule, latest, target)
    assert isinstance(rule, RollingMeanRule), f"every rule kind is dispatched: {rule!r}"
    return rolling_mean.propose(indicator, year, rule, latest, target)


def assess_indicator(
    indicator: Indicator,
    period: Period,
    method: Method,
    assessment: IndicatorAssessment | None = None,
) -> IndicatorResult:
    """The proposal, trend, latest value and target of ``indicator`` for ``period``."""
    year = period.year
    return IndicatorResult(
        indicator=indicator,
        rule=rule_name(indicator, method),
        latest=latest_observation(indicator, year),
        target=target_level.applicable_target(indicator, year),
        proposal=propose_status(indicator, period, method),
        trend=propose_trend(indicator, year, method.trend),
        assessment=assessment,
    )


def assess_period(repository: Repository, period: Period) -> PeriodResult:
    """Every goal, area and indicator of ``repository`` assessed for ``period``.

    Areas and goals roll up the final statuses of their indicators (the expert's where written),
    weighted by each indicator's weight.
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
                    proposal=roll_up(
                        [(r.status, r.indicator.weight) for r in results], method.rollup
                    ),
                    assessment=goal_assessment.areas.get(area.id) if goal_assessment else None,
                )
            )
        goals.append(
            GoalResult(
                goal=goal,
                areas=tuple(areas),
                proposal=roll_up(
                    [(r.status, r.indicator.weight) for a in areas for r in a.indicators],
                    method.rollup,
                ),
                assessment=goal_assessment,
            )
        )
    return PeriodResult(period, tuple(goals))
