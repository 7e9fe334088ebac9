"""The ``trend_strength`` rule: the trend's strength in the desired direction.

Published follow-ups state rules such as "helt uppfyllt när trenden är stark i rätt riktning,
delvis uppfyllt när den är svag". The trend is computed with the rule's own ``trend`` setting
(``method/trend.py``); its change c (relative, or in procentenheter for a percentage) is:

- strong: in the desired direction and |c| ≥ ``strong`` (``strong_points``);
- weak: in the desired direction, beyond the tolerance but under the strong threshold;
- stable: within the tolerance;
- worsening: against the desired direction.

``statuses`` maps each to a status (default: strong achieved, weak partly achieved, stable and
worsening not achieved). No trend (too few values, a break): not assessed.
"""

from ambition.method.results import StatusProposal
from ambition.method.rules.base import Rule, RuleContext
from ambition.method.trend import propose_trend
from ambition.models import Status, Trend
from ambition.models.method import TrendStrengthRule


class TrendStrength(Rule[TrendStrengthRule]):
    """``trend_strength``: a status from how strongly the trend goes the desired way."""

    kind = "trend_strength"
    parameters = TrendStrengthRule
    needs_target = False
    cases = ("strong", "weak", "stable", "worsening", "no_trend")

    def propose(self, context: RuleContext[TrendStrengthRule]) -> StatusProposal:
        """Class the trend up to the latest value by its strength and map it to a status."""
        rule = context.parameters
        trend = propose_trend(context.indicator, context.require_latest().year, rule.trend)
        found = trend.explanation
        if trend.trend is Trend.INSUFFICIENT_DATA:
            return context.explain(Status.NOT_ASSESSED, "no_trend", found.inputs)
        if trend.trend is Trend.STABLE:
            case = "stable"
        elif trend.trend is Trend.WORSENING:
            case = "worsening"
        else:
            case = str(found.facts["strength"])
        status = getattr(rule.statuses, case)
        return context.explain(
            status,
            case,
            found.inputs,
            found.computed,
            found.thresholds,
            {**found.facts, "status": status.value},
        )
