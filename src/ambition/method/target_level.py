"""The ``target_level`` rule: the latest value of the period against the period's target.

- achieved: the value meets the target (``at_least`` v ≥ t, ``at_most`` v ≤ t, ``above`` v > t,
  ``below`` v < t, ``between`` lo ≤ v ≤ hi);
- partly achieved: it misses the target but meets the target's ``acceptable`` short-term value,
  or, where none is given, its fulfilment reaches the method's ``partly_achieved_fulfilment``;
  fulfilment is value/target when higher is better and target/value when lower is better
  (defined only for positive values);
- not achieved: otherwise; not assessed: no value in or before the period, or no target.

The applicable target is the first one whose year is the period's year or later (an interim
target before the final one); once every target year has passed, the last target.
"""

from ambition.method.explanation import Explanation
from ambition.method.results import Observation, StatusProposal
from ambition.models import Comparison, Indicator, Status, Target
from ambition.models.method import TargetLevel
from ambition.numbers import format_number, format_percent

RULE = "target_level"

_COMPARISON_WORDS = {
    Comparison.AT_LEAST: ("minst", "at least"),
    Comparison.AT_MOST: ("högst", "at most"),
    Comparison.ABOVE: ("över", "above"),
    Comparison.BELOW: ("under", "below"),
}


def latest_observation(indicator: Indicator, year: int) -> Observation | None:
    """The indicator's latest value measured in ``year`` or before, or None."""
    years = [y for y in indicator.values if y <= year]
    if not years:
        return None
    last = max(years)
    return Observation(last, indicator.values[last])


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
    """True when ``value`` satisfies ``comparison`` against ``bound`` (and ``upper`` for between)."""
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


def fulfilment(value: float, target: Target) -> float | None:
    """Fulfilment of ``target`` by ``value`` as a ratio (1.0 = met), or None when undefined.

    Higher is better (at_least, above, below the range): value/target; lower is better (at_most,
    below, above the range): target/value. Defined only when both numbers are positive.
    """
    bound = target.value
    lower_is_better = target.comparison in (Comparison.AT_MOST, Comparison.BELOW)
    if (
        target.comparison is Comparison.BETWEEN
        and target.upper is not None
        and value > target.upper
    ):
        bound, lower_is_better = target.upper, True
    if value <= 0 or bound <= 0:
        return None
    return bound / value if lower_is_better else value / bound


def describe_target(target: Target, unit: str, decimals: int, lang: str) -> str:
    """'at least 60.0 %' style text of a target's comparison and value(s)."""
    value = format_number(target.value, decimals, lang)
    if target.comparison is Comparison.BETWEEN:
        upper = format_number(target.upper or 0.0, decimals, lang)
        words = "mellan {} och {}" if lang == "sv" else "between {} and {}"
        return words.format(value, upper) + f" {unit}"
    word = _COMPARISON_WORDS[target.comparison][0 if lang == "sv" else 1]
    return f"{word} {value} {unit}"


