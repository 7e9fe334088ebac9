"""Render the follow-up report of a period as Markdown or HTML, whole, per goal or per organisation.

One report is one page per format. With ``split`` the report becomes an index page (the summary)
and a page per goal. Markdown reports get their charts as SVG files in a folder beside them, since
Markdown cannot hold an inline SVG; HTML reports are single self-contained files.
"""

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

import jinja2
from markupsafe import Markup

from ambition.action_plan import (
    ActionAtPeriod,
    ActionGroup,
    ActionPlanAtPeriod,
    SteeringReference,
    action_plan_at,
    goal_steering_documents,
)
from ambition.errors import AmbitionError
from ambition.method import GoalResult, IndicatorResult, PeriodResult, assess_period
from ambition.method.target_level import describe_target
from ambition.models import (
    ActionStatus,
    Decision,
    Period,
    Status,
    SteeringDocument,
    SteeringDocumentKind,
    Target,
    Trend,
)
from ambition.models.method import Method
from ambition.numbers import format_number
from ambition.report import labels as catalogue
from ambition.report.chart import Chart, build_chart
from ambition.report.environment import build_environment
from ambition.report.text import allowed_link
from ambition.repository import Repository


class ReportFormat(StrEnum):
    """Output formats of ``ambition report``."""

    MARKDOWN = "md"
    HTML = "html"


class Page(StrEnum):
    """Kinds of report page: a whole report, the index of a split report, one goal's page."""

    REPORT = "report"
    INDEX = "index"
    GOAL = "goal"


TEMPLATES = {
    (ReportFormat.MARKDOWN, Page.REPORT): "report.md.j2",
    (ReportFormat.MARKDOWN, Page.INDEX): "index.md.j2",
    (ReportFormat.MARKDOWN, Page.GOAL): "goal.md.j2",
    (ReportFormat.HTML, Page.REPORT): "report.html.j2",
    (ReportFormat.HTML, Page.INDEX): "index.html.j2",
    (ReportFormat.HTML, Page.GOAL): "goal.html.j2",
}
CHART_TEMPLATE = "chart.svg.j2"


class UnknownScopeError(AmbitionError):
    """A ``--goal`` or ``--org`` id that the repository does not hold."""


@dataclass(frozen=True)
class Scope:
    """What a report covers: every goal, or one goal, and/or one organisation's indicators."""

    goal: str | None = None
    organisation: str | None = None

    @property
    def suffix(self) -> str:
        """The part of a file name that names the scope, e.g. '-socialnamnden' or ''."""
        parts = [p for p in (self.organisation, self.goal) if p]
        return "".join(f"-{p}" for p in parts)


def select(result: PeriodResult, scope: Scope) -> PeriodResult:
    """``result`` narrowed to ``scope``.

    With a goal, only that goal. With an organisation, only the indicators it is responsible for,
    and only the areas and goals that hold one of them; the statuses of goals and areas are
    still those of all their indicators.
    """
    goals = [g for g in result.goals if scope.goal is None or g.goal.id == scope.goal]
    if scope.organisation is not None:
        narrowed = []
        for goal in goals:
            areas = tuple(
                replace(
                    area,
                    indicators=tuple(
                        i for i in area.indicators if i.indicator.responsible == scope.organisation
                    ),
                )
                for area in goal.areas
            )
            kept = tuple(area for area in areas if area.indicators)
            if kept:
                narrowed.append(replace(goal, areas=kept))
        goals = narrowed
    return replace(result, goals=tuple(goals))


def check_scope(repository: Repository, scope: Scope) -> None:
    """Raise UnknownScopeError when the scope names a goal or organisation that does not exist."""
    goal_ids = [g.id for g in repository.goals]
    if scope.goal is not None and scope.goal not in goal_ids:
        raise UnknownScopeError(f"unknown goal '{scope.goal}'; goals: {', '.join(goal_ids)}")
    if scope.organisation is not None and scope.organisation not in repository.organisations:
        known = ", ".join(repository.organisations)
        raise UnknownScopeError(
            f"unknown organisation '{scope.organisation}'; organisations: {known}"
        )


