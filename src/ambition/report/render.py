"""Render the follow-up report of a period as Markdown or HTML."""

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ambition.method import PeriodResult, assess_period
from ambition.method.target_level import describe_target
from ambition.models import Period, Status, Target, Trend
from ambition.models.method import Method
from ambition.numbers import format_number
from ambition.report import labels as catalogue
from ambition.report.environment import build_environment
from ambition.repository import Repository


class ReportFormat(StrEnum):
    """Output formats of ``ambition report``."""

    MARKDOWN = "md"
    HTML = "html"


TEMPLATES = {ReportFormat.MARKDOWN: "report.md.j2", ReportFormat.HTML: "report.html.j2"}


@dataclass(frozen=True)
class ReportContext:
    """Everything a report template receives: typed models, never ad-hoc dicts.

    ``result`` is the method applied to the period; ``labels`` the label catalogue in ``lang``;
    ``organisations`` maps organisation ids to names.
    """

    repository: Repository
    period: Period
    result: PeriodResult
    lang: str
    labels: Mapping[str, str]
    organisations: Mapping[str, str]

    @property
    def method(self) -> Method:
        """The method in force, with its scale."""
        return self.repository.method

    def status_label(self, status: Status) -> str:
        """The status in words, from the method's scale."""
        style = self.method.scale.style(status)
        return style.label.sv if self.lang == "sv" else style.label.en

    def status_symbol(self, status: Status) -> str:
        """The status symbol, shown beside the words."""
        return self.method.scale.style(status).symbol

    def status_colour(self, status: Status) -> str:
        """The status colour (never the only carrier of meaning)."""
        return self.method.scale.style(status).colour

    def trend_label(self, trend: Trend) -> str:
        """The trend in words."""
        return catalogue.trend_label(trend, self.lang)

    def trend_symbol(self, trend: Trend) -> str:
        """The trend arrow."""
        return catalogue.trend_symbol(trend)

    def number(self, value: float, decimals: int) -> str:
        """A number in the report's language, rounded half up."""
        return format_number(value, decimals, self.lang)

    def target_text(self, target: Target, unit: str, decimals: int) -> str:
        """A target in words, e.g. 'högst 15 668 ton CO2-ekv (2045)'."""
        text = f"{describe_target(target, unit, decimals, self.lang)} ({target.year})"
        if target.national:
            text += f", {self.labels['national_target']}"
        return text

    def status_counts(self, statuses: list[Status]) -> list[tuple[Status, int]]:
        """Counts per status in the scale's order, zero counts included."""
        return [(status, statuses.count(status)) for status in Status]


def render_report(
    repository: Repository, period: Period, fmt: ReportFormat, lang: str | None = None
) -> str:
    """The report of ``period`` as text in ``fmt``; ``lang`` defaults to the repository's."""
    language = lang or repository.project.language
    context = ReportContext(
        repository=repository,
        period=period,
        result=assess_period(repository, period),
        lang=language,
        labels=catalogue.labels(language),
        organisations={o.id: o.name for o in repository.organisations.values()},
    )
    template = build_environment(repository.root).get_template(TEMPLATES[fmt])
    return template.render(report=context)


def write_reports(
    repository: Repository,
    period: Period,
    formats: list[ReportFormat],
    output: Path,
    lang: str | None = None,
) -> list[Path]:
    """Write one report per format into ``output`` (created if needed); returns the paths.

    File names are ``<period>.<md|html>``. Raises OSError when the folder cannot be written.
    """
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = output / f"{period.id}.{fmt.value}"
        text = render_report(repository, period, fmt, lang)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(text, encoding="utf-8", newline="\n")
        temporary.replace(path)
        written.append(path)
    return written
