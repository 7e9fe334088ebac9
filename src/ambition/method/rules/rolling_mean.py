"""The ``rolling_mean`` rule: the mean of the last N comparable values against the target.

"On average over the years": mean = (v₁ + … + v_N) / N over the N latest values up to the
period, after the last series break; judged like ``target_level`` (same partly band). With fewer
than N values the rule proposes nothing.
"""

from ambition.method.explanation import Explanation
from ambition.method.results import StatusProposal
from ambition.method.rules.base import Rule, RuleContext
from ambition.method.targets import JUDGE_CASES, judge, target_head
from ambition.method.wording import both, value_text
from ambition.models import Status
from ambition.models.method import RollingMeanRule

RULE = "rolling_mean"


class RollingMean(Rule[RollingMeanRule]):
    """``rolling_mean``: the mean of the last values against the target, judged like
    ``target_level``."""

    kind = RULE
    parameters = RollingMeanRule
    cases = ("too_few_values", *JUDGE_CASES)

    def propose(self, context: RuleContext[RollingMeanRule]) -> StatusProposal:
        """Judge the mean of the last ``values`` comparable values up to the latest value."""
        return _propose(context)


def _propose(context: RuleContext[RollingMeanRule]) -> StatusProposal:
    indicator, rule, period_year = context.indicator, context.parameters, context.year
    target = context.require_target()
    series = context.comparable()[-rule.values :]
    inputs: dict[str, float | int | str | None] = {
        "values": len(series),
        "target_year": target.year,
        "target": target.value,
        "comparison": target.comparison.value,
    }
    if len(series) < rule.values:
        return StatusProposal(
            Status.NOT_ASSESSED,
            Explanation(
                RULE,
                "too_few_values",
                Status.NOT_ASSESSED.value,
                both(
                    f"Medelvärdet av de {rule.values} senaste jämförbara värdena behövs, men bara "
                    f"{len(series)} finns.",
                    f"The mean of the last {rule.values} comparable values is needed, but only "
                    f"{len(series)} exist.",
                ),
                inputs,
                {},
                {"values": rule.values},
            ),
        )
    mean = sum(o.value for o in series) / len(series)
    inputs.update(first_year=series[0].year, last_year=series[-1].year)
    years = f"{series[0].year}–{series[-1].year}"
    subject = both(
        f"Medelvärdet {years} ({value_text(mean, indicator, 'sv')}, {len(series)} värden)",
        f"The mean of {years} ({value_text(mean, indicator, 'en')}, {len(series)} values)",
    )
    head = target_head(indicator, target, period_year, subject)
    proposal = judge(RULE, mean, target, rule.partly_band, indicator, inputs, head)
    explanation = proposal.explanation
    return StatusProposal(
        proposal.status,
        Explanation(
            explanation.rule,
            explanation.case,
            explanation.outcome,
            explanation.text,
            explanation.inputs,
            {**explanation.computed, "mean": mean},
            explanation.thresholds,
        ),
    )