@dataclass(frozen=True)
class ReportContext:
    """Everything a report template receives: typed models, never ad-hoc dicts.

    ``result`` is the method applied to the period, narrowed to ``scope``; ``labels`` the label
    catalogue in ``lang``; ``organisations`` maps organisation ids to names. ``page`` says which
    page is rendered; ``goal`` is the goal of a goal page. ``goal_links`` maps goal ids to the
    file of their page in a split report (empty otherwise) and ``index_link`` names the index
    page from a goal page. ``chart_folder`` is where a Markdown report's chart files are, relative
    to it. ``plan`` is the action plan as of the period, narrowed to the scope's organisation;
    None when the repository has neither actions nor a programme.
    """

    repository: Repository
    period: Period
    result: PeriodResult
    lang: str
    labels: Mapping[str, str]
    organisations: Mapping[str, str]
    scope: Scope = Scope()
    page: Page = Page.REPORT
    goal: GoalResult | None = None
    goal_links: Mapping[str, str] = field(default_factory=dict)
    index_link: str | None = None
    chart_folder: str = ""
    plan: ActionPlanAtPeriod | None = None
    _charts: dict[str, Chart | None] = field(default_factory=dict, compare=False, repr=False)

    @property
    def method(self) -> Method:
        """The method in force, with its scale."""
        return self.repository.method

    @property
    def municipality(self) -> str:
        """The municipality's name."""
        return self.repository.project.municipality.name

    @property
    def period_title(self) -> str:
        """The period's display title, else its id."""
        return self.period.title or self.period.id

    @property
    def data_lang(self) -> str | None:
        """The language of the data's own text when it differs from the report's, else None."""
        data = self.repository.project.language
        return data if data != self.lang else None

    @property
    def data_lang_attribute(self) -> Markup:
        """' lang="sv"' for an element holding the data's own text in a report in another
        language, else ''."""
        if self.data_lang is None:
            return Markup("")
        return Markup(' lang="{}"').format(self.data_lang)

    @property
    def statuses(self) -> list[Status]:
        """The statuses of the scale, best first, 'not assessed' last."""
        return list(Status)

    @property
    def scope_note(self) -> str | None:
        """A sentence saying what the report is narrowed to, or None for the whole report."""
        notes = []
        if self.scope.organisation is not None:
            name = self.organisations[self.scope.organisation]
            notes.append(self.labels["scope_org"].format(name=name))
        if self.scope.goal is not None and self.page is not Page.GOAL:
            goal = next(g for g in self.repository.goals if g.id == self.scope.goal)
            notes.append(
                self.labels["scope_goal"].format(number=goal.number, title=goal.display_title)
            )
        return " ".join(notes) or None

    def safe_link(self, url: str) -> bool:
        """True when ``url`` may be a link in the report (http, https or mailto)."""
        return allowed_link(url)

    def decision_text(self, decision: Decision) -> str:
        """A decision's provenance in one line, e.g. 'Kommunfullmäktige, 14 juni 2019, § 56,
        KS 2019/160'."""
        parts = [decision.body]
        if decision.date is not None:
            parts.append(self.date(decision.date))
        parts += [p for p in (decision.paragraph, decision.registration_number) if p]
        return ", ".join(parts)

    def goal_href(self, goal: GoalResult) -> str:
        """Where a goal's section is: its page in a split report, else its anchor."""
        return self.goal_links.get(goal.goal.id, f"#goal-{goal.goal.id}")

    def status_label(self, status: Status) -> str:
        """The status in words, from the method's scale."""
        style = self.method.scale.style(status)
        return style.label.sv if self.lang == "sv" else style.label.en

    def status_description(self, status: Status) -> str:
        """What the status means, from the method's scale."""
        style = self.method.scale.style(status)
        return style.description.sv if self.lang == "sv" else style.description.en

    def status_symbol(self, status: Status) -> str:
        """The status symbol, shown beside the words."""
        return self.method.scale.style(status).symbol

    def status_colour(self, status: Status) -> str:
        """The status colour for text on white: the scale's colour where its contrast is at
        least 4.5:1, else the body text colour (colour never carries meaning alone)."""
        colour = self.method.scale.style(status).colour
        return colour if contrast_ratio(colour, "#ffffff") >= 4.5 else "#1f2328"

    def trend_label(self, trend: Trend) -> str:
        """The trend in words."""
        return catalogue.trend_label(trend, self.lang)

    def trend_symbol(self, trend: Trend) -> str:
        """The trend arrow."""
        return catalogue.trend_symbol(trend)

    def number(self, value: float, decimals: int) -> str:
        """A number in the report's language, rounded half up."""
        return format_number(value, decimals, self.lang)

    def date(self, date: dt.date) -> str:
        """A date in words in the report's language, e.g. '31 december 2022'."""
        return catalogue.format_date(date, self.lang)

    def target_text(self, target: Target, unit: str, decimals: int) -> str:
        """A target in words, e.g. 'högst 15 668 ton CO2-ekv (2045)'."""
        text = f"{describe_target(target, unit, decimals, self.lang)} ({target.year})"
        if target.national:
            text += f", {self.labels['national_target']}"
        return text

    def status_counts(self, statuses: Sequence[Status]) -> list[tuple[Status, int]]:
        """Counts per status in the scale's order, zero counts included."""
        return [(status, list(statuses).count(status)) for status in Status]

    def goal_counts(self) -> list[tuple[Status, int, int]]:
        """Per status of the scale: how many goals and how many indicators have it."""
        goals = [g.status for g in self.result.goals]
        indicators = [i.status for i in self.result.indicators]
        return [(s, goals.count(s), indicators.count(s)) for s in Status]

    def chart(self, result: IndicatorResult) -> Chart | None:
        """The chart of an indicator for the period, or None when it has no value yet."""
        key = result.indicator.id
        if key not in self._charts:
            self._charts[key] = build_chart(
                result.indicator, self.period, result.target, self.lang, self.labels
            )
        return self._charts[key]

    def chart_file(self, result: IndicatorResult) -> str:
        """The path of an indicator's chart file, relative to a Markdown report."""
        return f"{self.chart_folder}/{result.indicator.id}.svg"

    @property
    def action_statuses(self) -> list[ActionStatus]:
        """The statuses of an action, in the order planned, ongoing, done, delayed, cancelled."""
        return list(ActionStatus)

    def action_status_label(self, status: ActionStatus) -> str:
        """An action's status in words."""
        return catalogue.action_status_label(status, self.lang)

    def steering_kind_label(self, kind: SteeringDocumentKind) -> str:
        """The kind of a steering document in words."""
        return catalogue.steering_kind_label(kind, self.lang)

    def goal_actions(self, goal: GoalResult) -> ActionGroup:
        """The actions that serve ``goal`` (of the scope's organisation only, with one)."""
        assert self.plan is not None, "templates ask for actions only when there is a plan"
        return self.plan.for_goal(goal.goal)

    def goal_steering(self, goal: GoalResult) -> list[SteeringReference]:
        """The steering documents the goal rests on, and what refers to each."""
        return goal_steering_documents(self.repository, goal.goal)

    def referred_from(self, reference: SteeringReference) -> list[str]:
        """What refers to a steering document, in words: 'Målet', 'Mätområde: …', 'Indikator: …'."""
        return [
            *([self.labels["the_goal"]] if reference.from_goal else []),
            *(f"{self.labels['measurement_area']}: {title}" for title in reference.areas),
            *(f"{self.labels['indicator']}: {title}" for title in reference.indicators),
        ]

    def steering_documents(self, document_ids: Sequence[str]) -> list[SteeringDocument]:
        """The steering documents with ``document_ids`` (unknown ids left out), in that order."""
        known = self.repository.steering_documents
        return [known[i] for i in document_ids if i in known]

    def area_title(self, action: ActionAtPeriod) -> str:
        """The title of the action's measurement area, or '' without one."""
        found = self.repository.area(action.action.measurement_area or "")
        return found[1].title if found else ""

    def action_goals(self, action: ActionAtPeriod) -> list[str]:
        """The goals an action serves, as 'number. short title'."""
        goals = {g.id: g for g in self.repository.goals}
        return [
            f"{goals[i].number}. {goals[i].display_title}"
            for i in action.action.goals
            if i in goals
        ]


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG 2.1 contrast ratio of two '#rrggbb' colours, from 1.0 to 21.0."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class RenderedFile:
    """A rendered file: ``name`` relative to the output folder; ``report`` is False for assets
    (chart files of Markdown reports)."""

    name: str
    text: str
    report: bool = True


