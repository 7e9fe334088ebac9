"""The typed context every report template receives: models and presenter methods, no dicts.

``ReportContext`` holds the repository, the period, the method's result narrowed to the scope and
the labels of the report's language, and says in words and numbers of that language what the
templates show (statuses, trends, dates, targets, charts, the action plan).
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from markupsafe import Markup

import ambition.report.labels as catalogue
from ambition.action_plan import (
    ActionPlanAtPeriod,
    action_plan_at,
)
from ambition.method.forecast import published_before
from ambition.method.results import (
    BreakdownResult,
    GoalResult,
    IndicatorResult,
    Judged,
    PeriodResult,
)
from ambition.method.targets import describe_target
from ambition.method.trend_rollup import TrendRollup
from ambition.models import (
    Decision,
    Period,
    Status,
    Target,
    Trend,
)
from ambition.models.method import Method
from ambition.numbers import format_number
from ambition.report.action_view import ActionPlanView
from ambition.report.chart import Chart, build_chart
from ambition.report.chart_references import ReferenceStyles
from ambition.report.counts import count_text
from ambition.report.download import Download
from ambition.report.forecasts import ForecastTrack, forecast_track, held_sentence
from ambition.report.labels import DEFAULT_SHAPES
from ambition.report.scope import WHOLE, Scope, select
from ambition.report.text import allowed_link
from ambition.report.values import value_year
from ambition.repository import Repository


class Page(StrEnum):
    """Kinds of report page: a whole report, the index of a split report, one goal's page."""

    REPORT = "report"
    INDEX = "index"
    GOAL = "goal"


