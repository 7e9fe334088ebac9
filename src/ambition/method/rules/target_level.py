"""The ``target_level`` rule: the period's latest value against the period's target.

Achieved when the value meets the target; else partly achieved when it meets the target's
``acceptable`` short-term value or lies within the partly band; else not achieved
(``targets.judge`` gives the formulas).
"""

from ambition.method.results import StatusProposal
from ambition.method.rules.base import Rule, RuleContext
from ambition.method.targets import JUDGE_CASES, judge, target_head
from ambition.method.wording import value_subject
from ambition.models.method import TargetLevelRule


class TargetLevel(Rule[TargetLevelRule]):
    """``target_level``: the value against the target, with a partly band."""

    kind = "target_level"
    parameters = TargetLevelRule
    cases = JUDGE_CASES

    def propose(self, context: RuleContext[TargetLevelRule]) -> StatusProposal:
        """Judge the latest value in or before the period against the applicable target."""
        latest, target, indicator = (
            context.require_latest(),
            context.require_target(),
            context.indicator,
        )
        inputs: dict[str, float | int | str | None] = {
            "year": latest.year,
            "value": latest.value,
            "target_year": target.year,
            "target": target.value,
            "comparison": target.comparison.value,
            "upper": target.upper,
            "acceptable": target.acceptable,
        }
        subject = value_subject(indicator, latest.year, latest.value)
        head = target_head(indicator, target, context.year, subject)
        band = context.parameters.partly_band
        return judge(self.kind, latest.value, target, band, indicator, inputs, head)
