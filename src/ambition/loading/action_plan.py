"""Load the steering documents, the programme and the action plan, and check their references.

The three are optional: a repository without ``data/steering-documents.yaml``,
``data/programme.yaml`` or ``data/actions/`` loads as before. Every reference is checked (with
the nearest id suggested), except references into a file that is itself unusable, which is
reported once, at that file. Called by ``ambition.loading.load_repository``.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ambition import layout
from ambition.loading.repository import _load_with_ids, _Loader, _nearest
from ambition.models import (
    Action,
    ActionStatus,
    Goal,
    Indicator,
    Programme,
    Project,
    SteeringDocument,
    SteeringDocumentsFile,
)
from ambition.yaml.source import SourceFile, YamlPath


@dataclass(frozen=True)
class ActionPlanFiles:
    """What the optional files held: steering documents by id, the programme, actions by id."""

    steering_documents: dict[str, SteeringDocument] = field(default_factory=dict)
    programme: Programme | None = None
    actions: dict[str, Action] = field(default_factory=dict)


@dataclass(frozen=True)
class _Known:
    """The ids a reference may name; None where the file that lists them is unusable."""

    steering_documents: set[str] | None
    focus_areas: set[str] | None
    goals: set[str] | None
    areas: dict[str, str] | None
    organisations: set[str] | None
    periods: list[str] | None


def load_action_plan(
    loader: _Loader,
    project: Project | None,
    goals: Mapping[str, Goal],
    indicators: Mapping[str, Indicator],
    organisation_ids: set[str] | None,
) -> ActionPlanFiles:
    """Load the optional files and check every reference from and into them.

    ``organisation_ids`` is None when ``data/organisations.yaml`` is unusable; ``project`` None
    when ``ambition.yaml`` is.
    """
    documents, documents_usable = _load_steering_documents(loader)
    programme, programme_usable = _load_programme(loader)
    actions = _load_with_ids(loader, layout.ACTION.folder, Action)

    goals_usable = not any(p.startswith(layout.GOAL.folder + "/") for p in loader.unusable)
    focus_areas = {f.id for f in programme.focus_areas} if programme is not None else set()
    known = _Known(
        steering_documents=set(documents) if documents_usable else None,
        focus_areas=focus_areas if programme_usable else None,
        goals=set(goals) if goals_usable else None,
        areas=(
            {a.id: g.id for g in goals.values() for a in g.measurement_areas}
            if goals_usable
            else None
        ),
        organisations=organisation_ids,
        periods=[p.id for p in project.periods] if project is not None else None,
    )

    if programme is not None:
        _check_programme(loader, programme, known)
    for goal in goals.values():
        source = loader.sources[layout.GOAL.path(goal.id)]
        _check_documents(loader, source, ("steering_documents",), goal.steering_documents, known)
        for index, area in enumerate(goal.measurement_areas):
            _check_documents(
                loader,
                source,
                ("measurement_areas", index, "steering_documents"),
                area.steering_documents,
                known,
            )
    for indicator in indicators.values():
        source = loader.sources[layout.INDICATOR.path(indicator.id)]
        _check_documents(
            loader, source, ("steering_documents",), indicator.steering_documents, known
        )
    for action in actions.values():
        _check_action(loader, loader.sources[layout.ACTION.path(action.id)], action, known)
    return ActionPlanFiles(documents, programme, actions)


def _load_steering_documents(loader: _Loader) -> tuple[dict[str, SteeringDocument], bool]:
    """The steering documents by id, and whether their file (if any) could be used."""
    relpath = layout.STEERING_DOCUMENTS.pattern
    if not (loader.root / relpath).is_file():
        return {}, True
    loaded = loader.load(relpath, SteeringDocumentsFile)
    if loaded is None:
        return {}, False
    documents: dict[str, SteeringDocument] = {}
    for index, document in enumerate(loaded.steering_documents):
        if document.id in documents:
            loader.report(
                loader.sources[relpath],
                ("steering_documents", index, "id"),
                "duplicate-id",
                f"the steering document id '{document.id}' is used twice",
                "give each steering document its own id",
            )
            continue
        documents[document.id] = document
    return documents, True


def _load_programme(loader: _Loader) -> tuple[Programme | None, bool]:
    """The programme (None without its file), and whether its file (if any) could be used."""
    relpath = layout.PROGRAMME.pattern
    if not (loader.root / relpath).is_file():
        return None, True
    programme = loader.load(relpath, Programme)
    return programme, programme is not None


def _check_programme(loader: _Loader, programme: Programme, known: _Known) -> None:
    source = loader.sources[layout.PROGRAMME.pattern]
    if programme.steering_document is not None:
        _check_documents(
            loader, source, ("steering_document",), [programme.steering_document], known
        )
    seen: set[str] = set()
    for index, area in enumerate(programme.focus_areas):
        if area.id in seen:
            loader.report(
                source,
                ("focus_areas", index, "id"),
                "duplicate-id",
                f"the focus area id '{area.id}' is used twice",
                "give each focus area its own id",
            )
        seen.add(area.id)
        for position, goal_id in enumerate(area.goals):
            _check_goal(loader, source, ("focus_areas", index, "goals", position), goal_id, known)


def _check_documents(
    loader: _Loader,
    source: SourceFile,
    path: YamlPath,
    document_ids: Sequence[str],
    known: _Known,
) -> None:
    """Each id names a steering document; ``path`` is the list's (or the single key's) path."""
    if known.steering_documents is None:
        return
    single = path[-1] == "steering_document"
    for position, document_id in enumerate(document_ids):
        if document_id not in known.steering_documents:
            loader.report(
                source,
                path if single else (*path, position),
                "unknown-reference",
                f"there is no steering document '{document_id}'",
                _nearest(document_id, known.steering_documents)
                or f"steering documents are listed in {layout.STEERING_DOCUMENTS.pattern}",
            )


def _check_goal(
    loader: _Loader, source: SourceFile, path: YamlPath, goal_id: str, known: _Known
) -> None:
    if known.goals is not None and goal_id not in known.goals:
        loader.report(
            source,
            path,
            "unknown-reference",
            f"there is no goal '{goal_id}'",
            _nearest(goal_id, known.goals) or f"goals are the files in {layout.GOAL.folder}/",
        )


def _check_action(loader: _Loader, source: SourceFile, action: Action, known: _Known) -> None:
    if (
        action.focus_area is not None
        and known.focus_areas is not None
        and action.focus_area not in known.focus_areas
    ):
        loader.report(
            source,
            ("focus_area",),
            "unknown-reference",
            f"there is no focus area '{action.focus_area}'",
            _nearest(action.focus_area, known.focus_areas)
            or f"focus areas are listed in {layout.PROGRAMME.pattern}",
        )
    for position, goal_id in enumerate(action.goals):
        _check_goal(loader, source, ("goals", position), goal_id, known)
    area = action.measurement_area
    if area is not None and known.areas is not None:
        if area not in known.areas:
            loader.report(
                source,
                ("measurement_area",),
                "unknown-reference",
                f"there is no measurement area '{area}'",
                _nearest(area, known.areas) or "measurement areas are listed in the goal files",
            )
        elif known.areas[area] not in action.goals:
            loader.report(
                source,
                ("measurement_area",),
                "area-not-in-goals",
                f"the measurement area '{area}' belongs to goal '{known.areas[area]}', which is "
                "not among the action's goals",
                f"add '{known.areas[area]}' to 'goals', or name an area of "
                + ", ".join(f"'{g}'" for g in action.goals),
            )
    if known.organisations is not None and action.responsible not in known.organisations:
        loader.report(
            source,
            ("responsible",),
            "unknown-reference",
            f"there is no organisation '{action.responsible}'",
            _nearest(action.responsible, known.organisations)
            or f"add it to {layout.ORGANISATIONS.pattern}",
        )
    _check_documents(loader, source, ("steering_documents",), action.steering_documents, known)
    if action.status is ActionStatus.DONE and action.completed is None:
        loader.report(
            source,
            ("status",),
            "completion-date-missing",
            "the action is done but has no completion date",
            "add 'completed: YYYY-MM-DD', the day it was done",
        )
    if known.periods is not None:
        for period_id in action.progress:
            if period_id not in known.periods:
                loader.report(
                    source,
                    ("progress", period_id),
                    "unknown-period",
                    f"the progress note is for '{period_id}', which is not a period "
                    "configured in ambition.yaml",
                    _nearest(period_id, known.periods) or "add the period to ambition.yaml",
                    key=True,
                )
