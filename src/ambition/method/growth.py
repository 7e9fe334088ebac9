"""Growth-rate rules after Eurostat's method as implemented by Statistics Canada and Open SDG
(open-sdg/open-sdg, docs/progress-methodology.md).

The compound annual growth rate (CAGR) from the base (year t₀, value y₀) to the latest value
(year tᵢ, value yᵢ) is CAGRᵢ = (yᵢ / y₀)^(1 / (tᵢ − t₀)) − 1; d is +1 when an increase is desired
and −1 when a decrease is.

- ``growth_ratio`` (a target y_T in year t_T): "target achieved" is checked first; otherwise
  CAGR_T = (y_T / y₀)^(1 / (t_T − t₀)) − 1 and R = d · CAGRᵢ / |CAGR_T|; on track when
  R ≥ 0.95, acceleration needed when 0.60 ≤ R < 0.95, limited progress when 0 ≤ R < 0.60,
  deterioration when R < 0. Worked example (Statistics Canada): 20 % in 2015, 32 % in 2022,
  target 60 % by 2030: R = 0.914, acceleration needed.
- ``trend_only`` (no target): d · CAGRᵢ is classed with the thresholds 1.5 % (on track) and
  0.5 % (acceleration needed) a year; limited progress from 0; deterioration below.

Growth rates are defined only for positive values; the base is the baseline, else the first
value of the comparable series (after the last series break).
"""

import math

from ambition.method.results import Observation, StatusProposal
from ambition.method.series import comparable
from ambition.method.target_level import meets, target_head
from ambition.method.wording import (
    Proposer,
    both,
    signed_percent,
    value_subject,
    with_colon,
)
from ambition.models import Direction, Indicator, Status, Target
from ambition.models.method import GrowthRatioRule, ProgressClass, TrendOnlyRule
from ambition.numbers import format_number, format_percent

_CLASS_WORDS = {
    ProgressClass.TARGET_ACHIEVED: ("målvärdet är nått", "target achieved"),
    ProgressClass.ON_TRACK: ("på väg att nå målet", "on track"),
    ProgressClass.ACCELERATION_NEEDED: (
        "framsteg, men takten behöver öka",
        "progress made but acceleration needed",
    ),
    ProgressClass.LIMITED_PROGRESS: ("begränsade framsteg", "limited progress"),
    ProgressClass.DETERIORATION: ("försämring", "deterioration"),
}


def cagr(first: float, last: float, years: int) -> float:
    """Compound annual growth rate from ``first`` to ``last`` over ``years`` (> 0) years.

    Both values must be positive (callers check); e.g. cagr(20, 32, 7) = 0.06945. Returns inf
    when the ratio overflows.
    """
    try:
        return float((last / first) ** (1.0 / years) - 1.0)
    except (OverflowError, ZeroDivisionError):
        return math.inf


def _base(indicator: Indicator, latest: Observation) -> Observation | None:
    baseline = indicator.baseline
    if baseline is not None and baseline.year < latest.year:
        return Observation(baseline.year, baseline.value)
    series = comparable(indicator, latest.year)
    if series and series[0].year < latest.year:
        return series[0]
    return None


def _classify(value: float, on_track: float, acceleration: float) -> ProgressClass:
    if value >= on_track:
        return ProgressClass.ON_TRACK
    if value >= acceleration:
        return ProgressClass.ACCELERATION_NEEDED
    if value >= 0:
        return ProgressClass.LIMITED_PROGRESS
    return ProgressClass.DETERIORATION


def _class_text(progress: ProgressClass) -> dict[str, str]:
    sv, en = _CLASS_WORDS[progress]
    return both(sv, en)


def propose_growth_ratio(
    indicator: Indicator,
    period_year: int,
    rule: GrowthRatioRule,
    latest: Observation,
    target: Target,
) -> StatusProposal:
    """Apply ``growth_ratio`` to the latest value against the period's target."""
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
        words = _class_text(ProgressClass.TARGET_ACHIEVED)
        return proposal(
            rule.statuses.status(ProgressClass.TARGET_ACHIEVED),
            "target_achieved",
            f"{words['sv']}.",
            f"{words['en']}.",
        )
    base = _base(indicator, latest)
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
            f"({_CLASS_WORDS[ProgressClass.DETERIORATION][0]}).",
            f"{base_en}; the base equalled the target, which is no longer met "
            f"({_CLASS_WORDS[ProgressClass.DETERIORATION][1]}).",
            computed,
        )
    sign = 1 if indicator.direction is Direction.INCREASE else -1
    ratio = sign * observed / abs(required)
    computed["ratio"] = ratio
    progress = _classify(ratio, rule.on_track, rule.acceleration_needed)
    words = _class_text(progress)
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


def propose_trend_only(
    indicator: Indicator, period_year: int, rule: TrendOnlyRule, latest: Observation
) -> StatusProposal:
    """Apply ``trend_only``: the growth rate in the desired direction, without a target."""
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

    base = _base(indicator, latest)
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
    progress = _classify(directed, rule.on_track, rule.acceleration_needed)
    words = _class_text(progress)
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
