"""What a reference import changes: the named references' series into the indicator files.

The references are named in ``ambition.yaml`` (``references:``, ``models/project.py``). From
observations (Kolada's answers, saved answers, or the long CSV files of ``data/sources/``) the
plan takes, for every indicator whose ``source.kolada_kpi`` is the observation's KPI, the total
(gender T) of each reference in each year **the indicator itself has a value for**, so the
comparison is year for year and the files stay short. A group of named references is written
as its members; a Kolada group as one series per member (``<group>-<code>``) and the group
with those members. The new text of each file (``references.set_references``) is proved as an
import of values is: read back, its series exactly the old ones with the imported ones set,
and the whole repository validated in a temporary copy. Nothing is written until ``apply``.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ambition import layout
from ambition.diagnostics import Severity
from ambition.importing.kolada import TOTAL, Observation
from ambition.importing.plan import as_problem, staged_errors
from ambition.importing.problems import ImportRefused, Problem
from ambition.importing.references import SeriesEdit, set_references
from ambition.importing.run import kolada_indicators
from ambition.importing.values import number_text
from ambition.loading.file import load_file
from ambition.messages.text import Text, text
from ambition.models import Indicator
from ambition.models.project import NamedReference, ReferenceKind
from ambition.repository import Repository


@dataclass(frozen=True)
class Member:
    """A member of a Kolada group: its municipality code and name (Kolada's ``title``)."""

    code: str
    title: str


@dataclass(frozen=True)
class ReferenceChange:
    """A reference value an import writes: ``old`` is None for a new year."""

    indicator: str
    relpath: str
    reference: str
    year: int
    old: float | None
    new: float


@dataclass(frozen=True)
class ReferencePlan:
    """What a reference import writes: the changed values, notes on what was not found, and
    the new bytes of every file to write (those of ``base`` included), by relative path."""

    changes: tuple[ReferenceChange, ...]
    notes: tuple[Text, ...]
    files: Mapping[str, bytes] = field(default_factory=dict)


def reference_codes(repository: Repository) -> dict[str, str]:
    """The named references with a Kolada municipality id (not groups): code → reference id."""
    return {
        ref.kolada: ref_id
        for ref_id, ref in repository.project.references.items()
        if ref.kolada is not None and ref.kind is not ReferenceKind.GROUP
    }


def kolada_groups(repository: Repository) -> dict[str, str]:
    """The named references that are Kolada groups: reference id → group id (``G…``)."""
    return {
        ref_id: ref.kolada
        for ref_id, ref in repository.project.references.items()
        if ref.kind is ReferenceKind.GROUP and ref.kolada is not None
    }


def _edits(
    indicator: Indicator,
    references: Mapping[str, NamedReference],
    found: Mapping[str, dict[int, float]],
    source: Mapping[str, str],
    members: Mapping[str, list[Member]],
) -> list[SeriesEdit]:
    """The series to set in ``indicator``: ``found`` maps a series id to its values and
    ``source`` to its source text."""
    edits = []
    for ref_id, ref in references.items():
        if ref.kind is ReferenceKind.GROUP:
            continue
        if found.get(ref_id):
            edits.append(SeriesEdit(ref_id, ref.name, source[ref_id], found[ref_id]))
    has = {e.ref_id for e in edits} | {k for k, v in indicator.references.items() if v.values}
    for ref_id, ref in references.items():
        if ref.kind is not ReferenceKind.GROUP:
            continue
        if ref.members:
            ids = tuple(m for m in ref.members if m in has)
        else:
            ids = ()
            for member in members.get(ref_id, []):
                series = f"{ref_id}-{member.code}"
                if found.get(series):
                    edits.append(SeriesEdit(series, member.title, source[series], found[series]))
                if found.get(series) or series in has:
                    ids += (series,)
        if ids:
            edits.append(SeriesEdit(ref_id, ref.name, members=ids))
    return edits


def plan_references(
    repository: Repository,
    observations: Iterable[Observation],
    *,
    sources: Mapping[tuple[str, str], str] | None = None,
    members: Mapping[str, list[Member]] | None = None,
    base: Mapping[str, bytes] | None = None,
    own_years: Mapping[str, set[int]] | None = None,
) -> ReferencePlan:
    """The plan that stores the named references' series found in ``observations``.

    ``sources`` gives a source text by (KPI, municipality code) (default "Kolada KPI");
    ``members`` the members of each Kolada group by reference id; ``base`` the new bytes of
    files another import of the same run writes (edited further here); ``own_years`` years by
    indicator id that the same run adds to its values. Observations of other municipalities
    and KPIs no indicator names are left out. Raises ImportRefused with every problem (a file
    the edit cannot place a series in, new text that ``validate`` would reject).
    """
    references = repository.project.references
    codes = reference_codes(repository)
    member_ids: dict[str, list[str]] = {}
    for ref_id, group in (members or {}).items():
        for member in group:
            member_ids.setdefault(member.code, []).append(f"{ref_id}-{member.code}")
    by_kpi = kolada_indicators(repository)
    found: dict[str, dict[str, dict[int, float]]] = {}
    source: dict[str, dict[str, str]] = {}
    for item in observations:
        named = [codes[item.municipality]] if item.municipality in codes else []
        all_series = named + member_ids.get(item.municipality, [])
        if item.gender != TOTAL or item.value is None or item.deleted:
            continue
        for indicator_id in by_kpi.get(item.kpi, []):
            indicator = repository.indicators[indicator_id]
            years = set(indicator.values) | (own_years or {}).get(indicator_id, set())
            if item.year not in years:
                continue
            said = (sources or {}).get((item.kpi, item.municipality)) or f"Kolada {item.kpi}"
            for series in all_series:
                found.setdefault(indicator_id, {}).setdefault(series, {})[item.year] = item.value
                source.setdefault(indicator_id, {})[series] = said
    files = dict(base or {})
    changes: list[ReferenceChange] = []
    problems: list[Problem] = []
    for indicator_id in sorted(found):
        indicator = repository.indicators[indicator_id]
        edits = _edits(
            indicator, references, found[indicator_id], source[indicator_id], members or {}
        )
        relpath = layout.INDICATOR.path(indicator_id)
        mine = _changes(indicator, relpath, edits)
        groups_same = all(
            not e.members
            or (
                e.ref_id in indicator.references
                and tuple(indicator.references[e.ref_id].members) == e.members
            )
            for e in edits
        )
        if not mine and groups_same:
            continue
        changes.extend(mine)
        raw = files.get(relpath) or (repository.root / relpath).read_bytes()
        try:
            files[relpath] = set_references(raw, edits, relpath)
        except ImportRefused as refused:
            problems.extend(refused.problems)
            continue
        problems.extend(_read_back(files[relpath], relpath, indicator, edits))
    notes = _missing(repository, found)
    if not problems and files != dict(base or {}):
        problems.extend(staged_errors(repository, files))
    if problems:
        raise ImportRefused(problems)
    return ReferencePlan(tuple(changes), notes, MappingProxyType(files))


def _changes(indicator: Indicator, relpath: str, edits: list[SeriesEdit]) -> list[ReferenceChange]:
    changes = []
    for edit in edits:
        stored = indicator.references.get(edit.ref_id)
        for year, value in sorted(edit.values.items()):
            old = stored.values.get(year) if stored is not None else None
            if old is None or number_text(old) != number_text(value):
                changes.append(
                    ReferenceChange(indicator.id, relpath, edit.ref_id, year, old, value)
                )
    return changes


def _read_back(
    data: bytes, relpath: str, indicator: Indicator, edits: list[SeriesEdit]
) -> list[Problem]:
    result = load_file(data, relpath, layout.INDICATOR)
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    if errors:
        return [as_problem(d) for d in errors]
    assert isinstance(result.model, Indicator)
    for edit in edits:
        got = result.model.references.get(edit.ref_id)
        old = indicator.references.get(edit.ref_id)
        expected = {**(old.values if old else {}), **edit.values}
        if (
            got is None
            or (
                {y: number_text(v) for y, v in got.values.items()}
                != {y: number_text(v) for y, v in expected.items()}
            )
            or (edit.members and tuple(got.members) != edit.members)
        ):
            return [Problem(relpath, text("import.proof.reference", reference=edit.ref_id))]
    return []


def _missing(
    repository: Repository, found: Mapping[str, Mapping[str, dict[int, float]]]
) -> tuple[Text, ...]:
    """A note naming each single reference for which no indicator got a value."""
    seen = {series for by_series in found.values() for series in by_series}
    missing = [
        f"{ref.name} ({ref.kolada})"
        for ref_id, ref in repository.project.references.items()
        if ref.kind is not ReferenceKind.GROUP and ref_id not in seen
    ]
    if not missing:
        return ()
    return (text("import.references.missing", names=", ".join(missing)),)
