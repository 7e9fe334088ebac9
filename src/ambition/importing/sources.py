"""The file mode of the reference import: the long CSV files kept in ``data/sources/``.

Each file has the header ``measure_id, measure_title, unit, municipality_code, municipality,
year, value, source`` (``data/sources/README.md``), one value per row, numbers with a decimal
point; other columns are ignored. A row is read as Kolada's answer would give it (the total, as
the files hold no split by sex), so the reference series come in by the same code as from the
API (``reference_plan.plan_references``): the rows of the named references' codes for the KPIs
the indicators name. Every problem is located as ``FILE:row:column``, all at once.
"""

import csv
import io
import math
from pathlib import Path

from ambition.importing.cells import CellError, number
from ambition.importing.kolada import TOTAL, Observation
from ambition.importing.problems import (
    ImportRefused,
    Problem,
    csv_reason,
    csv_text,
)
from ambition.importing.reference_plan import ReferencePlan, plan_references
from ambition.importing.values import number_text
from ambition.messages.reasons import os_reason
from ambition.messages.text import Text, listing, text
from ambition.repository import Repository

COLUMNS = ("measure_id", "municipality_code", "year", "value")
"""The columns a sources file must have (``source`` is read when there)."""


def _rows(path: Path, problems: list[Problem]) -> list[tuple[int, list[str]]]:
    """The rows of the file at ``path``, each with the line it starts on (a quoted cell may
    hold a line break); no rows, and the problem added, when the file cannot be read."""
    try:
        content = csv_text(path.read_bytes(), str(path))
    except ImportRefused as refused:
        problems.extend(refused.problems)
        return []
    except OSError as error:
        problems.append(Problem(str(path), text("import.unreadable", reason=os_reason(error))))
        return []
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        line = 1
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as error:
        reason = csv_reason(error)
        problems.append(
            Problem(f"{path}:{reader.line_num}:1", text("import.sheet.not-csv", reason=reason))
        )
        return []
    return rows


def read_sources(
    folder: Path, root: Path | None = None
) -> tuple[list[Observation], dict[tuple[str, str], str]]:
    """The rows of every ``*.csv`` in ``folder`` as observations, and the ``source`` text by
    (measure id, municipality code); files under ``root`` are named relative to it. Raises
    ImportRefused with every problem: no such folder, no CSV files, a missing column, a year
    or value that is not one."""
    if not folder.is_dir():
        raise ImportRefused([Problem(str(folder), text("import.no-folder.sources"))])
    paths = sorted(folder.glob("*.csv"))
    if not paths:
        raise ImportRefused([Problem(str(folder), text("import.no-files.sources"))])
    problems: list[Problem] = []
    found: list[Observation] = []
    sources: dict[tuple[str, str], str] = {}
    for path in paths:
        if root is not None and path.is_relative_to(root):
            path = path.relative_to(root)
        rows = _rows(root / path if root is not None else path, problems)
        if not rows:
            continue
        header = [name.strip().lower() for name in rows[0][1]]
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            problems.append(
                Problem(
                    f"{path}:{rows[0][0]}:1",
                    text(
                        "import.sources.no-column",
                        columns=listing([f"'{c}'" for c in missing]),
                        count=len(missing),
                    ),
                )
            )
            continue
        at = {c: header.index(c) for c in (*COLUMNS, "source") if c in header}
        for line, row in rows[1:]:
            found.extend(_observation(row, f"{path}:{line}", header, at, problems, sources))
    if problems:
        raise ImportRefused(problems)
    return found, sources


def _observation(
    row: list[str],
    where: str,
    header: list[str],
    at: dict[str, int],
    problems: list[Problem],
    sources: dict[tuple[str, str], str],
) -> list[Observation]:
    """The observation of one ``row`` (none for an empty row), its problems added to
    ``problems`` and its source text to ``sources``; ``where`` is ``FILE:line``."""
    if not any(cell.strip() for cell in row):
        return []
    filled = len(row)
    while filled > len(header) and not row[filled - 1].strip():
        filled -= 1  # empty cells after the last column (a trailing comma) change nothing
    if filled != len(header):
        problems.append(
            Problem(
                f"{where}:1",
                text(
                    "import.sources.columns",
                    count=filled,
                    header=len(header),
                    names=", ".join(header),
                ),
            )
        )
        return []
    cells = {c: row[i].strip() for c, i in at.items()}
    before = len(problems)
    for column in ("measure_id", "municipality_code"):
        if not cells[column]:
            problems.append(
                Problem(f"{where}:{at[column] + 1}", text(f"import.sources.no-{column}"))
            )
    year, value = cells["year"], cells["value"]
    if not (year.isdigit() and len(year) == 4):
        found = f"'{year}'" if year else text("import.sheet.cell.empty")
        problems.append(
            Problem(f"{where}:{at['year'] + 1}", text("import.sources.not-a-year", found=found))
        )
    try:
        number_value = float(value)
        if not math.isfinite(number_value):
            raise ValueError
    except ValueError:
        found = f"'{value}'" if value else text("import.sheet.cell.empty")
        reason = text("import.sources.not-a-number", found=found, fix=_fix(value))
        problems.append(Problem(f"{where}:{at['value'] + 1}", reason))
    if len(problems) > before:
        return []
    kpi, code = cells["measure_id"], cells["municipality_code"]
    if cells.get("source"):
        sources.setdefault((kpi, code), cells["source"])
    return [Observation(kpi, code, int(year), TOTAL, number_value, "", False, where)]


def _fix(value: str) -> Text:
    """How to write ``value``, which is no number with a decimal point: the number, when a
    sheet would read it so without doubt ('25,9'), else written or the row removed."""
    try:
        return text("import.sheet.fix.write", number=number_text(number(value)))
    except CellError:
        return text("import.sources.fix.value")


def import_sources(repository: Repository, folder: Path | None = None) -> ReferencePlan:
    """The plan of ``ambition import sources [DIR]``: the named references' series from the
    sources files in ``folder`` (default ``data/sources/`` of the repository). Raises
    ImportRefused with every problem (``read_sources``, ``plan_references``)."""
    where = folder or repository.root / "data" / "sources"
    observations, sources = read_sources(where, repository.root)
    return plan_references(repository, observations, sources=sources)
