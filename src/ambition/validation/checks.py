"""Checks that need the method or the periods: justifications, stale values, targets met at
the baseline, actions past their due date, references to steering documents no longer in force.

They read the method's results (``PeriodResult`` per period), computed once by
``ambition.validation.validate`` and used again by the command that asked.
"""

import difflib
from collections.abc import Mapping

from ambition import layout
from ambition.diagnostics import Diagnostic, Severity
from ambition.forge import codeowners
from ambition.method.engine import rule_name
from ambition.method.results import PeriodResult
from ambition.method.targets import meets
from ambition.models.method import RelativeRule
from ambition.repository import Repository


def _at(
    repository: Repository,
    relpath: str,
    path: tuple[str | int, ...],
    code: str,
    message: str,
    hint: str,
    severity: Severity = Severity.ERROR,
) -> Diagnostic:
    source = repository.sources.get(relpath)
    line, column = source.locate(path) if source else (0, 0)
    return Diagnostic(
        relpath, line, column, code, message, severity, hint, ".".join(str(p) for p in path) or None
    )


def check_repository(
    repository: Repository, results: Mapping[str, PeriodResult]
) -> list[Diagnostic]:
    """Findings that need the method or several files at once, for every configured period.

    ``results`` holds the method's result for each period id of ``repository.project.periods``.
    """
    found: list[Diagnostic] = []
    hint = (
        "add 'justification: …' saying why the status differs from the method's proposal, "
        "or use the proposed status"
    )
    for period in repository.project.periods:
        result = results[period.id]
        for goal in result.goals:
            goal_file = layout.GOAL_ASSESSMENT.path(period.id, goal.goal.id)
            if goal.differs and goal.assessment and not goal.assessment.justification:
                found.append(
                    _at(
                        repository,
                        goal_file,
                        ("status",),
                        "justification-missing",
                        f"the status '{goal.status}' differs from the proposal "
                        f"'{goal.proposal.status}' without a justification",
                        hint,
                    )
                )
            for area in goal.areas:
                if area.differs and area.assessment and not area.assessment.justification:
                    found.append(
                        _at(
                            repository,
                            goal_file,
                            ("areas", area.area.id, "status"),
                            "justification-missing",
                            f"the status '{area.status}' of area '{area.area.id}' "
                            f"differs from the proposal '{area.proposal.status}' "
                            "without a justification",
                            hint,
                        )
                    )
            for item in goal.indicators:
                if item.differs and item.assessment and not item.assessment.justification:
                    relpath = layout.INDICATOR_ASSESSMENT.path(period.id, item.indicator.id)
                    found.append(
                        _at(
                            repository,
                            relpath,
                            ("status",),
                            "justification-missing",
                            f"the status '{item.status}' differs from the proposal "
                            f"'{item.proposal.status}' without a justification",
                            hint,
                        )
                    )

    found.extend(_check_rules(repository))
    found.extend(_check_forecast_values(repository))
    if repository.method.analysis_required:
        found.extend(_check_analyses(repository))
    found.extend(_check_action_plan(repository))
    found.extend(codeowners.check(repository))

    latest_period = repository.period()
    limit = repository.method.stale_after_years
    for indicator in repository.indicators.values():
        relpath = layout.INDICATOR.path(indicator.id)
        years = [y for y in indicator.values if y <= latest_period.year]
        if years and latest_period.year - max(years) > limit:
            found.append(
                _at(
                    repository,
                    relpath,
                    ("values", max(years)),
                    "stale-value",
                    f"the latest value ({max(years)}) is more than {limit} years older "
                    f"than the period {latest_period.id} ({latest_period.year})",
                    "add newer values, or explain the gap in the assessment",
                    Severity.WARNING,
                )
            )
        if indicator.baseline is not None:
            for index, target in enumerate(indicator.targets):
                # A direction is stated from a reference year; it is not met there by design.
                if not target.directional and meets(
                    indicator.baseline.value, target.comparison, target.value, target.upper
                ):
                    found.append(
                        _at(
                            repository,
                            relpath,
                            ("targets", index, "value"),
                            "target-met-at-baseline",
                            f"the target for {target.year} is already met by the "
                            f"baseline ({indicator.baseline.year})",
                            "check that the target is ambitious enough",
                            Severity.WARNING,
                        )
                    )
    return found


def _check_forecast_values(repository: Repository) -> list[Diagnostic]:
    """A forecast or partial value in an annual period's assessment: the outcome is judged on
    the year's own value, so the method ignores it (method/forecast.py)."""
    found = []
    annual = {p.id for p in repository.project.periods if not p.forecast}
    for (period_id, indicator_id), assessment in repository.indicator_assessments.items():
        if period_id not in annual:
            continue
        for key in ("forecast_value", "partial_value"):
            if getattr(assessment, key) is not None:
                found.append(
                    _at(
                        repository,
                        layout.INDICATOR_ASSESSMENT.path(period_id, indicator_id),
                        (key,),
                        "forecast-in-annual-period",
                        f"'{key}' is used only in a tertial or interim period; the annual "
                        f"period {period_id} is judged on the year's own value",
                        f"remove '{key}', or add the year's value to the indicator's values",
                        Severity.WARNING,
                    )
                )
    return found


