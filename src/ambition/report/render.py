"""Render the follow-up report of a period as Markdown, HTML, PDF or Word, whole, per goal or per
organisation.

One report is one page per format. With ``split`` the report becomes an index page (the summary)
and a page per goal. Markdown reports get their charts as SVG files in a folder beside them, since
Markdown cannot hold an inline SVG; HTML reports are single self-contained files. The PDF
(:mod:`ambition.report.pdf`) and the Word document (:mod:`ambition.report.word`) are made from the
HTML of the whole report, one file each, also with ``split``.

Every function takes the method's result of the period as ``result`` when the caller has it
already (validation computes it); without it the method is applied here, once per call.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

import jinja2

import ambition.report.labels as catalogue
from ambition.action_plan import action_plan_at
from ambition.method.engine import assess_period
from ambition.method.results import IndicatorResult, PeriodResult
from ambition.models import Period
from ambition.report.apart import Apart, start
from ambition.report.chart_references import reference_styles
from ambition.report.context import Page, ReportContext
from ambition.report.download import export_download
from ambition.report.environment import CHART_TEMPLATE, build_environment
from ambition.report.forecasts import forecast_periods
from ambition.report.fragments import Fragments
from ambition.report.scope import WHOLE, Scope, check_scope, select
from ambition.repository import Repository


class ReportFormat(StrEnum):
    """Output formats of ``ambition report``."""

    MARKDOWN = "md"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"


TEMPLATES = {
    (ReportFormat.MARKDOWN, Page.REPORT): "report.md.j2",
    (ReportFormat.MARKDOWN, Page.INDEX): "index.md.j2",
    (ReportFormat.MARKDOWN, Page.GOAL): "goal.md.j2",
    (ReportFormat.HTML, Page.REPORT): "report.html.j2",
    (ReportFormat.HTML, Page.INDEX): "index.html.j2",
    (ReportFormat.HTML, Page.GOAL): "goal.html.j2",
}


@dataclass(frozen=True)
class RenderedFile:
    """A rendered file: ``name`` relative to the output folder, ``text`` its text (UTF-8) or,
    for PDF and Word, its bytes; ``report`` is False for assets (chart files of Markdown
    reports, the bulk download beside the report)."""

    name: str
    text: str | bytes
    report: bool = True


def build_context(
    repository: Repository,
    period: Period,
    lang: str | None = None,
    scope: Scope = WHOLE,
    *,
    result: PeriodResult | None = None,
    revision: str | None = None,
    forecasts: Sequence[PeriodResult] | None = None,
) -> ReportContext:
    """The context of the whole report of ``period`` in ``lang`` (default: the repository's),
    narrowed to ``scope``.

    ``result`` is the method applied to ``period`` (``assess_period``), computed here when None;
    ``revision`` names the git revision the repository was read at (``ReportContext.revision``).
    ``forecasts`` the results of the year's tertial and interim periods for an annual report
    (``forecasts.forecast_periods``), computed here when None.
    Raises UnknownScopeError for an unknown goal or organisation in ``scope`` and ValueError for
    a ``result`` of another period.
    """
    language = lang or repository.project.language
    check_scope(repository, scope)
    if result is None:
        result = assess_period(repository, period)
    elif result.period.id != period.id:
        raise ValueError(f"the result is of period '{result.period.id}', not '{period.id}'")
    if forecasts is None:
        forecasts = [assess_period(repository, p) for p in forecast_periods(repository, period)]
    selected = select(result, scope)
    return ReportContext(
        repository=repository,
        period=period,
        result=selected,
        lang=language,
        labels=catalogue.labels(language),
        organisations={o.id: o.name for o in repository.organisations.values()},
        scope=scope,
        plan=(
            action_plan_at(repository, period, scope.organisation)
            if repository.actions or repository.programme is not None
            else None
        ),
        revision=revision,
        forecast_results=tuple(forecasts),
        # One style per comparison series in every chart of the report and its pages.
        reference_styles=reference_styles(
            (i.indicator for i in selected.indicators), list(repository.project.references)
        ),
    )


def render_files(
    repository: Repository,
    period: Period,
    formats: Sequence[ReportFormat],
    lang: str | None = None,
    scope: Scope = WHOLE,
    split: bool = False,
    *,
    result: PeriodResult | None = None,
    revision: str | None = None,
    forecasts: Sequence[PeriodResult] | None = None,
) -> list[RenderedFile]:
    """Every file of the report of ``period`` in ``formats``, in memory.

    File names start with the period id and the scope's suffix (``helar-2022-socialnamnden``);
    a split report adds one page per goal named ``<stem>-<goal-id>`` and, unless the scope is
    one organisation, one page per organisation responsible for an indicator (when there are
    two or more) named ``<stem>-<organisation-id>`` (as ``--org`` names it); a Markdown report
    adds its charts as ``<stem>-charts/<indicator-id>.svg``; PDF and Word are one file each
    (``<stem>.pdf``, ``<stem>.docx``), split or not. A whole report in HTML or Markdown adds
    the period's export as ``<period>-export.csv`` (``report/download.py``), linked from its
    start page. ``result``, ``revision`` and ``forecasts`` as in :func:`build_context`.
    Raises UnknownScopeError for an unknown goal or organisation, jinja2.TemplateError for a
    broken template.
    """
    base = build_context(
        repository,
        period,
        lang,
        scope,
        result=result,
        revision=revision,
        forecasts=forecasts,
    )
    environment = build_environment(repository.root)
    stem = f"{period.id}{scope.suffix}"
    files: list[RenderedFile] = []
    download = None
    pages = {ReportFormat.HTML, ReportFormat.MARKDOWN}
    if scope == WHOLE and pages.intersection(formats):
        # The bulk download beside the report, linked from its start page (report/download.py).
        download, data = export_download(base.result)
        files.append(RenderedFile(download.name, data, report=False))
    for fmt in formats:
        chart_folder = f"{stem}-charts"
        context = replace(
            base, chart_folder=chart_folder, download=download if fmt in pages else None
        )
        if fmt in (ReportFormat.PDF, ReportFormat.DOCX):
            files.append(RenderedFile(f"{stem}.{fmt.value}", _document(environment, fmt, base)))
        elif split:
            links = {g.goal.id: f"{stem}-{g.goal.id}.{fmt.value}" for g in base.result.goals}
            # A page per organisation where the index lists them: two or more of them.
            owners = [] if scope.organisation else base.organisation_rows()
            org_links = {
                org: f"{stem}-{org}.{fmt.value}"
                for org, _, _ in (owners if len(owners) > 1 else [])
            }
            index = replace(
                context, page=Page.INDEX, goal_links=links, organisation_links=org_links
            )
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
            for org, name in org_links.items():
                org_page = context.for_organisation(org, index_link=f"{stem}.{fmt.value}")
                files.append(RenderedFile(name, _render(environment, fmt, org_page)))
        else:
            files.append(RenderedFile(f"{stem}.{fmt.value}", _render(environment, fmt, context)))
        if fmt is ReportFormat.MARKDOWN:
            for indicator, svg in _charts(environment, base):
                files.append(RenderedFile(context.chart_file(indicator), svg, report=False))
    return files


def _document(environment: jinja2.Environment, fmt: ReportFormat, context: ReportContext) -> bytes:
    """The PDF or the Word document of the whole report in ``context``, from its HTML.

    WeasyPrint and python-docx are imported only here: they cost an HTML report 0.1 s."""
    if fmt is ReportFormat.PDF:
        from ambition.report.pdf import html_to_pdf, print_stylesheet

        stylesheet = print_stylesheet(environment)
        html = _render(
            environment, ReportFormat.HTML, context, toc=True, print_stylesheet=stylesheet
        )
        return html_to_pdf(html)
    from ambition.report.word import html_to_docx

    html = _render(environment, ReportFormat.HTML, context)
    charts = {f"indicator-{i.indicator.id}": svg for i, svg in _charts(environment, context)}
    return html_to_docx(html, charts, context.lang)


def _charts(
    environment: jinja2.Environment, context: ReportContext
) -> list[tuple[IndicatorResult, str]]:
    """Each indicator with a chart, and the chart as a standalone SVG file's text."""
    template = environment.get_template(CHART_TEMPLATE)
    return [
        (indicator, template.render(chart=chart, standalone=True))
        for indicator in context.result.indicators
        if (chart := context.chart(indicator)) is not None
    ]


def _render(
    environment: jinja2.Environment, fmt: ReportFormat, context: ReportContext, **extra: object
) -> str:
    template = environment.get_template(TEMPLATES[(fmt, context.page)])
    variables = {"report": context, "once": Fragments(), **extra}
    # The last goals of a long HTML report in a second process (report/apart.py).
    apart = (
        start(environment, template, context, variables) if fmt is ReportFormat.HTML else Apart()
    )
    try:
        text = template.render(**variables, apart=apart)
    finally:
        apart.close()
    if fmt is ReportFormat.MARKDOWN:
        # Optional parts of the templates leave runs of blank lines; Markdown needs one.
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text


def render_report(
    repository: Repository,
    period: Period,
    fmt: ReportFormat,
    lang: str | None = None,
    scope: Scope = WHOLE,
    *,
    result: PeriodResult | None = None,
    forecasts: Sequence[PeriodResult] | None = None,
) -> str:
    """The report of ``period`` as one page of text in ``fmt`` (Markdown or HTML); ``lang``
    defaults to the repository's, ``result`` and ``forecasts`` as in :func:`build_context`. Raises
    UnknownScopeError for an unknown goal or organisation in ``scope``, ValueError for PDF and
    Word, which are files (:func:`render_files`)."""
    if fmt not in (ReportFormat.MARKDOWN, ReportFormat.HTML):
        raise ValueError(f"the {fmt.value} report is a file, not text: use render_files")
    context = build_context(repository, period, lang, scope, result=result, forecasts=forecasts)
    return _render(build_environment(repository.root), fmt, context)


def write_reports(
    repository: Repository,
    period: Period,
    formats: list[ReportFormat],
    output: Path,
    lang: str | None = None,
    scope: Scope = WHOLE,
    split: bool = False,
    *,
    result: PeriodResult | None = None,
    revision: str | None = None,
    forecasts: Sequence[PeriodResult] | None = None,
) -> list[Path]:
    """Write the report of ``period`` into ``output`` (created if needed); returns the paths of
    the report pages (not of chart files). See :func:`render_files` for the file names and
    :func:`build_context` for ``result``, ``revision`` and ``forecasts``.

    Each file is written to a temporary name and then renamed, so a reader never sees half a
    report. Raises OSError when the folder cannot be written.
    """
    files = render_files(
        repository,
        period,
        formats,
        lang,
        scope,
        split,
        result=result,
        revision=revision,
        forecasts=forecasts,
    )
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for file in files:
        path = output / file.name
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        if isinstance(file.text, bytes):
            temporary.write_bytes(file.text)
        else:
            temporary.write_text(file.text, encoding="utf-8", newline="\n")
        temporary.replace(path)
        if file.report:
            written.append(path)
    return written
