"""``ambition import kolada`` as one function: which KPIs and years, the observations from the
API or from saved answers, checked against the repository, to an ``ImportPlan``.

The total (gender T) goes into ``values``, women (K) and men (M) into the breakdown rows
``kvinnor`` and ``man`` (added with their titles where the file has none). A value Kolada
publishes as null with a status that says why becomes a marker (``marker_of``); a null without
one is nothing published and stores nothing. A value Kolada marks preliminary is stored as
preliminary. A withdrawn value (``isdeleted``) is not removed from the file; it is named in a
note for the expert to decide.
"""

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from ambition.importing.client import KoladaClient, Progress
from ambition.importing.kolada import Observation, parse_response
from ambition.importing.plan import Imported, ImportPlan, plan_values
from ambition.importing.problems import ImportRefused, Problem
from ambition.importing.values import number_text
from ambition.messages.reasons import os_reason
from ambition.messages.text import Text, text
from ambition.models.value import Marker
from ambition.repository import Repository


def kolada_indicators(repository: Repository) -> dict[str, list[str]]:
    """The ids of the indicators whose ``source.kolada_kpi`` names each KPI, by KPI id."""
    found: dict[str, list[str]] = {}
    for indicator in repository.indicators.values():
        if indicator.source.kolada_kpi:
            found.setdefault(indicator.source.kolada_kpi, []).append(indicator.id)
    return found


def default_years(repository: Repository, today: dt.date | None = None) -> list[int]:
    """The years to ask for: from the year after the earliest "last stored value" among the
    Kolada indicators (an indicator without values counts from the year before the term of
    office) up to this year, so newer values arrive and those years' corrections are seen."""
    this_year = (today or dt.date.today()).year
    starts = []
    for ids in kolada_indicators(repository).values():
        for indicator_id in ids:
            values = repository.indicators[indicator_id].values
            starts.append(
                max(values) + 1 if values else repository.project.term_of_office.start - 1
            )
    first = min(starts, default=this_year)
    return list(range(min(first, this_year), this_year + 1))


def read_saved(folder: Path) -> list[Observation]:
    """The observations of every ``*.json`` in ``folder`` (saved answers, either shape), in
    name order. Raises ImportRefused naming each file that is unreadable or not an answer, and
    when the folder has no ``*.json`` at all."""
    if not folder.is_dir():
        raise ImportRefused([Problem(str(folder), text("import.no-folder.kolada"))])
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise ImportRefused([Problem(str(folder), text("import.no-files.kolada"))])
    problems: list[Problem] = []
    found: list[Observation] = []
    for path in paths:
        try:
            found.extend(parse_response(path.read_bytes(), str(path)).observations)
        except ImportRefused as refused:
            problems.extend(refused.problems)
        except OSError as error:
            problems.append(Problem(str(path), text("import.unreadable", reason=os_reason(error))))
    if problems:
        raise ImportRefused(problems)
    return found


GENDER_ROWS: dict[str, tuple[str | None, str | None]] = {
    "K": ("kvinnor", "Kvinnor"),
    "M": ("man", "Män"),
}
"""Kolada's genders other than the total: the breakdown row (``models.indicator.GENDERS``)
and its title."""

MARKER_WORDS = (
    ("sekretess", Marker.CONFIDENTIAL),
    ("skydd", Marker.CONFIDENTIAL),
    ("confidential", Marker.CONFIDENTIAL),
    ("senare", Marker.REPORTED_LATER),
    ("later", Marker.REPORTED_LATER),
    ("saknas", Marker.STATISTICS_MISSING),
    ("missing", Marker.STATISTICS_MISSING),
)
"""Words in Kolada's ``status`` of a null value, and the marker each means (our reading: the
API documents ``status`` as free text)."""


def marker_of(status: str) -> Marker | None:
    """The marker a Kolada ``status`` text means for a null value, e.g. 'Sekretess' →
    confidential, 'Uppgift skyddas' → confidential, 'Statistik saknas' → statistics_missing,
    'Redovisas senare' → reported_later; None for any other text."""
    said = status.strip().lower()
    return next((marker for word, marker in MARKER_WORDS if word in said), None)


