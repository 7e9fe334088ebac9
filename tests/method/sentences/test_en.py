"""The English catalogue: a sentence for every case any rule can emit, and English numbers."""

from ambition.method.sentences.catalogue import CATALOGUES
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
