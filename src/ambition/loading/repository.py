"""Load a data repository: discover files, parse, validate each file, then check across files.

All problems are gathered as diagnostics; nothing is raised for bad data. The repository is
returned only when every required file could be validated, so later steps can trust it.
"""

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, ValidationError

from ambition import layout
from ambition.diagnostics.codes import diagnostic
from ambition.diagnostics import Diagnostic
from ambition.models import (
    Action,
    Goal,
    GoalAssessment,
    Indicator,
    IndicatorAssessment,
    Method,
    OrganisationsFile,
    Project,
)
from ambition.models.common import ID_PATTERN
from ambition.repository import Repository
from ambition.layout import find_root as find_root  # here too, where it always was
from ambition.loading.model_errors import validation_diagnostics
from ambition.yaml.source import (
    SourceFile,
    YamlPath,
    ambiguity,
    decode_source,
    parse,
    read_source,
)

if TYPE_CHECKING:
    from ambition.cache.store import Cache

ModelT = TypeVar("ModelT", bound=BaseModel)
IdentifiedT = TypeVar("IdentifiedT", Goal, Indicator, Action)

_ID = re.compile(ID_PATTERN)
# Names Windows reserves for devices, whatever the extension (con.yaml cannot be checked out).
_RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)
# Found before the model is applied; the model's diagnostics at the same place are left out.
_BEFORE_MODEL = frozenset({"not-finite", "colliding-keys", "year-out-of-range"})


@dataclass(frozen=True)
class LoadResult:
    """The repository (None when a required file is unusable) and every finding, sorted."""

    repository: Repository | None
    diagnostics: list[Diagnostic]


class _Loader:
    """Collects sources and diagnostics while the files of one repository are read."""

    def __init__(self, root: Path, cache: "Cache | None" = None) -> None:
        self.root = root
        self.cache = cache
        self.sources: dict[str, SourceFile] = {}
        self.diagnostics: list[Diagnostic] = []
        # Files that exist but could not be used: references to them are not reported again.
        self.unusable: set[str] = set()

    def report(
        self,
        source: SourceFile | str,
        path: YamlPath,
        code: str,
        message: str,
        hint: str | None = None,
        *,
        key: bool = False,
    ) -> None:
        """Add a diagnostic at ``path`` in ``source``, or about a whole file or folder (a str)."""
        if isinstance(source, str):
            relpath, (line, column) = source, (0, 0)
        else:
            relpath, (line, column) = source.relpath, source.locate(path, key=key)
        dotted = ".".join(str(p) for p in path) or None
        self.diagnostics.append(diagnostic(code, relpath, line, column, message, hint, dotted))

    def load(self, relpath: str, model: type[ModelT]) -> ModelT | None:
        """Read, parse and validate one file; None (with diagnostics) when it is unusable."""
        if self.cache is not None:  # the same result, if these bytes were read before
            item = self.cache.load(self, relpath, model)
        else:
            item = self._load(relpath, model)
        if item is None:
            self.unusable.add(relpath)
        return item

    def _load(self, relpath: str, model: type[ModelT], raw: bytes | None = None) -> ModelT | None:
        path = self.root / relpath
        try:
            source, found = (
                read_source(path, relpath) if raw is None else decode_source(raw, relpath)
            )
        except OSError as error:
            self.report(
                relpath,
                (),
                "unreadable-file",
                f"cannot read the file: {error.strerror or error}",
                "check that the file is not locked by another program and that you may read it",
            )
            return None
        self.diagnostics.extend(found)
        if source is None:
            return None
        self.sources[relpath] = source
        document, found = parse(source)
        if (
            document is None
            and issubclass(model, (IndicatorAssessment, GoalAssessment))
            and [d.code for d in found] == ["empty-file"]
        ):
            # An assessment started but not yet written (only comments) is allowed: every
            # field of an assessment is optional, and `ambition status` says what is missing.
            document, found = {}, []
        if document is None:
            self.diagnostics.extend(found)
            return None
        item: ModelT | None = None
        from_model: list[Diagnostic] = []
        try:
            item = model.model_validate(document)
        except ValidationError as error:
            from_model = validation_diagnostics(source, error, model)
        self.diagnostics.extend(_merge(source, found, from_model))
        return item if not any(d.code in _BEFORE_MODEL for d in found) else None

    def load_required(self, relpath: str, model: type[ModelT]) -> ModelT | None:
        if not (self.root / relpath).is_file():
            self.report(
                relpath,
                (),
                "missing-file",
                f"the required file {relpath} is missing",
                "see docs/data-format.md for its contents",
            )
            return None
        return self.load(relpath, model)

    def yaml_files(self, relfolder: str) -> list[str]:
        """Relative paths of the ``*.yaml`` files in a folder; other files are reported."""
        folder = self.root / relfolder
        if not folder.is_dir():
            return []
        found: list[str] = []
        for entry in sorted(folder.iterdir()):
            relpath = f"{relfolder}/{entry.name}"
            if entry.is_file() and entry.suffix == ".yaml":
                found.append(relpath)
            elif entry.name.startswith("."):
                continue
            elif entry.is_file() and entry.suffix.lower() in {".yml", ".yaml"}:
                self.report(
                    relpath,
                    (),
                    "wrong-extension",
                    f"{entry.name} is not read",
                    f"rename it to {entry.stem}.yaml",
                )
            else:
                self.report(
                    relpath,
                    (),
                    "unexpected-file",
                    f"{entry.name} is not read here",
                    f"only .yaml files belong in {relfolder}/",
                )
        self._check_name_collisions(found)
        return found

    def _check_name_collisions(self, relpaths: Iterable[str]) -> None:
        seen: dict[str, str] = {}
        for relpath in relpaths:
            name = relpath.rsplit("/", 1)[-1]
            if name.split(".", 1)[0].lower() in _RESERVED_NAMES:
                self.report(
                    relpath,
                    (),
                    "file-name-reserved",
                    f"Windows cannot use the file name {name}",
                    "rename the file (and the id in it), e.g. with a prefix or a longer word",
                )
            folded = unicodedata.normalize("NFC", relpath).casefold()
            if folded in seen:
                other = seen[folded]
                if relpath.casefold() == other.casefold():
                    how = "letter case"
                elif unicodedata.normalize("NFC", relpath) == unicodedata.normalize("NFC", other):
                    how = (
                        f"Unicode normalisation (this name is {_form(relpath)}, "
                        f"the other {_form(other)})"
                    )
                else:
                    how = "letter case and Unicode normalisation"
                self.report(
                    relpath,
                    (),
                    "file-name-collision",
                    f"this file name differs from {other} only in {how}: the two are "
                    f"one file on {'Windows and macOS' if how == 'letter case' else 'macOS'}",
                    "keep one of them; ids and file names use lower-case a-z, 0-9 and hyphens",
                )
            else:
                seen[folded] = relpath


