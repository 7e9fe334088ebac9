"""JSON-ready records of a period's results, for ``ambition assess --json``."""

from typing import Any

from ambition.method.results import (
    AreaResult,
    BreakdownResult,
    GoalResult,
    IndicatorResult,
    PeriodResult,
    StatusProposal,
    SubGoalResult,
)
from ambition.method.trend_rollup import TrendRollup
from ambition.models.assessment import Assessment


def _proposal(proposal: StatusProposal) -> dict[str, Any]:
    return {"status": proposal.status.value, "explanation": proposal.explanation.as_record()}


def _assessment(assessment: Assessment | None) -> dict[str, Any] | None:
    if assessment is None:
        return None
    return assessment.model_dump(mode="json", exclude={"areas", "breakdowns"}, exclude_none=True)


def _latest(result: IndicatorResult | BreakdownResult) -> dict[str, Any] | None:
    if result.latest is None:
        return None
    found: dict[str, Any] = {"year": result.latest.year, "value": result.latest.value}
    if result.latest.preliminary:
        found["preliminary"] = True
    return found


def _judged(result: IndicatorResult | BreakdownResult, analysis_required: bool) -> dict[str, Any]:
    """What an indicator's record and a breakdown row's share: latest value, target, proposal,
    trend, assessment, final status, whether it differs, and what its assessment still lacks
    (``unfinished``: the codes of ``Judged.unfinished``; ``analysis_required`` is the method's)."""
    return {
        "latest": _latest(result),
        "target": result.target.model_dump(mode="json", exclude_none=True)
        if result.target
        else None,
        "proposal": _proposal(result.proposal),
        "trend": {
            "trend": result.trend.trend.value,
            "explanation": result.trend.explanation.as_record(),
        },
        "assessment": _assessment(result.assessment),
        "status": result.status.value,
        "differs": result.differs,
        "unfinished": list(result.unfinished(analysis_required)),
    }


def indicator_record(result: IndicatorResult, *, analysis_required: bool = False) -> dict[str, Any]:
    """One indicator's result as plain data; with breakdown rows, their records (id, title
    and the same keys) under 'breakdowns'. ``analysis_required`` as in ``_judged``."""
    indicator = result.indicator
    record: dict[str, Any] = {
        "id": indicator.id,
        "title": indicator.title,
        "unit": indicator.unit_text,
        "rule": result.rule,
        **_judged(result, analysis_required),
    }
    if result.breakdowns:
        record["breakdowns"] = [
            {"id": b.breakdown, "title": b.title, **_judged(b, analysis_required)}
            for b in result.breakdowns
        ]
    return record


def _trend(rollup: TrendRollup) -> dict[str, Any]:
    """The majority trend ('unclear' on a tie, None with nothing to count) and its counts."""
    case = rollup.explanation.case
    return {
        "trend": rollup.trend.value if rollup.trend else ("unclear" if case == "unclear" else None),
        "explanation": rollup.explanation.as_record(),
    }


def _area_record(result: AreaResult, analysis_required: bool) -> dict[str, Any]:
    return {
        "id": result.area.id,
        "title": result.area.title,
        "proposal": _proposal(result.proposal),
        "assessment": _assessment(result.assessment),
        "status": result.status.value,
        "differs": result.differs,
        "trend": _trend(result.trend_rollup),
        "unfinished": list(result.unfinished(analysis_required)),
        "indicators": [
            indicator_record(i, analysis_required=analysis_required) for i in result.indicators
        ],
    }


def _sub_goal_record(result: SubGoalResult) -> dict[str, Any]:
    return {
        "id": result.sub_goal.id,
        "title": result.sub_goal.title,
        "owner": result.sub_goal.owner,
        "proposal": _proposal(result.proposal),
        "assessment": _assessment(result.assessment),
        "status": result.status.value,
        "differs": result.differs,
        "trend": _trend(result.trend_rollup),
        "areas": [a.area.id for a in result.areas],
    }


def _goal_record(result: GoalResult, analysis_required: bool) -> dict[str, Any]:
    return {
        "id": result.goal.id,
        "number": result.goal.number,
        "title": result.goal.title,
        "proposal": _proposal(result.proposal),
        "assessment": _assessment(result.assessment),
        "status": result.status.value,
        "differs": result.differs,
        "trend": _trend(result.trend_rollup),
        "unfinished": list(result.unfinished(analysis_required)),
        "areas": [_area_record(a, analysis_required) for a in result.areas],
        **(
            {"sub_goals": [_sub_goal_record(s) for s in result.sub_goals]}
            if result.sub_goals
            else {}
        ),
    }


def period_record(result: PeriodResult, *, analysis_required: bool = False) -> dict[str, Any]:
    """The whole period's results as plain data (JSON-serialisable); each goal, area and
    indicator says in ``unfinished`` what its assessment still lacks (``justification-missing``,
    and ``analysis-missing`` when ``analysis_required``, the method's)."""
    return {
        "period": result.period.model_dump(mode="json", exclude_none=True),
        "goals": [_goal_record(g, analysis_required) for g in result.goals],
    }
