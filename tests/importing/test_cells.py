"""Cells read as numbers and years, and the fix a cell gets when it is almost one: the number
it would accept ("skriv 67"), never a value stored on a guess. Every expected number is the
cell's own digits (67 % → 67, 1.234,5 → 1234,5), or for a percent cell the number Excel
shows (0,675 shown as 67,5 %)."""

import datetime as dt

import pytest

from ambition.importing.cells import CellError, Formula, Percent, number, year


def refused(cell: object, unit: str | None = None) -> tuple[str, str]:
    with pytest.raises(CellError) as error:
        number(cell, unit)  # type: ignore[arg-type]
    return error.value.text.render("sv"), error.value.text.render("en")


def refused_year(cell: object) -> tuple[str, str]:
    with pytest.raises(CellError) as error:
        year(cell)  # type: ignore[arg-type]
    return error.value.text.render("sv"), error.value.text.render("en")


def test_numbers_with_a_decimal_comma_spaces_and_a_minus_sign() -> None:
    cells = ("12,5", "-0,8", "\u22120,8", "1 234 567", "1\u00a0234", "1\u202f234,5", "3.25", 7)
    assert [number(c) for c in (*cells, ",5")] == [
        12.5,
        -0.8,
        -0.8,
        1234567.0,
        1234.0,
        1234.5,
        3.25,
        7.0,
        0.5,
    ]
    for text in ("1,234.5", "12%", "", "1e3"):
        with pytest.raises(ValueError):
            number(text)


def test_a_percent_sign_gets_the_number_to_write_in_an_indicator_in_percent() -> None:
    assert refused("67 %", "procent") == (
        "ett tal som 12,5 eller 14 854 väntades, här står '67 %'; skriv 67",
        "expected a number such as 12,5 or 14 854, found '67 %'; write 67",
    )
    assert refused("67%")[0] == "ett tal som 12,5 eller 14 854 väntades, här står '67%'; skriv 67"
    assert refused("12,5 procent", "procent")[0].endswith("här står '12,5 procent'; skriv 12,5")


def test_a_percent_sign_in_an_indicator_in_another_unit_gets_no_number() -> None:
    assert refused("67 %", "dagar") == (
        "'67 %' är angivet i procent, men indikatorns enhet är 'dagar'; skriv värdet i den "
        "enheten, utan procenttecken",
        "'67 %' is a percentage, but the indicator's unit is 'dagar'; write the value in that "
        "unit, without a percent sign",
    )


def test_the_unit_written_after_the_number_gets_the_number() -> None:
    assert refused("23 dagar", "dagar")[1] == (
        "expected a number such as 12,5 or 14 854, found '23 dagar'; write 23"
    )
    assert refused("23 dagar", "antal")[1] == (
        "expected a number such as 12,5 or 14 854, found '23 dagar'"
    )


def test_a_point_between_thousands_and_a_decimal_comma_gets_the_plain_number() -> None:
    assert refused("1.234,5") == (
        "ett tal som 12,5 eller 14 854 väntades, här står '1.234,5'; skriv 1234,5, utan tecken "
        "mellan tusentalen (eller med mellanslag)",
        "expected a number such as 12,5 or 14 854, found '1.234,5'; write 1234,5, with no sign "
        "between the thousands (or with spaces)",
    )
    assert refused("1,234,567.5")[1].endswith(
        "write 1234567.5, with no sign between the thousands (or with spaces)"
    )
    # Not groups of three: which sign is the decimal one cannot be told.
    assert refused("12,34.5")[1] == "expected a number such as 12,5 or 14 854, found '12,34.5'"


