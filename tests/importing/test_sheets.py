"""Sheets: a Swedish CSV export (semicolons, decimal commas, spaces between thousands), a CSV
with commas and English headers, an Excel workbook; every problem at its row and column.

The values are Vaggeryd's (0665) from data/sources/: population (N01951) 14 746 in 2021 and
14 854 in 2022, ohälsotal (N00957) 24,43 days in 2021 and 23,84 in 2022.
"""

from pathlib import Path

import pytest
from openpyxl import Workbook

from ambition.importing.problems import ImportRefused
from ambition.importing.sheets import import_sheet, read_csv, read_xlsx
from ambition.loading.repository import load_repository
from ambition.models import Marker, ValueEntry
from ambition.repository import Repository
from tests.importing.test_run import take_out

IDS = {"folkmangd", "ohalsotal"}
SWEDISH = (
    "Indikator;År;Värde;Kön;Markering\r\n"
    "folkmangd;2021;14 746;T;\r\n"
    "folkmangd;2022;14\u00a0854;totalt;\r\n"
    ";;;;\r\n"
    "ohalsotal;2021;24,43;;\r\n"
    "ohalsotal;2022;23,84;;prel\r\n"
)


def test_a_swedish_csv_export_with_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "värden.csv"
    path.write_bytes(b"\xef\xbb\xbf" + SWEDISH.encode("utf-8"))
    found = read_csv(path, IDS)
    assert [(i.indicator, i.year, i.value, i.where) for i in found] == [
        ("folkmangd", 2021, 14746.0, f"{path}:2:1"),
        ("folkmangd", 2022, 14854.0, f"{path}:3:1"),
        ("ohalsotal", 2021, 24.43, f"{path}:5:1"),
        ("ohalsotal", 2022, 23.84, f"{path}:6:1"),
    ]


def test_a_comma_separated_file_with_english_headers_and_a_marker(tmp_path: Path) -> None:
    path = tmp_path / "values.csv"
    path.write_text('year,value,indicator,marker\n2022,"23,84",ohalsotal,preliminär\n', "utf-8")
    [item] = read_csv(path, IDS)
    assert (item.indicator, item.year, item.value, item.preliminary) == (
        "ohalsotal",
        2022,
        23.84,
        True,
    )


def test_every_problem_is_located_at_its_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "fel.csv"
    path.write_text(
        "indikator;år;värde;kön;markering\n"
        "cykelvagar;2022;12;;\n"
        "folkmangd;22;14854;X;\n"
        "ohalsotal;2022;24.4,3;;..\n"
        "ohalsotal;2021;;;\n"
        "ohalsotal;2020;24,6;M;sekretess\n",
        "utf-8",
    )
    with pytest.raises(ImportRefused) as refused:
        read_csv(path, IDS)
    assert [p.format() for p in refused.value.problems] == [
        f"{path}:2:1: no indicator 'cykelvagar' in data/indicators/; write the id of its file",
        f"{path}:3:2: expected a year such as 2022, found '22'; write the year in four digits, "
        "one year a row",
        f"{path}:3:4: 'X' is not a gender ambition knows; write T (totalt), K (kvinnor) or M (män)",
        f"{path}:4:5: the marker '..' is not one ambition knows; write 'preliminär', 'statistik "
        "saknas', 'redovisas senare' or 'sekretess'",
        f"{path}:4:3: expected a number such as 12,5 or 14 854, found '24.4,3'",
        f"{path}:5:3: expected a number such as 12,5, found an empty cell; write the value or, "
        "for a year without one, why in the column marker: 'statistik saknas', 'redovisas "
        "senare' or 'sekretess'",
        f"{path}:6:3: a value and the marker 'sekretess' in one row; leave the value empty for a "
        "year without one, or the marker empty for a value",
    ]


