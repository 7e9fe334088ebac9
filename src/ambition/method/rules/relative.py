"""The ``relative`` rule: the value against a reference series kept with the indicator.

With v the latest value, r the reference's value for the same year and d = +1 (increase
desired) or −1 (decrease desired): achieved when d·(v − r) ≥ 0 (at least as good as the
reference); partly achieved when the shortfall |v − r| ≤ band · |r|; not achieved otherwise.
On a scale with more degrees, ``largely_band`` and ``slightly_band`` are read the same way,
best first: largely achieved within the largely band, then partly, then slightly.
For a group reference (``members``), r is the mean or the median (``statistic``) of the
members' values in the same year, those without one left out.
"""

import statistics

from ambition.method.results import StatusProposal
from ambition.method.rules.base import Inputs, Rule, RuleContext
from ambition.method.rules.rank import member_values
from ambition.models import Direction, Status
from ambition.models.method import RelativeRule


class Relative(Rule[RelativeRule]):
    """``relative``: the value against a reference series, in the desired direction."""

    kind = "relative"
    parameters = RelativeRule
    needs_target = False
    cases = (
        "no_reference",
        "no_reference_value",
        "as_good_as_reference",
        "close_to_reference",
        "worse_than_reference",
        "largely_close_to_reference",
        "slightly_close_to_reference",
        "worse_than_slightly_band",
    )

    def propose(self, context: RuleContext[RelativeRule]) -> StatusProposal:
        """Compare the latest value with the reference series' value in the same year."""
        indicator, rule, latest = context.indicator, context.parameters, context.require_latest()
        reference = indicator.references.get(rule.reference)
        inputs: Inputs = {"year": latest.year, "value": latest.value, "reference": rule.reference}
        thresholds = {
            name: given
            for name in ("largely_band", "partly_band", "slightly_band")
            if (given := getattr(rule, name)) is not None
        }
        if reference is None:
            return context.explain(Status.NOT_ASSESSED, "no_reference", inputs, {}, thresholds)
        facts = {"reference_name": reference.name, "reference_form": "series"}
        other = reference.values.get(latest.year)
        if reference.is_group:
            found = member_values(indicator, rule.reference, latest.year) or {}
            facts["reference_form"] = rule.statistic
            inputs["members"] = len(found)
            if found:
                average = statistics.fmean if rule.statistic == "mean" else statistics.median
                other = average(found.values())
        if other is None:
            return context.explain(
                Status.NOT_ASSESSED, "no_reference_value", inputs, {}, thresholds, facts
            )
        inputs["reference_value"] = other
        sign = 1 if indicator.direction is Direction.INCREASE else -1
        advantage = sign * (latest.value - other)
        computed = {"advantage": advantage}

        def within(band: float) -> bool:
            return other != 0 and -advantage <= band * abs(other)

        if advantage >= 0:
            status, case = Status.ACHIEVED, "as_good_as_reference"
        elif rule.largely_band is not None and within(rule.largely_band):
            status, case = Status.LARGELY_ACHIEVED, "largely_close_to_reference"
        elif within(rule.partly_band):
            status, case = Status.PARTLY_ACHIEVED, "close_to_reference"
        elif rule.slightly_band is None:
            status, case = Status.NOT_ACHIEVED, "worse_than_reference"
        elif within(rule.slightly_band):
            status, case = Status.SLIGHTLY_ACHIEVED, "slightly_close_to_reference"
        else:
            status, case = Status.NOT_ACHIEVED, "worse_than_slightly_band"
        return context.explain(status, case, inputs, computed, thresholds, facts)
