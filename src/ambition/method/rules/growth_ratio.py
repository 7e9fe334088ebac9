"""The ``growth_ratio`` rule: observed against required compound annual growth (Eurostat's
method as implemented by Statistics Canada and Open SDG; formulas in ``growth_rate``).

"Target achieved" is checked first; otherwise R = d · CAGRᵢ / |CAGR_T| is classed: on track
from ``on_track`` (0.95), acceleration needed from ``acceleration_needed`` (0.60), limited
progress from 0, deterioration below; ``statuses`` maps each class to a status.
"""

import math

from ambition.method.growth_rate import PROGRESS_CASES, cagr, classify, growth_base
from ambition.method.results import StatusProposal
from ambition.method.rules.base import Rule, RuleContext
from ambition.method.sentences.reader import Fact
from ambition.method.targets import meets
from ambition.method.trend import is_share
from ambition.models import Direction, Status
from ambition.models.method import GrowthRatioRule, ProgressClass


class GrowthRatio(Rule[GrowthRatioRule]):
    """``growth_ratio``: observed against required compound annual growth."""

    kind = "growth_ratio"
    parameters = GrowthRatioRule
    needs_target_value = True
    cases = (
        "target_achieved",
        "no_base",
        "growth_undefined",
        "target_before_base",
        "target_passed",
        "baseline_equals_target",
        *PROGRESS_CASES,
    )

    def propose(self, context: RuleContext[GrowthRatioRule]) -> StatusProposal:
        """Apply the rule to the latest value against the applicable target.

        'growth_undefined' gives its ``reason`` as a fact: 'base_value_or_target_not_positive',
        or 'overflow' for a growth rate too large for a float.
        """
        indicator, rule = context.indicator, context.parameters
        latest, target = context.require_latest(), context.require_target()
        inputs = context.inputs_against_target()
        inputs["direction"] = indicator.direction.value
        thresholds = {"on_track": rule.on_track, "acceleration_needed": rule.acceleration_needed}

        def explain(
            status: Status,
            case: str,
            computed: dict[str, float] | None = None,
            facts: dict[str, Fact] | None = None,
        ) -> StatusProposal:
            return context.explain(status, case, inputs, computed, thresholds, facts)

        if meets(latest.value, target.comparison, target.value, target.upper):
            achieved = ProgressClass.TARGET_ACHIEVED
            return explain(rule.statuses.status(achieved), achieved.value)
        base = growth_base(indicator, latest)
        if base is None:
            return explain(Status.NOT_ASSESSED, "no_base")
        inputs.update(base_year=base.year, base=base.value)
        if base.value <= 0 or latest.value <= 0 or target.value <= 0:
            return explain(
                Status.NOT_ASSESSED,
                "growth_undefined",
                facts={"reason": "base_value_or_target_not_positive"},
            )
        if target.year <= base.year:
            return explain(Status.NOT_ASSESSED, "target_before_base")
        if context.year > target.year:
            return explain(Status.NOT_ACHIEVED, "target_passed")
        observed = cagr(base.value, latest.value, latest.year - base.year)
        required = cagr(base.value, target.value, target.year - base.year)
        if not (math.isfinite(observed) and math.isfinite(required)) or (
            required != 0 and not math.isfinite(observed / required)
        ):
            return explain(Status.NOT_ASSESSED, "growth_undefined", facts={"reason": "overflow"})
        computed = {"observed_cagr": observed, "required_cagr": required}
        if is_share(indicator.unit):
            # A percentage's change is also stated in procentenheter a year (issue 13, item 8).
            computed["annual_points"] = (latest.value - base.value) / (latest.year - base.year)
        if required == 0:
            status = rule.statuses.status(ProgressClass.DETERIORATION)
            return explain(status, "baseline_equals_target", computed)
        sign = 1 if indicator.direction is Direction.INCREASE else -1
        ratio = sign * observed / abs(required)
        computed["ratio"] = ratio
        progress = classify(ratio, rule.on_track, rule.acceleration_needed)
        return explain(rule.statuses.status(progress), progress.value, computed)
