"""Values from a sheet: a CSV file (semicolon, comma or tab separated) or an Excel workbook.

The columns, by header, in English or Swedish and in any order: ``indicator`` (``indikator``),
``year`` (``år``), ``value`` (``värde``), and optionally ``gender`` (``kön``) and ``marker``
(``markering``). Other columns are ignored. Here alone a decimal comma is accepted (``12,5``),
as Swedish spreadsheet exports write it, and so are spaces between thousands (``14 854``).
Every problem is located as ``FILE:row:column`` (CSV) or ``FILE:sheet!cell`` (Excel), all of
them at once.
"""

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ambition.importing.plan import Imported, ImportPlan, plan_values
from ambition.importing.problems import ImportRefused, Problem, csv_reason
from ambition.messages.text import Text
from ambition.messages.text import text as message
from ambition.models.value import Marker
from ambition.repository import Repository

HEADERS = {
    "indicator": "indicator",
    "indikator": "indicator",
    "year": "year",
    "år": "year",
    "ar": "year",
    "value": "value",
    "värde": "value",
    "varde": "value",
    "gender": "gender",
    "kön": "gender",
    "kon": "gender",
    "marker": "marker",
    "markering": "marker",
}
"""Header (lower case, trimmed) → column."""
REQUIRED = ("indicator", "year", "value")
TOTALS = {"", "t", "total", "totalt", "alla"}
"""What the gender column may hold for the total (the indicator's ``values``)."""
GENDER_ROWS = {
    **dict.fromkeys(("k", "kvinnor", "kvinna", "women", "female"), ("kvinnor", "Kvinnor")),
    **dict.fromkeys(("m", "män", "man", "men", "male"), ("man", "Män")),
}
"""What the gender column may hold for women and men: the breakdown row and its title."""
PRELIMINARY = {"p", "prel", "prel.", "preliminär", "preliminärt", "preliminary"}
"""Markers read as "preliminary": the value is stored and listed as preliminary."""
MARKERS = {
    **dict.fromkeys(("statistik saknas", "saknas", "statistics_missing"), "statistics_missing"),
    **dict.fromkeys(("redovisas senare", "senare", "reported_later"), "reported_later"),
    **dict.fromkeys(("sekretess", "uppgift skyddas", "skyddad", "confidential"), "confidential"),
}
"""Markers of a year without a value (``models.value.Marker``), with the value cell empty."""

Cell = str | int | float | bool | None
Locate = Callable[[int, int], str]
"""(row, column), both 1-based → the location text of a cell."""

_SPACES = re.compile(r"[ \u00a0\u2009\u202f]")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d+)?|[.,]\d+)$")


