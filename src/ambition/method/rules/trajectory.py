"""The ``trajectory`` rule: progress made since the baseline against the progress required.

The path runs in straight lines from the baseline (year b₀, value v₀) through each target (year,
value) in order; after the last target it stays at that target. With v the period's latest value
(year y) and p(y) the path's value in that year:

    required = p(y) − v₀,   made = v − v₀,   ratio = made / required.

A target already met is checked first (achieved). Otherwise the ratio is compared with
``achieved_from`` (1.0: on or ahead of the path) and ``partly_from`` (0.5). The ratio does not
change when every value is mirrored (multiplied by −1) together with the direction.
"""

import math

from ambition.method.results import StatusProposal
from ambition.method.rules.base import Rule, RuleContext
from ambition.method.targets import meets, path_value, target_head
from ambition.method.wording import Proposer, value_subject, value_text, with_colon
from ambition.models import Status
from ambition.models.method import TrajectoryRule
from ambition.numbers import format_number, format_percent

RULE = "trajectory"


class Trajectory(Rule[TrajectoryRule]):
    """``trajectory``: progress made since the baseline against the progress the path requires."""

    kind = RULE
    parameters = TrajectoryRule
    cases = (
        "target_met",
        "no_baseline",
        "no_time_since_baseline",
        "baseline_equals_target",
        "ratio_undefined",
        "on_path",
        "behind_path",
        "far_behind_path",
    )

    def propose(self, context: RuleContext[TrajectoryRule]) -> StatusProposal:
        """Apply the rule to the latest value; the applicable target is checked first."""
        return _propose(context)


def _propose(context: RuleContext[TrajectoryRule]) -> StatusProposal:
    indicator, rule, period_year = context.indicator, context.parameters, context.year
    latest, target = context.require_latest(), context.require_target()
    baseline = indicator.baseline
    inputs: dict[str, float | int | str | None] = {
        "year": latest.year,
        "value": latest.value,
        "target_year": target.year,
        "target": target.value,
    }
    subject = value_subject(indicator, latest.year, latest.value)
    head = target_head(indicator, target, period_year, subject)

    proposal = Proposer(
        RULE,
        inputs,
        {"achieved_from": rule.achieved_from, "partly_from": rule.partly_from},
        with_colon(head),
    )

    if meets(latest.value, target.comparison, target.value, target.upper):
        return proposal(
            Status.ACHIEVED, "target_met", "målvärdet är redan nått.", "the target is already met."
        )
    if baseline is None:
        return proposal(
            Status.NOT_ASSESSED,
            "no_baseline",
            "utgångsvärde saknas, så ingen bana kan dras.",
            "there is no baseline, so no path can be drawn.",
        )
    inputs.update(baseline_year=baseline.year, baseline=baseline.value)
    if latest.year <= baseline.year:
        return proposal(
            Status.NOT_ASSESSED,
            "no_time_since_baseline",
            f"inget värde finns efter utgångsåret {baseline.year}.",
            f"there is no value after the baseline year {baseline.year}.",
        )
    ordered = sorted((t for t in indicator.targets if t.year > baseline.year), key=lambda t: t.year)
    points = [(baseline.year, baseline.value)] + [(t.year, t.value) for t in ordered]
    required = path_value(points, latest.year) - baseline.value
    made = latest.value - baseline.value
    expected = path_value(points, latest.year)
    computed = {"path_value": expected, "progress_required": required, "progress_made": made}
    if required == 0:
        return proposal(
            Status.NOT_ACHIEVED,
            "baseline_equals_target",
            "utgångsvärdet är lika med målvärdet, men målvärdet är inte längre nått.",
            "the baseline equals the target, but the target is no longer met.",
            computed,
        )
    ratio = made / required
    if not math.isfinite(ratio):
        return proposal(
            Status.NOT_ASSESSED,
            "ratio_undefined",
            "förändringen som krävs är för liten för att jämföras med.",
            "the progress required is too small to compare with.",
            computed,
        )
    computed["ratio"] = ratio
    path_sv = value_text(expected, indicator, "sv")
    path_en = value_text(expected, indicator, "en")
    numbers_sv = (
        f"banan från utgångsvärdet {format_number(baseline.value, indicator.decimals, 'sv')} "
        f"({baseline.year}) kräver {path_sv} {latest.year}; gjord förändring är "
        f"{format_percent(ratio, 'sv')} av den som krävs"
    )
    numbers_en = (
        f"the path from the baseline {format_number(baseline.value, indicator.decimals, 'en')} "
        f"({baseline.year}) requires {path_en} in {latest.year}; the progress made is "
        f"{format_percent(ratio, 'en')} of the progress required"
    )
    achieved_sv = format_percent(rule.achieved_from, "sv")
    achieved_en = format_percent(rule.achieved_from, "en")
    partly_sv = format_percent(rule.partly_from, "sv")
    partly_en = format_percent(rule.partly_from, "en")
    if ratio >= rule.achieved_from:
        return proposal(
            Status.ACHIEVED,
            "on_path",
            f"{numbers_sv}, minst {achieved_sv}.",
            f"{numbers_en}, at least {achieved_en}.",
            computed,
        )
    if ratio >= rule.partly_from:
        return proposal(
            Status.PARTLY_ACHIEVED,
            "behind_path",
            f"{numbers_sv}, under {achieved_sv} men minst {partly_sv}.",
            f"{numbers_en}, below {achieved_en} but at least {partly_en}.",
            computed,
        )
    return proposal(
        Status.NOT_ACHIEVED,
        "far_behind_path",
        f"{numbers_sv}, under {partly_sv}.",
        f"{numbers_en}, below {partly_en}.",
        computed,
    )
