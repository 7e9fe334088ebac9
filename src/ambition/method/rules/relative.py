"""The ``relative`` rule: the value against a reference series kept with the indicator.

With v the latest value, r the reference's value for the same year and d = +1 (increase
desired) or −1 (decrease desired): achieved when d·(v − r) ≥ 0 (at least as good as the
reference); partly achieved when the shortfall |v − r| ≤ band · |r|; not achieved otherwise.
"""

from ambition.method.results import StatusProposal
from ambition.method.rules.base import Rule, RuleContext
from ambition.method.wording import Proposer, value_text
from ambition.models import Direction, Status
from ambition.models.method import RelativeRule
from ambition.numbers import format_percent

RULE = "relative"


class Relative(Rule[RelativeRule]):
    """``relative``: the value against a reference series, in the desired direction."""

    kind = RULE
    parameters = RelativeRule
    needs_target = False
    cases = (
        "no_reference",
        "no_reference_value",
        "as_good_as_reference",
        "close_to_reference",
        "worse_than_reference",
    )

    def propose(self, context: RuleContext[RelativeRule]) -> StatusProposal:
        """Compare the latest value with the reference series' value in the same year."""
        return _propose(context)


def _propose(context: RuleContext[RelativeRule]) -> StatusProposal:
    indicator, rule, latest = context.indicator, context.parameters, context.require_latest()
    reference = indicator.references.get(rule.reference)
    inputs: dict[str, float | int | str | None] = {
        "year": latest.year,
        "value": latest.value,
        "reference": rule.reference,
    }
    thresholds = {"partly_band": rule.partly_band}

    proposal = Proposer(RULE, inputs, thresholds)

    if reference is None:
        return proposal(
            Status.NOT_ASSESSED,
            "no_reference",
            f"Jämförelseserien '{rule.reference}' saknas för indikatorn.",
            f"The indicator has no reference series '{rule.reference}'.",
        )
    other = reference.values.get(latest.year)
    if other is None:
        return proposal(
            Status.NOT_ASSESSED,
            "no_reference_value",
            f"{reference.name} saknar värde för {latest.year}.",
            f"{reference.name} has no value for {latest.year}.",
        )
    inputs["reference_value"] = other
    sign = 1 if indicator.direction is Direction.INCREASE else -1
    advantage = sign * (latest.value - other)
    value_sv = value_text(latest.value, indicator, "sv")
    value_en = value_text(latest.value, indicator, "en")
    other_sv, other_en = value_text(other, indicator, "sv"), value_text(other, indicator, "en")
    head_sv = f"Värdet {latest.year} ({value_sv}) jämförs med {reference.name} ({other_sv})"
    head_en = f"The {latest.year} value ({value_en}) is compared with {reference.name} ({other_en})"
    computed = {"advantage": advantage}
    if advantage >= 0:
        return proposal(
            Status.ACHIEVED,
            "as_good_as_reference",
            f"{head_sv}: minst lika bra i önskad riktning.",
            f"{head_en}: at least as good in the desired direction.",
            computed,
        )
    band_sv = format_percent(rule.partly_band, "sv", 1)
    band_en = format_percent(rule.partly_band, "en", 1)
    if other != 0 and -advantage <= rule.partly_band * abs(other):
        return proposal(
            Status.PARTLY_ACHIEVED,
            "close_to_reference",
            f"{head_sv}: sämre, men inom {band_sv} av jämförelsevärdet.",
            f"{head_en}: worse, but within {band_en} of the reference.",
            computed,
        )
    return proposal(
        Status.NOT_ACHIEVED,
        "worse_than_reference",
        f"{head_sv}: sämre med mer än {band_sv} av jämförelsevärdet.",
        f"{head_en}: worse by more than {band_en} of the reference.",
        computed,
    )
