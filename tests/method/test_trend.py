"""The trend from the last two values, relative to the desired direction."""

import pytest

from ambition.method.trend import propose_trend
from ambition.models import Trend
from ambition.models.method import TrendParameters
from tests.method.builders import indicator

ONE_PERCENT = TrendParameters(tolerance=0.01)


def test_real_emissions_fell_so_the_trend_improves() -> None:
    # Vaggeryd 2021 → 2022: 89 277.404 → 79 384.566 t: (79384.566 − 89277.404)/89277.404 = −0.11081
    item = indicator(
        {2021: 89277.404, 2022: 79384.566}, direction="decrease", decimals=0, unit="ton CO2-ekv"
    )
    trend = propose_trend(item, 2022, ONE_PERCENT)
    assert trend.trend is Trend.IMPROVING
    assert trend.explanation.computed["relative_change"] == pytest.approx(-0.110810, abs=1e-6)
    # The values with the indicator's decimals, as "Senaste värde: 79 385 ton CO2-ekv": rounded
    # to whole tonnes they differ by 9 892 but the change 9 892,838 rounds to 9 893, so the
    # change takes one decimal: 9 892,8.
    assert trend.explanation.sentence("sv") == (
        "Förändring från 89\u202f277 (2021) till 79\u202f385 (2022), \u22129\u202f892,8 ton "
        "CO2-ekv (\u221211,1\u00a0%); önskad riktning är att minska."
    )
    assert trend.explanation.facts["decimals"] == 0
    assert trend.explanation.facts["change_decimals"] == 1


@pytest.mark.parametrize(
    ("values", "direction", "expected"),
    [
        ({2021: 100.0, 2022: 101.0}, "increase", Trend.STABLE),  # +1 % is within the tolerance
        ({2021: 100.0, 2022: 101.5}, "increase", Trend.IMPROVING),
        ({2021: 100.0, 2022: 98.0}, "increase", Trend.WORSENING),
        ({2021: 100.0, 2022: 98.0}, "decrease", Trend.IMPROVING),
        ({2021: -10.0, 2022: -12.0}, "increase", Trend.WORSENING),  # −20 % of |−10|
        ({2022: 5.0}, "increase", Trend.INSUFFICIENT_DATA),
        ({2021: 0.0, 2022: 5.0}, "increase", Trend.INSUFFICIENT_DATA),
    ],
)
def test_trend_classes(values: dict[int, float], direction: str, expected: Trend) -> None:
    assert (
        propose_trend(indicator(values, direction=direction, unit="antal"), 2022, ONE_PERCENT).trend
        is expected
    )


def test_values_after_the_period_are_ignored() -> None:
    item = indicator({2020: 10.0, 2021: 20.0, 2023: 1.0})
    assert propose_trend(item, 2022, ONE_PERCENT).trend is Trend.IMPROVING


def test_no_trend_across_a_series_break() -> None:
    # U07480 food waste in Vaggeryd jumps from 3.8 (2020) to 40.0 (2021): a new definition.
    item = indicator({2020: 3.8, 2021: 40.0}, series_breaks={2021: "Ny definition"})
    trend = propose_trend(item, 2021, ONE_PERCENT)
    assert (trend.trend, trend.explanation.case) == (Trend.INSUFFICIENT_DATA, "series_break")


THEIL_SEN = TrendParameters(method="theil_sen", tolerance=0.01, window=5, min_points=5)


def test_theil_sen_slope_is_the_median_pairwise_slope() -> None:
    from ambition.method.trend import theil_sen_slope

    # Slopes of (0,1),(1,2),(2,10): 1, 4.5, 8 → median 4.5; an outlier cannot pull it.
    assert theil_sen_slope([(0, 1.0), (1, 2.0), (2, 10.0)]) == 4.5


def test_theil_sen_trend_on_real_library_loans() -> None:
    # Vaggeryd's library loans per inhabitant (Kolada N09801), 2018–2022.
    values = {
        2018: 3.93297568,
        2019: 3.71033275,
        2020: 3.70781723,
        2021: 3.99206564,
        2022: 4.90083479,
    }
    trend = propose_trend(indicator(values, decimals=2, unit="lån per invånare"), 2022, THEIL_SEN)
    # The ten pairwise slopes, sorted: −0.2226, −0.1126, −0.0025, 0.0197, 0.1409, 0.2420,
    # 0.2842, 0.3968, 0.5965, 0.9088; median (0.140866445 + 0.2419647775)/2 = 0.191415611.
    # Median value 3.93297568; 0.191415611/3.93297568 = +4.87 % a year: improving.
    assert trend.trend is Trend.IMPROVING
    assert trend.explanation.computed["slope"] == pytest.approx(0.191415611, abs=1e-9)
    assert trend.explanation.computed["relative_change"] == pytest.approx(0.048669, abs=1e-6)
    assert trend.explanation.sentence("sv") == (
        "Theil–Sen-lutningen över 5 värden 2018–2022 är +4,9\u00a0% per år av medianvärdet; "
        "önskad riktning är att öka."
    )


