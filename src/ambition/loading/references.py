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
from ambition.models import (
    Goal,
    GoalAssessment,
    Indicator,
    IndicatorAssessment,
    Organisation,
    OrganisationsFile,
    Project,
)
from ambition.models.method import Method


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
            clash = (
                text("duplicate-id.sub-goal.sub-goal", id=sub_goal.id, goal=seen[sub_goal.id])
                if sub_goal.id in seen
                else text("duplicate-id.sub-goal.area", id=sub_goal.id, goal=area_ids[sub_goal.id])
            )
            findings.report(
                relpath, (*where, "id"), "duplicate-id", clash, text("duplicate-id.sub-goal.fix")
            )
        seen.setdefault(sub_goal.id, goal.id)
        if sub_goal.owner is not None and sub_goal.owner not in organisation_ids:
            findings.report(
                relpath,
                (*where, "owner"),
                "unknown-reference",
                text("unknown-reference.organisation", id=sub_goal.owner),
                nearest(sub_goal.owner, organisation_ids)
                or text("unknown-reference.organisation.fix", path=layout.ORGANISATIONS.pattern),
            )
        for position, area in enumerate(sub_goal.measurement_areas):
            at = (*where, "measurement_areas", position)
            if area not in own_areas:
                elsewhere = area_ids.get(area)
                findings.report(
                    relpath,
                    at,
                    "unknown-reference",
                    text(
                        "unknown-reference.sub-goal-area.elsewhere",
                        goal=goal.id,
                        area=area,
                        other=elsewhere,
                    )
                    if elsewhere
                    else text("unknown-reference.sub-goal-area", goal=goal.id, area=area),
                    nearest(area, own_areas) or text("unknown-reference.sub-goal-area.fix"),
                )
            elif area in grouped:
                findings.report(
                    relpath,
                    at,
                    "duplicate-id",
                    text("duplicate-id.area-in-sub-goals", area=area, sub_goal=grouped[area]),
                    text("duplicate-id.area-in-sub-goals.fix"),
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
                    text("unknown-reference.breakdown", indicator=indicator_id, key=key),
                    nearest(key, known)
                    or (
                        text(
                            "unknown-reference.breakdown.fix",
                            path=layout.INDICATOR.path(indicator_id),
                            known=", ".join(known),
                        )
                        if known
                        else text(
                            "unknown-reference.breakdown.none",
                            path=layout.INDICATOR.path(indicator_id),
                        )
                    ),
                    key=True,
                )


def check_rollup_breakdowns(
    findings: Findings, method: Method, indicators: Mapping[str, Indicator]
) -> None:
    """Every breakdown a roll-up of the method counts (``Rollup.breakdown``, in ``rollup`` or
    ``rollup_by_level``) is a breakdown row of at least one indicator. Not checked while an
    indicator file is unusable (its rows are unknown)."""
    if not findings.usable_folder(layout.INDICATOR.folder):
        return
    known = sorted({key for indicator in indicators.values() for key in indicator.breakdowns})
    levels = [(("rollup",), method.rollup)] + [
        (("rollup_by_level", level), getattr(method.rollup_by_level, level))
        for level in ("measurement_area", "sub_goal", "goal")
    ]
    for where, rollup in levels:
        if rollup is None or rollup.breakdown is None or rollup.breakdown in known:
            continue
        findings.report(
            layout.METHOD.pattern,
            (*where, "breakdown"),
            "unknown-reference",
            text("unknown-reference.rollup-breakdown", key=rollup.breakdown),
            nearest(rollup.breakdown, known)
            or (
                text("unknown-reference.rollup-breakdown.fix", known=", ".join(known))
                if known
                else text("unknown-reference.rollup-breakdown.none")
            ),
        )


def check_goal_part_assessments(
    findings: Findings,
    assessments: Mapping[tuple[str, str], GoalAssessment],
    goals: Mapping[str, Goal],
) -> None:
    """Every measurement area and sub-goal a goal assessment assesses (``areas:``,
    ``sub_goals:``) is one of its goal's."""
    for (period, goal_id), assessment in assessments.items():
        goal = goals[goal_id]
        parts = (
            ("areas", "area", assessment.areas, [a.id for a in goal.measurement_areas]),
            ("sub_goals", "sub-goal", assessment.sub_goals, [s.id for s in goal.sub_goals]),
        )
        for key, what, assessed, known in parts:
            for part in assessed:
                if part in known:
                    continue
                path = layout.GOAL.path(goal_id)
                findings.report(
                    layout.GOAL_ASSESSMENT.path(period, goal_id),
                    (key, part),
                    "unknown-reference",
                    text(f"unknown-reference.assessed-{what}", goal=goal_id, key=part),
                    nearest(part, known)
                    or (
                        text(
                            f"unknown-reference.assessed-{what}.fix",
                            path=path,
                            known=", ".join(known),
                        )
                        if known
                        else text(f"unknown-reference.assessed-{what}.none", path=path)
                    ),
                    key=True,
                )
