"""Targets: which one applies to a period, whether a value meets it, how far it is, the path
through the targets, and judging a value against a target (``target_level``, ``rolling_mean``).

Judging a value v against a target t (``judge``):

- achieved: the value meets the target (``at_least`` v ≥ t, ``at_most`` v ≤ t, ``above`` v > t,
  ``below`` v < t, ``between`` lo ≤ v ≤ hi);
- partly achieved: it misses the target but meets the target's ``acceptable`` short-term value,
  or, where none is given, lies within the method's partly band: a fulfilment of at least a share
  (fulfilment is value/target when higher is better and target/value when lower is better,
  defined for positive numbers only), or an absolute or relative distance from the target;
- not achieved: otherwise.

The applicable target is the first one whose year is the period's year or later (an interim
target before the final one); once every target year has passed, the last target.
The path (``path_value``) runs in straight lines through (year, value) points, e.g. from the
baseline through each target, and stays at the first and last values outside them.
"""

import itertools

from ambition.method.results import StatusProposal
from ambition.method.wording import Proposer, both, value_text, with_colon
from ambition.models import Comparison, Indicator, Status, Target
from ambition.models.method import PartlyBand
from ambition.numbers import format_number, format_percent

_COMPARISON_WORDS = {
    Comparison.AT_LEAST: ("minst", "at least"),
    Comparison.AT_MOST: ("högst", "at most"),
    Comparison.ABOVE: ("över", "above"),
    Comparison.BELOW: ("under", "below"),
}

Inputs = dict[str, float | int | str | None]

JUDGE_CASES = (
    "target_met",
    "acceptable_met",
    "acceptable_missed",
    "fulfilment_undefined",
    "fulfilment_partly",
    "fulfilment_low",
    "within_band",
    "outside_band",
)
"""The cases ``judge`` decides between."""


def applicable_target(indicator: Indicator, year: int) -> Target | None:
    """The first target in ``year`` or later; once all have passed, the latest; None if none."""
    if not indicator.targets:
        return None
    ordered = sorted(indicator.targets, key=lambda t: t.year)
    for target in ordered:
        if target.year >= year:
            return target
    return ordered[-1]


def meets(value: float, comparison: Comparison, bound: float, upper: float | None = None) -> bool:
    """True when ``value`` satisfies ``comparison`` against ``bound`` (``upper`` for between)."""
    if comparison is Comparison.AT_LEAST:
        return value >= bound
    if comparison is Comparison.AT_MOST:
        return value <= bound
    if comparison is Comparison.ABOVE:
        return value > bound
    if comparison is Comparison.BELOW:
        return value < bound
    assert upper is not None, "a 'between' target always has an upper bound (model validated)"
    return bound <= value <= upper


def _bound_missed(value: float, target: Target) -> tuple[float, bool]:
    """The bound the value misses and whether lower values are better on that side."""
    if target.comparison is Comparison.BETWEEN and target.upper is not None:
        if value > target.upper:
            return target.upper, True
        return target.value, False
    return target.value, target.comparison in (Comparison.AT_MOST, Comparison.BELOW)


def fulfilment(value: float, target: Target) -> float | None:
    """Fulfilment of ``target`` by ``value`` as a ratio (1.0 = met), or None when undefined.

    Higher is better (at_least, above, under a range): value/target; lower is better (at_most,
    below, over a range): target/value. Defined only when both numbers are positive.
    """
    bound, lower_is_better = _bound_missed(value, target)
    if value <= 0 or bound <= 0:
        return None
    return bound / value if lower_is_better else value / bound


def distance(value: float, target: Target) -> float:
    """How far ``value`` lies on the wrong side of the target, in the unit (0 when met)."""
    bound, lower_is_better = _bound_missed(value, target)
    gap = value - bound if lower_is_better else bound - value
    return max(gap, 0.0)


def describe_target(target: Target, unit: str, decimals: int, lang: str) -> str:
    """'at least 60.0 %' style text of a target's comparison and value(s)."""
    value = format_number(target.value, decimals, lang)
    if target.comparison is Comparison.BETWEEN:
        upper = format_number(target.upper or 0.0, decimals, lang)
        words = "mellan {} och {}" if lang == "sv" else "between {} and {}"
        return words.format(value, upper) + f" {unit}"
    word = _COMPARISON_WORDS[target.comparison][0 if lang == "sv" else 1]
    return f"{word} {value} {unit}"


