"""What an import changes, proved before anything is written, and written all or nothing.

``plan_values`` compares the imported values (numbers, preliminary values, markers; of the total
or of a breakdown row) with the repository's, edits the text of each indicator file that
changes (``values.set_values``, ``breakdowns.set_breakdown_values``), and proves the new text: it is parsed and
validated as ``ambition validate`` would (the file alone, then the whole repository in a
temporary copy), and its values are exactly the old ones with the imported ones set. Only then
can ``apply`` write, each file atomically; if one write fails, the files already written get
their old bytes back.
"""

import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from ambition import layout
from ambition.diagnostics import Diagnostic, Severity
from ambition.importing.breakdowns import set_breakdown_values
from ambition.importing.problems import ImportRefused, Problem
from ambition.importing.values import entry_text, number_text, set_values
from ambition.loading.file import load_file
from ambition.messages.text import Text, text
from ambition.models import Indicator
from ambition.models.value import Marker, ValueEntry, entry_value, is_preliminary
from ambition.repository import Repository
from ambition.validation.validate import validate
from ambition.yaml.edit import write_atomic


@dataclass(frozen=True)
class Imported:
    """A value to store: the indicator's id, the year, the value in the indicator's unit (None
    with a marker), where it was read (a request, a saved file, a sheet's row), whether it is
    preliminary, the marker of a year without a value, and the breakdown row it belongs to
    (None for the total; ``title`` names a row the file does not have yet)."""

    indicator: str
    year: int
    value: float | None
    where: str
    preliminary: bool = False
    marker: Marker | None = None
    breakdown: str | None = None
    title: str | None = None

    @property
    def entry(self) -> float | ValueEntry:
        """The entry as the file stores it: a number, a preliminary value or a marker."""
        if self.value is None:
            return ValueEntry(marker=self.marker or Marker.STATISTICS_MISSING)
        if self.preliminary:
            return ValueEntry(value=self.value, preliminary=True)
        return self.value


@dataclass(frozen=True)
class ValueChange:
    """A value an import writes: ``old`` is None for a new year, else the entry it corrects;
    ``new`` the entry written; ``breakdown`` the row (None for the total)."""

    indicator: str
    relpath: str
    year: int
    old: float | ValueEntry | None
    new: float | ValueEntry
    preliminary: bool
    breakdown: str | None = None

    @property
    def correction(self) -> bool:
        """True when the year already had a (different) value."""
        return self.old is not None


@dataclass(frozen=True)
class ImportPlan:
    """What an import writes: the values by change (new years, then corrections, per file),
    the values still preliminary (written or already stored), notes on what was not imported,
    and the new bytes of each file that changes, by repository-relative path."""

    changes: tuple[ValueChange, ...]
    preliminary: tuple[Imported, ...]
    notes: tuple[Text, ...]
    files: Mapping[str, bytes]

    @property
    def new_values(self) -> list[ValueChange]:
        """The values of years that had none."""
        return [c for c in self.changes if not c.correction]

    @property
    def corrections(self) -> list[ValueChange]:
        """The values that replace a different stored one."""
        return [c for c in self.changes if c.correction]


Key = tuple[str, str, int]
"""(indicator id, breakdown id or '' for the total, year)."""


def _conflicts(imported: list[Imported]) -> tuple[dict[Key, Imported], list[Problem]]:
    chosen: dict[Key, Imported] = {}
    problems = []
    for item in imported:
        key = (item.indicator, item.breakdown or "", item.year)
        earlier = chosen.get(key)
        if earlier is not None and entry_text(earlier.entry) != entry_text(item.entry):
            row = f" ({item.breakdown})" if item.breakdown else ""
            problems.append(
                Problem(
                    item.where,
                    text(
                        "import.conflict",
                        what=f"{item.indicator}{row} {item.year}",
                        here=entry_text(item.entry),
                        there=entry_text(earlier.entry),
                        where=earlier.where,
                    ),
                )
            )
        chosen.setdefault(key, item)
    return chosen, problems


def _stored(indicator: Indicator, breakdown: str) -> Mapping[int, float | ValueEntry]:
    """The entries stored for the total ('') or a breakdown row (none for a new row)."""
    if not breakdown:
        return indicator.values
    row = indicator.breakdowns.get(breakdown)
    return row.values if row is not None else {}


def _edited(raw: bytes, relpath: str, changes: list[ValueChange], titles: dict[str, str]) -> bytes:
    """``raw`` with the ``changes`` of one file written: the total's, then each row's."""
    data = set_values(raw, {c.year: c.new for c in changes if c.breakdown is None}, relpath)
    for row in sorted({c.breakdown for c in changes if c.breakdown is not None}):
        mine = {c.year: c.new for c in changes if c.breakdown == row}
        data = set_breakdown_values(data, row, titles.get(row, row), mine, relpath)
    return data