def propose(indicator: Indicator, year: int, parameters: TargetLevel) -> StatusProposal:
    """Apply the rule to ``indicator`` for the period of measurement year ``year``."""
    latest = latest_observation(indicator, year)
    target = applicable_target(indicator, year)
    unit, decimals = indicator.unit, indicator.decimals
    if latest is None:
        return _proposal(
            Status.NOT_ASSESSED,
            "no_value",
            {"period_year": year},
            {},
            {},
            {
                "sv": f"Inget värde finns för {year} eller tidigare, så metoden kan inte föreslå en status.",
                "en": f"There is no value for {year} or earlier, so the method proposes no status.",
            },
        )
    if target is None:
        return _proposal(
            Status.NOT_ASSESSED,
            "no_target",
            {"year": latest.year},
            {},
            {},
            {
                "sv": "Indikatorn saknar målvärde, så regeln målnivå kan inte föreslå en status.",
                "en": "The indicator has no target, so the target level rule proposes no status.",
            },
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
    value_sv = f"{format_number(latest.value, decimals, 'sv')} {unit}"
    value_en = f"{format_number(latest.value, decimals, 'en')} {unit}"
    head_sv = (
        f"Värdet {latest.year} ({value_sv}) jämförs med målvärdet för {target.year} "
        f"({describe_target(target, unit, decimals, 'sv')})"
    )
    head_en = (
        f"The {latest.year} value ({value_en}) is compared with the {target.year} target "
        f"({describe_target(target, unit, decimals, 'en')})"
    )
    if year > target.year:
        head_sv += ", vars år har passerats"
        head_en += ", whose year has passed"

    if meets(latest.value, target.comparison, target.value, target.upper):
        return _proposal(
            Status.ACHIEVED,
            "target_met",
            inputs,
            {},
            {},
            {
                "sv": f"{head_sv}: målvärdet är nått.",
                "en": f"{head_en}: the target is met.",
            },
        )

    if target.acceptable is not None and target.comparison is not Comparison.BETWEEN:
        acceptable_sv = format_number(target.acceptable, decimals, "sv")
        acceptable_en = format_number(target.acceptable, decimals, "en")
        if meets(latest.value, target.comparison, target.acceptable):
            return _proposal(
                Status.PARTLY_ACHIEVED,
                "acceptable_met",
                inputs,
                {},
                {"acceptable": target.acceptable},
                {
                    "sv": f"{head_sv}: målvärdet är inte nått, men den på kort sikt acceptabla nivån "
                    f"({acceptable_sv} {unit}) är nådd.",
                    "en": f"{head_en}: the target is not met, but the level acceptable in the shorter "
                    f"term ({acceptable_en} {unit}) is.",
                },
            )
        return _proposal(
            Status.NOT_ACHIEVED,
            "acceptable_missed",
            inputs,
            {},
            {"acceptable": target.acceptable},
            {
                "sv": f"{head_sv}: varken målvärdet eller den på kort sikt acceptabla nivån "
                f"({acceptable_sv} {unit}) är nådd.",
                "en": f"{head_en}: neither the target nor the level acceptable in the shorter term "
                f"({acceptable_en} {unit}) is met.",
            },
        )

    threshold = parameters.partly_achieved_fulfilment
    limit_sv, limit_en = format_percent(threshold, "sv"), format_percent(threshold, "en")
    ratio = fulfilment(latest.value, target)
    if ratio is None:
        return _proposal(
            Status.NOT_ACHIEVED,
            "fulfilment_undefined",
            inputs,
            {},
            {"partly_achieved_fulfilment": threshold},
            {
                "sv": f"{head_sv}: målvärdet är inte nått, och måluppfyllelsen kan inte beräknas "
                "eftersom värdet eller målvärdet inte är större än noll.",
                "en": f"{head_en}: the target is not met, and the fulfilment cannot be computed "
                "because the value or the target is not above zero.",
            },
        )
    computed = {"fulfilment": ratio}
    thresholds = {"partly_achieved_fulfilment": threshold}
    ratio_sv, ratio_en = format_percent(ratio, "sv"), format_percent(ratio, "en")
    if ratio >= threshold:
        return _proposal(
            Status.PARTLY_ACHIEVED,
            "fulfilment_partly",
            inputs,
            computed,
            thresholds,
            {
                "sv": f"{head_sv}: målvärdet är inte nått, men måluppfyllelsen är {ratio_sv}, "
                f"minst {limit_sv} som krävs för delvis uppfyllt.",
                "en": f"{head_en}: the target is not met, but the fulfilment is {ratio_en}, at least "
                f"the {limit_en} required for partly achieved.",
            },
        )
    return _proposal(
        Status.NOT_ACHIEVED,
        "fulfilment_low",
        inputs,
        computed,
        thresholds,
        {
            "sv": f"{head_sv}: målvärdet är inte nått och måluppfyllelsen är {ratio_sv}, under "
            f"{limit_sv} som krävs för delvis uppfyllt.",
            "en": f"{head_en}: the target is not met and the fulfilment is {ratio_en}, below the "
            f"{limit_en} required for partly achieved.",
        },
    )


def _proposal(
    status: Status,
    case: str,
    inputs: dict[str, float | int | str | None],
    computed: dict[str, float],
    thresholds: dict[str, float],
    text: dict[str, str],
) -> StatusProposal:
    return StatusProposal(
        status, Explanation(RULE, case, status.value, text, inputs, computed, thresholds)
    )
