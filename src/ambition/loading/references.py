"""Checks across the core files: periods, organisations, goals, areas and indicators.

Every reference names something that exists (with the nearest id suggested), and ids and goal
numbers are unique. References into a file that is itself unusable are not checked: that file
is reported once, where it is.
"""

from collections.abc import Mapping

from ambition import layout
from ambition.loading.findings import Findings
from ambition.loading.names import nearest
from ambition.messages.text import text
from ambition.models import Goal, Indicator, Organisation, OrganisationsFile, Project


def check_project(findings: Findings, project: Project) -> None:
    """Period ids are unique and no deadline lies before its period's closing date."""
    relpath = layout.PROJECT.pattern
    findings.repeated_ids(relpath, "periods", (p.id for p in project.periods), "period")
    for index, period in enumerate(project.periods):
        if period.deadline is not None and period.deadline < period.closing_date:
            findings.report(
                relpath,
                ("periods", index, "deadline"),
                "deadline-before-closing",
                text(
                    "deadline-before-closing",
                    deadline=str(period.deadline),
                    closing=str(period.closing_date),
                ),
                text("deadline-before-closing.fix"),
            )


def organisations_by_id(findings: Findings, loaded: OrganisationsFile) -> dict[str, Organisation]:
    """The organisations by id; an id used twice is reported, the last one kept."""
    findings.repeated_ids(
        layout.ORGANISATIONS.pattern,
        "organisations",
        (o.id for o in loaded.organisations),
        "organisation",
    )
    return {organisation.id: organisation for organisation in loaded.organisations}


def check_references(
    findings: Findings,
    goals: Mapping[str, Goal],
    indicators: Mapping[str, Indicator],
    organisation_ids: set[str],
) -> None:
    """Owners and responsible organisations exist, goal numbers and area ids are unique, every
    indicator's area exists, and no target lies before its baseline."""
    area_ids: dict[str, str] = {}
    numbers: dict[int, str] = {}
    # With a goal file unusable its areas are unknown: references to areas are not checked.
    areas_known = findings.usable_folder(layout.GOAL.folder)
    for goal in goals.values():
        relpath = layout.GOAL.path(goal.id)
        if goal.owner not in organisation_ids:
            findings.report(
                relpath,
                ("owner",),
                "unknown-reference",
                text("unknown-reference.organisation", id=goal.owner),
                nearest(goal.owner, organisation_ids)
                or text("unknown-reference.organisation.fix", path=layout.ORGANISATIONS.pattern),
            )
        if goal.number in numbers:
            findings.report(
                relpath,
                ("number",),
                "duplicate-number",
                text("duplicate-number", number=goal.number, other=numbers[goal.number]),
                text("duplicate-number.fix"),
            )
        numbers[goal.number] = goal.id
        for index, area in enumerate(goal.measurement_areas):
            if area.id in area_ids:
                findings.report(
                    relpath,
                    ("measurement_areas", index, "id"),
                    "duplicate-id",
                    text("duplicate-id.area", id=area.id, goal=area_ids[area.id]),
                    text("duplicate-id.area.fix"),
                )
            area_ids[area.id] = goal.id
    for indicator in indicators.values():
        _check_indicator(findings, indicator, organisation_ids, area_ids, areas_known)


def _check_indicator(
    findings: Findings,
    indicator: Indicator,
    organisation_ids: set[str],
    area_ids: Mapping[str, str],
    areas_known: bool,
) -> None:
    relpath = layout.INDICATOR.path(indicator.id)
    if indicator.responsible not in organisation_ids:
        findings.report(
            relpath,
            ("responsible",),
            "unknown-reference",
            text("unknown-reference.organisation", id=indicator.responsible),
            nearest(indicator.responsible, organisation_ids)
            or text("unknown-reference.organisation.fix", path=layout.ORGANISATIONS.pattern),
        )
    if indicator.measurement_area not in area_ids and areas_known:
        findings.report(
            relpath,
            ("measurement_area",),
            "unknown-reference",
            text("unknown-reference.area", id=indicator.measurement_area),
            nearest(indicator.measurement_area, area_ids) or text("unknown-reference.area.fix"),
        )
    if indicator.baseline is not None:
        for index, target in enumerate(indicator.targets):
            if target.year < indicator.baseline.year:
                findings.report(
                    relpath,
                    ("targets", index, "year"),
                    "target-before-baseline",
                    text(
                        "target-before-baseline",
                        year=target.year,
                        baseline=indicator.baseline.year,
                    ),
                    text("target-before-baseline.fix"),
                )
