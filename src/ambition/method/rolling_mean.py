"""The ``rolling_mean`` rule: the mean of the last N comparable values against the target.

"On average over the years": mean = (v₁ + … + v_N) / N over the N latest values up to the
period, after the last series break; judged like ``target_level`` (same partly band). With fewer
than N values the rule proposes nothing.
"""

from ambition.method.explanation import Explanation
from ambition.method.results import Observation, StatusProposal
from ambition.method.series import comparable
from ambition.method.target_level import judge, target_head
from ambition.method.wording import both, value_text
from ambition.models import Indicator, Status, Target
from ambition.models.method import RollingMeanRule

RULE = "rolling_mean"


def propose(
    indicator: Indicator,
    period_year: int,
    rule: RollingMeanRule,
    latest: Observation,
    target: Target,
) -> StatusProposal:
    """Apply the rule to the last ``rule.values`` values up to ``latest``."""
    series = comparable(indicator, latest.year)[-rule.values :]
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
