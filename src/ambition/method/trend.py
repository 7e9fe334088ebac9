"""The trend (förbättring / oförändrad / försämring) relative to the desired direction.

Only comparable values count: those up to the period and from the last series break on. The
change c is computed by the method named in ``trend.method``:

- ``last_two``: the last value against the previous one.
- ``start_latest``: the latest value against the start value (the value of ``start_year``, else
  the first comparable value), per year: c = (last − start) / years.
- ``linear_regression``: the ordinary least-squares slope over the values since ``start_year``
  (at least three): s = Σ(yᵢ − ȳ)(vᵢ − v̄) / Σ(yᵢ − ȳ)².
- ``theil_sen``: the Theil–Sen slope s (the median of the slopes (vⱼ − vᵢ)/(yⱼ − yᵢ) over all
  pairs of the last ``window`` values; Sen 1968), only with at least ``min_points`` values,
  since with four points or fewer no trend test can be significant (the smallest two-sided
  Mann–Kendall p-value for n = 4 is 0.083).
- ``expert``: the expert's own word; the method proposes none.

A percentage's change is stated and judged in percentage points (procentenheter): the
difference itself, or the slope, per year. Any other change is relative: divided by |previous|
(``last_two``), |start| (``start_latest``), |mean| (regression) or |median| (Theil–Sen).
Within the tolerance the trend is stable; otherwise improving when c goes the desired way, else
worsening; and strong when |c| reaches the strong threshold, else weak. Too few values, or a
zero to divide by, give 'insufficient data', never an arrow.
"""

import math
from fractions import Fraction
from statistics import fmean, median

from ambition.method.explanation import Explanation
from ambition.method.results import Observation, TrendProposal
from ambition.method.sentences.reader import Fact
from ambition.method.series import comparable, observations
from ambition.models import Direction, Indicator, Trend
from ambition.models.method import TrendMethod, TrendParameters
from ambition.numbers import agreeing_decimals, exact, faithful_decimals

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
    "expert_trend",
)
"""Every case a trend's explanation can name."""

SHARE_UNITS = frozenset({"procent", "%", "percent", "andel (%)"})
"""Units of a percentage, whose changes are procentenheter."""


def is_share(unit: str) -> bool:
    """True when ``unit`` is a percentage ('procent', '%'), whose change is stated in
    percentage points (procentenheter) rather than relative to the value."""
    return unit.strip().lower() in SHARE_UNITS


def theil_sen_slope(points: list[tuple[int, float]]) -> float:
    """The median of the pairwise slopes of ``points`` (year, value); needs two distinct years."""
    slopes = [
        (v2 - v1) / (y2 - y1)
        for i, (y1, v1) in enumerate(points)
        for (y2, v2) in points[i + 1 :]
        if y2 != y1
    ]
    return float(median(slopes))


def least_squares_slope(points: list[tuple[int, float]]) -> float:
    """The ordinary least-squares slope of ``points`` (year, value), per year; needs two
    distinct years. E.g. (2018, 30), (2019, 31), (2020, 33): 1.5 a year."""
    mean_year = fmean(y for y, _ in points)
    mean_value = fmean(v for _, v in points)
    num = sum((y - mean_year) * (v - mean_value) for y, v in points)
    den = sum((y - mean_year) ** 2 for y, _ in points)
    return num / den


def _needed(parameters: TrendParameters) -> int:
    if parameters.method is TrendMethod.THEIL_SEN:
        return parameters.min_points
    if parameters.method is TrendMethod.LINEAR_REGRESSION:
        return 3
    return 2


def _since(series: list[Observation], parameters: TrendParameters) -> list[Observation]:
    since = (TrendMethod.START_LATEST, TrendMethod.LINEAR_REGRESSION)
    if parameters.method in since and parameters.start_year is not None:
        return [o for o in series if o.year >= parameters.start_year]
    if parameters.method is TrendMethod.THEIL_SEN:
        return series[-parameters.window :]
    return series


