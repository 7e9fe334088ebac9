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
import zipfile
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path

from ambition.importing.cells import Cell, CellError, Formula, Percent, number, year
from ambition.importing.plan import Imported, ImportPlan, plan_values
from ambition.importing.problems import ImportRefused, Problem, csv_reason, csv_text
from ambition.loading.names import nearest
from ambition.messages.text import Text, listing
from ambition.messages.text import text as message
from ambition.models import Indicator
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
SPELLED = ("indikator", "indicator", "år", "year", "värde", "value", "kön", "gender", "markering")
"""The headers as they are spelt (not 'ar', 'varde'), for "menade du 'värde'?"."""
REQUIRED = ("indicator", "year", "value")
NEAR = 0.6
"""How near (difflib's ratio) an unknown id must be to an indicator's to be offered as the fix:
'ohalsotalet' (0.9) and 'folkmängd' (0.89) are, 'okand' beside 'folkmangd' (0.57) is not."""
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

Locate = Callable[[int, int], str]
"""(row, column), both 1-based → the location text of a cell."""
Known = Collection[str] | Mapping[str, Indicator]
"""The repository's indicator ids, or its indicators by id (their units and titles then help
the fixes: '67 %' in an indicator in percent, a title written for the id)."""


def _text(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()


def read_rows(rows: Iterable[Sequence[Cell]], locate: Locate, indicators: Known) -> list[Imported]:
    """The values of a sheet's ``rows`` (the first that is not empty is the header), located
    with ``locate``.

    ``indicators`` are the repository's indicator ids, or its indicators by id. Raises
    ImportRefused with every problem: an empty sheet, a missing or repeated column, an unknown
    indicator (with the nearest id), a year or value that is not one (with the one to write
    when the cell holds it without doubt), a gender other than T, K or M, an unknown marker, a
    marker beside a value.
    """
    numbered = [(n, row) for n, row in enumerate(rows, start=1) if any(map(_text, row))]
    if not numbered:
        raise ImportRefused([Problem(locate(1, 1), message("import.sheet.empty"))])
    columns, problems = _header(numbered, locate)
    if problems:
        raise ImportRefused(problems)
    found: list[Imported] = []
    for number_of_row, row in numbered[1:]:
        cells = {c: (row[i] if i < len(row) else None) for c, i in columns.items()}
        item = _row(cells, number_of_row, columns, locate, indicators, problems)
        if item is not None:
            found.append(item)
    if problems:
        raise ImportRefused(problems)
    return found


def _header(
    numbered: list[tuple[int, Sequence[Cell]]], locate: Locate
) -> tuple[dict[str, int], list[Problem]]:
    """The columns of the header (the first row of ``numbered``) by name, and its problems."""
    at, header = numbered[0]
    columns: dict[str, int] = {}
    problems: list[Problem] = []
    for index, name in enumerate(header):
        column = HEADERS.get(_text(name).lower())
        if column is None:
            continue
        if column in columns:
            problems.append(
                Problem(
                    locate(at, index + 1),
                    message(
                        "import.sheet.second-column", column=message(f"import.column.{column}")
                    ),
                )
            )
        columns.setdefault(column, index)
    missing = [c for c in REQUIRED if c not in columns]
    if not missing:
        return columns, problems
    below = next(
        (
            n
            for n, row in numbered[1:10]
            if set(REQUIRED) <= {HEADERS.get(_text(c).lower()) for c in row}
        ),
        None,
    )
    if below is not None:
        reason = message("import.sheet.header-below", row=below, above=below - 1)
        return columns, [*problems, Problem(locate(below, 1), reason)]
    words = [message(f"import.column.{c}") for c in missing]
    names = [message(f"import.header.{c}") for c in missing]
    unknown = [
        (i, _text(c)) for i, c in enumerate(header) if _text(c) and _text(c).lower() not in HEADERS
    ]
    near = [
        message("import.sheet.header-near", header=name, hint=hint)
        for _, name in unknown
        if (hint := nearest(name.lower(), [h for h in SPELLED if HEADERS[h] in missing]))
    ]
    years = [name for _, name in unknown if name.isdigit() and len(name) == 4]
    wide = message("import.sheet.wide", years=listing(years)) if "year" in missing and years else ""
    reason = message(
        "import.sheet.no-column",
        columns=listing(words),
        headers=listing(names),
        count=len(missing),
        near=tuple(near),
        wide=wide,
    )
    return columns, [*problems, Problem(locate(at, 1), reason)]


def _indicator_problem(indicator: str, indicators: Known) -> Text:
    """What is wrong with ``indicator`` (no such id), with the nearest id or the id whose
    title it is as the fix."""
    if not indicator:
        return message("import.sheet.no-indicator")
    if isinstance(indicators, Mapping):
        titled = [
            i for i, found in indicators.items() if found.title.casefold() == indicator.casefold()
        ]
        if titled:
            return message("import.sheet.title-for-id", indicator=indicator, id=titled[0])
    hint = nearest(indicator, indicators, cutoff=NEAR)
    if hint is None:
        return message("import.sheet.unknown-indicator", indicator=indicator)
    return message("import.sheet.unknown-indicator.near", indicator=indicator, hint=hint)


def _row(
    cells: dict[str, Cell],
    row: int,
    columns: dict[str, int],
    locate: Locate,
    indicators: Known,
    problems: list[Problem],
) -> Imported | None:
    def at(column: str) -> str:
        return locate(row, columns[column] + 1)

    before = len(problems)
    indicator = _text(cells["indicator"])
    if indicator not in indicators:
        problems.append(Problem(at("indicator"), _indicator_problem(indicator, indicators)))
    unit = (
        indicators[indicator].unit
        if isinstance(indicators, Mapping) and indicator in indicators
        else None
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
            value = number(cells["value"] if _text(cells["value"]) else None, unit)
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


def read_csv(path: Path, indicators: Known) -> list[Imported]:
    """The values of the CSV file at ``path`` (UTF-8, with or without BOM; semicolon, comma or
    tab separated, as its header row shows). Raises ImportRefused (see ``read_rows``), also
    for a file that is empty, not UTF-8, or an Excel workbook, and OSError when it cannot be
    read."""
    raw = path.read_bytes()
    if raw.startswith(b"PK\x03\x04"):
        raise ImportRefused([Problem(str(path), message("import.csv.is-xlsx", name=path.name))])
    content = csv_text(raw, str(path))
    if not content.strip():
        raise ImportRefused([Problem(f"{path}:1:1", message("import.csv.empty"))])
    first = next(line for line in content.splitlines() if line.strip())
    delimiter = max(";,\t", key=first.count)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter, strict=True)
    try:
        rows = list(reader)
    except csv.Error as error:
        reason = csv_reason(error)
        raise ImportRefused(
            [Problem(f"{path}:{reader.line_num}:1", message("import.sheet.not-csv", reason=reason))]
        ) from None
    return read_rows(rows, lambda row, column: f"{path}:{row}:{column}", indicators)


def _not_a_workbook(path: Path, error: Exception) -> Text:
    """Why openpyxl cannot open ``path``, by its extension: a CSV file, an old .xls file, an
    OpenDocument sheet, or a workbook that is damaged."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return message("import.xlsx.is-csv", name=path.name)
    if suffix in (".xls", ".ods", ".numbers"):
        return message("import.xlsx.other-format", suffix=suffix)
    return message("import.sheet.not-xlsx", reason=str(error))


def _cell(cell: object) -> Cell:
    """A cell of a workbook read as ``read_rows`` takes it: a number formatted as percent
    as ``Percent``."""
    value = getattr(cell, "value", None)
    percent = "%" in str(getattr(cell, "number_format", "") or "")
    if percent and isinstance(value, int | float) and not isinstance(value, bool):
        return Percent(value)
    return value


def _formulas(path: Path, name: str, rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """``rows`` with each empty cell that holds a formula without a saved result (a workbook
    written by a program that does not calculate) as its ``Formula``."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        written = list(workbook[name].iter_rows(values_only=True))
    finally:
        workbook.close()
    return [
        tuple(
            Formula(f) if c is None and isinstance(f, str) and f.startswith("=") else c
            for c, f in zip(row, (*formulas, *[None] * len(row)), strict=False)
        )
        for row, formulas in zip(rows, written, strict=False)
    ]


def read_xlsx(path: Path, indicators: Known, sheet: str | None = None) -> list[Imported]:
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
        if path.suffix.lower() in (".csv", ".txt", ".xls", ".ods"):
            reason = _not_a_workbook(path, ValueError())
        else:
            reason = message("import.sheet.not-zip")
        raise ImportRefused([Problem(str(path), reason)]) from None
    except (InvalidFileException, KeyError, ValueError) as error:
        raise ImportRefused([Problem(str(path), _not_a_workbook(path, error))]) from None
    try:
        names = workbook.sheetnames
        name = sheet or names[0]
        if name not in names:
            shown = listing([f"'{n}'" for n in names])
            raise ImportRefused(
                [Problem(str(path), message("import.sheet.no-sheet", name=name, names=shown))]
            )
        rows = [tuple(map(_cell, row)) for row in workbook[name].iter_rows()]
    finally:
        workbook.close()
    if any(cell is None for row in rows for cell in row):
        rows = _formulas(path, name, rows)

    def locate(row: int, column: int) -> str:
        return f"{path}:{name}!{get_column_letter(column)}{row}"

    return read_rows(rows, locate, indicators)


def import_sheet(
    repository: Repository, path: Path, kind: str, sheet: str | None = None
) -> ImportPlan:
    """The plan of ``ambition import csv|xlsx FILE``: ``kind`` is "csv" or "xlsx"; ``sheet``
    names the Excel sheet. Raises ImportRefused with every problem (see ``read_rows`` and
    ``plan_values``), OSError when the file cannot be read."""
    known = repository.indicators
    imported = read_csv(path, known) if kind == "csv" else read_xlsx(path, known, sheet)
    return plan_values(repository, imported)
