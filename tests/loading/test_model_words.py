"""The words an officer writes instead of the models' English: Swedish words and keys, and a
status however it is spelt."""

import pytest

from ambition.loading.model_words import (
    BOOLEAN_WORDS,
    COMPARISON_WORDS,
    SWEDISH_KEYS,
    SWEDISH_WORDS,
    status_intent,
)


def test_swedish_words_and_keys_are_written_in_lower_case() -> None:
    assert all(word == word.lower() for word in [*SWEDISH_WORDS, *SWEDISH_KEYS])
    assert SWEDISH_WORDS["delvis uppfyllt"] == "partly_achieved"
    assert SWEDISH_KEYS["målvärden"] == "targets"
    assert all(word == word.lower() for word in [*COMPARISON_WORDS, *BOOLEAN_WORDS])


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("acheived", "achieved"),
        ("largly_achieved", "largely_achieved"),
        ("partialy", "partly_achieved"),
        ("Partly achieved", "partly_achieved"),
        ("NOT_ACHIEVED", "not_achieved"),
        ("uppfyllt", "achieved"),
        ("delvis uppfyllt", "partly_achieved"),
        ("Delvis uppfylt", "partly_achieved"),
        ("ej uppfylld", "not_achieved"),
        ("not_asessed", "not_assessed"),
        ("ja", None),
        ("done", None),
    ],
)
def test_the_status_a_word_stands_for(written: str, status: str | None) -> None:
    assert status_intent(written) == status
