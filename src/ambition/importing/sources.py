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

from ambition.importing.kolada import TOTAL, Observation
from ambition.importing.problems import ImportRefused, Problem, csv_reason
from ambition.importing.reference_plan import ReferencePlan, plan_references
from ambition.messages.reasons import os_reason
from ambition.messages.text import text
from ambition.repository import Repository

COLUMNS = ("measure_id", "municipality_code", "year", "value")
"""The columns a sources file must have (``source`` is read when there)."""


def _rows(path: Path, problems: list[Problem]) -> list[list[str]]:
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = text("import.sheet.not-utf8", byte=error.start + 1)
        problems.append(Problem(f"{path}:1:1", message))
        return []
    except OSError as error:
        problems.append(Problem(str(path), text("import.unreadable", reason=os_reason(error))))
        return []
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    try:
        return list(reader)
    except csv.Error as error:
        reason = csv_reason(error)
        problems.append(
            Problem(f"{path}:{reader.line_num}:1", text("import.sheet.not-csv", reason=reason))
        )
        return []


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
        header = [name.strip().lower() for name in rows[0]]
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            problems.append(
                Problem(
                    f"{path}:1:1",
                    text(
                        "import.sources.no-column", columns=", ".join(missing), count=len(missing)
                    ),
                )
            )
            continue
        at = {c: header.index(c) for c in (*COLUMNS, "source") if c in header}
        for number, row in enumerate(rows[1:], start=2):
            if not any(cell.strip() for cell in row):
                continue
            cells = {c: (row[i].strip() if i < len(row) else "") for c, i in at.items()}
            where = f"{path}:{number}"
            year, value = cells["year"], cells["value"]
            if not (year.isdigit() and len(year) == 4):
                column = at["year"] + 1
                problems.append(
                    Problem(f"{where}:{column}", text("import.sources.not-a-year", found=year))
                )
                continue
            try:
                number_value = float(value)
                if not math.isfinite(number_value):
                    raise ValueError
            except ValueError:
                column = at["value"] + 1
                problems.append(
                    Problem(f"{where}:{column}", text("import.sources.not-a-number", found=value))
                )
                continue
            kpi, code = cells["measure_id"], cells["municipality_code"]
            found.append(Observation(kpi, code, int(year), TOTAL, number_value, "", False, where))
            if cells.get("source"):
                sources.setdefault((kpi, code), cells["source"])
    if problems:
        raise ImportRefused(problems)
    return found, sources


def import_sources(repository: Repository, folder: Path | None = None) -> ReferencePlan:
    """The plan of ``ambition import sources [DIR]``: the named references' series from the
    sources files in ``folder`` (default ``data/sources/`` of the repository). Raises
    ImportRefused with every problem (``read_sources``, ``plan_references``)."""
    where = folder or repository.root / "data" / "sources"
    observations, sources = read_sources(where, repository.root)
    return plan_references(repository, observations, sources=sources)
