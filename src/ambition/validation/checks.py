"""Checks that need the method or the periods: justifications, stale values, targets met at
the baseline, actions past their due date, references to steering documents no longer in force.

They read the method's results (``PeriodResult`` per period), computed once by
``ambition.validation.validate`` and used again by the command that asked.
"""

import difflib

from ambition import layout
from ambition.diagnostics import Diagnostic, Severity
from ambition.forge import codeowners
from ambition.messages.text import Text, text
from ambition.method.engine import rule_name
from ambition.method.results import PeriodResult
from ambition.method.targets import meets
from ambition.models import Status
from ambition.models.method import RelativeRule
from ambition.repository import Repository
from ambition.validation.held_back import HeldBack, held_back


def _at(
    repository: Repository,
    relpath: str,
    path: tuple[str | int, ...],
    code: str,
    message: Text,
    hint: Text,
    severity: Severity = Severity.ERROR,
) -> Diagnostic:
    source = repository.sources.get(relpath)
    line, column = source.locate(path) if source else (0, 0)
    return Diagnostic(
        relpath, line, column, code, message, severity, hint, ".".join(str(p) for p in path) or None
    )


def status_text(repository: Repository, status: Status) -> Text:
    """``status`` by its label on the repository's scale (``method.yaml``), in the language
    the message is shown in: 'Delvis uppfyllt' in Swedish, 'Partly achieved' in English."""
    label = repository.method.scale.style(status).label
    return text("words.label", sv=label.sv, en=label.en)


def check_period(
    repository: Repository, result: PeriodResult, waiting: HeldBack | None = None
) -> list[Diagnostic]:
    """The findings of the method's ``result`` for one period: every goal, area, sub-goal and
    indicator whose status differs from the proposal without a justification.

    A goal's, an area's or a sub-goal's ``justification-missing`` waits while an indicator file
    it rests on does not load (``waiting``: ``held_back(repository)``, computed here when not
    given; a caller checking several periods computes it once).
    """
    found: list[Diagnostic] = []
    hint = text("justification-missing.fix")
    waiting = waiting if waiting is not None else held_back(repository)
    period = result.period
    for goal in result.goals:
        goal_file = layout.GOAL_ASSESSMENT.path(period.id, goal.goal.id)
        if goal.justification_missing and not waiting.goal(goal.goal.id):
            found.append(
                _at(
                    repository,
                    goal_file,
                    ("status",),
                    "justification-missing",
                    text(
                        "justification-missing",
                        status=status_text(repository, goal.status),
                        proposal=status_text(repository, goal.proposal.status),
                    ),
                    hint,
                )
            )
        parts = [
            ("areas", a.area.id, "justification-missing.area", "area", a) for a in goal.areas
        ] + [
            ("sub_goals", g.sub_goal.id, "justification-missing.sub-goal", "sub_goal", g)
            for g in goal.sub_goals
        ]
        for key, part_id, message, name, part in parts:
            if part.justification_missing and not waiting.part(part_id):
                found.append(
                    _at(
                        repository,
                        goal_file,
                        (key, part_id, "status"),
                        "justification-missing",
                        text(
                            message,
                            status=status_text(repository, part.status),
                            proposal=status_text(repository, part.proposal.status),
                            **{name: part_id},
                        ),
                        hint,
                    )
                )
        for item in goal.indicators:
            if item.justification_missing:
                relpath = layout.INDICATOR_ASSESSMENT.path(period.id, item.indicator.id)
                found.append(
                    _at(
                        repository,
                        relpath,
                        ("status",),
                        "justification-missing",
                        text(
                            "justification-missing",
                            status=status_text(repository, item.status),
                            proposal=status_text(repository, item.proposal.status),
                        ),
                        hint,
                    )
                )

    return found


def check_across_periods(repository: Repository) -> list[Diagnostic]:
    """The findings that need no period's result: rules, forecast values in annual periods,
    analyses, the action plan, breakdown targets, CODEOWNERS, values gone stale by the latest
    period, and targets already met at the baseline."""
    found = _check_rules(repository)
    found.extend(_check_forecast_values(repository))
    if repository.method.analysis_required:
        found.extend(_check_analyses(repository))
    found.extend(_check_action_plan(repository))
    found.extend(_check_breakdown_targets(repository))
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
                    text(
                        "stale-value",
                        year=max(years),
                        limit=limit,
                        period=latest_period.id,
                        period_year=latest_period.year,
                    ),
                    text("stale-value.fix"),
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
                            text(
                                "target-met-at-baseline",
                                year=target.year,
                                baseline=indicator.baseline.year,
                            ),
                            text("target-met-at-baseline.fix"),
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
                        text("forecast-in-annual-period", key=key, period=period_id),
                        text("forecast-in-annual-period.fix", key=key),
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
                    text("unknown-rule", name=name),
                    text("nearest", option=nearest[0])
                    if nearest
                    else text("unknown-rule.fix", rules=", ".join(sorted(rules))),
                )
            )
        elif isinstance(rule, RelativeRule) and rule.reference not in indicator.references:
            found.append(
                _at(
                    repository,
                    relpath,
                    ("rule",),
                    "missing-reference",
                    text("missing-reference", name=name, reference=rule.reference),
                    text("missing-reference.fix", reference=rule.reference),
                )
            )
    return found


def _check_analyses(repository: Repository) -> list[Diagnostic]:
    """Every assessment that has a status also has an analysis (when the method says so)."""
    found: list[Diagnostic] = []
    hint = text("analysis-missing.fix")
    for (period_id, indicator_id), item in repository.indicator_assessments.items():
        if item.status is not None and not (item.analysis or "").strip():
            found.append(
                _at(
                    repository,
                    layout.INDICATOR_ASSESSMENT.path(period_id, indicator_id),
                    ("status",),
                    "analysis-missing",
                    text("analysis-missing"),
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
                    text("analysis-missing"),
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
                    text(
                        "action-overdue",
                        due=str(action.due),
                        period=latest.id,
                        closing=str(latest.closing_date),
                        status=text(f"action-status.{action.status.value}"),
                    ),
                    text("action-overdue.fix"),
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
                    text(
                        "steering-document-expired",
                        id=document_id,
                        valid_to=str(document.valid_to),
                        period=latest.id,
                        year=latest.year,
                    ),
                    text("steering-document-expired.fix", path=layout.STEERING_DOCUMENTS.pattern),
                    Severity.WARNING,
                )
            )
    return found


def _check_breakdown_targets(repository: Repository) -> list[Diagnostic]:
    """A warning for each target of an indicator that a breakdown row without targets of its
    own cannot have: a direction or formula from a year the row has no value for."""
    found = []
    for indicator in repository.indicators.values():
        for key, row in indicator.breakdowns.items():
            if row.targets is not None:
                continue
            kept = {(t.year, t.comparison) for t in indicator.breakdown(key).targets}
            for index, target in enumerate(indicator.targets):
                if (target.year, target.comparison) in kept:
                    continue
                year = target.reference_year or (target.derived and target.derived.first_year)
                found.append(
                    _at(
                        repository,
                        layout.INDICATOR.path(indicator.id),
                        ("breakdowns", key),
                        "breakdown-without-target",
                        text(
                            "breakdown-without-target"
                            if year
                            else "breakdown-without-target.baseline",
                            index=index,
                            comparison=target.comparison.value,
                            year=target.year,
                            key=key,
                            needed=year,
                        ),
                        text("breakdown-without-target.fix"),
                        Severity.WARNING,
                    )
                )
    return found
