"""The fixes computed from a value as written: numbers, dates, codes, ids, values in messages."""

from typing import Any

import pytest

from ambition.loading.model_hints import (
    as_id,
    comparison_fix,
    date_problem,
    number_example,
    number_fix,
    number_text,
    pattern_hint,
    show_value,
    strict_number,
    year_of,
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
        "'key: value' lines",
        "a list",
        "2.5",
    ]


def test_strict_number_names_what_a_lax_reading_would_have_taken() -> None:
    """Issue 17 item 2: true is never a number, "30" is text, 2026.0 is no year."""
    number, whole = text("model.number"), text("model.whole-number")
    assert english(strict_number(True, whole=False, what=number, example="12.5")) == (
        "not-a-number",
        "true is true or false, not a number",
        "write the number, e.g. 12.5",
    )
    assert english(strict_number("30", whole=False, what=number, example="12")) == (
        "not-a-number",
        "'30' is in quotes, so it is text, not a number",
        "write 30 without quotes",
    )
    assert english(strict_number(2026.0, whole=True, what=whole, example="12")) == (
        "not-a-whole-number",
        "2026.0 is not a whole number",
        "write a whole number, e.g. 2026",
    )
    assert strict_number("12.5", whole=True, what="a whole number", example="12") is None
    assert strict_number("1 234", whole=False, what="a number", example="12") is None


@pytest.mark.parametrize(
    ("low", "high", "default", "whole", "expected"),
    [
        (0, 6, 1, True, "1"),  # decimals: its default
        (1900, 2200, None, True, "2022"),  # a year
        (1, 99, None, True, "12"),  # a goal's number
        (5, 50, 5, True, "5"),  # a window of years: its default
        (None, None, None, False, "12.5"),  # a value
        (0, 1, None, False, "0.5"),  # a share without a default
        (0, 1, 0.05, False, "0.05"),  # a share with its default
        (0, 1, 2 / 3, False, "0.5"),  # a default of many decimals is no example
        (0, 100, 1.0, False, "12.5"),  # a whole default is no example of a decimal point
        (-1, 10, None, False, "0.5"),
        (0.6, 0.9, None, False, "0.75"),  # nothing of the list in range: the middle
        (20, 30, None, True, "25"),
        (20, None, None, True, "21"),  # just inside the one bound
        (None, -3, None, False, "-3.5"),
    ],
)
def test_an_example_number_is_in_the_field_s_range(
    low: float | None, high: float | None, default: float | None, whole: bool, expected: str
) -> None:
    assert number_example(low, high, default, whole=whole) == expected


def test_a_year_is_read_from_a_date_and_a_comparison_from_before_a_target_s_number() -> None:
    assert [year_of(w) for w in ("2018-01-01", "2022-12", " 2022-1-5 ", "2022", "12-2022")] == [
        "2018",
        "2022",
        "2022",
        None,
        None,
    ]
    assert [comparison_fix(w) for w in ("<= 800", ">=12,5", "minst 40 %", "högst 1 234")] == [
        ("at_most", "800"),
        ("at_least", "12.5"),
        ("at_least", "40"),
        ("at_most", "1234"),
    ]
    assert [comparison_fix(w) for w in ("800", "< abc", "ungefär 800")] == [None, None, None]
