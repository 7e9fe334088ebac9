"""Load the steering documents, the programme and the action plan, and check their references.

The three are optional: a repository without ``data/steering-documents.yaml``,
``data/programme.yaml`` or ``data/actions/`` loads as before. Every reference is checked (with
the nearest id suggested), except references into a file that is itself unusable, which is
reported once, at that file. Called by ``ambition.loading.repository.load_repository`` with
the models the files held.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ambition import layout
from ambition.loading.findings import Findings
from ambition.loading.names import nearest
from ambition.messages.text import listing, text
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
from ambition.yaml.positions import YamlPath


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


def check_action_plan(
    findings: Findings,
    documents_file: SteeringDocumentsFile | None,
    programme: Programme | None,
    actions: Mapping[str, Action],
    project: Project | None,
    goals: Mapping[str, Goal],
    indicators: Mapping[str, Indicator],
    organisation_ids: set[str] | None,
) -> ActionPlanFiles:
    """Check every reference from and into the optional files; the steering documents by id.

    ``documents_file`` and ``programme`` are None when their file is missing or unusable (which
    ``findings.unusable`` tells apart); ``organisation_ids`` is None when
    ``data/organisations.yaml`` is unusable; ``project`` None when ``ambition.yaml`` is.
    """
    documents = _steering_documents(findings, documents_file)
    goals_usable = findings.usable_folder(layout.GOAL.folder)
    focus_areas = {f.id for f in programme.focus_areas} if programme is not None else set()
    known = _Known(
        steering_documents=(
            set(documents) if layout.STEERING_DOCUMENTS.pattern not in findings.unusable else None
        ),
        focus_areas=focus_areas if layout.PROGRAMME.pattern not in findings.unusable else None,
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
        _check_programme(findings, programme, known)
    for goal in goals.values():
        relpath = layout.GOAL.path(goal.id)
        _check_documents(findings, relpath, ("steering_documents",), goal.steering_documents, known)
        for index, area in enumerate(goal.measurement_areas):
            _check_documents(
                findings,
                relpath,
                ("measurement_areas", index, "steering_documents"),
                area.steering_documents,
                known,
            )
    for indicator in indicators.values():
        _check_documents(
            findings,
            layout.INDICATOR.path(indicator.id),
            ("steering_documents",),
            indicator.steering_documents,
            known,
        )
    for action in actions.values():
        _check_action(findings, layout.ACTION.path(action.id), action, known)
    return ActionPlanFiles(documents, programme, dict(actions))


def _steering_documents(
    findings: Findings, loaded: SteeringDocumentsFile | None
) -> dict[str, SteeringDocument]:
    """The steering documents by id; an id used twice is reported and the first one kept."""
    documents: dict[str, SteeringDocument] = {}
    if loaded is None:
        return documents
    findings.repeated_ids(
        layout.STEERING_DOCUMENTS.pattern,
        "steering_documents",
        (d.id for d in loaded.steering_documents),
        "steering document",
    )
    for document in loaded.steering_documents:
        documents.setdefault(document.id, document)
    return documents


def _check_programme(findings: Findings, programme: Programme, known: _Known) -> None:
    relpath = layout.PROGRAMME.pattern
    if programme.steering_document is not None:
        _check_documents(
            findings, relpath, ("steering_document",), [programme.steering_document], known
        )
    findings.repeated_ids(
        relpath, "focus_areas", (a.id for a in programme.focus_areas), "focus area"
    )
    for index, area in enumerate(programme.focus_areas):
        for position, goal_id in enumerate(area.goals):
            _check_goal(
                findings, relpath, ("focus_areas", index, "goals", position), goal_id, known
            )


def _check_documents(
    findings: Findings,
    relpath: str,
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
            findings.report(
                relpath,
                path if single else (*path, position),
                "unknown-reference",
                text("unknown-reference.steering-document", id=document_id),
                nearest(document_id, known.steering_documents)
                or text(
                    "unknown-reference.steering-document.fix",
                    path=layout.STEERING_DOCUMENTS.pattern,
                ),
            )


def _check_goal(
    findings: Findings, relpath: str, path: YamlPath, goal_id: str, known: _Known
) -> None:
    if known.goals is not None and goal_id not in known.goals:
        findings.report(
            relpath,
            path,
            "unknown-reference",
            text("unknown-reference.goal", id=goal_id),
            nearest(goal_id, known.goals)
            or text("unknown-reference.goal.fix", folder=f"{layout.GOAL.folder}/"),
        )


def _check_action(findings: Findings, relpath: str, action: Action, known: _Known) -> None:
    if (
        action.focus_area is not None
        and known.focus_areas is not None
        and action.focus_area not in known.focus_areas
    ):
        findings.report(
            relpath,
            ("focus_area",),
            "unknown-reference",
            text("unknown-reference.focus-area", id=action.focus_area),
            nearest(action.focus_area, known.focus_areas)
            or text("unknown-reference.focus-area.fix", path=layout.PROGRAMME.pattern),
        )
    for position, goal_id in enumerate(action.goals):
        _check_goal(findings, relpath, ("goals", position), goal_id, known)
    area = action.measurement_area
    if area is not None and known.areas is not None:
        if area not in known.areas:
            findings.report(
                relpath,
                ("measurement_area",),
                "unknown-reference",
                text("unknown-reference.area", id=area),
                nearest(area, known.areas) or text("unknown-reference.area.fix"),
            )
        elif known.areas[area] not in action.goals:
            findings.report(
                relpath,
                ("measurement_area",),
                "area-not-in-goals",
                text("area-not-in-goals", area=area, goal=known.areas[area]),
                text(
                    "area-not-in-goals.fix",
                    goal=known.areas[area],
                    goals=listing([f"'{g}'" for g in action.goals], "or"),
                ),
            )
    if known.organisations is not None and action.responsible not in known.organisations:
        findings.report(
            relpath,
            ("responsible",),
            "unknown-reference",
            text("unknown-reference.organisation", id=action.responsible),
            nearest(action.responsible, known.organisations)
            or text("unknown-reference.organisation.fix", path=layout.ORGANISATIONS.pattern),
        )
    _check_documents(findings, relpath, ("steering_documents",), action.steering_documents, known)
    if action.status is ActionStatus.DONE and action.completed is None:
        findings.report(
            relpath,
            ("status",),
            "completion-date-missing",
            text("completion-date-missing"),
            text("completion-date-missing.fix"),
        )
    if known.periods is not None:
        for period_id in action.progress:
            if period_id not in known.periods:
                findings.report(
                    relpath,
                    ("progress", period_id),
                    "unknown-period",
                    text("unknown-period.progress", id=period_id),
                    nearest(period_id, known.periods) or text("unknown-period.fix"),
                    key=True,
                )