def test_gender_and_marker_columns_go_into_breakdowns_and_markers(tmp_path: Path) -> None:
    path = tmp_path / "kon.csv"
    path.write_text(
        "indikator;år;värde;kön;markering\n"
        "ohalsotal;2022;21,3;K;\n"
        "ohalsotal;2022;;M;Uppgift skyddas\n"
        "ohalsotal;2023;;T;Redovisas senare\n",
        "utf-8",
    )
    found = read_csv(path, IDS)
    assert [(i.breakdown, i.title, i.year, i.entry) for i in found] == [
        ("kvinnor", "Kvinnor", 2022, 21.3),
        ("man", "Män", 2022, ValueEntry(marker=Marker.CONFIDENTIAL)),
        (None, None, 2023, ValueEntry(marker=Marker.REPORTED_LATER)),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"",
            "the file is empty; write a header row (Indicator;Year;Value) and under it one row "
            "per value",
        ),
        (
            b"\xef\xbb\xbf\r\n;;\r\n",
            "the sheet is empty; write a header row (Indicator, Year, Value) and under it one "
            "row per value",
        ),
        (
            "indikator;värde\n".encode(),
            "no column year in the header; write the header 'Year' at the top of its column (the "
            "sheet has the columns indicator, year and value and, when needed, gender and "
            "marker, in any order)",
        ),
        (
            "år;värde;indikator;År\n".encode(),
            "a second year column; remove one, or give it another header",
        ),
        (
            "indikator;år;värde\nfolkmangd;2022;14 854\n".encode("cp1252"),
            "byte 0xe5 is not valid UTF-8 (it looks like Windows-1252 or Latin-1: å, ä, ö); "
            "save it as 'CSV UTF-8' (Excel: Save As → 'CSV UTF-8 (Comma delimited)')",
        ),
        (
            b'indikator,\xc3\xa5r,v\xc3\xa4rde\n"a',
            "not a CSV file the reader accepts: a quote is never closed",
        ),
        (
            b"PK\x03\x04 the start of a zip archive",
            "the file is an Excel workbook, not a CSV file; read it with 'ambition import xlsx "
            "a.csv'",
        ),
    ],
)
def test_a_file_that_is_no_sheet_of_values(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as refused:
        read_csv(path, IDS)
    last = refused.value.problems[-1]
    assert last.format("en") == f"{last.where}: {message}"


def workbook(path: Path, rows: list[tuple[object, ...]], title: str = "Blad1") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_excel_workbook_with_numbers_and_text_cells(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "värden.xlsx",
        [
            ("Indikator", "År", "Värde"),
            ("folkmangd", 2022, 14854),
            ("ohalsotal", 2021.0, "24,43"),
        ],
    )
    found = read_xlsx(path, IDS)
    assert [(i.indicator, i.year, i.value, i.where) for i in found] == [
        ("folkmangd", 2022, 14854.0, f"{path}:Blad1!A2"),
        ("ohalsotal", 2021, 24.43, f"{path}:Blad1!A3"),
    ]


def test_excel_problems_name_the_sheet_and_cell(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "fel.xlsx",
        [("indikator", "år", "värde"), ("folkmangd", 2022, True), ("okänd", "x", 1)],
        title="Värden",
    )
    with pytest.raises(ImportRefused) as refused:
        read_xlsx(path, IDS, "Värden")
    assert [p.format() for p in refused.value.problems] == [
        f"{path}:Värden!C2: expected a number such as 12,5, found TRUE",
        f"{path}:Värden!A3: no indicator 'okänd' in data/indicators/; write the id of its file",
        f"{path}:Värden!B3: expected a year such as 2022, found 'x'; write the year in four "
        "digits, one year a row",
    ]
    assert [p.format("sv") for p in refused.value.problems] == [
        f"{path}:Värden!C2: ett tal som 12,5 väntades, här står SANT",
        f"{path}:Värden!A3: det finns ingen indikator 'okänd' i data/indicators/; skriv id:t för "
        "dess fil",
        f"{path}:Värden!B3: ett år som 2022 väntades, här står 'x'; skriv året med fyra siffror, "
        "ett år per rad",
    ]
    with pytest.raises(ImportRefused) as refused:
        read_xlsx(path, IDS, "Blad2")
    assert refused.value.problems[0].format("en") == (
        f"{path}: no sheet 'Blad2'; the sheets are 'Värden': name one of them with --sheet"
    )
    assert refused.value.problems[0].format("sv") == (
        f"{path}: det finns inget blad 'Blad2'; bladen heter 'Värden': ange ett av dem med --sheet"
    )
    broken = tmp_path / "inte.xlsx"
    broken.write_text("indikator;år;värde\n", "utf-8")
    with pytest.raises(ImportRefused) as refused:
        read_xlsx(broken, IDS)
    assert refused.value.problems[0].format("en") == (
        f"{broken}: the file is no zip archive, as an .xlsx file is; save it in Excel as "
        "'Excel Workbook (.xlsx)'"
    )
    assert refused.value.problems[0].format("sv") == (
        f"{broken}: filen är inte en zip-fil, som en .xlsx-fil ska vara; spara den i Excel som "
        "'Excel-arbetsbok (.xlsx)'"
    )


def loaded(root: Path) -> Repository:
    repository = load_repository(root).repository
    assert repository is not None
    return repository


def test_a_sheet_restores_the_shipped_values(real_repo: Path, tmp_path: Path) -> None:
    take_out(real_repo)
    path = tmp_path / "värden.csv"
    path.write_text(SWEDISH + "ohalsotal;2020;24,65051206;;\n", "utf-8")
    plan = import_sheet(loaded(real_repo), path, "csv")
    assert [(c.indicator, c.year, c.old, c.new) for c in plan.changes] == [
        ("folkmangd", 2021, None, 14746.0),
        ("folkmangd", 2022, None, 14854.0),
        ("ohalsotal", 2020, 24.6, 24.65051206),
    ]
    assert [(p.indicator, p.year) for p in plan.preliminary] == [("ohalsotal", 2022)]
