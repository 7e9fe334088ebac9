"""The fixes computed from a value as written: numbers, dates, codes, ids, values in messages."""

from typing import Any

import pytest

from ambition.loading.model_hints import (
    SWEDISH_KEYS,
    SWEDISH_WORDS,
    as_id,
    date_problem,
    number_fix,
    number_text,
    pattern_hint,
    show_value,
    strict_number,
)
from ambition.messages.text import Text, text


def english(found: Any) -> Any:
    """A text, or a tuple of texts and strings, written out in English (None stays None)."""
    if isinstance(found, tuple):
        return tuple(english(item) for item in found)
    return found.render("en") if isinstance(found, Text) else found


@pytest.mark.parametrize(
    ("text", "share", "expected"),
    [
        ("12,5", False, ("a decimal comma", "12.5")),
        ("1 234", False, ("spaces between the thousands", "1234")),
        ("80 %", False, ("a percent sign", "80")),
        ("80 %", True, ("a percent sign", "0.8")),
        ("1.234,5", False, ("'.' between the thousands", "1234.5")),
        ("12 kr", False, ("the unit 'kr'", "12")),
        ("\u22125", False, ("a typographic minus sign", "-5")),
        (
            "14,854",
            False,
            (
                "a comma that may be a decimal comma or a thousands separator",
                "14.854 if the comma is a decimal comma, or 14854 if it separates thousands",
            ),
        ),
        ("1O", False, None),  # a letter for a digit: no guess
        ("abc", False, None),
    ],
)
def test_number_fix(text: str, share: bool, expected: tuple[str, str] | None) -> None:
    assert english(number_fix(text, whole=False, share=share)) == expected


def test_a_whole_number_with_a_decimal_comma() -> None:
    assert english(number_fix("2022,0", whole=True, share=False)) == ("a decimal comma", "2022")
    assert number_fix("2022,5", whole=True, share=False) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023-02-30",
            (" that exists: February 2023 has 28 days", "write a date that exists, as YYYY-MM-DD"),
        ),
        (
            "2023-13-01",
            (": there is no month 13", "write the date as YYYY-MM-DD with a month 01–12"),
        ),
        ("2023-2-3", ("", "write 2023-02-03: two digits for month and day")),
        ("15/2 2023", ("", "write 2023-02-15: dates are written YYYY-MM-DD")),
        ("feb", ("", "write the date as YYYY-MM-DD, e.g. 2023-02-15")),
    ],
)
def test_date_problem(text: str, expected: tuple[str, str]) -> None:
    assert english(date_problem(text)) == expected


def test_pattern_hints_and_ids() -> None:
    assert (
        english(pattern_hint(r"^\d{4}$", "665"))
        == 'write the four-digit code in quotes, e.g. "0665"'
    )
    assert english(pattern_hint("^[NU][0-9]{5}$", "x")).startswith("a Kolada id is N or U")
    assert english(pattern_hint("^x$", "y")) == "the value must match the pattern ^x$"
    assert as_id("Ekologisk Mat i Förskolan!") == "ekologisk-mat-i-forskolan"


def test_values_as_shown_in_messages() -> None:
    assert [number_text(1.0), number_text(0.125), number_text(3)] == ["1", "0.125", "3"]
    assert show_value("x" * 50) == repr("x" * 37 + "…")
    assert [english(show_value(v)) for v in (None, True, {}, [], 2.5)] == [
        "nothing",
        "true",
        "a mapping of keys",
        "a list",
        "2.5",
    ]


def test_swedish_words_and_keys_are_written_in_lower_case() -> None:
    assert all(word == word.lower() for word in [*SWEDISH_WORDS, *SWEDISH_KEYS])
    assert SWEDISH_WORDS["delvis uppfyllt"] == "partly_achieved"
    assert SWEDISH_KEYS["målvärden"] == "targets"


def test_strict_number_names_what_a_lax_reading_would_have_taken() -> None:
    """Issue 17 item 2: true is never a number, "30" is text, 2026.0 is no year."""
    number, whole = text("model.number"), text("model.whole-number")
    assert english(strict_number(True, whole=False, what=number, on_key=False)) == (
        "not-a-number",
        "true is true or false, not a number",
        "write the number, e.g. 12.5",
    )
    assert english(strict_number("30", whole=False, what=number, on_key=False)) == (
        "not-a-number",
        "'30' is in quotes, so it is text, not a number",
        "write 30 without quotes",
    )
    assert english(strict_number(2026.0, whole=True, what=whole, on_key=False)) == (
        "not-a-whole-number",
        "2026.0 is not a whole number",
        "write a whole number, e.g. 2026",
    )
    assert strict_number("12.5", whole=True, what="a whole number", on_key=False) is None
    assert strict_number("1 234", whole=False, what="a number", on_key=False) is None
