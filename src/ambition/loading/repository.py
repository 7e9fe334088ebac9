"""Load a data repository: discover its files, load each, assemble, then check across files.

The steps, each a function of what the one before gave:

1. ``ambition.yaml`` first, for the configured periods;
2. ``discover``: every file by the layout, with the findings about names and folders;
3. ``load_files``: each file's ``FileResult`` (from the store where it knows the bytes);
4. assembly: models by kind, ids against file names, assessments against their indicators and
   goals;
5. the checks across files (``references``, ``action_plan``).

All problems are gathered as diagnostics; nothing is raised for bad data. The repository is
returned only when every required file could be validated, so later steps can trust it.
"""

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from pydantic import BaseModel

from ambition import layout
from ambition.diagnostics import Diagnostic
from ambition.layout import FileKind
from ambition.loading.action_plan import check_action_plan
from ambition.loading.discover import PlannedFile, discover, not_a_file
from ambition.loading.file import FileResult
from ambition.loading.files import FILE_SIZE_LIMIT, ResultStore, load_files
from ambition.loading.findings import Findings
from ambition.loading.names import nearest
from ambition.loading.references import (
    check_breakdown_assessments,
    check_goal_part_assessments,
    check_project,
    check_references,
    check_rollup_breakdowns,
    organisations_by_id,
)
from ambition.loading.statuses import check_statuses_on_scale, choices_on_scale
from ambition.messages.text import text
from ambition.models import (
    Action,
    Goal,
    GoalAssessment,
    Indicator,
    IndicatorAssessment,
    Method,
    OrganisationsFile,
    Programme,
    Project,
    SteeringDocumentsFile,
)
from ambition.models.common import ID_PATTERN
from ambition.repository import Repository
from ambition.yaml.positions import SourceFile

ModelT = TypeVar("ModelT", bound=BaseModel)

_ID = re.compile(ID_PATTERN)


@dataclass(frozen=True)
class LoadResult:
    """The repository (None when a required file is unusable) and every finding, sorted."""

    repository: Repository | None
    diagnostics: list[Diagnostic]


class _Loaded:
    """The results of one repository's files, by path and by kind."""

    def __init__(self, results: list[FileResult]) -> None:
        self.results = results
        self.sources: dict[str, SourceFile] = {
            r.relpath: r.source for r in results if r.source is not None
        }
        self.unusable = {r.relpath for r in results if r.model is None}

    def single(self, kind: FileKind, model: type[ModelT]) -> ModelT | None:
        """The model of a single-file kind, or None when missing or unusable."""
        for result in self.results:
            if result.kind is kind and isinstance(result.model, model):
                return result.model
        return None

    def each(self, kind: FileKind, model: type[ModelT]) -> list[tuple[FileResult, ModelT]]:
        """The usable results of a kind with their models, in the discovered order."""
        return [(r, r.model) for r in self.results if r.kind is kind and isinstance(r.model, model)]