def _context(
    repository: Repository, period: Period, lang: str | None, scope: Scope
) -> ReportContext:
    language = lang or repository.project.language
    check_scope(repository, scope)
    return ReportContext(
        repository=repository,
        period=period,
        result=select(assess_period(repository, period), scope),
        lang=language,
        labels=catalogue.labels(language),
        organisations={o.id: o.name for o in repository.organisations.values()},
        scope=scope,
        plan=(
            action_plan_at(repository, period, scope.organisation)
            if repository.actions or repository.programme is not None
            else None
        ),
    )


def render_files(
    repository: Repository,
    period: Period,
    formats: Sequence[ReportFormat],
    lang: str | None = None,
    scope: Scope = Scope(),
    split: bool = False,
) -> list[RenderedFile]:
    """Every file of the report of ``period`` in ``formats``, in memory.

    File names start with the period id and the scope's suffix (``helar-2022-socialnamnden``);
    a split report adds one page per goal named ``<stem>-<goal-id>``; a Markdown report adds its
    charts as ``<stem>-charts/<indicator-id>.svg``. Raises UnknownScopeError for an unknown goal
    or organisation, jinja2.TemplateError for a broken template.
    """
    base = _context(repository, period, lang, scope)
    environment = build_environment(repository.root)
    stem = f"{period.id}{scope.suffix}"
    files: list[RenderedFile] = []
    for fmt in formats:
        chart_folder = f"{stem}-charts"
        context = replace(base, chart_folder=chart_folder)
        if split:
            links = {g.goal.id: f"{stem}-{g.goal.id}.{fmt.value}" for g in base.result.goals}
            index = replace(context, page=Page.INDEX, goal_links=links)
            files.append(RenderedFile(f"{stem}.{fmt.value}", _render(environment, fmt, index)))
            for goal in base.result.goals:
                page = replace(
                    context,
                    page=Page.GOAL,
                    goal=goal,
                    result=replace(base.result, goals=(goal,)),
                    index_link=f"{stem}.{fmt.value}",
                )
                files.append(RenderedFile(links[goal.goal.id], _render(environment, fmt, page)))
        else:
            files.append(RenderedFile(f"{stem}.{fmt.value}", _render(environment, fmt, context)))
        if fmt is ReportFormat.MARKDOWN:
            chart_template = environment.get_template(CHART_TEMPLATE)
            for result in base.result.indicators:
                chart = base.chart(result)
                if chart is not None:
                    text = chart_template.render(chart=chart, standalone=True)
                    files.append(RenderedFile(context.chart_file(result), text, report=False))
    return files


