"""The ``growth_ratio`` rule: observed against required compound annual growth (Eurostat's
method as implemented by Statistics Canada and Open SDG; formulas in ``growth_rate``).

"Target achieved" is checked first; otherwise R = d · CAGRᵢ / |CAGR_T| is classed: on track
from ``on_track`` (0.95), acceleration needed from ``acceleration_needed`` (0.60), limited
progress from 0, deterioration below; ``statuses`` maps each class to a status.
"""

import math

from ambition.method.growth_rate import CLASS_WORDS, cagr, class_text, classify, growth_base
from ambition.method.results import StatusProposal
from ambition.method.rules.base import Rule, RuleContext
from ambition.method.targets import meets, target_head
from ambition.method.wording import Proposer, signed_percent, value_subject, with_colon
from ambition.models import Direction, Status
from ambition.models.method import GrowthRatioRule, ProgressClass
from ambition.numbers import format_number, format_percent

PROGRESS_CASES = tuple(c.value for c in ProgressClass if c is not ProgressClass.TARGET_ACHIEVED)


class GrowthRatio(Rule[GrowthRatioRule]):
    """``growth_ratio``: observed against required compound annual growth."""

    kind = "growth_ratio"
    parameters = GrowthRatioRule
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
        """Apply the rule to the latest value against the applicable target."""
        return _propose(context)


def _propose(context: RuleContext[GrowthRatioRule]) -> StatusProposal:
    indicator, rule, period_year = context.indicator, context.parameters, context.year
    latest, target = context.require_latest(), context.require_target()
    rule_name = "growth_ratio"
    inputs: dict[str, float | int | str | None] = {
        "year": latest.year,
        "value": latest.value,
        "target_year": target.year,
        "target": target.value,
        "direction": indicator.direction.value,
    }
    thresholds = {"on_track": rule.on_track, "acceleration_needed": rule.acceleration_needed}
    subject = value_subject(indicator, latest.year, latest.value)
    head = target_head(indicator, target, period_year, subject)

    proposal = Proposer(rule_name, inputs, thresholds, with_colon(head))

    if meets(latest.value, target.comparison, target.value, target.upper):
        words = class_text(ProgressClass.TARGET_ACHIEVED)
        return proposal(
            rule.statuses.status(ProgressClass.TARGET_ACHIEVED),
            "target_achieved",
            f"{words['sv']}.",
            f"{words['en']}.",
        )
    base = growth_base(indicator, latest)
    if base is None:
        return proposal(
            Status.NOT_ASSESSED,
            "no_base",
            "ett tidigare värde behövs för att beräkna en tillväxttakt.",
            "an earlier value is needed to compute a growth rate.",
        )
    inputs.update(base_year=base.year, base=base.value)
    if base.value <= 0 or latest.value <= 0 or target.value <= 0:
        return proposal(
            Status.NOT_ASSESSED,
            "growth_undefined",
            "tillväxttakten kan bara beräknas när utgångsvärdet, värdet och "
            "målvärdet är större än noll.",
            "growth rates are defined only when the base, the value and the target are above zero.",
        )
    if target.year <= base.year:
        return proposal(
            Status.NOT_ASSESSED,
            "target_before_base",
            f"målåret {target.year} ligger inte efter basåret {base.year}.",
            f"the target year {target.year} is not after the base year {base.year}.",
        )
    if period_year > target.year:
        return proposal(
            Status.NOT_ACHIEVED,
            "target_passed",
            "målåret har passerats utan att målvärdet är nått.",
            "the target year has passed and the target is not met.",
        )
    observed = cagr(base.value, latest.value, latest.year - base.year)
    required = cagr(base.value, target.value, target.year - base.year)
    if not (math.isfinite(observed) and math.isfinite(required)) or (
        required != 0 and not math.isfinite(observed / required)
    ):
        return proposal(
            Status.NOT_ASSESSED,
            "growth_undefined",
            "tillväxttakten blir för stor för att kunna beräknas.",
            "the growth rate is too large to be computed.",
        )
    computed = {"observed_cagr": observed, "required_cagr": required}
    base_sv = (
        f"från {format_number(base.value, indicator.decimals, 'sv')} ({base.year}) är den "
        f"årliga förändringen {signed_percent(observed, 'sv', 2)}"
    )
    base_en = (
        f"from {format_number(base.value, indicator.decimals, 'en')} ({base.year}) the "
        f"annual growth is {signed_percent(observed, 'en', 2)}"
    )
    if required == 0:
        return proposal(
            rule.statuses.status(ProgressClass.DETERIORATION),
            "baseline_equals_target",
            f"{base_sv}; utgångsvärdet var lika med målvärdet, som inte längre är nått "
            f"({CLASS_WORDS[ProgressClass.DETERIORATION][0]}).",
            f"{base_en}; the base equalled the target, which is no longer met "
            f"({CLASS_WORDS[ProgressClass.DETERIORATION][1]}).",
            computed,
        )
    sign = 1 if indicator.direction is Direction.INCREASE else -1
    ratio = sign * observed / abs(required)
    computed["ratio"] = ratio
    progress = classify(ratio, rule.on_track, rule.acceleration_needed)
    words = class_text(progress)
    return proposal(
        rule.statuses.status(progress),
        progress.value,
        f"{base_sv} mot {signed_percent(required, 'sv', 2)} som krävs; kvoten är "
        f"{format_number(ratio, 3, 'sv')} ({words['sv']}; gränser "
        f"{format_percent(rule.on_track, 'sv')} och {format_percent(rule.acceleration_needed, 'sv')}).",
        f"{base_en} against the {signed_percent(required, 'en', 2)} required; the ratio is "
        f"{format_number(ratio, 3, 'en')} ({words['en']}; cut-offs "
        f"{format_percent(rule.on_track, 'en')} and {format_percent(rule.acceleration_needed, 'en')}).",
        computed,
    )