def _form(text: str) -> str:
    """The Unicode normalisation form of ``text``: NFC (as most programs write) or NFD (macOS)."""
    if unicodedata.is_normalized("NFC", text):
        return "NFC"
    return "NFD" if unicodedata.is_normalized("NFD", text) else "mixed"


def _merge(
    source: SourceFile, before: list[Diagnostic], from_model: list[Diagnostic]
) -> list[Diagnostic]:
    """The diagnostics of one file, one per place.

    What the parser found first (NaN, colliding keys) wins over the model at the same place;
    the model wins over the YAML 1.1 ambiguities, which are added only where nothing else is.
    """
    taken = {(d.line, d.column) for d in before}
    merged = [*before, *(d for d in from_model if (d.line, d.column) not in taken)]
    taken |= {(d.line, d.column) for d in merged}
    for finding in source.findings():
        found = ambiguity(source, finding)
        if found is not None and (found.line, found.column) not in taken:
            merged.append(found)
            taken.add((found.line, found.column))
    return merged


def _nearest(name: str, candidates: Iterable[str]) -> str | None:
    """A hint naming the candidate nearest to ``name``, if one is near enough."""
    options = list(candidates)
    folded = unicodedata.normalize("NFC", name).casefold()
    for option in options:
        if unicodedata.normalize("NFC", option).casefold() == folded:
            return f"write '{option}': ids are lower case"
    matches = difflib.get_close_matches(name, options, n=1, cutoff=0.5)
    return f"did you mean '{matches[0]}'?" if matches else None


