"""A period's export as bytes: CSV (RFC 4180: commas, a decimal point, UTF-8), an Excel
workbook (numbers as number cells, the header row frozen) or JSON (an object with the period
and a list of records). Numbers are the stored, unrounded values."""

import csv
import io
import json
from collections.abc import Callable

from ambition.export.table import COLUMNS, Cell, ExportRow
from ambition.yaml.edit import plain_number

FORMATS = ("csv", "xlsx", "json")


_AS_IS = (str, int)


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, float):
        return csv_number(cell)
    return str(cell)


def csv_number(value: float) -> str:
    """``value`` as the export writes it: ``plain_number(value, 10)``, a plain decimal of at
    most ten decimals. A float whose shortest form (``repr``) is already a plain decimal of at
    most ten decimals is that form without trailing zeros (no rounding to do), else it is
    rounded by ``plain_number``."""
    text = repr(value)
    _, point, decimals = text.partition(".")
    if not point or len(decimals) > 10 or not decimals.isdigit() or value == 0:
        return plain_number(value, 10)  # an exponent, many decimals, nan, inf or zero
    text = text.rstrip("0")
    return text[:-1] if text.endswith(".") else text


def to_csv(rows: list[ExportRow]) -> bytes:
    """The rows under a header of ``COLUMNS``; empty cells for None, true/false for booleans,
    numbers as plain decimals (``14854``, ``24.65051206``)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        # The csv module writes None as an empty cell, a string and an int as themselves.
        writer.writerow(
            [c if c is None or type(c) in _AS_IS else _csv_cell(c) for c in row.cells()]
        )
    return buffer.getvalue().encode("utf-8")


def to_json(rows: list[ExportRow]) -> bytes:
    """``{"columns": [...], "rows": [{column: value}, ...]}``, UTF-8, indented."""
    document = {
        "columns": list(COLUMNS),
        "rows": [dict(zip(COLUMNS, row.cells(), strict=True)) for row in rows],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_xlsx(rows: list[ExportRow]) -> bytes:
    """A workbook with one sheet, "Export", the header row frozen."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None, "a new workbook has a sheet"
    sheet.title = "Export"
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append(list(row.cells()))
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


WRITERS: dict[str, Callable[[list[ExportRow]], bytes]] = {
    "csv": to_csv,
    "xlsx": to_xlsx,
    "json": to_json,
}
"""The writer of each format of ``FORMATS``."""
