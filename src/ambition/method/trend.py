"""The trend (förbättring / oförändrad / försämring) relative to the desired direction.

Only comparable values count: those up to the period and from the last series break on.

- ``last_two``: the relative change c = (last − previous) / |previous| of the last two values.
- ``theil_sen``: the Theil–Sen slope s (the median of the slopes (vⱼ − vᵢ)/(yⱼ − yᵢ) over all
  pairs of the last ``window`` values; Sen 1968) relative to the median value m: c = s / |m|,
  a relative change per year; only with at least ``min_points`` values, since with four points
  or fewer no trend test can be significant (the smallest two-sided Mann–Kendall p-value for
  n = 4 is 0.083).

Within ``tolerance`` the trend is stable; otherwise improving when c goes the desired way, else
worsening. Too few values, or a zero to divide by, give 'insufficient data', never an arrow.
"""

import math
from statistics import median

from ambition.method.explanation import Explanation
from ambition.method.results import TrendProposal
from ambition.method.series import comparable, observations
from ambition.method.wording import both, signed_percent
from ambition.models import Direction, Indicator, Trend
from ambition.models.method import TrendMethod, TrendParameters
from ambition.numbers import format_number, format_percent

RULE = "trend"


def theil_sen_slope(points: list[tuple[int, float]]) -> float:
    """The median of the pairwise slopes of ``points`` (year, value); needs two distinct years."""
    slopes = [
        (v2 - v1) / (y2 - y1)
        for i, (y1, v1) in enumerate(points)
        for (y2, v2) in points[i + 1 :]
        if y2 != y1
    ]
    return float(median(slopes))


def propose_trend(indicator: Indicator, year: int, parameters: TrendParameters) -> TrendProposal:
    """The trend of ``indicator`` up to measurement year ``year``."""
    series = comparable(indicator, year)
    all_values = observations(indicator, year)
    inputs: dict[str, float | int | str | None] = {
        "values": len(series),
        "direction": indicator.direction.value,
        "method": parameters.method.value,
    }
    thresholds: dict[str, float] = {"tolerance": parameters.tolerance}
    needed = 2 if parameters.method is TrendMethod.LAST_TWO else parameters.min_points
    if len(series) < needed:
        if len(series) < len(all_values):
            first = series[0].year if series else year
            return _trend(
                Trend.INSUFFICIENT_DATA,
                "series_break",
                inputs,
                {},
                thresholds,
                both(
                    f"Serien bryts {first} (ändrad definition), och efter brottet finns för få "
                    f"värden för en trend (minst {needed} behövs).",
                    f"The series breaks in {first} (changed definition), and after the break there "
                    f"are too few values for a trend ({needed} are needed).",
                ),
            )
        return _trend(
            Trend.INSUFFICIENT_DATA,
            "too_few_values",
            inputs,
            {},
            thresholds,
            both(
                f"Minst {needed} värden behövs för en trend; {len(series)} finns.",
                f"At least {needed} values are needed for a trend; there are {len(series)}.",
            ),
        )

    decimals = indicator.decimals
    if parameters.method is TrendMethod.LAST_TWO:
        previous, last = series[-2], series[-1]
        inputs.update(
            previous_year=previous.year, previous=previous.value, year=last.year, value=last.value
        )
        if previous.value == 0:
            return _trend(
                Trend.INSUFFICIENT_DATA,
                "zero_previous",
                inputs,
                {},
                thresholds,
                both(
                    f"Värdet {previous.year} är noll, så ingen relativ förändring kan beräknas.",
                    f"The {previous.year} value is zero, so no relative change can be computed.",
                ),
            )
        change = (last.value - previous.value) / abs(previous.value)
        if not math.isfinite(change):
            return _trend(
                Trend.INSUFFICIENT_DATA,
                "zero_previous",
                inputs,
                {},
                thresholds,
                both(
                    f"Värdet {previous.year} är så nära noll att ingen relativ förändring kan "
                    "beräknas.",
                    f"The {previous.year} value is so close to zero that no relative change can be "
                    "computed.",
                ),
            )
        computed = {"relative_change": change}
        numbers = {
            lang: (
                f"{'från' if lang == 'sv' else 'from'} "
                f"{format_number(previous.value, decimals, lang)} ({previous.year}) "
                f"{'till' if lang == 'sv' else 'to'} "
                f"{format_number(last.value, decimals, lang)} ({last.year}), "
                f"{signed_percent(change, lang)}"
            )
            for lang in ("sv", "en")
        }
        lead = both(f"Förändring {numbers['sv']}", f"Change {numbers['en']}")
    else:
        window = series[-parameters.window :]
        points = [(o.year, o.value) for o in window]
        slope = theil_sen_slope(points)
        middle = float(median(v for _, v in points))
        inputs.update(first_year=window[0].year, year=window[-1].year)
        if middle == 0 or not math.isfinite(slope / middle):
            return _trend(
                Trend.INSUFFICIENT_DATA,
                "zero_median",
                inputs,
                {},
                thresholds,
                both(
                    "Medianvärdet är noll eller nära noll, så ingen relativ lutning kan beräknas.",
                    "The median value is zero or close to it, so no "
                    "relative slope can be computed.",
                ),
            )
        change = slope / abs(middle)
        computed = {"slope": slope, "median": middle, "relative_change": change}
        span = f"{window[0].year}–{window[-1].year}"
        lead = both(
            f"Theil–Sen-lutningen över {len(window)} värden {span} är "
            f"{signed_percent(change, 'sv')} per år av medianvärdet",
            f"The Theil–Sen slope over {len(window)} values {span} is "
            f"{signed_percent(change, 'en')} a year of the median value",
        )

    tolerance = {lang: format_percent(parameters.tolerance, lang, 1) for lang in ("sv", "en")}
    if abs(change) <= parameters.tolerance:
        return _trend(
            Trend.STABLE,
            "within_tolerance",
            inputs,
            computed,
            thresholds,
            both(
                f"{lead['sv']}, inom ±{tolerance['sv']}.",
                f"{lead['en']}, within ±{tolerance['en']}.",
            ),
        )
    increase = indicator.direction is Direction.INCREASE
    goal_sv, goal_en = ("öka", "increase") if increase else ("minska", "decrease")
    if (change > 0) == increase:
        return _trend(
            Trend.IMPROVING,
            "desired_direction",
            inputs,
            computed,
            thresholds,
            both(
                f"{lead['sv']}; önskad riktning är att {goal_sv}.",
                f"{lead['en']}; the desired direction is to {goal_en}.",
            ),
        )
    return _trend(
        Trend.WORSENING,
        "opposite_direction",
        inputs,
        computed,
        thresholds,
        both(
            f"{lead['sv']}; önskad riktning är att {goal_sv}.",
            f"{lead['en']}; the desired direction is to {goal_en}.",
        ),
    )


def _trend(
    trend: Trend,
    case: str,
    inputs: dict[str, float | int | str | None],
    computed: dict[str, float],
    thresholds: dict[str, float],
    text: dict[str, str],
) -> TrendProposal:
    return TrendProposal(
        trend, Explanation(RULE, case, trend.value, text, inputs, computed, thresholds)
    )