def _render(environment: jinja2.Environment, fmt: ReportFormat, context: ReportContext) -> str:
    template = environment.get_template(TEMPLATES[(fmt, context.page)])
    text = template.render(report=context)
    if fmt is ReportFormat.MARKDOWN:
        # Optional parts of the templates leave runs of blank lines; Markdown needs one.
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text


def render_report(
    repository: Repository,
    period: Period,
    fmt: ReportFormat,
    lang: str | None = None,
    scope: Scope = Scope(),
) -> str:
    """The report of ``period`` as one page of text in ``fmt``; ``lang`` defaults to the
    repository's. Raises UnknownScopeError for an unknown goal or organisation in ``scope``."""
    context = _context(repository, period, lang, scope)
    return _render(build_environment(repository.root), fmt, context)


def write_reports(
    repository: Repository,
    period: Period,
    formats: list[ReportFormat],
    output: Path,
    lang: str | None = None,
    scope: Scope = Scope(),
    split: bool = False,
) -> list[Path]:
    """Write the report of ``period`` into ``output`` (created if needed); returns the paths of
    the report pages (not of chart files). See :func:`render_files` for the file names.

    Each file is written to a temporary name and then renamed, so a reader never sees half a
    report. Raises OSError when the folder cannot be written.
    """
    files = render_files(repository, period, formats, lang, scope, split)
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for file in files:
        path = output / file.name
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(file.text, encoding="utf-8", newline="\n")
        temporary.replace(path)
        if file.report:
            written.append(path)
    return written
