"""What an import changes, proved before anything is written, and written all or nothing.

``plan_values`` compares the imported values with the repository's, edits the text of each
indicator file that changes (``values.set_values``), and proves the new text: it is parsed and
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
from ambition.importing.problems import ImportRefused, Problem
from ambition.importing.values import number_text, set_values
from ambition.loading.file import load_file
from ambition.models import Indicator
from ambition.repository import Repository
from ambition.validation.validate import validate
from ambition.yaml.edit import write_atomic


@dataclass(frozen=True)
class Imported:
    """A value to store: the indicator's id, the year, the value in the indicator's unit, where
    it was read (a request, a saved file, a sheet's row) and whether it is preliminary."""

    indicator: str
    year: int
    value: float
    where: str
    preliminary: bool = False


@dataclass(frozen=True)
class ValueChange:
    """A value an import writes: ``old`` is None for a new year, else the value it corrects."""

    indicator: str
    relpath: str
    year: int
    old: float | None
    new: float
    preliminary: bool

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
    notes: tuple[str, ...]
    files: Mapping[str, bytes]

    @property
    def new_values(self) -> list[ValueChange]:
        """The values of years that had none."""
        return [c for c in self.changes if not c.correction]

    @property
    def corrections(self) -> list[ValueChange]:
        """The values that replace a different stored one."""
        return [c for c in self.changes if c.correction]


def _same(old: float, new: float) -> bool:
    return number_text(old) == number_text(new)


def _conflicts(imported: list[Imported]) -> tuple[dict[tuple[str, int], Imported], list[Problem]]:
    chosen: dict[tuple[str, int], Imported] = {}
    problems = []
    for item in imported:
        key = (item.indicator, item.year)
        earlier = chosen.get(key)
        if earlier is not None and not _same(earlier.value, item.value):
            problems.append(
                Problem(
                    item.where,
                    f"{item.indicator} {item.year}: {number_text(item.value)} here, but "
                    f"{number_text(earlier.value)} in {earlier.where}; keep one of them",
                )
            )
        chosen.setdefault(key, item)
    return chosen, problems


def plan_values(
    repository: Repository, imported: list[Imported], notes: tuple[str, ...] = ()
) -> ImportPlan:
    """The plan that stores ``imported`` in ``repository``'s indicator files.

    Raises ImportRefused with every problem: an unknown indicator, two different values for
    one year, a file whose ``values:`` cannot be edited safely, or new text that ``validate``
    would reject (with the diagnostics). Values equal to the stored ones change nothing.
    """
    chosen, problems = _conflicts(imported)
    for indicator_id, _ in chosen:
        if indicator_id not in repository.indicators:
            item = chosen[(indicator_id, _)]
            problems.append(
                Problem(item.where, f"no indicator '{indicator_id}' in data/indicators/")
            )
    if problems:
        raise ImportRefused(problems)
    changes: list[ValueChange] = []
    for (indicator_id, year), item in sorted(chosen.items()):
        indicator = repository.indicators[indicator_id]
        old = indicator.values.get(year)
        if old is None or not _same(old, item.value):
            relpath = layout.INDICATOR.path(indicator_id)
            changes.append(
                ValueChange(indicator_id, relpath, year, old, item.value, item.preliminary)
            )
    files: dict[str, bytes] = {}
    for relpath in sorted({c.relpath for c in changes}):
        mine = {c.year: c.new for c in changes if c.relpath == relpath}
        try:
            files[relpath] = set_values((repository.root / relpath).read_bytes(), mine, relpath)
        except ImportRefused as refused:
            problems.extend(refused.problems)
    problems.extend(_proved(repository, changes, files))
    if problems:
        raise ImportRefused(problems)
    preliminary = tuple(item for _, item in sorted(chosen.items()) if item.preliminary)
    return ImportPlan(tuple(changes), preliminary, notes, MappingProxyType(files))


def _as_problem(found: Diagnostic) -> Problem:
    hint = f" ({found.hint})" if found.hint else ""
    return Problem(found.location, f"{found.code}: {found.message}{hint}; nothing was written")


def _proved(
    repository: Repository, changes: list[ValueChange], files: Mapping[str, bytes]
) -> list[Problem]:
    problems: list[Problem] = []
    for relpath, data in files.items():
        result = load_file(data, relpath, layout.INDICATOR)
        errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
        problems.extend(_as_problem(d) for d in errors)
        if errors:
            continue
        assert isinstance(result.model, Indicator)
        expected = dict(repository.indicators[result.model.id].values)
        expected.update({c.year: c.new for c in changes if c.relpath == relpath})
        got = {y: number_text(v) for y, v in result.model.values.items()}
        if got != {y: number_text(v) for y, v in expected.items()}:
            problems.append(
                Problem(
                    relpath,
                    "the edited 'values:' would not read back as intended; "
                    "nothing was written (write the block one 'YEAR: NUMBER' per line)",
                )
            )
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
    return [_as_problem(d) for d in found if d.severity is Severity.ERROR]


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
