"""The ``target_level`` rule: the period's latest value against the period's target.

Achieved when the value meets the target; else partly achieved when it meets the target's
``acceptable`` short-term value or lies within the partly band (on a scale with more degrees,
largely and slightly achieved within their own bands, read best first); else not achieved
(``targets.judge`` gives the formulas).
"""

from ambition.method.results import StatusProposal
from ambition.method.rules.base import Rule, RuleContext
from ambition.method.targets import JUDGE_CASES, judge
from ambition.models.method import TargetLevelRule


class TargetLevel(Rule[TargetLevelRule]):
    """``target_level``: the value against the target, with a partly band."""

    kind = "target_level"
    parameters = TargetLevelRule
    cases = JUDGE_CASES

    def propose(self, context: RuleContext[TargetLevelRule]) -> StatusProposal:
        """Judge the latest value in or before the period against the applicable target."""
        latest, target = context.require_latest(), context.require_target()
        inputs = context.inputs_against_target()
        inputs.update(
            comparison=target.comparison.value, upper=target.upper, acceptable=target.acceptable
        )
        rule = context.parameters
        verdict = judge(
            latest.value, target, rule.partly_band, rule.largely_band, rule.slightly_band
        )
        return context.explain(
            verdict.status,
            verdict.case,
            inputs,
            verdict.computed,
            verdict.thresholds,
            verdict.facts,
        )