def judge(
    rule: str,
    value: float,
    target: Target,
    band: PartlyBand,
    indicator: Indicator,
    inputs: Inputs,
    head: dict[str, str],
) -> StatusProposal:
    """Judge ``value`` against ``target``; ``head`` starts the sentence in each language."""

    make = Proposer(rule, inputs, head=with_colon(head))

    def proposal(
        status: Status,
        case: str,
        computed: dict[str, float],
        thresholds: dict[str, float],
        sv: str,
        en: str,
    ) -> StatusProposal:
        return make(status, case, sv, en, computed, thresholds)

    if meets(value, target.comparison, target.value, target.upper):
        return proposal(
            Status.ACHIEVED, "target_met", {}, {}, "målvärdet är nått.", "the target is met."
        )

    if target.acceptable is not None and target.comparison is not Comparison.BETWEEN:
        acceptable = {lang: value_text(target.acceptable, indicator, lang) for lang in ("sv", "en")}
        limit = {"acceptable": target.acceptable}
        if meets(value, target.comparison, target.acceptable):
            return proposal(
                Status.PARTLY_ACHIEVED,
                "acceptable_met",
                {},
                limit,
                f"målvärdet är inte nått, men den på kort sikt acceptabla nivån ({acceptable['sv']}) är nådd.",
                f"the target is not met, but the level acceptable in the shorter term ({acceptable['en']}) is.",
            )
        return proposal(
            Status.NOT_ACHIEVED,
            "acceptable_missed",
            {},
            limit,
            f"varken målvärdet eller den på kort sikt acceptabla nivån ({acceptable['sv']}) är nådd.",
            f"neither the target nor the level acceptable in the shorter term ({acceptable['en']}) is met.",
        )

    if band.fulfilment is not None:
        threshold = band.fulfilment
        limit_sv, limit_en = format_percent(threshold, "sv"), format_percent(threshold, "en")
        ratio = fulfilment(value, target)
        thresholds = {"partly_band_fulfilment": threshold}
        if ratio is None:
            return proposal(
                Status.NOT_ACHIEVED,
                "fulfilment_undefined",
                {},
                thresholds,
                "målvärdet är inte nått, och måluppfyllelsen kan inte beräknas eftersom värdet "
                "eller målvärdet inte är större än noll.",
                "the target is not met, and the fulfilment cannot be computed because the value "
                "or the target is not above zero.",
            )
        ratio_sv, ratio_en = format_percent(ratio, "sv"), format_percent(ratio, "en")
        if ratio >= threshold:
            return proposal(
                Status.PARTLY_ACHIEVED,
                "fulfilment_partly",
                {"fulfilment": ratio},
                thresholds,
                f"målvärdet är inte nått, men måluppfyllelsen är {ratio_sv}, minst {limit_sv} som "
                "krävs för delvis uppfyllt.",
                f"the target is not met, but the fulfilment is {ratio_en}, at least the "
                f"{limit_en} required for partly achieved.",
            )
        return proposal(
            Status.NOT_ACHIEVED,
            "fulfilment_low",
            {"fulfilment": ratio},
            thresholds,
            f"målvärdet är inte nått och måluppfyllelsen är {ratio_sv}, under {limit_sv} som "
            "krävs för delvis uppfyllt.",
            f"the target is not met and the fulfilment is {ratio_en}, below the {limit_en} "
            "required for partly achieved.",
        )

    gap = distance(value, target)
    gap_sv, gap_en = value_text(gap, indicator, "sv"), value_text(gap, indicator, "en")
    if band.absolute is not None:
        allowed = band.absolute
        allowed_sv = value_text(allowed, indicator, "sv")
        allowed_en = value_text(allowed, indicator, "en")
        thresholds = {"partly_band_absolute": allowed}
        computed = {"distance": gap}
    else:
        assert band.relative is not None, "PartlyBand holds exactly one band (model validated)"
        bound, _ = _bound_missed(value, target)
        allowed = band.relative * abs(bound)
        allowed_sv = (
            f"{format_percent(band.relative, 'sv', 1)} av målvärdet, "
            f"{value_text(allowed, indicator, 'sv')}"
        )
        allowed_en = (
            f"{format_percent(band.relative, 'en', 1)} of the target, "
            f"{value_text(allowed, indicator, 'en')}"
        )
        thresholds = {"partly_band_relative": band.relative}
        computed = {"distance": gap, "allowed_distance": allowed}
    if gap <= allowed:
        return proposal(
            Status.PARTLY_ACHIEVED,
            "within_band",
            computed,
            thresholds,
            f"målvärdet är inte nått, men avståndet ({gap_sv}) är inom {allowed_sv} som ger "
            "delvis uppfyllt.",
            f"the target is not met, but the distance ({gap_en}) is within the {allowed_en} "
            "that gives partly achieved.",
        )
    return proposal(
        Status.NOT_ACHIEVED,
        "outside_band",
        computed,
        thresholds,
        f"målvärdet är inte nått och avståndet ({gap_sv}) är större än {allowed_sv} som ger "
        "delvis uppfyllt.",
        f"the target is not met and the distance ({gap_en}) exceeds the {allowed_en} that "
        "gives partly achieved.",
    )


def target_head(
    indicator: Indicator, target: Target, period_year: int, subject: dict[str, str]
) -> dict[str, str]:
    """'<subject> jämförs med målvärdet för <year> (…)' in both languages."""
    unit, decimals = indicator.unit, indicator.decimals
    sv = (
        f"{subject['sv']} jämförs med målvärdet för {target.year} "
        f"({describe_target(target, unit, decimals, 'sv')})"
    )
    en = (
        f"{subject['en']} is compared with the {target.year} target "
        f"({describe_target(target, unit, decimals, 'en')})"
    )
    if period_year > target.year:
        sv += ", vars år har passerats"
        en += ", whose year has passed"
    return both(sv, en)


def path_value(points: list[tuple[int, float]], year: int) -> float:
    """The value of the piecewise linear path through ``points`` (sorted by year) in ``year``.

    Before the first point the path is at the first value, after the last at the last value.
    """
    if year <= points[0][0]:
        return points[0][1]
    for (y0, v0), (y1, v1) in itertools.pairwise(points):
        if year <= y1:
            return v0 + (v1 - v0) * (year - y0) / (y1 - y0)
    return points[-1][1]
