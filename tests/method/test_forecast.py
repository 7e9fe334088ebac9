"""Forecast periods: a tertial or interim period proposes for the whole year from the expert's
forecast value, a partial-year value or the latest earlier value, and says which.

The numbers are worked by hand below each test; the series is Vaggeryd's unemployment 18–65
(Kolada N03920, via open-numbers/ddf--kolada--dump, as in data/indicators/arbetsloshet-18-65.yaml,
rounded to one decimal): 2020 5.4 %, 2021 4.9 %, 2022 3.7 %.
"""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambition.method.engine import assess_indicator
from ambition.method.forecast import Basis, forecast_view, published_before
from ambition.models import IndicatorAssessment, Period, PeriodKind, Status
from tests.method.builders import annual, indicator, method

INTERIM = Period(id="delar-2022", kind=PeriodKind.INTERIM, closing_date=dt.date(2022, 8, 31))
TERTIAL = Period(id="tertial-2022", kind=PeriodKind.TERTIAL, closing_date=dt.date(2022, 4, 30))
UNEMPLOYMENT = {2020: 5.4, 2021: 4.9, 2022: 3.7}
# At most 4.5 % in 2022; 80 % fulfilment is partly achieved (method.yaml's partly_band).
TARGETS = [{"year": 2022, "value": 4.5, "comparison": "at_most"}]
METHOD = {"rules": {"target_level": {"kind": "target_level", "partly_band": {"fulfilment": 0.8}}}}


def assessment(**fields: object) -> IndicatorAssessment:
    return IndicatorAssessment.model_validate(fields)


def test_an_interim_period_uses_the_latest_earlier_value_and_names_its_year() -> None:
    # 2022's 3.7 was published in 2023, so the interim of 31 August 2022 uses 2021's 4.9;
    # at most 4.5: not met; fulfilment 4.5 / 4.9 = 0.918 ≥ 0.8, so partly achieved.
    item = indicator(UNEMPLOYMENT, TARGETS, direction="decrease", source={"publisher": "AF"})
    result = assess_indicator(item, INTERIM, method(**METHOD))
    assert result.latest is not None and (result.latest.year, result.latest.value) == (2021, 4.9)
    assert result.proposal.status is Status.PARTLY_ACHIEVED
    assert result.forecast is not None and result.forecast.basis is Basis.LATEST_VALUE
    sentence = result.proposal.explanation.sentence("sv")
    assert sentence.startswith(
        "Prognos för helåret 2022 utifrån värdet för 2021; 2022 års värde publiceras senare. "
        "Värdet 2021 (4,9 procent) jämförs med målvärdet för 2022 (högst 4,5 procent)"
    )
    assert result.proposal.explanation.sentence("en").startswith(
        "Forecast for the year 2022, based on the value for 2021; the value for 2022 is "
        "published later. "
    )


def test_a_kolada_key_figure_is_published_the_next_year_at_the_earliest() -> None:
    item = indicator(
        UNEMPLOYMENT,
        TARGETS,
        direction="decrease",
        source={"publisher": "AF", "kolada_kpi": "N03920"},
    )
    sentence = assess_indicator(item, TERTIAL, method(**METHOD)).proposal.explanation.sentence("sv")
    assert sentence.startswith(
        "Prognos för helåret 2022 utifrån värdet för 2021; 2022 års värde publiceras i Kolada "
        "tidigast 2023. "
    )


def test_the_annual_period_uses_the_years_own_value_without_a_preface() -> None:
    # 3.7 ≤ 4.5: achieved.
    item = indicator(UNEMPLOYMENT, TARGETS, direction="decrease")
    result = assess_indicator(item, annual(2022), method(**METHOD))
    assert result.latest is not None and result.latest.year == 2022
    assert result.proposal.status is Status.ACHIEVED
    assert result.forecast is None
    assert result.proposal.explanation.sentence("sv").startswith("Värdet 2022 (3,7 procent)")