def test_theil_sen_needs_five_points() -> None:
    trend = propose_trend(indicator({2019: 1.0, 2020: 2.0, 2021: 3.0, 2022: 4.0}), 2022, THEIL_SEN)
    assert (trend.trend, trend.explanation.case) == (Trend.INSUFFICIENT_DATA, "too_few_values")
    assert trend.explanation.sentence("en") == (
        "At least 5 values are needed for a trend; there are 4."
    )


def test_a_percentage_changes_in_procentenheter() -> None:
    # Ekologiska livsmedel (U07514), Vaggeryd: 34.07297628 % (2021) → 30 % (2022), −4.07 p.e.
    item = indicator({2021: 34.07297628, 2022: 30.0}, unit="procent")
    trend = propose_trend(item, 2022, ONE_PERCENT)
    assert trend.trend is Trend.WORSENING
    assert trend.explanation.computed["change"] == pytest.approx(-4.07297628)
    assert "relative_change" not in trend.explanation.computed
    assert trend.explanation.sentence("sv") == (
        "Förändring från 34,1 (2021) till 30,0 (2022), \u22124,1 procentenheter; önskad riktning "
        "är att öka."
    )
    # +0.4 p.e. is within the 0.5 p.e. a percentage's trend allows.
    stable = propose_trend(indicator({2021: 30.0, 2022: 30.4}), 2022, ONE_PERCENT)
    assert stable.trend is Trend.STABLE
    assert stable.explanation.sentence("sv").endswith(
        "+0,4 procentenheter, inom ±0,5 procentenheter."
    )


def test_start_value_against_latest_per_year() -> None:
    # 100 (2018) → 112 (2022), a count: (112 − 100)/4 = 3 a year, 3 % of the start value.
    item = indicator({2018: 100.0, 2020: 90.0, 2022: 112.0}, unit="antal", decimals=0)
    trend = propose_trend(item, 2022, TrendParameters(method="start_latest"))
    assert trend.explanation.computed["change"] == pytest.approx(0.03)
    assert trend.explanation.sentence("sv") == (
        "Från startvärdet 100 (2018) till 112 (2022) är förändringen +3,0\u00a0% per år av "
        "startvärdet; önskad riktning är att öka."
    )
    since_2020 = TrendParameters(method="start_latest", start_year=2020)
    # From 90 (2020): (112 − 90)/2 = 11 a year, 11/90 = 12.2 %.
    assert propose_trend(item, 2022, since_2020).explanation.computed["change"] == pytest.approx(
        11 / 90
    )


def test_linear_regression_since_a_start_year() -> None:
    from ambition.method.trend import least_squares_slope

    # (2018, 30), (2019, 31), (2020, 33): ȳ = 2019, v̄ = 31.333; Σ(y−ȳ)(v−v̄) = 3, Σ(y−ȳ)² = 2.
    assert least_squares_slope([(2018, 30.0), (2019, 31.0), (2020, 33.0)]) == pytest.approx(1.5)
    item = indicator({2015: 10.0, 2018: 30.0, 2019: 31.0, 2020: 33.0})
    parameters = TrendParameters(method="linear_regression", start_year=2018)
    trend = propose_trend(item, 2020, parameters)
    assert (trend.trend, trend.explanation.computed["change"]) == (Trend.IMPROVING, 1.5)
    assert trend.explanation.sentence("en") == (
        "The linear trend 2018–2020 (3 values) is +1.5 percentage points a year; the desired "
        "direction is to increase."
    )
    two = propose_trend(indicator({2019: 31.0, 2020: 33.0}), 2020, parameters)
    assert two.explanation.case == "too_few_values"


def test_the_expert_s_own_word_is_no_proposal() -> None:
    trend = propose_trend(indicator({2021: 1.0, 2022: 2.0}), 2022, TrendParameters(method="expert"))
    assert (trend.trend, trend.explanation.case) == (Trend.INSUFFICIENT_DATA, "expert_trend")