def load_repository(root: Path, cache: "Cache | None" = None) -> LoadResult:
    """Load and validate the repository at ``root`` (the folder holding ``ambition.yaml``).

    Returns the repository when every required file validated (it may still carry warnings and
    errors in optional files, e.g. one bad indicator is left out and reported), and all
    diagnostics sorted by file and position. With a ``cache``, files whose bytes it knows are
    not parsed again (see ``ambition.cache.store``).
    """
    loader = _Loader(root, cache)
    project = loader.load_required(layout.PROJECT_FILE, Project)
    method = loader.load_required(layout.METHOD.pattern, Method)
    organisations_file = loader.load_required(layout.ORGANISATIONS.pattern, OrganisationsFile)

    goals = _load_with_ids(loader, layout.GOAL.folder, Goal)
    indicators = _load_with_ids(loader, layout.INDICATOR.folder, Indicator)
    period_ids = [p.id for p in project.periods] if project else None
    indicator_assessments, goal_assessments = _load_assessments(
        loader, period_ids, set(indicators), {g.id for g in goals.values()}
    )

    if project is not None:
        _check_project(loader, project)
    organisations = {}
    if organisations_file is not None:
        for index, organisation in enumerate(organisations_file.organisations):
            if organisation.id in organisations:
                loader.report(
                    loader.sources[layout.ORGANISATIONS.pattern],
                    ("organisations", index, "id"),
                    "duplicate-id",
                    f"the organisation id '{organisation.id}' is used twice",
                    "give each organisation its own id",
                )
            organisations[organisation.id] = organisation
    if organisations_file is not None:
        _check_references(loader, goals, indicators, set(organisations))
    # Imported here: the action plan's loader builds on this module's helpers.
    from ambition.loading.action_plan import load_action_plan

    plan = load_action_plan(
        loader, project, goals, indicators, set(organisations) if organisations_file else None
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
            sources=MappingProxyType(loader.sources),
            steering_documents=MappingProxyType(plan.steering_documents),
            programme=plan.programme,
            actions=MappingProxyType(dict(sorted(plan.actions.items()))),
        )
    return LoadResult(repository, sorted(loader.diagnostics, key=Diagnostic.sort_key))


def _load_with_ids(
    loader: _Loader, folder: str, model: type[IdentifiedT]
) -> dict[str, IdentifiedT]:
    """Load every file of a folder whose models carry an ``id`` equal to the file name."""
    loaded: dict[str, IdentifiedT] = {}
    for relpath in loader.yaml_files(folder):
        item = loader.load(relpath, model)
        if item is None:
            continue
        item_id: str = item.id
        stem = relpath.rsplit("/", 1)[1].removesuffix(".yaml")
        if item_id != stem:
            only_case = unicodedata.normalize("NFC", stem).casefold() == item_id
            loader.report(
                loader.sources[relpath],
                ("id",),
                "id-file-name-mismatch",
                f"the id '{item_id}' differs from the file name '{stem}.yaml'"
                + (" in letter case" if only_case else ""),
                f"rename the file to {item_id}.yaml"
                + (
                    "" if only_case or not _ID.fullmatch(stem) else f" or change the id to '{stem}'"
                ),
            )
            loader.unusable.add(relpath)
            continue
        loaded[item_id] = item
    return loaded


def _load_assessments(
    loader: _Loader, period_ids: list[str] | None, indicator_ids: set[str], goal_ids: set[str]
) -> tuple[dict[tuple[str, str], IndicatorAssessment], dict[tuple[str, str], GoalAssessment]]:
    indicator_assessments: dict[tuple[str, str], IndicatorAssessment] = {}
    goal_assessments: dict[tuple[str, str], GoalAssessment] = {}
    base = loader.root / layout.ASSESSMENTS_DIR
    if not base.is_dir():
        return indicator_assessments, goal_assessments
    for entry in sorted(base.iterdir()):
        relfolder = f"{layout.ASSESSMENTS_DIR}/{entry.name}"
        if entry.name.startswith("."):
            continue
        if not entry.is_dir():
            loader.report(
                relfolder,
                (),
                "unexpected-file",
                f"{entry.name} is not read here",
                "assessments go in data/assessments/<period>/indicators/ and goals/",
            )
            continue
        # Without a valid ambition.yaml the periods are unknown: check the files, not the folder.
        if period_ids is not None and entry.name not in period_ids:
            loader.report(
                relfolder,
                (),
                "unknown-period",
                f"the folder {entry.name} is not a period configured in ambition.yaml",
                _nearest(entry.name, period_ids) or "add the period to ambition.yaml",
            )
            continue
        for indicator_id, item in _load_assessment_folder(
            loader, f"{relfolder}/indicators", "indicator", indicator_ids, IndicatorAssessment
        ).items():
            indicator_assessments[(entry.name, indicator_id)] = item
        for goal_id, goal_item in _load_assessment_folder(
            loader, f"{relfolder}/goals", "goal", goal_ids, GoalAssessment
        ).items():
            goal_assessments[(entry.name, goal_id)] = goal_item
        for other in sorted(entry.iterdir()):
            if other.name not in {"indicators", "goals"} and not other.name.startswith("."):
                hint = "assessments go in the folders indicators/ and goals/"
                if other.is_dir():
                    # Assessments in a misnamed folder would silently drop out of the report.
                    nearest = _nearest(other.name, ["indicators", "goals"])
                    loader.report(
                        f"{relfolder}/{other.name}",
                        (),
                        "unexpected-folder",
                        f"{other.name} is not read here",
                        f"{nearest} {hint}" if nearest else hint,
                    )
                else:
                    loader.report(
                        f"{relfolder}/{other.name}",
                        (),
                        "unexpected-file",
                        f"{other.name} is not read here",
                        hint,
                    )
    return indicator_assessments, goal_assessments


