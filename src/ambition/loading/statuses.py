"""Every status an expert or a goal owner writes is a degree of the period's scale: a check
across files, since the scale (``data/method.yaml``) and the period's kind (``ambition.yaml``)
live apart from the assessments.

A 'partly achieved' at the annual accounts of a scale without it, or a 'largely achieved' on
the common three-level scale, is refused (``status-off-scale``) with the scale's degrees in the
reader's language, from the scale's own labels; 'not assessed' is always allowed.
"""

from collections.abc import Iterator, Mapping

from ambition import layout
from ambition.loading.findings import Findings
from ambition.messages.text import Text, listing, text
from ambition.models import GoalAssessment, IndicatorAssessment, Method, Project, Status
from ambition.models.assessment import Assessment

Where = tuple[str | int, ...]


def _statuses(assessment: Assessment, where: Where = ()) -> Iterator[tuple[Where, Status]]:
    """Every status written in ``assessment`` and its parts, with its key path."""
    if assessment.status is not None:
        yield (*where, "status"), assessment.status
    parts: Mapping[str, Assessment] = {}
    for name in ("breakdowns", "areas", "sub_goals"):
        parts = getattr(assessment, name, {})
        for key, part in parts.items():
            yield from _statuses(part, (*where, name, key))


def check_statuses_on_scale(
    findings: Findings,
    project: Project | None,
    method: Method | None,
    indicator_assessments: Mapping[tuple[str, str], IndicatorAssessment],
    goal_assessments: Mapping[tuple[str, str], GoalAssessment],
) -> None:
    """Report (``status-off-scale``) each status of an assessment that is not a degree of its
    period's scale (``Scale.levels_for`` the period's kind) nor 'not assessed'. Nothing is
    checked without a usable project or method (their own files are reported)."""
    if project is None or method is None:
        return
    kinds = {period.id: period.kind for period in project.periods}
    files = [
        *((layout.INDICATOR_ASSESSMENT, key, a) for key, a in indicator_assessments.items()),
        *((layout.GOAL_ASSESSMENT, key, a) for key, a in goal_assessments.items()),
    ]
    for kind, (period, item_id), assessment in files:
        if period not in kinds:
            continue
        levels = method.scale.levels_for(kinds[period])
        for where, status in _statuses(assessment):
            if status is Status.NOT_ASSESSED or status in levels:
                continue
            labels: list[str | Text] = [
                text(
                    "status-off-scale.label",
                    sv=method.scale.style(s).label.sv,
                    en=method.scale.style(s).label.en,
                )
                for s in levels
            ]
            findings.report(
                kind.path(period, item_id),
                where,
                "status-off-scale",
                text(
                    "status-off-scale", status=status.value, period=period, degrees=listing(labels)
                ),
                text(
                    "status-off-scale.fix",
                    values=listing([s.value for s in levels], "or"),
                ),
            )
