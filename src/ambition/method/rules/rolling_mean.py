"""The ``rolling_mean`` rule: the mean of the last N comparable values against the target.

"On average over the years": mean = (v₁ + … + v_N) / N over the N latest values up to the
period, after the last series break; judged like ``target_level`` (``targets.judge``, the same
partly band). With fewer than N values the rule proposes nothing.
"""

from ambition.method.results import StatusProposal
from ambition.method.rules.base import Inputs, Rule, RuleContext
from ambition.method.sentences.reader import encode_series
from ambition.method.targets import JUDGE_CASES, judge
from ambition.models import Status
from ambition.models.method import RollingMeanRule


class RollingMean(Rule[RollingMeanRule]):
    """``rolling_mean``: the mean of the last values against the target, judged like
    ``target_level``."""

    kind = "rolling_mean"
    parameters = RollingMeanRule
    cases = ("too_few_values", *JUDGE_CASES)

    def propose(self, context: RuleContext[RollingMeanRule]) -> StatusProposal:
        """Judge the mean of the last ``values`` comparable values up to the latest value."""
        rule, target = context.parameters, context.require_target()
        series = context.comparable()[-rule.values :]
        inputs: Inputs = {
            "values": len(series),
            "target_year": target.year,
            "target": target.value,
            "comparison": target.comparison.value,
        }
        if len(series) < rule.values:
            return context.explain(
                Status.NOT_ASSESSED, "too_few_values", inputs, {}, {"values": rule.values}
            )
        mean = sum(o.value for o in series) / len(series)
        inputs.update(first_year=series[0].year, last_year=series[-1].year)
        verdict = judge(mean, target, rule.partly_band, rule.largely_band, rule.slightly_band)
        computed = {**verdict.computed, "mean": mean}
        # The sentence names the values averaged, so the reader can check the mean.
        facts = {**verdict.facts, "averaged": encode_series([(o.year, o.value) for o in series])}
        return context.explain(
            verdict.status, verdict.case, inputs, computed, verdict.thresholds, facts
        )