class CellError(ValueError):
    """A cell that is not what its column holds; ``text`` says what was found and expected
    (``str(error)`` is its English form)."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.render("en"))
        self.text = reason


def shown(cell: Cell) -> Text | str:
    """A cell as a message shows what was found: an empty cell in words, TRUE and FALSE as
    Excel writes them in the language (SANT, FALSKT), a number with the language's decimal
    sign, text in quotes."""
    if cell is None:
        return message("import.sheet.cell.empty")
    if isinstance(cell, bool):
        return message("import.sheet.cell.true" if cell else "import.sheet.cell.false")
    if isinstance(cell, int | float):
        return message("words.label", sv=str(cell).replace(".", ","), en=str(cell))
    return f"'{cell}'"


def number(cell: Cell) -> float:
    """A cell as a number: an Excel number, or text with a decimal comma or point, spaces
    (also no-break and thin) between thousands, a minus sign (− or -). Raises CellError (a
    ValueError) with what was found and the expected form."""
    if isinstance(cell, bool) or cell is None:
        raise CellError(message("import.sheet.not-a-number", found=shown(cell)))
    if isinstance(cell, int | float):
        return float(cell)
    text = _SPACES.sub("", cell.strip()).replace("\u2212", "-")
    if not _NUMBER.match(text):
        raise CellError(message("import.sheet.not-a-number.text", found=cell))
    return float(text.replace(",", "."))


def year(cell: Cell) -> int:
    """A cell as a year 1900–2200 (Excel numbers 2022 and 2022.0 too); raises CellError (a
    ValueError)."""
    found = cell
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, str) and cell.strip().isdigit():
        cell = int(cell.strip())
    if isinstance(cell, int) and not isinstance(cell, bool) and 1900 <= cell <= 2200:
        return cell
    raise CellError(message("import.sheet.not-a-year", found=shown(found)))


def _text(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()


def read_rows(
    rows: Iterable[Sequence[Cell]], locate: Locate, indicators: set[str]
) -> list[Imported]:
    """The values of a sheet's ``rows`` (the first is the header), located with ``locate``.

    ``indicators`` are the repository's indicator ids. Raises ImportRefused with every problem:
    a missing or repeated column, an unknown indicator, a year or value that is not one, a
    gender other than T, K or M, an unknown marker, a marker beside a value.
    """
    iterator = iter(rows)
    header = next(iterator, None)
    if header is None:
        raise ImportRefused([Problem(locate(1, 1), message("import.sheet.empty"))])
    columns: dict[str, int] = {}
    problems: list[Problem] = []
    for index, name in enumerate(header):
        column = HEADERS.get(_text(name).lower())
        if column is None:
            continue
        if column in columns:
            problems.append(
                Problem(locate(1, index + 1), message("import.sheet.second-column", column=column))
            )
        columns.setdefault(column, index)
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        problems.append(
            Problem(
                locate(1, 1),
                message("import.sheet.no-column", columns=", ".join(missing)),
            )
        )
        raise ImportRefused(problems)
    found: list[Imported] = []
    for number_of_row, row in enumerate(iterator, start=2):
        cells = {c: (row[i] if i < len(row) else None) for c, i in columns.items()}
        if all(_text(cell) == "" for cell in row):
            continue
        item = _row(cells, number_of_row, columns, locate, indicators, problems)
        if item is not None:
            found.append(item)
    if problems:
        raise ImportRefused(problems)
    return found


def _row(
    cells: dict[str, Cell],
    row: int,
    columns: dict[str, int],
    locate: Locate,
    indicators: set[str],
    problems: list[Problem],
) -> Imported | None:
    def at(column: str) -> str:
        return locate(row, columns[column] + 1)

    before = len(problems)
    indicator = _text(cells["indicator"])
    if indicator not in indicators:
        problems.append(
            Problem(
                at("indicator"),
                message("import.sheet.unknown-indicator", indicator=indicator)
                if indicator
                else message("import.sheet.no-indicator"),
            )
        )
    try:
        measured = year(cells["year"])
    except CellError as error:
        problems.append(Problem(at("year"), error.text))
    marker = _text(cells.get("marker")).lower()
    value: float | None = None
    if marker in MARKERS:
        if _text(cells["value"]):
            problems.append(
                Problem(
                    at("value"),
                    message("import.sheet.value-and-marker", marker=str(cells["marker"])),
                )
            )
    else:
        if marker and marker not in PRELIMINARY:
            problems.append(
                Problem(
                    at("marker"),
                    message("import.sheet.unknown-marker", marker=str(cells["marker"])),
                )
            )
        try:
            value = number(cells["value"] if _text(cells["value"]) else None)
        except CellError as error:
            problems.append(Problem(at("value"), error.text))
    gender = _text(cells.get("gender")).lower()
    breakdown, title = GENDER_ROWS.get(gender, (None, None))
    if gender not in TOTALS and breakdown is None:
        problems.append(
            Problem(
                at("gender"),
                message("import.sheet.unknown-gender", gender=str(cells["gender"])),
            )
        )
    if len(problems) > before:
        return None
    return Imported(
        indicator,
        measured,
        value,
        locate(row, 1),
        marker in PRELIMINARY,
        Marker(MARKERS[marker]) if marker in MARKERS else None,
        breakdown,
        title,
    )


def read_csv(path: Path, indicators: set[str]) -> list[Imported]:
    """The values of the CSV file at ``path`` (UTF-8, with or without BOM; semicolon, comma or
    tab separated, as its header row shows). Raises ImportRefused (see ``read_rows``), also
    for a file that is not UTF-8, and OSError when it cannot be read."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused(
            [
                Problem(
                    f"{path}:1:1",
                    message("import.sheet.not-utf8", byte=error.start + 1),
                )
            ]
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        rows = list(reader)
    except csv.Error as error:
        reason = csv_reason(error)
        raise ImportRefused(
            [Problem(f"{path}:{reader.line_num}:1", message("import.sheet.not-csv", reason=reason))]
        ) from None
    return read_rows(rows, lambda row, column: f"{path}:{row}:{column}", indicators)


def read_xlsx(path: Path, indicators: set[str], sheet: str | None = None) -> list[Imported]:
    """The values of the Excel workbook at ``path``, from ``sheet`` (default: the first).
    Raises ImportRefused (see ``read_rows``), also for a file that is not a workbook or has
    no such sheet, and OSError when it cannot be read."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.exceptions import InvalidFileException

    path.stat()  # a missing or unreadable file is an OSError, as for a CSV file
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except zipfile.BadZipFile:
        raise ImportRefused([Problem(str(path), message("import.sheet.not-zip"))]) from None
    except (InvalidFileException, KeyError, ValueError) as error:
        raise ImportRefused(
            [Problem(str(path), message("import.sheet.not-xlsx", reason=str(error)))]
        ) from None
    try:
        names = workbook.sheetnames
        name = sheet or names[0]
        if name not in names:
            raise ImportRefused(
                [
                    Problem(
                        str(path),
                        message("import.sheet.no-sheet", name=name, names=", ".join(names)),
                    )
                ]
            )
        rows = [tuple(row) for row in workbook[name].iter_rows(values_only=True)]
    finally:
        workbook.close()

    def locate(row: int, column: int) -> str:
        return f"{path}:{name}!{get_column_letter(column)}{row}"

    return read_rows(rows, locate, indicators)  # type: ignore[arg-type]


def import_sheet(
    repository: Repository, path: Path, kind: str, sheet: str | None = None
) -> ImportPlan:
    """The plan of ``ambition import csv|xlsx FILE``: ``kind`` is "csv" or "xlsx"; ``sheet``
    names the Excel sheet. Raises ImportRefused with every problem (see ``read_rows`` and
    ``plan_values``), OSError when the file cannot be read."""
    ids = set(repository.indicators)
    imported = read_csv(path, ids) if kind == "csv" else read_xlsx(path, ids, sheet)
    return plan_values(repository, imported)
