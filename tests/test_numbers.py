"""Numbers in Swedish and English, rounded half up."""

import pytest

from ambition.numbers import format_number, format_percent, round_half_up


@pytest.mark.parametrize(
    ("value", "decimals", "lang", "expected"),
    [
        # Vaggeryd's population 2022 (Kolada N01951): 14 854, thousands with a narrow space.
        (14854.0, 0, "sv", "14\u202f854"),
        (14854.0, 0, "en", "14,854"),
        (5.34858, 1, "sv", "5,3"),
        # Half up, not to even and not binary: 2.675 is stored as 2.67499999… in binary.
        (2.675, 2, "sv", "2,68"),
        (0.125, 2, "en", "0.13"),
        (0.5, 0, "en", "1"),
        (-12.0, 0, "sv", "\u221212"),
        (-12.0, 0, "en", "-12"),
        (-0.04, 1, "sv", "0,0"),
        (104452.909, 0, "sv", "104\u202f453"),
    ],
)
def test_format_number(value: float, decimals: int, lang: str, expected: str) -> None:
    assert format_number(value, decimals, lang) == expected


def test_round_half_up_uses_the_shortest_decimal_form() -> None:
    assert str(round_half_up(1.005, 2)) == "1.01"


def test_format_percent() -> None:
    assert format_percent(0.667, "sv") == "67\u00a0%"
    assert format_percent(0.8, "en") == "80%"
    assert format_percent(0.0105, "sv", 1) == "1,1\u00a0%"


def test_huge_and_tiny_numbers_are_written_in_full() -> None:
    # From the shortest decimal form of the float, not its binary expansion.
    assert format_number(1.5e30, 0, "en") == "1,500,000,000,000,000,000,000,000,000,000"
    assert format_number(8.5e-292, 2, "sv") == "0,00"


def test_a_count_noun_takes_the_place_of_antal() -> None:
    # Issue 14, item 3: "14 854 invånare", not "14 854 antal invånare".
    from ambition.numbers import counted_rest, unit_text

    assert unit_text("antal", "invånare") == "invånare"
    assert unit_text("antal per 1 000 invånare", "bostäder") == "bostäder per 1\u202f000 invånare"
    assert unit_text("Antal per invånare 7–20 år", "deltagartillfällen") == (
        "deltagartillfällen per invånare 7–20 år"
    )
    # Without a count noun the unit is as written, its thousands kept together.
    assert unit_text("antal per 100 000 invånare") == "antal per 100\u202f000 invånare"
    assert unit_text("procent") == "procent"
    # A year range or a single digit group is no thousands: "16–64 år", "7 dagar".
    assert unit_text("dagar per 7 dagar") == "dagar per 7 dagar"
    assert counted_rest("antalet") is None
    assert counted_rest("dagar") is None
    assert counted_rest(" antal per 1 000 ") == " per 1 000"
