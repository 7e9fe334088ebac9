"""The ``trend_only`` rule: a desired direction without a number.

The compound annual growth rate from the base to the latest value, in the desired direction
(d · CAGRᵢ, formulas in ``growth_rate``), is classed: on track from ``on_track`` (1.5 % a year),
acceleration needed from ``acceleration_needed`` (0.5 %), limited progress from 0,
deterioration below (Statistics Canada's thresholds for indicators without a target). For a
percentage the sentence also gives the change in procentenheter a year, (v − b) / years, and
never speaks of a target, since there is none.
"""

import math

from ambition.method.growth_rate import PROGRESS_CASES, cagr, classify, growth_base
from ambition.method.results import StatusProposal
from ambition.method.rules.base import Inputs, Rule, RuleContext
from ambition.method.trend import is_share
from ambition.models import Direction, Status
from ambition.models.method import TrendOnlyRule


class TrendOnly(Rule[TrendOnlyRule]):
    """``trend_only``: the growth rate in the desired direction, without a target."""

    kind = "trend_only"
    parameters = TrendOnlyRule
    needs_target = False
    cases = ("no_base", "growth_undefined", *PROGRESS_CASES)

    def propose(self, context: RuleContext[TrendOnlyRule]) -> StatusProposal:
        """Class the growth rate from the base to the latest value in the desired direction.

        'growth_undefined' gives its ``reason`` as a fact: 'base_or_value_not_positive', or
        'overflow' for a growth rate too large for a float.
        """
        indicator, rule, latest = context.indicator, context.parameters, context.require_latest()
        inputs: Inputs = {
            "year": latest.year,
            "value": latest.value,
            "direction": indicator.direction.value,
        }
        thresholds = {"on_track": rule.on_track, "acceleration_needed": rule.acceleration_needed}
        base = growth_base(indicator, latest)
        if base is None:
            return context.explain(Status.NOT_ASSESSED, "no_base", inputs, {}, thresholds)
        inputs.update(base_year=base.year, base=base.value)
        if base.value <= 0 or latest.value <= 0:
            facts = {"reason": "base_or_value_not_positive"}
            return context.explain(
                Status.NOT_ASSESSED, "growth_undefined", inputs, {}, thresholds, facts
            )
        observed = cagr(base.value, latest.value, latest.year - base.year)
        if not math.isfinite(observed):
            facts = {"reason": "overflow"}
            return context.explain(
                Status.NOT_ASSESSED, "growth_undefined", inputs, {}, thresholds, facts
            )
        directed = observed if indicator.direction is Direction.INCREASE else -observed
        progress = classify(directed, rule.on_track, rule.acceleration_needed)
        computed = {"observed_cagr": observed, "directed_cagr": directed}
        facts = {"measure": "points" if is_share(indicator.unit) else "relative"}
        if facts["measure"] == "points":
            # A percentage's change is also stated in procentenheter a year.
            computed["annual_points"] = (latest.value - base.value) / (latest.year - base.year)
        return context.explain(
            rule.statuses.status(progress), progress.value, inputs, computed, thresholds, facts
        )