def test_the_experts_forecast_value_comes_first() -> None:
    # Forecast 4.2 ≤ 4.5: achieved, though the partial value 4.8 would be partly achieved.
    item = indicator(UNEMPLOYMENT, TARGETS, direction="decrease")
    written = assessment(
        forecast_value=4.2, partial_value={"value": 4.8, "covers": "januari–augusti 2022"}
    )
    result = assess_indicator(item, INTERIM, method(**METHOD), written)
    assert result.proposal.status is Status.ACHIEVED
    assert result.latest is not None and (result.latest.year, result.latest.value) == (2022, 4.2)
    assert result.proposal.explanation.sentence("sv").startswith(
        "Prognos för helåret 2022 utifrån sakkunnigs prognosvärde för året (4,2 procent). "
    )


def test_a_partial_value_stands_in_for_the_year() -> None:
    # 4.8 > 4.5, fulfilment 4.5 / 4.8 = 0.9375 ≥ 0.8: partly achieved; trend from 2021's 4.9
    # to 4.8 is −0.1 procentenheter, beyond a tolerance of 0.05 and the desired way: improving.
    item = indicator(UNEMPLOYMENT, TARGETS, direction="decrease")
    written = assessment(partial_value={"value": 4.8, "covers": "januari–augusti 2022"})
    result = assess_indicator(
        item, INTERIM, method(**METHOD, trend={"tolerance_points": 0.05}), written
    )
    assert result.proposal.status is Status.PARTLY_ACHIEVED
    assert result.trend.trend.value == "improving"
    assert result.proposal.explanation.sentence("sv").startswith(
        "Prognos för helåret 2022 utifrån värdet för januari–augusti 2022 (4,8 procent). "
    )
    assert result.forecast is not None and result.forecast.covers == "januari–augusti 2022"


def test_without_an_earlier_value_the_forecast_has_no_preface() -> None:
    item = indicator({2022: 3.7}, TARGETS, direction="decrease")
    result = assess_indicator(item, INTERIM, method(**METHOD))
    assert result.proposal.status is Status.NOT_ASSESSED
    assert result.proposal.explanation.case == "no_value"
    assert "Prognos" not in result.proposal.explanation.sentence("sv")


def test_a_forecast_value_is_ignored_in_the_annual_period() -> None:
    item = indicator(UNEMPLOYMENT, TARGETS, direction="decrease")
    result = assess_indicator(item, annual(2022), method(**METHOD), assessment(forecast_value=9.0))
    assert result.latest is not None and result.latest.value == 3.7


def test_a_chart_of_a_forecast_shows_only_earlier_years() -> None:
    item = indicator(UNEMPLOYMENT, TARGETS, direction="decrease")
    assert dict(published_before(item, INTERIM).values) == {2020: 5.4, 2021: 4.9}
    assert published_before(item, annual(2022)) is item


@pytest.mark.parametrize("period", [TERTIAL, INTERIM])
def test_the_periods_own_year_is_never_read_before_the_year_ends(period: Period) -> None:
    view, basis = forecast_view(
        indicator(UNEMPLOYMENT, TARGETS, direction="decrease"), period, None
    )
    assert dict(view.values) == {2020: 5.4, 2021: 4.9}
    assert basis is not None and (basis.year, basis.value) == (2021, 4.9)


@given(
    st.dictionaries(st.integers(2010, 2030), st.floats(-1e6, 1e6, allow_nan=False), max_size=8),
    st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False)),
)
def test_the_view_keeps_every_earlier_year_and_adds_only_the_forecast(
    values: dict[int, float], forecast: float | None
) -> None:
    view, basis = forecast_view(
        indicator(dict(sorted(values.items()))), INTERIM, assessment(forecast_value=forecast)
    )
    expected = {y: v for y, v in sorted(values.items()) if y < 2022}
    if forecast is not None:
        expected[2022] = forecast
    assert dict(view.values) == expected
    assert list(view.values) == sorted(view.values)
    assert basis is not None
    assert basis.basis is (Basis.FORECAST_VALUE if forecast is not None else Basis.LATEST_VALUE)
