"""Apply the method to an indicator, and to a whole repository for one period.

The rule in force is found in the registry (``method/rules/registry.py``) by the ``kind`` of its
parameters in ``method.yaml``. Before applying it, the engine checks what the rule declares it
needs (``needs_value``, ``needs_target``): a value in or before the period that is not older than
``stale_after_years``, and a target. Each rule then explains its own proposal.
"""

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ambition.method.explanation import Explanation
from ambition.method.forecast import FORECAST, ForecastBasis, forecast_view
from ambition.method.results import (
    AreaResult,
    BreakdownResult,
    GoalResult,
    IndicatorResult,
    Judged,
    Observation,
    PeriodResult,
    StatusProposal,
    SubGoalResult,
    on_row,
    row_status,
)
from ambition.method.rollup import roll_up
from ambition.method.rules.base import RuleContext
from ambition.method.rules.registry import RULES
from ambition.method.sentences.reader import Fact
from ambition.method.series import latest_marker, latest_observation
from ambition.method.targets import applicable_target
from ambition.method.trend import propose_trend
from ambition.models import (
    GoalAssessment,
    Indicator,
    IndicatorAssessment,
    MeasurementArea,
    Period,
    Status,
    Target,
)
from ambition.models.goal import SubGoal
from ambition.models.method import Method
from ambition.models.rollup import RollupLevel, RollupOver
from ambition.repository import Repository


def rule_name(indicator: Indicator, method: Method) -> str:
    """The name of the rule in force for ``indicator``: its own, else the method's default."""
    if indicator.rule is not None:
        return indicator.rule
    return method.default_rule if indicator.targets else method.default_rule_without_target


ENGINE = "engine"
"""The catalogue section of the explanations the engine gives before any rule."""

ENGINE_CASES = (
    "unknown_rule",
    "no_value",
    "stale_value",
    "no_target",
    "directional_target",
    "marked_value",
)
"""The cases of the engine's own checks (the explanation keeps the rule's name).

'marked_value': no recent enough value, and a later year is marked (``models.value.Marker``):
the explanation names the marker instead of calling the value missing."""


def _not_assessed(
    rule: str,
    case: str,
    inputs: dict[str, float | int | str | None] | None = None,
    facts: dict[str, Fact] | None = None,
) -> StatusProposal:
    return StatusProposal(
        Status.NOT_ASSESSED,
        Explanation(
            rule=rule,
            kind=ENGINE,
            case=case,
            outcome=Status.NOT_ASSESSED.value,
            inputs=inputs or {},
            facts=facts or {},
        ),
    )


def propose_status(
    indicator: Indicator,
    period: Period,
    method: Method,
    assessment: IndicatorAssessment | None = None,
) -> StatusProposal:
    """The method's proposed status for ``indicator`` in ``period``, on the scale of the
    period's kind, with its explanation; in a tertial or interim period a forecast for the
    year from ``assessment``'s forecast or partial value, else the latest earlier value
    (``method/forecast.py``)."""
    return assess_indicator(indicator, period, method, assessment).proposal


def with_basis(proposal: StatusProposal, basis: ForecastBasis | None) -> StatusProposal:
    """``proposal`` with its explanation prefaced by what the forecast rests on, when there is
    a ``basis`` with a value; else ``proposal`` unchanged."""
    if basis is None or basis.year is None:
        return proposal
    explanation = proposal.explanation.prefaced((FORECAST, basis.basis.value), basis.facts)
    return StatusProposal(proposal.status, explanation)


def _propose(
    indicator: Indicator,
    year: int,
    method: Method,
    latest: Observation | None,
    target: Target | None,
) -> StatusProposal:
    name = rule_name(indicator, method)
    parameters = method.all_rules().get(name)
    if parameters is None:
        return _not_assessed(name, "unknown_rule")
    rule = RULES[parameters.kind]
    if rule.needs_value:
        marked = latest_marker(indicator, year)
        stale = latest is None or year - latest.year > method.stale_after_years
        if stale and marked is not None:
            return _not_assessed(
                name,
                "marked_value",
                {"year": marked[0], "period_year": year},
                {"marker": marked[1].value},
            )
        if latest is None:
            return _not_assessed(name, "no_value", {"period_year": year})
        if year - latest.year > method.stale_after_years:
            return _not_assessed(
                name,
                "stale_value",
                {"year": latest.year, "period_year": year},
                {"stale_after_years": method.stale_after_years},
            )
    if rule.needs_target and target is None:
        return _not_assessed(name, "no_target")
    if rule.needs_target_value and target is not None and target.directional:
        return _not_assessed(name, "directional_target")
    proposal = rule.propose(
        RuleContext(name, parameters.kind, indicator, year, parameters, latest, target)
    )
    if rule.needs_value and latest is not None and latest.preliminary:
        return StatusProposal(proposal.status, replace(proposal.explanation, preliminary=True))
    return proposal


