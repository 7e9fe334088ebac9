"""The English catalogue: a sentence for every case any rule can emit, and English numbers."""

from ambition.method.sentences.catalogue import CATALOGUES
from ambition.method.trend import propose_trend
from ambition.models.method import TrendParameters
from tests.method.builders import indicator, propose
from tests.method.sentences.declared import check_catalogue


def test_every_declared_case_has_an_english_sentence_and_nothing_else() -> None:
    check_catalogue(CATALOGUES["en"])


def test_an_english_sentence_with_thousands_and_a_passed_target_year() -> None:
    item = indicator(
        {2022: 12345.6},
        [{"year": 2020, "value": 10000, "comparison": "at_most"}],
        direction="decrease",
        decimals=0,
        unit="ton",
    )
    assert propose(item).explanation.sentence("en") == (
        "The 2022 value (12,346 ton) is compared with the 2020 target (at most 10,000 ton), whose "
        "year has passed: the target is not met, but the fulfilment is 81%, at least the 80% "
        "required for partly achieved."
    )


def test_a_trend_writes_its_values_with_the_indicators_decimals() -> None:
    # As in Swedish (test_sv.py): data/indicators/vaxthusgasutslapp.yaml, 89,277.404 →
    # 79,384.566 t written 89,277 and 79,385; the change −9,892.838 takes one decimal.
    item = indicator(
        {2021: 89277.404, 2022: 79384.566}, direction="decrease", decimals=0, unit="ton CO2-ekv"
    )
    assert propose_trend(item, 2022, TrendParameters()).explanation.sentence("en") == (
        "Change from 89,277 (2021) to 79,385 (2022), -9,892.8 ton CO2-ekv (-11.1%); the desired "
        "direction is to decrease."
    )


def test_a_directional_target_reads_which_year_is_which() -> None:
    # data/indicators/fossiloberoende-personbilar.yaml, as in Swedish (test_sv.py).
    item = indicator(
        {2020: 10.604559, 2021: 14.833539, 2022: 17.040804},
        [{"year": 2022, "comparison": "increase"}],
        baseline={"year": 2020, "value": 10.604559},
    )
    assert propose(item).explanation.sentence("en") == (
        "The 2022 value (17.0 procent) is compared with the target to increase from 10.6 procent "
        "(2020) by 2022: the target is met."
    )


def test_an_unchanged_target_with_a_tolerance_and_a_passed_year() -> None:
    item = indicator(
        {2018: 30.0, 2022: 30.5},
        [{"year": 2021, "comparison": "unchanged", "reference_year": 2018, "tolerance": 0.02}],
    )
    assert propose(item).explanation.sentence("en") == (
        "The 2022 value (30.5 procent) is compared with the target to remain at 30.0 procent "
        "(2018) until 2021, within ±2% of it, whose year has passed: the target is met."
    )