def _check_rules(repository: Repository) -> list[Diagnostic]:
    """Every indicator's rule exists in the method, and a relative rule finds its reference."""
    found: list[Diagnostic] = []
    rules = repository.method.all_rules()
    for indicator in repository.indicators.values():
        relpath = layout.INDICATOR.path(indicator.id)
        name = rule_name(indicator, repository.method)
        rule = rules.get(name)
        if rule is None:
            nearest = difflib.get_close_matches(name, list(rules), n=1, cutoff=0.5)
            found.append(
                _at(
                    repository,
                    relpath,
                    ("rule",),
                    "unknown-rule",
                    f"there is no rule '{name}' in the method",
                    f"did you mean '{nearest[0]}'?"
                    if nearest
                    else f"use one of {', '.join(sorted(rules))}, or name a rule (e.g. a "
                    "'relative' one, which needs a reference) under 'rules:' in data/method.yaml",
                )
            )
        elif isinstance(rule, RelativeRule) and rule.reference not in indicator.references:
            found.append(
                _at(
                    repository,
                    relpath,
                    ("rule",),
                    "missing-reference",
                    f"the rule '{name}' compares with the reference series "
                    f"'{rule.reference}', which this indicator does not have",
                    f"add 'references: {{{rule.reference}: {{name: …, values: …}}}}'",
                )
            )
    return found


def _check_analyses(repository: Repository) -> list[Diagnostic]:
    """Every assessment that has a status also has an analysis (when the method says so)."""
    found: list[Diagnostic] = []
    hint = "add 'analysis: …' with the assessment's reasons; the method requires one"
    for (period_id, indicator_id), item in repository.indicator_assessments.items():
        if item.status is not None and not (item.analysis or "").strip():
            found.append(
                _at(
                    repository,
                    layout.INDICATOR_ASSESSMENT.path(period_id, indicator_id),
                    ("status",),
                    "analysis-missing",
                    "the assessment has a status but no analysis",
                    hint,
                )
            )
    for (period_id, goal_id), goal in repository.goal_assessments.items():
        if goal.status is not None and not (goal.analysis or "").strip():
            found.append(
                _at(
                    repository,
                    layout.GOAL_ASSESSMENT.path(period_id, goal_id),
                    ("status",),
                    "analysis-missing",
                    "the assessment has a status but no analysis",
                    hint,
                )
            )
    return found


def _check_action_plan(repository: Repository) -> list[Diagnostic]:
    """Warnings as of the latest period: actions past their due date that are neither done nor
    cancelled, and references to steering documents whose last year lies before the period's.

    The period's closing date, not today's date, is the reference, so validation gives the
    same result whenever it runs.
    """
    found: list[Diagnostic] = []
    latest = repository.period()
    for action in repository.actions.values():
        if action.overdue(latest.closing_date):
            found.append(
                _at(
                    repository,
                    layout.ACTION.path(action.id),
                    ("due",),
                    "action-overdue",
                    f"the due date {action.due} passed before the period {latest.id} closed "
                    f"({latest.closing_date}), and the status is '{action.status}'",
                    "set a new due date and say why in the progress note, or mark the action "
                    "done (with 'completed: YYYY-MM-DD') or cancelled",
                    Severity.WARNING,
                )
            )
    references: list[tuple[str, tuple[str | int, ...], list[str]]] = []
    for goal in repository.goals:
        relpath = layout.GOAL.path(goal.id)
        references.append((relpath, ("steering_documents",), goal.steering_documents))
        for index, area in enumerate(goal.measurement_areas):
            path: tuple[str | int, ...] = ("measurement_areas", index, "steering_documents")
            references.append((relpath, path, area.steering_documents))
    for indicator in repository.indicators.values():
        relpath = layout.INDICATOR.path(indicator.id)
        references.append((relpath, ("steering_documents",), indicator.steering_documents))
    for action in repository.actions.values():
        if not action.status.closed:
            relpath = layout.ACTION.path(action.id)
            references.append((relpath, ("steering_documents",), action.steering_documents))
    for relpath, path, document_ids in references:
        for position, document_id in enumerate(document_ids):
            document = repository.steering_documents.get(document_id)
            if document is None or document.valid_to is None or document.valid_to >= latest.year:
                continue
            found.append(
                _at(
                    repository,
                    relpath,
                    (*path, position),
                    "steering-document-expired",
                    f"the steering document '{document_id}' applied until {document.valid_to}, "
                    f"before the period {latest.id} ({latest.year})",
                    "refer to the document that replaced it, or extend its 'valid_to' in "
                    f"{layout.STEERING_DOCUMENTS.pattern} if it still applies",
                    Severity.WARNING,
                )
            )
    return found
