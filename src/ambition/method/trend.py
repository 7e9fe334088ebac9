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
from ambition.method.sentences.reader import Fact
from ambition.method.series import comparable, observations
from ambition.models import Direction, Indicator, Trend
from ambition.models.method import TrendMethod, TrendParameters

RULE = "trend"
"""The name (and catalogue section) of the trend's explanations."""

CASES = (
    "series_break",
    "too_few_values",
    "zero_previous",
    "zero_median",
    "within_tolerance",
    "desired_direction",
    "opposite_direction",
)
"""Every case a trend's explanation can name."""


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
    """The trend of ``indicator`` up to measurement year ``year``.

    'zero_previous' explains a previous value of zero, or (fact ``reason`` 'near_zero') one so
    close to zero that the relative change overflows.
    """
    series = comparable(indicator, year)
    inputs: dict[str, float | int | str | None] = {
        "values": len(series),
        "direction": indicator.direction.value,
        "method": parameters.method.value,
    }
    thresholds: dict[str, float] = {"tolerance": parameters.tolerance}
    facts: dict[str, Fact] = {"unit": indicator.unit, "decimals": indicator.decimals}

    def trend(outcome: Trend, case: str, computed: dict[str, float] | None = None) -> TrendProposal:
        explanation = Explanation(
            rule=RULE,
            kind=RULE,
            case=case,
            outcome=outcome.value,
            inputs=inputs,
            computed=computed or {},
            thresholds=thresholds,
            facts=facts,
        )
        return TrendProposal(outcome, explanation)

    needed = 2 if parameters.method is TrendMethod.LAST_TWO else parameters.min_points
    if len(series) < needed:
        facts["needed"] = needed
        if len(series) < len(observations(indicator, year)):
            facts["first"] = series[0].year if series else year
            return trend(Trend.INSUFFICIENT_DATA, "series_break")
        return trend(Trend.INSUFFICIENT_DATA, "too_few_values")

    if parameters.method is TrendMethod.LAST_TWO:
        previous, last = series[-2], series[-1]
        inputs.update(
            previous_year=previous.year, previous=previous.value, year=last.year, value=last.value
        )
        if previous.value == 0:
            facts["reason"] = "zero"
            return trend(Trend.INSUFFICIENT_DATA, "zero_previous")
        change = (last.value - previous.value) / abs(previous.value)
        if not math.isfinite(change):
            facts["reason"] = "near_zero"
            return trend(Trend.INSUFFICIENT_DATA, "zero_previous")
        computed = {"relative_change": change}
    else:
        window = series[-parameters.window :]
        points = [(o.year, o.value) for o in window]
        slope = theil_sen_slope(points)
        middle = float(median(v for _, v in points))
        inputs.update(first_year=window[0].year, year=window[-1].year)
        if middle == 0 or not math.isfinite(slope / middle):
            return trend(Trend.INSUFFICIENT_DATA, "zero_median")
        change = slope / abs(middle)
        computed = {"slope": slope, "median": middle, "relative_change": change}
        facts["window_values"] = len(window)

    if abs(change) <= parameters.tolerance:
        return trend(Trend.STABLE, "within_tolerance", computed)
    if (change > 0) == (indicator.direction is Direction.INCREASE):
        return trend(Trend.IMPROVING, "desired_direction", computed)
    return trend(Trend.WORSENING, "opposite_direction", computed)
