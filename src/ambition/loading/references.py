"""Checks across the core files: periods, organisations, goals, areas and indicators.

Every reference names something that exists (with the nearest id suggested), and ids and goal
numbers are unique. References into a file that is itself unusable are not checked: that file
is reported once, where it is.
"""

from collections.abc import Mapping

from ambition import layout
from ambition.loading.findings import Findings
from ambition.loading.names import nearest
from ambition.models import (
    Goal,
    Indicator,
    IndicatorAssessment,
    Organisation,
    OrganisationsFile,
    Project,
)


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
                f"the deadline {period.deadline} is before the closing date {period.closing_date}",
                "the deadline comes after the period closes",
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
    indicator's area exists, sub-goals group areas of their own goal, and no target lies before
    its baseline."""
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
                f"there is no organisation '{goal.owner}'",
                nearest(goal.owner, organisation_ids)
                or f"add it to {layout.ORGANISATIONS.pattern}",
            )
        if goal.number in numbers:
            findings.report(
                relpath,
                ("number",),
                "duplicate-number",
                f"goal number {goal.number} is also used by goal '{numbers[goal.number]}'",
                "give each goal its own number",
            )
        numbers[goal.number] = goal.id
        for index, area in enumerate(goal.measurement_areas):
            if area.id in area_ids:
                findings.report(
                    relpath,
                    ("measurement_areas", index, "id"),
                    "duplicate-id",
                    f"the measurement area id '{area.id}' is also used in goal "
                    f"'{area_ids[area.id]}'",
                    "area ids are unique across all goals",
                )
            area_ids[area.id] = goal.id
    sub_goal_ids: dict[str, str] = {}
    for goal in goals.values():
        _check_sub_goals(findings, goal, organisation_ids, area_ids, sub_goal_ids)
    for indicator in indicators.values():
        _check_indicator(findings, indicator, organisation_ids, area_ids, areas_known)


def _check_sub_goals(
    findings: Findings,
    goal: Goal,
    organisation_ids: set[str],
    area_ids: Mapping[str, str],
    seen: dict[str, str],
) -> None:
    """A sub-goal's id is unique (among sub-goals and areas), its owner exists, and it groups
    areas of its own goal, each area in one sub-goal at most."""
    relpath = layout.GOAL.path(goal.id)
    own_areas = [a.id for a in goal.measurement_areas]
    grouped: dict[str, str] = {}
    for index, sub_goal in enumerate(goal.sub_goals):
        where = ("sub_goals", index)
        if sub_goal.id in seen or sub_goal.id in area_ids:
            other = (
                f"sub-goal of goal '{seen[sub_goal.id]}'"
                if sub_goal.id in seen
                else f"measurement area of goal '{area_ids[sub_goal.id]}'"
            )
            findings.report(
                relpath,
                (*where, "id"),
                "duplicate-id",
                f"the sub-goal id '{sub_goal.id}' is also used by a {other}",
                "sub-goal ids are unique across all goals, and differ from area ids",
            )
        seen.setdefault(sub_goal.id, goal.id)
        if sub_goal.owner is not None and sub_goal.owner not in organisation_ids:
            findings.report(
                relpath,
                (*where, "owner"),
                "unknown-reference",
                f"there is no organisation '{sub_goal.owner}'",
                nearest(sub_goal.owner, organisation_ids)
                or f"add it to {layout.ORGANISATIONS.pattern}",
            )
        for position, area in enumerate(sub_goal.measurement_areas):
            at = (*where, "measurement_areas", position)
            if area not in own_areas:
                elsewhere = area_ids.get(area)
                findings.report(
                    relpath,
                    at,
                    "unknown-reference",
                    f"goal '{goal.id}' has no measurement area '{area}'"
                    + (f" (it belongs to goal '{elsewhere}')" if elsewhere else ""),
                    nearest(area, own_areas)
                    or "a sub-goal groups areas listed under 'measurement_areas' of its goal",
                )
            elif area in grouped:
                findings.report(
                    relpath,
                    at,
                    "duplicate-id",
                    f"the measurement area '{area}' is already in sub-goal '{grouped[area]}'",
                    "an area belongs to one sub-goal at most: remove it from one of them",
                )
            grouped.setdefault(area, sub_goal.id)


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
            f"there is no organisation '{indicator.responsible}'",
            nearest(indicator.responsible, organisation_ids)
            or f"add it to {layout.ORGANISATIONS.pattern}",
        )
    if indicator.measurement_area not in area_ids and areas_known:
        findings.report(
            relpath,
            ("measurement_area",),
            "unknown-reference",
            f"there is no measurement area '{indicator.measurement_area}'",
            nearest(indicator.measurement_area, area_ids)
            or "measurement areas are listed in the goal files",
        )
    if indicator.baseline is not None:
        for index, target in enumerate(indicator.targets):
            if target.year < indicator.baseline.year:
                findings.report(
                    relpath,
                    ("targets", index, "year"),
                    "target-before-baseline",
                    f"the target year {target.year} is before the baseline year "
                    f"{indicator.baseline.year}",
                    "a target lies after its baseline",
                )


def check_breakdown_assessments(
    findings: Findings,
    assessments: Mapping[tuple[str, str], IndicatorAssessment],
    indicators: Mapping[str, Indicator],
) -> None:
    """Every breakdown an indicator assessment assesses is a breakdown of its indicator."""
    for (period, indicator_id), assessment in assessments.items():
        known = indicators[indicator_id].breakdowns
        for key in assessment.breakdowns:
            if key not in known:
                findings.report(
                    layout.INDICATOR_ASSESSMENT.path(period, indicator_id),
                    ("breakdowns", key),
                    "unknown-reference",
                    f"the indicator '{indicator_id}' has no breakdown '{key}'",
                    nearest(key, known)
                    or f"assess the breakdowns of {layout.INDICATOR.path(indicator_id)}: "
                    + (", ".join(known) or "it has none"),
                    key=True,
                )
