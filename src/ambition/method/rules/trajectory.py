"""The ``trajectory`` rule: progress made since the baseline against the progress required.

The path runs in straight lines from the baseline (year b₀, value v₀) through each target (year,
value) in order; after the last target it stays at that target. With v the period's latest value
(year y) and p(y) the path's value in that year:

    required = p(y) − v₀,   made = v − v₀,   ratio = made / required.

A target already met is checked first (achieved). Otherwise the ratio is compared with
``achieved_from`` (1.0: on or ahead of the path) and ``partly_from`` (0.5), and on a scale
with them ``largely_from`` (between the two) and ``slightly_from`` (below partly), best first. The ratio does not
change when every value is mirrored (multiplied by −1) together with the direction.
"""

import math

from ambition.method.results import StatusProposal
from ambition.method.rules.base import Rule, RuleContext
from ambition.method.targets import meets, path_value
from ambition.models import Status
from ambition.models.method import TrajectoryRule

_LIMITS = {
    "far_behind_path": "partly_from",
    "behind_largely": "largely_from",
    "slightly_on_path": "partly_from",
    "below_slightly": "slightly_from",
}
"""The threshold each case's ratio stands below (else 'achieved_from'), which decides how many
decimals the ratio needs in the sentence."""


class Trajectory(Rule[TrajectoryRule]):
    """``trajectory``: progress made since the baseline against the progress the path requires."""

    kind = "trajectory"
    parameters = TrajectoryRule
    needs_target_value = True
    cases = (
        "target_met",
        "no_baseline",
        "no_time_since_baseline",
        "baseline_equals_target",
        "ratio_undefined",
        "on_path",
        "behind_path",
        "far_behind_path",
        "largely_on_path",
        "behind_largely",
        "slightly_on_path",
        "below_slightly",
    )

    def propose(self, context: RuleContext[TrajectoryRule]) -> StatusProposal:
        """Apply the rule to the latest value; the applicable target is checked first."""
        indicator, rule = context.indicator, context.parameters
        latest, target = context.require_latest(), context.require_target()
        inputs = context.inputs_against_target()
        thresholds = {"achieved_from": rule.achieved_from, "partly_from": rule.partly_from}
        for name in ("largely_from", "slightly_from"):
            if (given := getattr(rule, name)) is not None:
                thresholds[name] = given

        def explain(
            status: Status, case: str, computed: dict[str, float] | None = None
        ) -> StatusProposal:
            # The threshold the ratio is read against decides how many decimals it needs.
            limit = _LIMITS.get(case, "achieved_from")
            return context.explain(
                status, case, inputs, computed, thresholds, {"ratio_limit": limit}
            )

        if meets(latest.value, target.comparison, target.value, target.upper):
            return explain(Status.ACHIEVED, "target_met")
        baseline = indicator.baseline
        if baseline is None:
            return explain(Status.NOT_ASSESSED, "no_baseline")
        inputs.update(baseline_year=baseline.year, baseline=baseline.value)
        if latest.year <= baseline.year:
            return explain(Status.NOT_ASSESSED, "no_time_since_baseline")
        ordered = sorted(
            (t for t in indicator.targets if t.year > baseline.year), key=lambda t: t.year
        )
        points = [(baseline.year, baseline.value)] + [(t.year, t.value) for t in ordered]
        expected = path_value(points, latest.year)
        required = expected - baseline.value
        made = latest.value - baseline.value
        computed = {"path_value": expected, "progress_required": required, "progress_made": made}
        if required == 0:
            return explain(Status.NOT_ACHIEVED, "baseline_equals_target", computed)
        ratio = made / required
        if not math.isfinite(ratio):
            return explain(Status.NOT_ASSESSED, "ratio_undefined", computed)
        computed["ratio"] = ratio
        if ratio >= rule.achieved_from:
            return explain(Status.ACHIEVED, "on_path", computed)
        if rule.largely_from is not None and ratio >= rule.largely_from:
            return explain(Status.LARGELY_ACHIEVED, "largely_on_path", computed)
        if ratio >= rule.partly_from:
            case = "behind_path" if rule.largely_from is None else "behind_largely"
            return explain(Status.PARTLY_ACHIEVED, case, computed)
        if rule.slightly_from is None:
            return explain(Status.NOT_ACHIEVED, "far_behind_path", computed)
        if ratio >= rule.slightly_from:
            return explain(Status.SLIGHTLY_ACHIEVED, "slightly_on_path", computed)
        return explain(Status.NOT_ACHIEVED, "below_slightly", computed)
