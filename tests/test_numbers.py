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
