"""Numbers in Swedish and English, rounded half up."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambition.numbers import agreeing_decimals, format_number, format_percent, round_half_up


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


def test_a_threshold_keeps_its_exact_value_and_how_it_was_written() -> None:
    import pickle
    from fractions import Fraction

    from ambition.numbers import Threshold

    two_thirds = Threshold.parse("2/3")
    assert (two_thirds.exact, two_thirds.written, two_thirds.is_fraction) == (
        Fraction(2, 3),
        "2/3",
        True,
    )
    assert float(two_thirds) == 2 / 3
    assert Threshold.parse(" 2 / 3 ").written == "2/3"
    decimal = Threshold.parse(0.667)
    assert (decimal.exact, decimal.decimals(), decimal.serialized()) == (
        Fraction(667, 1000),
        3,
        0.667,
    )
    assert Threshold.parse(1).decimals() == 0
    assert pickle.loads(pickle.dumps(two_thirds)).exact == Fraction(2, 3)
    for bad in ("1/0", "66,7 %", "två tredjedelar", True, float("nan")):
        with pytest.raises(ValueError):
            Threshold.parse(bad)


@pytest.mark.parametrize(
    ("numerator", "denominator", "sv", "en"),
    [
        (2, 3, "två tredjedelar", "two thirds"),
        (1, 3, "en tredjedel", "one third"),
        (1, 2, "hälften", "half"),
        (3, 4, "tre fjärdedelar", "three quarters"),
        (4, 5, "fyra femtedelar", "four fifths"),
        (7, 12, "7/12", "7/12"),
        (3, 3, "3/3", "3/3"),
    ],
)
def test_fractions_in_words(numerator: int, denominator: int, sv: str, en: str) -> None:
    from ambition.numbers import fraction_words

    assert fraction_words(numerator, denominator, "sv") == sv
    assert fraction_words(numerator, denominator, "en") == en


def test_a_threshold_is_shown_as_decided() -> None:
    from ambition.numbers import Threshold, format_threshold

    assert format_threshold(Threshold.parse("2/3"), "sv") == "två tredjedelar"
    assert format_threshold(Threshold.parse("2/3"), "sv", share=False) == "2/3"
    # Decimals as written: 0.667 is 66,7 %, never 66,70 % or 67 %.
    assert format_threshold(Threshold.parse(0.667), "sv") == "66,7\u00a0%"
    assert format_threshold(Threshold.parse(0.5), "en") == "50%"
    assert format_threshold(Threshold.parse(0.6666), "sv") == "66,66\u00a0%"
    assert format_threshold(0.75, "sv", share=False) == "0,75"


@pytest.mark.parametrize(
    ("value", "limit", "expected"),
    [
        # 6/9 = 66.666…% against 66.7 %: 67 would look above, 66.7 equal; 66.67 is below.
        ((6, 9), (667, 1000), 2),
        ((6, 9), (2, 3), 0),  # equal: as it is
        ((5, 9), (1, 2), 0),  # 56 % against 50 %
        ((1, 2), (2, 3), 0),  # 50 % against 66.7 %
        # 66.695 % against 66.7 %: 67, 66.7 and 66.70 (half up) do not tell; 66.695 does.
        ((13339, 20000), (667, 1000), 3),
    ],
)
def test_faithful_decimals(value: tuple[int, int], limit: tuple[int, int], expected: int) -> None:
    from fractions import Fraction

    from ambition.numbers import faithful_decimals

    assert faithful_decimals(Fraction(*value), Fraction(*limit), 100) == expected


def test_a_unit_over_a_column_keeps_antal_before_its_count_noun() -> None:
    # "Värde (antal invånare)" over the table, "14 854 invånare" after a number.
    from ambition.numbers import unit_heading

    assert unit_heading("antal", "invånare") == "antal invånare"
    assert unit_heading("antal per 1 000 invånare", "bostäder") == (
        "antal bostäder per 1\u202f000 invånare"
    )
    assert unit_heading("procent") == "procent"
    assert unit_heading("dagar", None) == "dagar"


@pytest.mark.parametrize(
    ("first", "last", "decimals", "expected"),
    [
        (4.55, 3.14, 1, 2),  # 4,6 − 3,1 = 1,5 but 1,41 rounds to 1,4: written 1,41
        (34.1, 30.0, 1, 1),  # 34,1 − 30,0 = 4,1: the indicator's own decimals agree
        (79.5, 79.1, 0, 1),  # 80 − 79 = 1 but 0,4 rounds to 0 (nil, though it is not): 0,4
        (94.0, 94.0, 0, 0),  # no change at all is written 0
        (1.0, 1.0004, 0, 3),  # nil with one and two more decimals: the most, 3
        # data/indicators/behorighet-yrkesprogram.yaml: 90,1 − 77,8 = 12,3 but the change
        # 77,84431138 − 90,05847953 = −12,21416815 rounds to −12,2: one more, −12,21 (not the
        # three at which the values, had they been written so, would agree: −12,214).
        (90.05847953, 77.84431138, 1, 2),
        # data/indicators/vaxthusgasutslapp.yaml: 89 277 − 79 385 = 9 892, the change −9 892,838
        # rounds to −9 893: −9 892,8.
        (89277.404, 79384.566, 0, 1),
    ],
)
def test_a_change_agrees_with_the_values_beside_it(
    first: float, last: float, decimals: int, expected: int
) -> None:
    assert agreeing_decimals(first, last, decimals) == expected


@given(
    st.floats(-1e6, 1e6, allow_nan=False),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.integers(0, 3),
)
def test_the_decimals_found_agree(first: float, last: float, decimals: int) -> None:
    # With the values' own decimals, the values as written differ by the change as written;
    # with more (short of the most), the change is not written as nil; one more unless nil.
    places = agreeing_decimals(first, last, decimals)
    assert decimals <= places <= decimals + 3
    written = round_half_up(last - first, places)
    if places == decimals:
        shown = round_half_up(last, places) - round_half_up(first, places)
        assert shown == written
        assert written != 0 or last == first
    elif places < decimals + 3:
        assert written != 0
        assert places == decimals + 1 or round_half_up(last - first, places - 1) == 0