SCALE_NOTE = ("scale", "no_partly_level")
"""The note written after an explanation whose outcome the period's scale does not use."""

FOLDED_NOTE = ("scale", "folded")
"""The note for any other degree the period's scale does not use (largely achieved on the
common three becomes partly, slightly achieved becomes not achieved), naming both."""


def on_scale(proposal: StatusProposal, period: Period, method: Method) -> StatusProposal:
    """``proposal`` on the scale of ``period``'s kind (``Scale.fold``): a 'partly achieved' where
    the scale has no partial level becomes 'not achieved', any other degree off the scale the
    next worse degree on it, its explanation saying so."""
    status = method.scale.fold(proposal.status, period.kind)
    if status is proposal.status:
        return proposal
    partly = (proposal.status, status) == (Status.PARTLY_ACHIEVED, Status.NOT_ACHIEVED)
    explanation = proposal.explanation.on_scale(
        status.value,
        SCALE_NOTE if partly else FOLDED_NOTE,
        {
            "period_kind": period.kind.value,
            "proposed_status": proposal.status.value,
            "folded_status": status.value,
        },
    )
    return StatusProposal(status, explanation)


def assess_indicator(
    indicator: Indicator,
    period: Period,
    method: Method,
    assessment: IndicatorAssessment | None = None,
) -> IndicatorResult:
    """The proposal (on the scale of the period's kind), trend, latest value and target of
    ``indicator`` for ``period``. In a tertial or interim period these are a forecast for the
    year (``method/forecast.py``): ``latest`` is the value the forecast used and ``forecast``
    what it rests on. Each breakdown row of the indicator is judged the same way, by the
    indicator's rule on its own values, with the expert's row assessment where written."""
    year = period.year
    seen, basis = forecast_view(indicator, period, assessment)
    latest = latest_observation(seen, year)
    target = applicable_target(seen, year)
    proposal = with_basis(_propose(seen, year, method, latest, target), basis)
    return IndicatorResult(
        indicator=indicator,
        rule=rule_name(indicator, method),
        latest=latest,
        target=target,
        proposal=on_scale(proposal, period, method),
        trend=propose_trend(seen, year, method.trend),
        assessment=assessment,
        forecast=basis,
        breakdowns=tuple(
            assess_breakdown(indicator, key, period, method, assessment)
            for key in indicator.breakdowns
        ),
    )


def assess_breakdown(
    indicator: Indicator,
    breakdown_id: str,
    period: Period,
    method: Method,
    assessment: IndicatorAssessment | None = None,
) -> BreakdownResult:
    """The breakdown row ``breakdown_id`` of ``indicator`` for ``period``: the indicator's
    rule applied to the row's values and targets (``Indicator.breakdown``), on the period's
    scale, with its trend; in a tertial or interim period from the row's latest earlier value
    (the expert's forecast value is the total's). Raises KeyError for an unknown id."""
    seen, _ = forecast_view(indicator.breakdown(breakdown_id), period, None)
    year = period.year
    latest = latest_observation(seen, year)
    target = applicable_target(seen, year)
    proposal = _propose(seen, year, method, latest, target)
    return BreakdownResult(
        breakdown=breakdown_id,
        title=indicator.breakdowns[breakdown_id].title,
        indicator=seen,
        latest=latest,
        target=target,
        proposal=on_scale(proposal, period, method),
        trend=propose_trend(seen, year, method.trend),
        assessment=assessment.breakdowns.get(breakdown_id) if assessment else None,
    )


