"""The export as CSV, JSON and an Excel workbook read back with openpyxl (tests/fixtures/minimal;
the values are worked in tests/export/test_table.py)."""

import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from ambition.export.formats import csv_number, to_csv, to_json, to_xlsx
from ambition.export.table import COLUMNS, ExportRow, export_rows
from ambition.validation.validate import validate
from ambition.yaml.edit import plain_number


def rows(root: Path) -> list[ExportRow]:
    validation = validate(root)
    assert validation.repository is not None
    return export_rows(validation.result(validation.repository.period()))


def test_csv_is_comma_separated_with_plain_decimals(minimal_repo: Path) -> None:
    lines = to_csv(rows(minimal_repo)).decode("utf-8").split("\r\n")
    assert lines[0] == ",".join(COLUMNS)
    assert lines[3] == (
        "ar-2022,miljo,klimat,utslapp,Utsläpp av växthusgaser,ton,2022,900,2026,800,at_most,,"
        "true,partly_achieved,partly_achieved,improving,improving,,false,"
    )
    assert lines[5] == (
        "ar-2022,miljo,mat,ekologisk-mat,Ekologiska livsmedel,procent,2021,34.5,2022,40,"
        "at_least,,false,,,,,,false,"
    )
    assert (len(lines), lines[-1]) == (8, "")


def test_json_has_the_columns_and_a_record_per_row(minimal_repo: Path) -> None:
    document = json.loads(to_json(rows(minimal_repo)))
    assert document["columns"] == list(COLUMNS)
    assert document["rows"][2] == {
        "period": "ar-2022",
        "goal": "miljo",
        "measurement_area": "klimat",
        "indicator": "utslapp",
        "title": "Utsläpp av växthusgaser",
        "unit": "ton",
        "year": 2022,
        "value": 900.0,
        "target_year": 2026,
        "target": 800.0,
        "comparison": "at_most",
        "target_upper": None,
        "assessed": True,
        "proposed_status": "partly_achieved",
        "status": "partly_achieved",
        "proposed_trend": "improving",
        "trend": "improving",
        "marker": None,
        "preliminary": False,
        "breakdown": None,
    }


def test_the_workbook_reads_back_with_numbers_as_numbers(minimal_repo: Path) -> None:
    book = load_workbook(io.BytesIO(to_xlsx(rows(minimal_repo))))
    sheet = book["Export"]
    read = [tuple(r) for r in sheet.iter_rows(values_only=True)]
    assert read[0] == COLUMNS
    assert read[6][6:10] == (2022, 36.2, 2022, 40)
    assert (sheet.freeze_panes, len(read)) == ("A2", 7)


@settings(max_examples=2000)
@given(
    st.floats(allow_nan=False, allow_infinity=False)
    | st.decimals(places=12, min_value=-1e7, max_value=1e7).map(float)
    | st.integers(-(10**18), 10**18).map(float)
)
def test_csv_numbers_are_the_plain_decimals_of_ten_places(value: float) -> None:
    # The quick form of a number whose repr is a short decimal is plain_number's (the reference),
    # on any finite float: exponents, long decimals, whole numbers, negative zero.
    assert csv_number(value) == plain_number(value, 10)


def test_csv_numbers_by_hand() -> None:
    assert [csv_number(v) for v in (14854.0, 24.65051206, -0.0, 1e-05, 0.12345678901, 2.5e16)] == [
        "14854",
        "24.65051206",
        "0",
        "0.00001",
        "0.123456789",
        "25000000000000000",
    ]
