"""The Swedish catalogue: a sentence for every case any rule can emit, and Swedish numbers."""

from ambition.method.sentences.catalogue import CATALOGUES
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