@dataclass(frozen=True)
class ReportContext(ActionPlanView):
    """Everything a report template receives: typed models, never ad-hoc dicts.

    ``result`` is the method applied to the period, narrowed to ``scope``; ``labels`` the label
    catalogue in ``lang``; ``organisations`` maps organisation ids to names. ``page`` says which
    page is rendered; ``goal`` is the goal of a goal page. ``goal_links`` maps goal ids to the
    file of their page in a split report (empty otherwise), ``organisation_links`` the same for
    the organisations' pages, ``revision`` names the git revision reported (its short id and
    tags or branches; None for the working tree), and ``index_link`` names the index
    page from a goal page. ``chart_folder`` is where a Markdown report's chart files are, relative
    to it. ``plan`` is the action plan as of the period, narrowed to the scope's organisation;
    None when the repository has neither actions nor a programme. ``download`` is the bulk
    download written beside the report (``report/download.py``), linked from its start page.
    ``forecast_results`` are the method's results of the year's tertial and interim periods in
    an annual report (by closing date), for the table of forecasts against the outcome.
    ``reference_styles`` are the comparison series' styles, once for the whole report and its
    pages (``chart_references.reference_styles``; None: each chart its own). The action plan's
    words come from ``ActionPlanView``.
    """

    repository: Repository
    period: Period
    result: PeriodResult
    lang: str
    labels: Mapping[str, str]
    organisations: Mapping[str, str]
    scope: Scope = WHOLE
    page: Page = Page.REPORT
    goal: GoalResult | None = None
    goal_links: Mapping[str, str] = field(default_factory=dict)
    organisation_links: Mapping[str, str] = field(default_factory=dict)
    index_link: str | None = None
    chart_folder: str = ""
    plan: ActionPlanAtPeriod | None = None
    revision: str | None = None
    download: Download | None = None
    forecast_results: tuple[PeriodResult, ...] = ()
    reference_styles: ReferenceStyles | None = None
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
        """The statuses the scale styles, best first, 'not assessed' last."""
        return [s for s in Status if self.method.scale.has_style(s)]

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

    @property
    def revision_note(self) -> str | None:
        """'Läget enligt version a1b2c3d (v2023) i git.' for a report of a git revision (shown
        in the header of every page), else None."""
        if self.revision is None:
            return None
        return self.labels["report_revision"].format(revision=self.revision)

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

    def status_text(self, status: Status, forecast: bool | None = None) -> str:
        """The status as a badge writes it: in a tertial or interim period (or with
        ``forecast``) as a forecast for the year, 'Prognos: bedöms bli uppfyllt under året';
        else, and for 'not assessed', the scale's label."""
        if self.period.forecast if forecast is None else forecast:
            text = catalogue.forecast_status_label(status, self.lang)
            if text is not None:
                return text
        return self.status_label(status)

    @property
    def forecast_note(self) -> str | None:
        """In a tertial or interim period, the sentence saying that the assessments are
        forecasts for the year; None in an annual period."""
        if not self.period.forecast:
            return None
        year = self.period.year
        return self.labels["forecast_note"].format(year=year, next_year=year + 1)

    @property
    def forecast_track(self) -> ForecastTrack | None:
        """The year's forecasts beside the outcome, per goal and indicator of the report's
        scope; None without forecast periods."""
        return forecast_track(self.result, self.forecast_results)

    def forecasts_held(self, index: int) -> str:
        """How many forecasts of the forecast period at ``index`` held, in words: '12 av 15
        prognoser höll', '1 av 1 prognos höll'. Raises ValueError without forecasts."""
        track = self.forecast_track
        if track is None:
            raise ValueError("the report has no forecast periods")
        return held_sentence(*track.counts(index), self.labels)

    def value_year(self, result: IndicatorResult | BreakdownResult) -> str:
        """The year of the value shown for ``result``: '2021'; 'prognos 2022' for an expert's
        forecast value; the part of the year for a partial value, 'januari–augusti 2022'.
        Raises ValueError for a result without a value."""
        return value_year(result, self.labels)

    def status_description(self, status: Status) -> str:
        """What the status means, from the method's scale."""
        style = self.method.scale.style(status)
        return style.description.sv if self.lang == "sv" else style.description.en

    def status_symbol(self, status: Status) -> str:
        """The status symbol, shown beside the words."""
        return self.method.scale.style(status).symbol

    def status_shape(self, status: Status) -> str:
        """The shape of the status's mark: the scale's, else the status's default
        (``report.labels.DEFAULT_SHAPES``)."""
        return self.method.scale.style(status).shape or DEFAULT_SHAPES[status]

    @property
    def statuses_in_use(self) -> list[Status]:
        """The statuses the legend lists: the degrees the scale uses in the period's kind (no
        'partly achieved' at the annual accounts of a scale without it), 'not assessed', and
        any other status a result has (an older assessment), in the scale's order."""
        present = {g.status for g in self.result.goals} | {i.status for i in self.result.indicators}
        used = {*self.method.scale.levels_for(self.period.kind), Status.NOT_ASSESSED, *present}
        return [s for s in Status if s in used]

    def status_colour(self, status: Status) -> str:
        """The colour of a status's shape and of its part of a stacked bar, on white: the
        scale's colour where its contrast is at least 3:1, the least a graphical object needs
        (WCAG 2.1, 1.4.11 Non-text Contrast; the status's word beside it is in the text
        colour), else (and for a degree it does not style) the body text colour."""
        scale = self.method.scale
        colour = scale.style(status).colour if scale.has_style(status) else "#1f2328"
        return colour if contrast_ratio(colour, "#ffffff") >= 3.0 else "#1f2328"

    def trend_label(self, trend: Trend) -> str:
        """The trend in words."""
        return catalogue.trend_label(trend, self.lang)

    def trend_symbol(self, trend: Trend) -> str:
        """The trend arrow."""
        return catalogue.trend_symbol(trend)

    def trend_arrow(self, result: IndicatorResult) -> str:
        """The arrow of the value's movement (↓ for falling emissions judged 'Förbättring'); the
        words and the colour say the judgement. Where the expert judges a development the
        method computed (its ``change``), the arrow follows the values, not the word: an
        expert's 'Förbättring' of a rate that fell is '↓' even when the indicator should rise."""
        trend = result.final_trend
        change = result.trend.explanation.computed.get("change")
        if trend in (Trend.IMPROVING, Trend.WORSENING) and change:
            return "↑" if change > 0 else "↓"
        return catalogue.value_arrow(trend, result.indicator.direction)

    def status_note(self, result: Judged, owner: bool = False) -> str:
        """Whose the final status is, in a few words, shown under it: '' for the expert's (or
        with ``owner``, the goal owner's) own; 'Metoden föreslår: Delvis uppfyllt' when they
        chose another; 'Enligt metodens förslag' when the proposal stands; 'Sakkunnigs
        bedömning saknas' when neither gives a status. An unfinished assessment adds what it
        lacks: 'Metoden föreslår: Delvis uppfyllt. Bedömningen är inte klar: motivering
        saknas'."""
        if result.assessment is not None and result.assessment.status is not None:
            note = ""
            if result.differs:
                proposal = result.proposal.status
                note = self.labels["differs_from"].format(status=self.status_label(proposal))
            unfinished = self.unfinished_note(result)
            return f"{note}. {unfinished}" if note and unfinished else note or unfinished
        if result.proposal.status is not Status.NOT_ASSESSED:
            return self.labels["by_method"]
        return self.labels["owner_missing" if owner else "expert_missing"]

    def unfinished_note(self, result: Judged) -> str:
        """'Bedömningen är inte klar: motivering saknas' for an assessment that still lacks a
        justification or a required analysis, else ''."""
        missing = result.unfinished(self.method.analysis_required)
        return catalogue.unfinished_note(missing, self.lang)

    @staticmethod
    def expert_only(result: IndicatorResult) -> bool:
        """True for an indicator the method leaves to the expert (no rule applies by design)."""
        return result.proposal.explanation.case == "expert_only"

    @property
    def expert_only_count(self) -> int:
        """How many indicators of the report are left to the expert by the method."""
        return sum(1 for i in self.result.indicators if self.expert_only(i))

    def status_bar(self, statuses: Sequence[Status]) -> list[tuple[Status, int, float]]:
        """The parts of a stacked bar of ``statuses``: per status with a count, the count and
        its share in per cent of all, in tenths of a per cent, in the scale's order.

        The shares add up to exactly 100.0 (in tenths, 1,000), so the bar ends with its last
        part and no sliver: each share is rounded down and the tenths left over go one each to
        the parts with the largest remainders (the largest remainder method, Hare–Niemeyer),
        the earlier part in the scale first where two are equal. Goal 1's 2, 4 and 3 of 9
        (22.22…, 44.44…, 33.33 %) are 22.2, 44.5 and 33.3. Empty ``statuses``: no part.
        """
        counts = [(status, n) for status, n in self.status_counts(statuses) if n]
        total = sum(n for _, n in counts)
        if not total:
            return []
        tenths = [1000 * n // total for _, n in counts]
        left = 1000 - sum(tenths)
        by_remainder = sorted(range(len(counts)), key=lambda k: -(1000 * counts[k][1] % total))
        for k in by_remainder[:left]:
            tenths[k] += 1
        return [(status, n, t / 10) for (status, n), t in zip(counts, tenths, strict=True)]

    def organisation_rows(self) -> list[tuple[str, str, list[Status]]]:
        """Per organisation that is responsible for an indicator of the report: its id, its
        name and the final statuses of its indicators, in the repository's order."""
        owned: dict[str, list[Status]] = {}
        for i in self.result.indicators:
            owned.setdefault(i.indicator.responsible, []).append(i.status)
        return [(org, name, owned[org]) for org, name in self.organisations.items() if org in owned]

    def for_organisation(self, organisation: str, index_link: str | None = None) -> "ReportContext":
        """This report narrowed to the indicators ``organisation`` is responsible for (and its
        actions), as ``--org`` narrows it: the page of one committee or company in a split
        report, linking back to ``index_link``."""
        scope = replace(self.scope, organisation=organisation)
        return replace(
            self,
            scope=scope,
            page=Page.REPORT,
            result=select(self.result, scope),
            plan=(
                action_plan_at(self.repository, self.period, organisation)
                if self.plan is not None
                else None
            ),
            goal=None,
            goal_links={},
            organisation_links={},
            index_link=index_link,
        )

    def number(self, value: float, decimals: int) -> str:
        """A number in the report's language, rounded half up."""
        return format_number(value, decimals, self.lang)

    def value_note(self, result: IndicatorResult) -> str:
        """What the latest value cell adds after the value: ' (preliminärt)' for a
        preliminary value, and each later year up to the period that is marked, e.g.
        ' (preliminärt; 2023: Redovisas senare)'; '' when there is nothing to add."""
        notes = [self.labels["preliminary"]] if result.latest and result.latest.preliminary else []
        after = result.latest.year if result.latest else None
        for year, marker in result.indicator.markers.items():
            if year <= self.period.year and (after is None or year > after):
                notes.append(f"{year}: {self.labels['marker_' + marker.value]}")
        return f" ({'; '.join(notes)})" if notes else ""

    def date(self, date: dt.date) -> str:
        """A date in words in the report's language, e.g. '31 december 2022'."""
        return catalogue.format_date(date, self.lang)

    def target_text(self, target: Target, unit: str, decimals: int) -> str:
        """A target in words with its year, e.g. 'högst 15 668 ton CO2-ekv (2045)', 'öka från
        13 980 invånare (2018) till 2022'."""
        text = describe_target(target, unit, decimals, self.lang, dated=True)
        if target.national:
            text += f", {self.labels['national_target']}"
        return text

    def status_counts(self, statuses: Sequence[Status]) -> list[tuple[Status, int]]:
        """Counts per status of the scale in its order, zero counts included, then others."""
        shown = [*self.statuses, *(s for s in Status if s in statuses and s not in self.statuses)]
        return [(status, list(statuses).count(status)) for status in shown]

    def goal_counts(self) -> list[tuple[Status, int, int]]:
        """Per status in use (``statuses_in_use``): how many goals and indicators have it."""
        goals = [g.status for g in self.result.goals]
        indicators = [i.status for i in self.result.indicators]
        return [(s, goals.count(s), indicators.count(s)) for s in self.statuses_in_use]

    def rollup_count(self, result: Judged) -> str:
        """The counts beside a rolled-up status, e.g. '4 av 6 indikatorer uppfyllda'
        (``report/counts.py``)."""
        return count_text(result.proposal.explanation, self.lang)

    def combined_trend_label(self, rollup: TrendRollup) -> str:
        """A goal's or an area's trend in words: the majority's trend, 'Oklar' on a tie, 'Ingen
        trend' when no indicator has one (``method/trend_rollup.py``)."""
        if rollup.trend is not None:
            return self.trend_label(rollup.trend)
        return self.labels["trend_unclear" if rollup.explanation.case == "unclear" else "no_trend"]

    def chart(self, result: IndicatorResult) -> Chart | None:
        """The chart of an indicator for the period, or None when it has no value yet; in a
        tertial or interim period only the values published before the period's year."""
        key = result.indicator.id
        if key not in self._charts:
            rule = self.method.all_rules().get(result.rule)
            self._charts[key] = build_chart(
                published_before(result.indicator, self.period),
                self.period,
                result.target,
                self.lang,
                self.labels,
                path=rule is not None and rule.kind == "trajectory",
                styles=self.reference_styles,
            )
        return self._charts[key]

    def chart_file(self, result: IndicatorResult) -> str:
        """The path of an indicator's chart file, relative to a Markdown report."""
        return f"{self.chart_folder}/{result.indicator.id}.svg"


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG 2.1 contrast ratio of two '#rrggbb' colours, from 1.0 to 21.0."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