def _load_assessment_folder(
    loader: _Loader, relfolder: str, kind: str, known: set[str], model: type[ModelT]
) -> dict[str, ModelT]:
    """The assessments in one folder, keyed by the id their file is named after."""
    loaded: dict[str, ModelT] = {}
    for relpath in loader.yaml_files(relfolder):
        item = loader.load(relpath, model)
        stem = relpath.rsplit("/", 1)[1].removesuffix(".yaml")
        if item is None:
            continue
        if stem not in known:
            if _is_unusable(loader, kind, stem):
                continue  # its indicator or goal file is reported already
            loader.report(
                relpath,
                (),
                "unknown-reference",
                f"there is no {kind} '{stem}' for this assessment",
                _nearest(stem, known) or f"name the file after a {kind} id",
            )
            continue
        loaded[stem] = item
    return loaded


def _is_unusable(loader: _Loader, kind: str, stem: str) -> bool:
    relpath = layout.INDICATOR.path(stem) if kind == "indicator" else layout.GOAL.path(stem)
    return relpath in loader.unusable


def _check_project(loader: _Loader, project: Project) -> None:
    source = loader.sources[layout.PROJECT_FILE]
    seen: set[str] = set()
    for index, period in enumerate(project.periods):
        if period.id in seen:
            loader.report(
                source,
                ("periods", index, "id"),
                "duplicate-id",
                f"the period id '{period.id}' is used twice",
                "give each period its own id",
            )
        seen.add(period.id)
        if period.deadline is not None and period.deadline < period.closing_date:
            loader.report(
                source,
                ("periods", index, "deadline"),
                "deadline-before-closing",
                f"the deadline {period.deadline} is before the closing date {period.closing_date}",
                "the deadline comes after the period closes",
            )


def _check_references(
    loader: _Loader,
    goals: dict[str, Goal],
    indicators: dict[str, Indicator],
    organisation_ids: set[str],
) -> None:
    area_ids: dict[str, str] = {}
    numbers: dict[int, str] = {}
    # With a goal file unusable its areas are unknown: references to areas are not checked.
    areas_known = not any(p.startswith(layout.GOAL.folder + "/") for p in loader.unusable)
    for goal in goals.values():
        source = loader.sources[layout.GOAL.path(goal.id)]
        if goal.owner not in organisation_ids:
            loader.report(
                source,
                ("owner",),
                "unknown-reference",
                f"there is no organisation '{goal.owner}'",
                _nearest(goal.owner, organisation_ids) or f"add it to {layout.ORGANISATIONS.pattern}",
            )
        if goal.number in numbers:
            loader.report(
                source,
                ("number",),
                "duplicate-number",
                f"goal number {goal.number} is also used by goal '{numbers[goal.number]}'",
                "give each goal its own number",
            )
        numbers[goal.number] = goal.id
        for index, area in enumerate(goal.measurement_areas):
            if area.id in area_ids:
                loader.report(
                    source,
                    ("measurement_areas", index, "id"),
                    "duplicate-id",
                    f"the measurement area id '{area.id}' is also used in goal "
                    f"'{area_ids[area.id]}'",
                    "area ids are unique across all goals",
                )
            area_ids[area.id] = goal.id
    for indicator in indicators.values():
        source = loader.sources[layout.INDICATOR.path(indicator.id)]
        if indicator.responsible not in organisation_ids:
            loader.report(
                source,
                ("responsible",),
                "unknown-reference",
                f"there is no organisation '{indicator.responsible}'",
                _nearest(indicator.responsible, organisation_ids)
                or f"add it to {layout.ORGANISATIONS.pattern}",
            )
        if indicator.measurement_area not in area_ids and areas_known:
            loader.report(
                source,
                ("measurement_area",),
                "unknown-reference",
                f"there is no measurement area '{indicator.measurement_area}'",
                _nearest(indicator.measurement_area, area_ids)
                or "measurement areas are listed in the goal files",
            )
        if indicator.baseline is not None:
            for index, target in enumerate(indicator.targets):
                if target.year < indicator.baseline.year:
                    loader.report(
                        source,
                        ("targets", index, "year"),
                        "target-before-baseline",
                        f"the target year {target.year} is before the baseline year "
                        f"{indicator.baseline.year}",
                        "a target lies after its baseline",
                    )
