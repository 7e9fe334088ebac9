"""Pydantic's errors as diagnostics with the fix that fits the field: its type (a whole number,
a year, a decimal number in its own range), a target's comparison written before its number,
yes and no in Swedish, a list written for a mapping. Each asserts the exact text in Swedish
and English."""

import pytest

from ambition import layout
from ambition.loading.file import load_file
from tests.conftest import MINIMAL

INDICATOR = (MINIMAL / "data/indicators/ekologisk-mat.yaml").read_text(encoding="utf-8")
GOAL = (MINIMAL / "data/goals/miljo.yaml").read_text(encoding="utf-8")
METHOD = (MINIMAL / "data/method.yaml").read_text(encoding="utf-8")


def found(
    original: str, old: str, new: str, kind: layout.FileKind = layout.INDICATOR
) -> list[tuple[int, int, str, str, str]]:
    """(line, column, code, 'message — hint' in Swedish, the same in English) of each
    diagnostic of ``original`` with ``old`` replaced by ``new``."""
    assert old in original
    changed = original.replace(old, new, 1)
    relpath = kind.path("x") if "<" in kind.pattern else kind.pattern
    result = load_file(changed.encode(), relpath, kind)
    return [
        (
            d.line,
            d.column,
            d.code,
            f"{d.message_in('sv')} — {d.hint_in('sv')}",
            f"{d.message_in('en')} — {d.hint_in('en')}",
        )
        for d in result.diagnostics
    ]


def test_decimals_with_a_decimal_comma_is_told_it_is_a_whole_number_of_decimals() -> None:
    assert found(INDICATOR, "decimals: 1", "decimals: 1,5") == [
        (
            5,
            11,
            "not-a-number",
            "decimals: '1,5' är inte ett heltal — decimals är antalet decimaler som visas och "
            "skrivs som ett heltal, till exempel 1",
            "decimals: '1,5' is not a whole number — decimals is the number of decimals shown, "
            "written as a whole number, e.g. 1",
        )
    ]


def test_decimals_with_a_decimal_point_is_told_the_same() -> None:
    [(_, _, code, swedish, _)] = found(INDICATOR, "decimals: 1", "decimals: 1.5")
    assert (code, swedish) == (
        "not-a-whole-number",
        "decimals: 1.5 är inte ett heltal — decimals är antalet decimaler som visas och "
        "skrivs som ett heltal, till exempel 1",
    )


def test_another_whole_number_needs_no_decimal_point() -> None:
    # A goal's number is 1–99: the example is 12, and no decimal point is advised.
    assert found(GOAL, "number: 1", "number: 1,5", layout.GOAL) == [
        (
            3,
            9,
            "not-a-number",
            "number: '1,5' är inte ett heltal — skriv ett heltal, utan decimaler, till exempel 12",
            "number: '1,5' is not a whole number — write a whole number, without decimals, e.g. 12",
        )
    ]


def test_a_date_written_for_a_year_gives_its_year() -> None:
    assert found(INDICATOR, "  year: 2018", "  year: 2018-01-01") == [
        (
            13,
            9,
            "not-a-number",
            "baseline.year: '2018-01-01' är ett datum, inte ett år — skriv bara året, 2018, "
            "utan månad och dag",
            "baseline.year: '2018-01-01' is a date, not a year — write only the year, 2018, "
            "without month and day",
        )
    ]


def test_a_word_for_a_year_is_told_to_write_four_digits() -> None:
    [(_, _, _, swedish, english)] = found(INDICATOR, "  year: 2018", "  year: i fjol")
    assert swedish == (
        "baseline.year: 'i fjol' är inte ett heltal (ett år) — skriv året med fyra siffror, "
        "till exempel 2022"
    )
    assert english == (
        "baseline.year: 'i fjol' is not a whole number (a year) — write the year in four "
        "digits, e.g. 2022"
    )