def _selected(
    repository: Repository,
    observations: Iterable[Observation],
    years: set[int] | None,
    others: frozenset[str] = frozenset(),
) -> tuple[list[Imported], tuple[Text, ...]]:
    by_kpi = kolada_indicators(repository)
    municipality = repository.project.municipality
    problems: dict[tuple[str, str], Problem] = {}
    imported: list[Imported] = []
    unread: list[str] = []
    withdrawn: list[str] = []
    for item in observations:
        if item.municipality in others:  # a reference's series (importing/reference_plan)
            continue
        if item.municipality != municipality.code:
            problems.setdefault(
                (item.where, item.municipality),
                Problem(
                    item.where,
                    text(
                        "import.kolada.other-municipality",
                        found=item.municipality,
                        name=municipality.name,
                        code=municipality.code,
                    ),
                ),
            )
            continue
        if item.kpi not in by_kpi:
            problems.setdefault(
                (item.where, item.kpi),
                Problem(item.where, text("import.kolada.unknown-kpi", kpi=item.kpi)),
            )
            continue
        if years is not None and item.year not in years:
            continue
        marker = marker_of(item.status) if item.value is None else None
        if item.value is None and marker is None:
            if item.status.strip():
                unread.append(f"{item.kpi} {item.year} {item.gender}: {item.status.strip()!r}")
            continue
        row, title = GENDER_ROWS.get(item.gender, (None, None))
        for indicator_id in by_kpi[item.kpi]:
            if item.deleted:
                shown = number_text(item.value) if item.value is not None else marker
                withdrawn.append(f"{indicator_id} {item.year} ({shown})")
            else:
                imported.append(
                    Imported(
                        indicator_id,
                        item.year,
                        item.value,
                        item.where,
                        item.preliminary and item.value is not None,
                        marker,
                        row,
                        title,
                    )
                )
    if problems:
        raise ImportRefused(list(problems.values()))
    notes = []
    if unread:
        notes.append(text("import.kolada.unread", items=", ".join(unread)))
    if withdrawn:
        notes.append(text("import.kolada.withdrawn", items=", ".join(sorted(withdrawn))))
    return imported, tuple(notes)


def import_kolada(
    repository: Repository,
    *,
    from_dir: Path | None = None,
    years: list[int] | None = None,
    client: KoladaClient | None = None,
    progress: Progress | None = None,
    others: frozenset[str] = frozenset(),
) -> ImportPlan:
    """The plan of ``ambition import kolada`` for ``repository``.

    With ``from_dir``, the saved answers in it (all their years, or only ``years``); otherwise
    the API through ``client`` for ``years`` (default: ``default_years``). Observations of the
    municipality codes in ``others`` (the references') are left for the reference import.
    Raises ImportRefused
    with every problem found (see ``KoladaClient.data``, ``read_saved``, ``plan_values``).
    """
    wanted = set(years) if years else None
    if from_dir is not None:
        observations = read_saved(from_dir)
    else:
        kpis = sorted(kolada_indicators(repository))
        if not kpis:
            return plan_values(repository, [], (text("import.kolada.no-kpis"),))
        asked = sorted(wanted) if wanted else default_years(repository)
        observations = (client or KoladaClient()).data(
            kpis, repository.project.municipality.code, asked, progress
        )
    imported, notes = _selected(repository, observations, wanted, others)
    if from_dir is None:
        notes += _silent(repository, observations)
    return plan_values(repository, imported, notes)


def _silent(repository: Repository, observations: list[Observation]) -> tuple[Text, ...]:
    answered = {o.kpi for o in observations if o.value is not None}
    silent = [
        f"{kpi} ({', '.join(ids)})"
        for kpi, ids in sorted(kolada_indicators(repository).items())
        if kpi not in answered
    ]
    if not silent:
        return ()
    return (text("import.kolada.silent", items=", ".join(silent)),)