def test_an_empty_value_says_what_to_write_instead() -> None:
    assert refused(None) == (
        "ett tal som 12,5 väntades, här står en tom cell; skriv värdet, eller, för ett år utan "
        "värde, skriv varför i kolumnen markering: 'statistik saknas', 'redovisas senare' "
        "eller 'sekretess'",
        "expected a number such as 12,5, found an empty cell; write the value or, for a year "
        "without one, why in the column marker: 'statistik saknas', 'redovisas senare' or "
        "'sekretess'",
    )
    assert refused(True) == (
        "ett tal som 12,5 väntades, här står SANT",
        "expected a number such as 12,5, found TRUE",
    )


def test_excel_cells_formatted_as_percent_or_date_or_an_error_or_an_unsaved_formula() -> None:
    assert refused(Percent(0.675), "procent") == (
        "cellen är formaterad som procent: den visar 67,5 %, men innehåller 0,675; formatera "
        "den som tal (Excel: Formatera celler → Tal) och skriv 67,5",
        "the cell is formatted as percent: it shows 67.5 % but holds 0.675; format it as a "
        "number (Excel: Format Cells → Number) and write 67.5",
    )
    assert refused(Percent(0.5), "antal")[0] == (
        "cellen är formaterad som procent (50 %), men indikatorns enhet är 'antal'; formatera "
        "cellen som tal (Excel: Formatera celler → Tal) och skriv värdet i den enheten"
    )
    assert refused(dt.datetime(2022, 12, 31))[0] == (
        "ett tal som 12,5 väntades, här står datumet 2022-12-31; cellen är formaterad som "
        "datum: formatera den som tal (Excel: Formatera celler → Tal) och skriv värdet"
    )
    assert refused("#DIVISION/0!") == (
        "cellen visar felet #DIVISION/0! från Excel; rätta formeln eller skriv värdet (för ett "
        "år utan värde: lämna cellen tom och skriv varför i kolumnen markering)",
        "the cell shows Excel's error #DIVISION/0!; correct the formula or write the value "
        "(for a year without one: leave the cell empty and write why in the column marker)",
    )
    assert refused("#N/A")[1].startswith("the cell shows Excel's error #N/A;")
    assert refused(Formula("=B2*100")) == (
        "cellen har formeln =B2*100 men inget sparat resultat; öppna arbetsboken i Excel och "
        "spara den, så sparas resultatet, eller skriv värdet i cellen",
        "the cell holds the formula =B2*100 but no saved result; open the workbook in Excel "
        "and save it, so the result is saved, or write the value into the cell",
    )


def test_years_and_the_year_to_write() -> None:
    assert [year(c) for c in (2022, 2022.0, "2022", " 2021 ")] == [2022, 2022, 2022, 2021]
    assert refused_year("2022.0") == (
        "ett år som 2022 väntades, här står '2022.0'; skriv 2022",
        "expected a year such as 2022, found '2022.0'; write 2022",
    )
    assert refused_year("år 2023")[0] == "ett år som 2022 väntades, här står 'år 2023'; skriv 2023"
    assert refused_year("2021-2022")[0] == (
        "ett år som 2022 väntades, här står '2021-2022'; skriv året med fyra siffror, ett år "
        "per rad"
    )
    assert refused_year("") == (
        "ett år som 2022 väntades, här står en tom cell; skriv året som värdet gäller",
        "expected a year such as 2022, found an empty cell; write the year the value is for",
    )
    assert refused_year(2022.5)[0] == (
        "ett år som 2022 väntades, här står 2022,5; skriv året med fyra siffror, ett år per rad"
    )
    # 2022 typed into a cell formatted as a date is day 2022 of Excel's calendar.
    assert refused_year(dt.datetime(1905, 7, 14)) == (
        "ett år som 2022 väntades, här står datumet 1905-07-14; cellen är formaterad som datum: "
        "formatera den som tal (Excel: Formatera celler → Tal) och skriv året",
        "expected a year such as 2022, found the date 1905-07-14; the cell is formatted as a "
        "date: format it as a number (Excel: Format Cells → Number) and write the year",
    )
    assert refused_year(Formula("=A1"))[1].startswith("the cell holds the formula =A1")