@pytest.mark.parametrize(
    ("kind", "old", "new", "swedish", "english"),
    [
        # A value: no bounds, the usual example.
        (
            layout.INDICATOR,
            "  2022: 36.2",
            "  2022: okänt",
            "values.2022: 'okänt' är inte ett tal — skriv bara talet, med decimalpunkt, till "
            "exempel 12.5",
            "values.2022: 'okänt' is not a number — write only the number, with a decimal "
            "point, e.g. 12.5",
        ),
        # A share (0–1) of the method: its default, 0.01, is the example.
        (
            layout.METHOD,
            "  tolerance: 0.01",
            "  tolerance: en procent",
            "trend.tolerance: 'en procent' är inte ett tal — skriv bara talet, med "
            "decimalpunkt, till exempel 0.01",
            "trend.tolerance: 'en procent' is not a number — write only the number, with a "
            "decimal point, e.g. 0.01",
        ),
        # A share without a default: an example inside 0–1.
        (
            layout.METHOD,
            "  achieved_share: 0.667",
            "  achieved_share: två tredjedelar",
            "rollup.achieved_share: 'två tredjedelar' är inte ett tal — skriv bara talet, med "
            "decimalpunkt, till exempel 0.5",
            "rollup.achieved_share: 'två tredjedelar' is not a number — write only the number, "
            "with a decimal point, e.g. 0.5",
        ),
    ],
)
def test_a_decimal_number_s_example_is_in_the_field_s_range(
    kind: layout.FileKind, old: str, new: str, swedish: str, english: str
) -> None:
    original = INDICATOR if kind is layout.INDICATOR else METHOD
    [(_, _, code, found_sv, found_en)] = found(original, old, new, kind)
    assert (code, found_sv, found_en) == ("not-a-number", swedish, english)


def test_a_target_s_comparison_written_before_its_number_is_one_problem() -> None:
    # 'comparison' is left out too: the hint says to write it, so it is not reported apart.
    assert found(INDICATOR, "    value: 40\n    comparison: at_least\n", "    value: <= 800\n") == [
        (
            17,
            12,
            "number-format",
            "targets.0.value: '<= 800' är inte ett tal: det innehåller en jämförelse — skriv "
            "bara talet, 'value: 800', och jämförelsen på en egen rad, 'comparison: at_most'",
            "targets.0.value: '<= 800' is not a number: it has a comparison — write only the "
            "number, 'value: 800', and the comparison on a line of its own, 'comparison: at_most'",
        )
    ]


def test_a_swedish_comparison_word_and_a_decimal_comma() -> None:
    [(_, _, _, swedish, _)] = found(INDICATOR, "    value: 40", "    value: minst 12,5")
    assert swedish.endswith(
        "skriv bara talet, 'value: 12.5', och jämförelsen på en egen rad, 'comparison: at_least'"
    )


@pytest.mark.parametrize(
    ("word", "swedish", "english"),
    [
        (
            "ja",
            "targets.0.national: 'ja' är inte true eller false — skriv true för 'ja': ja och nej "
            "skrivs true och false",
            "targets.0.national: 'ja' is not true or false — write true for 'ja': yes and no are "
            "written true and false",
        ),
        (
            "Nej",
            "targets.0.national: 'Nej' är inte true eller false — skriv false för 'Nej': ja och "
            "nej skrivs true och false",
            "targets.0.national: 'Nej' is not true or false — write false for 'Nej': yes and no "
            "are written true and false",
        ),
        (
            "kanske",
            "targets.0.national: 'kanske' är inte true eller false — skriv true eller false",
            "targets.0.national: 'kanske' is not true or false — write true or false",
        ),
    ],
)
def test_yes_and_no_in_swedish(word: str, swedish: str, english: str) -> None:
    [(line, _, code, found_sv, found_en)] = found(
        INDICATOR, "    acceptable: 35", f"    acceptable: 35\n    national: {word}"
    )
    assert (line, code, found_sv, found_en) == (20, "wrong-type", swedish, english)


def test_a_list_written_for_a_mapping_is_told_to_lose_its_dashes() -> None:
    written = "source:\n  - publisher: Ekomatcentrum\n    kolada_kpi: U07514\n"
    assert found(
        INDICATOR, "source:\n  publisher: Ekomatcentrum\n  kolada_kpi: U07514\n", written
    ) == [
        (
            9,
            1,
            "wrong-type",
            "source: här ska det vara rader med 'nyckel: värde', men det står en lista — ta bort "
            "strecken '- ' och skriv nycklarna, till exempel publisher, indragna direkt under "
            "'source:'",
            "source: expected 'key: value' lines, got a list — remove the dashes '- ' and write "
            "the keys, e.g. publisher, indented directly below 'source:'",
        )
    ]


def test_a_swedish_decimal_comma_and_a_percent_sign_in_values() -> None:
    assert [d[3] for d in found(INDICATOR, "  2022: 36.2", "  2022: 36,2 %")] == [
        "values.2022: '36,2 %' är inte ett tal: det innehåller ett procenttecken och ett "
        "decimalkomma — skriv 36.2"
    ]