def assess_period(repository: Repository, period: Period) -> PeriodResult:
    """Every goal, sub-goal, area and indicator of ``repository`` assessed for ``period``.

    Each level rolls up with its own rule (``Method.rollup_of``): an area the final statuses of
    its indicators (the expert's where written), weighted by each indicator's weight; a sub-goal
    and a goal either every indicator below them, or their parts' final statuses (a sub-goal its
    areas; a goal its sub-goals and the areas outside them), each part weighing 1.
    """
    method = repository.method
    goals = []
    for goal in repository.goals:
        goal_assessment = repository.goal_assessments.get((period.id, goal.id))
        areas = tuple(
            _assess_area(repository, area, period, goal_assessment)
            for area in goal.measurement_areas
        )
        by_id = {a.area.id: a for a in areas}
        sub_goals = tuple(
            _assess_sub_goal(sub_goal, by_id, period, method, goal_assessment)
            for sub_goal in goal.sub_goals
        )
        grouped = {i for s in goal.sub_goals for i in s.measurement_areas}
        parts: tuple[Judged, ...] = (
            *sub_goals,
            *(a for a in areas if a.area.id not in grouped),
        )
        goals.append(
            GoalResult(
                goal=goal,
                areas=areas,
                sub_goals=sub_goals,
                proposal=_roll_up_level(
                    "goal", [r for a in areas for r in a.indicators], parts, period, method
                ),
                assessment=goal_assessment,
                breakdown=_row_of("goal", method),
            )
        )
    return PeriodResult(period, tuple(goals))


def _assess_area(
    repository: Repository,
    area: MeasurementArea,
    period: Period,
    goal_assessment: GoalAssessment | None,
) -> AreaResult:
    method = repository.method
    results = tuple(
        assess_indicator(
            indicator,
            period,
            method,
            repository.indicator_assessments.get((period.id, indicator.id)),
        )
        for indicator in repository.indicators_in_area(area.id)
    )
    return AreaResult(
        area=area,
        indicators=results,
        proposal=_roll_up_level("measurement_area", results, (), period, method),
        assessment=goal_assessment.areas.get(area.id) if goal_assessment else None,
        breakdown=_row_of("measurement_area", method),
    )


def _assess_sub_goal(
    sub_goal: SubGoal,
    areas: Mapping[str, AreaResult],
    period: Period,
    method: Method,
    goal_assessment: GoalAssessment | None,
) -> SubGoalResult:
    mine = tuple(areas[i] for i in sub_goal.measurement_areas if i in areas)
    indicators = [r for a in mine for r in a.indicators]
    return SubGoalResult(
        sub_goal=sub_goal,
        areas=mine,
        proposal=_roll_up_level("sub_goal", indicators, mine, period, method),
        assessment=goal_assessment.sub_goals.get(sub_goal.id) if goal_assessment else None,
        breakdown=_row_of("sub_goal", method),
    )


def _roll_up_level(
    level: RollupLevel,
    indicators: Sequence[IndicatorResult],
    parts: Sequence[Judged],
    period: Period,
    method: Method,
) -> StatusProposal:
    """The roll-up of one level, on the scale of the period's kind: over its indicators, or
    (a goal or sub-goal whose roll-up says ``over: parts``) over its parts, each weighing 1."""
    parameters = method.rollup_of(level)
    levels = method.scale.levels_for(period.kind)
    if parameters.over is RollupOver.PARTS and level != "measurement_area":
        kinds = {"sub_goal" if isinstance(p, SubGoalResult) else "measurement_area" for p in parts}
        counted = kinds.pop() if len(kinds) == 1 else "part"
        proposal = roll_up([(p.status, 1.0) for p in parts], parameters, counted, levels)
    elif parameters.breakdown is not None:  # each indicator's row, else its total
        row = parameters.breakdown
        pairs = [(row_status(r, row), r.indicator.weight) for r in indicators]
        proposal = roll_up(pairs, parameters, levels=levels)
        proposal = StatusProposal(proposal.status, on_row(proposal.explanation, indicators, row))
    else:
        weighed = [(r.status, r.indicator.weight) for r in indicators]
        proposal = roll_up(weighed, parameters, levels=levels)
    return on_scale(proposal, period, method)


def _row_of(level: RollupLevel, method: Method) -> str | None:
    """The breakdown row the level's roll-up counts: its ``breakdown`` where it rolls up
    indicators, else None."""
    parameters = method.rollup_of(level)
    if parameters.over is RollupOver.PARTS and level != "measurement_area":
        return None
    return parameters.breakdown