def plan_values(
    repository: Repository, imported: list[Imported], notes: tuple[Text, ...] = ()
) -> ImportPlan:
    """The plan that stores ``imported`` in ``repository``'s indicator files.

    Raises ImportRefused with every problem: an unknown indicator, two different values for
    one year, a file whose ``values:`` cannot be edited safely, or new text that ``validate``
    would reject (with the diagnostics). Values equal to the stored ones change nothing.
    """
    chosen, problems = _conflicts(imported)
    for key, item in chosen.items():
        if key[0] not in repository.indicators:
            problems.append(Problem(item.where, text("import.unknown-indicator", indicator=key[0])))
    if problems:
        raise ImportRefused(problems)
    changes: list[ValueChange] = []
    titles = {i.breakdown: i.title for i in chosen.values() if i.breakdown and i.title}
    kept: list[Text] = []
    for (indicator_id, breakdown, year), item in sorted(chosen.items()):
        old = _stored(repository.indicators[indicator_id], breakdown).get(year)
        stored = entry_value(old)
        if old is not None and stored is not None and item.value is None:
            row = f" ({breakdown})" if breakdown else ""
            kept.append(
                text(
                    "import.kept.item",
                    what=f"{indicator_id}{row} {year}",
                    old=entry_text(old),
                    new=entry_text(item.entry),
                )
            )
            continue
        if (
            old is not None
            and stored is not None
            and item.preliminary
            and not is_preliminary(old)
            and number_text(stored) == number_text(item.value or 0.0)
        ):
            continue  # a final value is not made preliminary again by an older publication
        if old is None or entry_text(old) != entry_text(item.entry):
            relpath = layout.INDICATOR.path(indicator_id)
            changes.append(
                ValueChange(
                    indicator_id,
                    relpath,
                    year,
                    old,
                    item.entry,
                    item.preliminary,
                    breakdown or None,
                )
            )
    files: dict[str, bytes] = {}
    for relpath in sorted({c.relpath for c in changes}):
        mine = [c for c in changes if c.relpath == relpath]
        try:
            files[relpath] = _edited(
                (repository.root / relpath).read_bytes(), relpath, mine, titles
            )
        except ImportRefused as refused:
            problems.extend(refused.problems)
    problems.extend(_proved(repository, changes, files))
    if problems:
        raise ImportRefused(problems)
    preliminary = tuple(item for _, item in sorted(chosen.items()) if item.preliminary)
    if kept:
        notes += (text("import.kept", items=tuple(kept)),)
    return ImportPlan(tuple(changes), preliminary, notes, MappingProxyType(files))


def as_problem(found: Diagnostic) -> Problem:
    """A diagnostic ``validate`` would give the imported text, as a problem of the import in
    the same words: 'CODE: message (hint); nothing was written'."""
    hint = text("import.proof.hint", hint=found.hint) if found.hint else ""
    return Problem(
        found.location,
        text("import.proof.invalid", code=found.code, message=found.message, hint=hint),
    )


def _proved(
    repository: Repository, changes: list[ValueChange], files: Mapping[str, bytes]
) -> list[Problem]:
    problems: list[Problem] = []
    for relpath, data in files.items():
        result = load_file(data, relpath, layout.INDICATOR)
        errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
        problems.extend(as_problem(d) for d in errors)
        if errors:
            continue
        assert isinstance(result.model, Indicator)
        before = repository.indicators[result.model.id]
        rows = {"", *before.breakdowns, *(c.breakdown for c in changes if c.breakdown)}
        expected = {row: dict(_stored(before, row)) for row in rows}
        for change in changes:
            if change.relpath == relpath:
                expected[change.breakdown or ""][change.year] = change.new
        got = {row: _stored(result.model, row) for row in rows}
        if any(
            {y: entry_text(v) for y, v in got[row].items()}
            != {y: entry_text(v) for y, v in expected[row].items()}
            for row in rows
        ):
            problems.append(Problem(relpath, text("import.proof.values")))
    if problems or not files:
        return problems
    return staged_errors(repository, files)


def staged_errors(repository: Repository, files: Mapping[str, bytes]) -> list[Problem]:
    """The errors ``validate`` finds in a temporary copy of ``repository`` with ``files`` (new
    bytes by relative path) in place, each as a problem ending "nothing was written"."""
    with tempfile.TemporaryDirectory(prefix="ambition-import-") as folder:
        staged = Path(folder)
        shutil.copy2(repository.root / layout.PROJECT_FILE, staged / layout.PROJECT_FILE)
        shutil.copytree(repository.root / layout.DATA_DIR, staged / layout.DATA_DIR)
        for relpath, data in files.items():
            (staged / relpath).write_bytes(data)
        found = validate(staged).diagnostics
    return [as_problem(d) for d in found if d.severity is Severity.ERROR]


def apply(root: Path, plan: ImportPlan) -> None:
    """Write the plan's files under ``root``, each atomically, all or nothing: when one write
    fails, the files written before it get their old bytes back and the OSError is raised."""
    originals = {relpath: (root / relpath).read_bytes() for relpath in plan.files}
    written: list[str] = []
    try:
        for relpath, data in plan.files.items():
            write_atomic(root / relpath, data)
            written.append(relpath)
    except OSError:
        for relpath in written:
            write_atomic(root / relpath, originals[relpath])
        raise
