"""The trend: the last two values in or before the period, relative to the desired direction.

The relative change is (last − previous) / |previous|. Within the method's ``tolerance`` (e.g.
1 %) the trend is stable; otherwise improving when the change goes the desired direction, else
worsening. Fewer than two values, a previous value of zero, or a series break between the two
values give 'insufficient data' rather than an arrow.
"""

from ambition.method.explanation import Explanation
from ambition.method.results import TrendProposal
from ambition.models import Direction, Indicator, Trend
from ambition.models.method import TrendParameters
from ambition.numbers import format_number, format_percent

RULE = "trend"


def propose_trend(indicator: Indicator, year: int, parameters: TrendParameters) -> TrendProposal:
    """The trend of ``indicator`` up to measurement year ``year``."""
    years = [y for y in indicator.values if y <= year]
    if len(years) < 2:
        return _trend(
            Trend.INSUFFICIENT_DATA,
            "too_few_values",
            {"values": len(years)},
            {},
            {},
            {
                "sv": "Minst två värden behövs för en trend.",
                "en": "At least two values are needed for a trend.",
            },
        )
    previous_year, last_year = years[-2], years[-1]
    previous, last = indicator.values[previous_year], indicator.values[last_year]
    inputs: dict[str, float | int | str | None] = {
        "previous_year": previous_year,
        "previous": previous,
        "year": last_year,
        "value": last,
        "direction": indicator.direction.value,
    }
    breaks = [b for b in indicator.series_breaks if previous_year < b <= last_year]
    if breaks:
        return _trend(
            Trend.INSUFFICIENT_DATA,
            "series_break",
            inputs,
            {},
            {},
            {
                "sv": f"Serien bryts {breaks[0]} (ändrad definition), så {previous_year} och "
                f"{last_year} kan inte jämföras.",
                "en": f"The series breaks in {breaks[0]} (changed definition), so {previous_year} and "
                f"{last_year} cannot be compared.",
            },
        )
    if previous == 0:
        return _trend(
            Trend.INSUFFICIENT_DATA,
            "zero_previous",
            inputs,
            {},
            {},
            {
                "sv": f"Värdet {previous_year} är noll, så ingen relativ förändring kan beräknas.",
                "en": f"The {previous_year} value is zero, so no relative change can be computed.",
            },
        )
    change = (last - previous) / abs(previous)
    computed = {"relative_change": change}
    thresholds = {"tolerance": parameters.tolerance}
    decimals = indicator.decimals
    numbers_sv = (
        f"från {format_number(previous, decimals, 'sv')} ({previous_year}) till "
        f"{format_number(last, decimals, 'sv')} ({last_year}), "
        f"{_signed_percent(change, 'sv')}"
    )
    numbers_en = (
        f"from {format_number(previous, decimals, 'en')} ({previous_year}) to "
        f"{format_number(last, decimals, 'en')} ({last_year}), "
        f"{_signed_percent(change, 'en')}"
    )
    tolerance_sv = format_percent(parameters.tolerance, "sv", 1)
    tolerance_en = format_percent(parameters.tolerance, "en", 1)
    if abs(change) <= parameters.tolerance:
        return _trend(
            Trend.STABLE,
            "within_tolerance",
            inputs,
            computed,
            thresholds,
            {
                "sv": f"Förändring {numbers_sv}, inom ±{tolerance_sv}.",
                "en": f"Change {numbers_en}, within ±{tolerance_en}.",
            },
        )
    wanted = 1 if indicator.direction is Direction.INCREASE else -1
    goal_sv = "öka" if wanted == 1 else "minska"
    goal_en = "increase" if wanted == 1 else "decrease"
    if (change > 0) == (wanted == 1):
        return _trend(
            Trend.IMPROVING,
            "desired_direction",
            inputs,
            computed,
            thresholds,
            {
                "sv": f"Förändring {numbers_sv}; önskad riktning är att {goal_sv}.",
                "en": f"Change {numbers_en}; the desired direction is to {goal_en}.",
            },
        )
    return _trend(
        Trend.WORSENING,
        "opposite_direction",
        inputs,
        computed,
        thresholds,
        {
            "sv": f"Förändring {numbers_sv}; önskad riktning är att {goal_sv}.",
            "en": f"Change {numbers_en}; the desired direction is to {goal_en}.",
        },
    )


def _signed_percent(change: float, lang: str) -> str:
    text = format_percent(abs(change), lang, 1)
    sign = "+" if change > 0 else ("\u2212" if lang == "sv" else "-")
    return sign + text


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
