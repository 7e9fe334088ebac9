"""The Swedish catalogue: a sentence for every case any rule can emit, and Swedish numbers."""

from ambition.method.sentences.catalogue import CATALOGUES
from ambition.method.trend import propose_trend
from ambition.models.method import TrendParameters
from tests.method.builders import indicator, propose
from tests.method.sentences.declared import check_catalogue


def test_every_declared_case_has_a_swedish_sentence_and_nothing_else() -> None:
    check_catalogue(CATALOGUES["sv"])


def test_a_swedish_sentence_with_a_decimal_comma_and_a_passed_target_year() -> None:
    item = indicator({2022: 47.25}, [{"year": 2020, "value": 60, "comparison": "at_least"}])
    assert propose(item).explanation.sentence("sv") == (
        "Värdet 2022 (47,3 procent) jämförs med målvärdet för 2020 (minst 60,0 procent), vars år "
        "har passerats: målvärdet är inte nått och måluppfyllelsen är 79\u00a0%, under de 80\u00a0% "
        "som krävs för delvis uppfyllt."
    )


# The values of a trend's sentence are written as "Senaste värde" writes them, with the
# indicator's decimals; only the change takes more where it must.
def test_a_trend_writes_its_values_with_the_indicators_decimals() -> None:
    # data/indicators/vaxthusgasutslapp.yaml (decimals 0): 89 277,404 → 79 384,566 ton, written
    # 89 277 and 79 385 as "Senaste värde: 79 385 ton CO2-ekv"; the change −9 892,838 rounds to
    # −9 893, not the 79 385 − 89 277 = −9 892 a reader works out, so it takes one decimal:
    # −9 892,8; relative −9 892,838 / 89 277,404 = −11,08 %.
    item = indicator(
        {2021: 89277.404, 2022: 79384.566}, direction="decrease", decimals=0, unit="ton CO2-ekv"
    )
    assert propose_trend(item, 2022, TrendParameters()).explanation.sentence("sv") == (
        "Förändring från 89\u202f277 (2021) till 79\u202f385 (2022), \u22129\u202f892,8 ton "
        "CO2-ekv (\u221211,1\u00a0%); önskad riktning är att minska."
    )


def test_a_change_in_procentenheter_keeps_the_decimals_it_needs() -> None:
    # data/indicators/arbetsloshet-16-24.yaml (decimals 1): 4,554057 → 3,140794, written 4,6 and
    # 3,1; the change −1,413263 is −1,4 with one decimal, not the −1,5 between the values as
    # written, so −1,41.
    item = indicator({2021: 4.554057, 2022: 3.140794}, direction="decrease")
    assert propose_trend(item, 2022, TrendParameters()).explanation.sentence("sv") == (
        "Förändring från 4,6 (2021) till 3,1 (2022), \u22121,41 procentenheter; önskad riktning "
        "är att minska."
    )


def test_a_change_that_is_not_nil_is_not_written_nil() -> None:
    # data/indicators/foretagsklimat.yaml (decimals 0): 79,45983154 → 79,07497451, both 79;
    # the change −0,38485703 would be −0 with no decimal: −0,4; relative −0,487 %, within ±1 %.
    item = indicator({2021: 79.45983154, 2022: 79.07497451}, decimals=0, unit="index (0–100)")
    assert propose_trend(item, 2022, TrendParameters()).explanation.sentence("sv") == (
        "Förändring från 79 (2021) till 79 (2022), \u22120,4 index (0–100) (\u22120,5\u00a0%), "
        "inom ±1\u00a0%."
    )
    # A slope in procentenheter too: (50,1 − 50,0) / 10 years = 0,01 a year, 0,0 with the
    # indicator's one decimal.
    slope = indicator({2012: 50.0, 2022: 50.1})
    start_latest = TrendParameters(method="start_latest")
    assert propose_trend(slope, 2022, start_latest).explanation.sentence("sv") == (
        "Från startvärdet 50,0 (2012) till 50,1 (2022) är förändringen +0,01 procentenheter per "
        "år, inom ±0,5 procentenheter."
    )


# A directional target names the reference year beside its value and the target's year after
# "till", in the sentence as in the report's target column.
def test_a_directional_target_reads_which_year_is_which() -> None:
    # data/indicators/fossiloberoende-personbilar.yaml: 17,040804 % in 2022 against "öka" from
    # 10,604559 % (2020), the baseline: 17,0 > 10,6, achieved.
    item = indicator(
        {2020: 10.604559, 2021: 14.833539, 2022: 17.040804},
        [{"year": 2022, "comparison": "increase"}],
        baseline={"year": 2020, "value": 10.604559},
    )
    assert propose(item).explanation.sentence("sv") == (
        "Värdet 2022 (17,0 procent) jämförs med målet att öka från 10,6 procent (2020) till "
        "2022: målet är nått."
    )


def test_an_unchanged_target_with_a_tolerance_and_a_passed_year() -> None:
    # 30,5 in 2022 against "unchanged" from 30,0 (2018) within ±2 %: |30,5 − 30,0| = 0,5 ≤ 0,6.
    item = indicator(
        {2018: 30.0, 2022: 30.5},
        [{"year": 2021, "comparison": "unchanged", "reference_year": 2018, "tolerance": 0.02}],
    )
    assert propose(item).explanation.sentence("sv") == (
        "Värdet 2022 (30,5 procent) jämförs med målet att ligga kvar på 30,0 procent (2018) till "
        "2021, inom ±2\u00a0% av värdet, vars år har passerats: målet är nått."
    )