def propose_trend(indicator: Indicator, year: int, parameters: TrendParameters) -> TrendProposal:
    """The trend of ``indicator`` up to measurement year ``year``, its explanation giving the
    change (``change``; also ``relative_change`` when relative) and its ``strength``.

    Its facts give the indicator's ``decimals``, with which the values are written, and
    ``change_decimals``, with which the change in the unit is: the indicator's, or more where
    the difference of the last two would not agree with the values as written
    (``numbers.agreeing_decimals``) or a change in procentenheter would be written as nil.

    'zero_previous' explains a previous (or start) value of zero, or (fact ``reason``
    'near_zero') one so close to zero that the relative change overflows.
    """
    points_unit = is_share(indicator.unit)
    inputs: dict[str, float | int | str | None] = {
        "direction": indicator.direction.value,
        "method": parameters.method.value,
    }
    tolerance = parameters.tolerance_points if points_unit else parameters.tolerance
    strong = parameters.strong_points if points_unit else parameters.strong
    thresholds: dict[str, float] = {"tolerance": tolerance, "strong": strong}
    facts: dict[str, Fact] = {
        "unit": indicator.unit_text,
        "decimals": indicator.decimals,
        "measure": "points" if points_unit else "relative",
    }

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

    if parameters.method is TrendMethod.EXPERT:
        return trend(Trend.INSUFFICIENT_DATA, "expert_trend")
    series = _since(comparable(indicator, year), parameters)
    inputs["values"] = len(series)
    needed = _needed(parameters)
    if len(series) < needed:
        facts["needed"] = needed
        if len(comparable(indicator, year)) < len(observations(indicator, year)):
            facts["first"] = series[0].year if series else year
            return trend(Trend.INSUFFICIENT_DATA, "series_break")
        return trend(Trend.INSUFFICIENT_DATA, "too_few_values")

    first, last = series[0], series[-1]
    points = [(o.year, o.value) for o in series]
    if parameters.method is TrendMethod.LAST_TWO:
        first = series[-2]
        difference, base = last.value - first.value, first.value
        # The sentence gives the difference in the unit, and beside it the relative change only
        # where both values are positive: 85 → −12 persons is −97, not "−114 %".
        facts["step"] = (
            "points"
            if points_unit
            else "relative"
            if min(first.value, last.value) > 0
            else "signed"
        )
        # The two values are written as everywhere else, with the indicator's decimals; their
        # difference with more where that rounded would not be the difference of the values
        # as written (89 277 → 79 385 is −9 892,8, not −9 893) or would be nil (−0,4, not 0).
        facts["change_decimals"] = agreeing_decimals(first.value, last.value, indicator.decimals)
    elif parameters.method is TrendMethod.START_LATEST:
        difference, base = (last.value - first.value) / (last.year - first.year), first.value
    elif parameters.method is TrendMethod.LINEAR_REGRESSION:
        difference, base = least_squares_slope(points), fmean(v for _, v in points)
    else:
        difference, base = theil_sen_slope(points), float(median(v for _, v in points))
    inputs.update(previous_year=first.year, previous=first.value, year=last.year, value=last.value)
    computed = {"difference": difference}
    if parameters.method is TrendMethod.THEIL_SEN:
        computed.update(slope=difference, median=base)
        facts["window_values"] = len(series)
        inputs["first_year"] = first.year
    if points_unit:
        change = difference
    else:
        zero_case = (
            "zero_previous"
            if parameters.method in (TrendMethod.LAST_TWO, TrendMethod.START_LATEST)
            else "zero_median"
        )
        if base == 0:
            facts["reason"] = "zero"
            return trend(Trend.INSUFFICIENT_DATA, zero_case)
        change = difference / abs(base)
        if not math.isfinite(change):
            facts["reason"] = "near_zero"
            return trend(Trend.INSUFFICIENT_DATA, zero_case)
        computed["relative_change"] = change
    computed["change"] = change
    if "change_decimals" not in facts:
        # A slope in procentenheter per year: not written as nil when it is not (at most three
        # more decimals, as for the difference of the last two).
        decimals = indicator.decimals
        facts["change_decimals"] = (
            min(faithful_decimals(exact(change), Fraction(0), 1, decimals), decimals + 3)
            if points_unit
            else decimals
        )
    facts["strength"] = "strong" if abs(change) >= strong else "weak"

    if abs(change) <= tolerance:
        return trend(Trend.STABLE, "within_tolerance", computed)
    if (change > 0) == (indicator.direction is Direction.INCREASE):
        return trend(Trend.IMPROVING, "desired_direction", computed)
    return trend(Trend.WORSENING, "opposite_direction", computed)