def test_strength_against_the_strong_threshold() -> None:
    # +2.5 p.e. ≥ 2 p.e.: strong; +1 p.e.: weak.
    strong = propose_trend(indicator({2021: 30.0, 2022: 32.5}), 2022, ONE_PERCENT)
    weak = propose_trend(indicator({2021: 30.0, 2022: 31.0}), 2022, ONE_PERCENT)
    assert (strong.explanation.facts["strength"], weak.explanation.facts["strength"]) == (
        "strong",
        "weak",
    )


def test_a_percentage_changes_in_procentenheter_with_its_own_decimals() -> None:
    # Kolada N01963, Vaggeryd's population change: 1.472612 % (2021) → 0.732402 % (2022);
    # 0.732402 − 1.472612 = −0.740210 procentenheter, written with the indicator's 2 decimals
    # (issue 14: "−0,74 procentenheter", not "−50,3 %").
    item = indicator({2021: 1.472612, 2022: 0.732402}, decimals=2, unit="procent")
    trend = propose_trend(item, 2022, TrendParameters())
    assert trend.trend is Trend.WORSENING
    assert trend.explanation.computed["change"] == pytest.approx(-0.740210, abs=1e-6)
    assert trend.explanation.sentence("sv") == (
        "Förändring från 1,47 (2021) till 0,73 (2022), \u22120,74 procentenheter; önskad "
        "riktning är att öka."
    )
    assert trend.explanation.sentence("en") == (
        "Change from 1.47 (2021) to 0.73 (2022), -0.74 percentage points; the desired "
        "direction is to increase."
    )


def test_one_procentenhet_is_singular() -> None:
    # Vaggeryd's satisfaction with special housing, whole percent: 71 (2020) → 70 (2022).
    item = indicator({2020: 71.0, 2022: 70.0}, decimals=0, unit="procent")
    trend = propose_trend(item, 2022, TrendParameters())
    assert trend.explanation.sentence("sv") == (
        "Förändring från 71 (2020) till 70 (2022), \u22121 procentenhet; önskad riktning är att "
        "öka."
    )
    assert "-1 percentage point;" in trend.explanation.sentence("en")


def test_a_count_is_written_with_its_count_noun() -> None:
    # Kolada N01951, Vaggeryd's population 14 746 (2021) → 14 854 (2022): +0.732 % is stable.
    item = indicator(
        {2021: 14746.0, 2022: 14854.0}, decimals=0, unit="antal", count_noun="invånare"
    )
    trend = propose_trend(item, 2022, ONE_PERCENT)
    assert trend.explanation.facts["unit"] == "invånare"
    assert trend.explanation.sentence("sv") == (
        "Förändring från 14\u202f746 (2021) till 14\u202f854 (2022), +108 invånare (+0,7\u00a0%), "
        "inom ±1\u00a0%."
    )


def test_a_tolerance_is_shown_as_it_was_written() -> None:
    # 2,3 → 1,9 % (Vaggeryd's economic aid, N31807): −0,4 procentenheter, within a tolerance
    # written 1 (one procentenhet, singular) and within one written 0.5.
    item = indicator({2021: 2.3, 2022: 1.9}, direction="decrease", unit="procent")
    whole = propose_trend(item, 2022, TrendParameters(tolerance_points=1))
    assert whole.explanation.sentence("sv").endswith(
        "\u22120,4 procentenheter, inom ±1 procentenhet."
    )
    half = propose_trend(item, 2022, TrendParameters(tolerance_points=0.5))
    assert half.explanation.sentence("en").endswith(
        "-0.4 percentage points, within ±0.5 percentage points."
    )


def test_a_change_across_zero_is_the_difference_alone() -> None:
    # Vaggeryd's domestic net migration (SCB): 85 (2021) → −12 (2022) persons. The difference
    # −12 − 85 = −97 is said; "−114,1 %" of a net figure that changes sign says nothing.
    item = indicator({2021: 85.0, 2022: -12.0}, decimals=0, unit="antal", count_noun="personer")
    trend = propose_trend(item, 2022, ONE_PERCENT)
    assert trend.trend is Trend.WORSENING
    assert trend.explanation.computed["difference"] == -97.0
    assert trend.explanation.sentence("sv") == (
        "Förändring från 85 (2021) till \u221212 (2022), \u221297 personer; önskad riktning är "
        "att öka."
    )
