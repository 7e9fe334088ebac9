"""The ``trend_only`` rule: a desired direction without a number.

The compound annual growth rate from the base to the latest value, in the desired direction
(d · CAGRᵢ, formulas in ``growth_rate``), is classed: on track from ``on_track`` (1.5 % a year),
acceleration needed from ``acceleration_needed`` (0.5 %), limited progress from 0,
deterioration below (Statistics Canada's thresholds for indicators without a target).
"""

import math

from ambition.method.growth_rate import cagr, class_text, classify, growth_base
from ambition.method.results import StatusProposal
from ambition.method.rules.base import Rule, RuleContext
from ambition.method.rules.growth_ratio import PROGRESS_CASES
from ambition.method.wording import Proposer, both, signed_percent
from ambition.models import Direction, Status
from ambition.models.method import TrendOnlyRule
from ambition.numbers import format_number, format_percent


class TrendOnly(Rule[TrendOnlyRule]):
    """``trend_only``: the growth rate in the desired direction, without a target."""

    kind = "trend_only"
    parameters = TrendOnlyRule
    needs_target = False
    cases = ("no_base", "growth_undefined", *PROGRESS_CASES)

    def propose(self, context: RuleContext[TrendOnlyRule]) -> StatusProposal:
        """Class the growth rate from the base to the latest value."""
        return _propose(context)


def _propose(context: RuleContext[TrendOnlyRule]) -> StatusProposal:
    indicator, rule, latest = context.indicator, context.parameters, context.require_latest()
    rule_name = "trend_only"
    inputs: dict[str, float | int | str | None] = {
        "year": latest.year,
        "value": latest.value,
        "direction": indicator.direction.value,
    }
    thresholds = {"on_track": rule.on_track, "acceleration_needed": rule.acceleration_needed}
    goal_sv = "öka" if indicator.direction is Direction.INCREASE else "minska"
    goal_en = "increase" if indicator.direction is Direction.INCREASE else "decrease"

    proposal = Proposer(
        rule_name,
        inputs,
        thresholds,
        both(
            f"Utan målvärde bedöms utvecklingen i önskad riktning ({goal_sv}): ",
            f"Without a target, the development in the desired direction ({goal_en}) is assessed: ",
        ),
    )

    base = growth_base(indicator, latest)
    if base is None:
        return proposal(
            Status.NOT_ASSESSED,
            "no_base",
            "ett tidigare jämförbart värde behövs.",
            "an earlier comparable value is needed.",
        )
    inputs.update(base_year=base.year, base=base.value)
    if base.value <= 0 or latest.value <= 0:
        return proposal(
            Status.NOT_ASSESSED,
            "growth_undefined",
            "tillväxttakten kan bara beräknas för värden större än noll.",
            "growth rates are defined only for values above zero.",
        )
    observed = cagr(base.value, latest.value, latest.year - base.year)
    if not math.isfinite(observed):
        return proposal(
            Status.NOT_ASSESSED,
            "growth_undefined",
            "tillväxttakten blir för stor för att kunna beräknas.",
            "the growth rate is too large to be computed.",
        )
    directed = observed if indicator.direction is Direction.INCREASE else -observed
    progress = classify(directed, rule.on_track, rule.acceleration_needed)
    words = class_text(progress)
    return proposal(
        rule.statuses.status(progress),
        progress.value,
        f"från {format_number(base.value, indicator.decimals, 'sv')} ({base.year}) till "
        f"{format_number(latest.value, indicator.decimals, 'sv')} ({latest.year}) är den årliga "
        f"förändringen {signed_percent(observed, 'sv', 2)} ({words['sv']}; gränser "
        f"{format_percent(rule.on_track, 'sv', 1)} och "
        f"{format_percent(rule.acceleration_needed, 'sv', 1)} per år).",
        f"from {format_number(base.value, indicator.decimals, 'en')} ({base.year}) to "
        f"{format_number(latest.value, indicator.decimals, 'en')} ({latest.year}) the annual "
        f"growth is {signed_percent(observed, 'en', 2)} ({words['en']}; cut-offs "
        f"{format_percent(rule.on_track, 'en', 1)} and "
        f"{format_percent(rule.acceleration_needed, 'en', 1)} a year).",
        {"observed_cagr": observed, "directed_cagr": directed},
    )