def load_repository(root: Path, store: ResultStore | None = None) -> LoadResult:
    """Load and validate the repository at ``root`` (the folder holding ``ambition.yaml``).

    Returns the repository when every required file validated (it may still carry warnings and
    errors in optional files, e.g. one bad indicator is left out and reported), and all
    diagnostics sorted by file and position. With a ``store`` (``ambition.cache``), files whose
    bytes it knows are not parsed again.
    """
    project_files = [PlannedFile(layout.PROJECT.pattern, layout.PROJECT)]
    if not_a_file(root, layout.PROJECT.pattern) is not None:
        project_files = []
    first = load_files(root, project_files, store)
    project = first[0].model if first and isinstance(first[0].model, Project) else None
    found = discover(root, [p.id for p in project.periods] if project is not None else None)
    limit = project.max_file_size if project is not None else FILE_SIZE_LIMIT
    rest = load_files(root, [p for p in found.files if p.kind is not layout.PROJECT], store, limit)
    loaded = _Loaded([*first, *rest])
    findings = Findings(loaded.sources, loaded.unusable)

    method = loaded.single(layout.METHOD, Method)
    organisations_file = loaded.single(layout.ORGANISATIONS, OrganisationsFile)
    goals = _by_id(findings, loaded.each(layout.GOAL, Goal))
    indicators = _by_id(findings, loaded.each(layout.INDICATOR, Indicator))
    indicator_assessments = _assessments(
        findings,
        loaded.each(layout.INDICATOR_ASSESSMENT, IndicatorAssessment),
        indicators,
        layout.INDICATOR,
    )
    goal_assessments = _assessments(
        findings, loaded.each(layout.GOAL_ASSESSMENT, GoalAssessment), goals, layout.GOAL
    )

    if project is not None:
        check_project(findings, project)
    organisations = organisations_by_id(findings, organisations_file) if organisations_file else {}
    if organisations_file is not None:
        check_references(findings, goals, indicators, set(organisations))
    check_breakdown_assessments(findings, indicator_assessments, indicators)
    check_goal_part_assessments(findings, goal_assessments, goals)
    if method is not None:
        check_rollup_breakdowns(findings, method, indicators)
    check_statuses_on_scale(findings, project, method, indicator_assessments, goal_assessments)
    plan = check_action_plan(
        findings,
        loaded.single(layout.STEERING_DOCUMENTS, SteeringDocumentsFile),
        loaded.single(layout.PROGRAMME, Programme),
        _by_id(findings, loaded.each(layout.ACTION, Action)),
        project,
        goals,
        indicators,
        set(organisations) if organisations_file else None,
    )

    repository = None
    if project is not None and method is not None and organisations_file is not None:
        repository = Repository(
            root=root,
            project=project,
            method=method,
            organisations=MappingProxyType(organisations),
            goals=tuple(sorted(goals.values(), key=lambda g: (g.number, g.id))),
            indicators=MappingProxyType(dict(sorted(indicators.items()))),
            indicator_assessments=MappingProxyType(indicator_assessments),
            goal_assessments=MappingProxyType(goal_assessments),
            sources=MappingProxyType(loaded.sources),
            steering_documents=MappingProxyType(plan.steering_documents),
            programme=plan.programme,
            actions=MappingProxyType(dict(sorted(plan.actions.items()))),
        )
    diagnostics = [
        *found.diagnostics,
        *choices_on_scale(
            (d for r in loaded.results for d in r.diagnostics), loaded.sources, project, method
        ),
        *findings.diagnostics,
    ]
    return LoadResult(repository, sorted(diagnostics, key=Diagnostic.sort_key))


IdentifiedT = TypeVar("IdentifiedT", Goal, Indicator, Action)


def _by_id(
    findings: Findings, items: list[tuple[FileResult, IdentifiedT]]
) -> dict[str, IdentifiedT]:
    """The models of a folder whose files are named after the id inside; a file whose id
    differs from its name is reported and left out (and counts as unusable)."""
    loaded: dict[str, IdentifiedT] = {}
    for result, item in items:
        item_id: str = item.id
        stem = result.relpath.rsplit("/", 1)[1].removesuffix(".yaml")
        if item_id != stem:
            only_case = unicodedata.normalize("NFC", stem).casefold() == item_id
            findings.report(
                result.relpath,
                ("id",),
                "id-file-name-mismatch",
                text(
                    "id-file-name-mismatch.case" if only_case else "id-file-name-mismatch",
                    id=item_id,
                    name=f"{stem}.yaml",
                ),
                text("id-file-name-mismatch.fix", name=f"{item_id}.yaml")
                if only_case or not _ID.fullmatch(stem)
                else text("id-file-name-mismatch.or-id.fix", name=f"{item_id}.yaml", stem=stem),
            )
            findings.unusable.add(result.relpath)
            continue
        loaded[item_id] = item
    return loaded


def _assessments(
    findings: Findings,
    items: list[tuple[FileResult, ModelT]],
    known: Mapping[str, BaseModel],
    assessed: FileKind,
) -> dict[tuple[str, str], ModelT]:
    """Assessments keyed by (period id, the id their file is named after), for the indicators
    or goals (files of kind ``assessed``) in ``known``. One of an unknown id is reported, unless
    the file of that id exists but is unusable (reported there already)."""
    what = assessed.name
    kept: dict[tuple[str, str], ModelT] = {}
    for result, item in items:
        period = result.relpath.removeprefix(layout.ASSESSMENTS_DIR + "/").partition("/")[0]
        stem = result.relpath.rsplit("/", 1)[-1].removesuffix(".yaml")
        if stem in known:
            kept[(period, stem)] = item
        elif assessed.path(stem) not in findings.unusable:
            findings.report(
                result.relpath,
                (),
                "unknown-reference",
                text(f"unknown-reference.assessed-{what}", id=stem),
                nearest(stem, known) or text(f"unknown-reference.assessed-{what}.fix"),
                whole_file=True,
            )
    return kept
