"""Everything the CLI prints. The only module that imports rich.

On a terminal, output is coloured; elsewhere (CI logs, pipes) it is plain, one unwrapped line
per finding.
"""

import json
import sys
import traceback
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from ambition.diagnostics import Diagnostic, Severity
from ambition.method import PeriodResult
from ambition.models import Status, Trend
from ambition.numbers import format_number
from ambition.report import labels as catalogue
from ambition.repository import Repository

stdout = Console(soft_wrap=True, highlight=False)
stderr = Console(stderr=True, soft_wrap=True, highlight=False)

_STATUS_STYLE = {
    Status.ACHIEVED: "green",
    Status.PARTLY_ACHIEVED: "yellow",
    Status.NOT_ACHIEVED: "red",
    Status.NOT_ASSESSED: "dim",
}


def error(message: str) -> None:
    """An error that stops the command (exit 2)."""
    stderr.print(f"[bold red]error:[/] {escape(message)}")


def bug(exception: BaseException, *, show_traceback: bool) -> None:
    """An unexpected exception: say it is a bug; the traceback only with --debug."""
    if show_traceback:
        stderr.print(escape("".join(traceback.format_exception(exception))))
    stderr.print(
        f"[bold red]internal error:[/] {escape(type(exception).__name__)}: "
        f"{escape(str(exception))}\nThis is a bug in ambition. Run again with --debug to see "
        "the traceback, and report it with that output."
    )


def diagnostics(found: list[Diagnostic], files: int | None) -> None:
    """Every diagnostic on one line each, then a summary line."""
    for item in found:
        colour = "red" if item.severity is Severity.ERROR else "yellow"
        kind = "" if item.severity is Severity.ERROR else " (warning)"
        line = (
            f"[bold]{escape(item.path)}:{item.line}:{item.column}:[/] "
            f"[{colour}]{escape(item.code)}{kind}:[/] {escape(item.message)}"
        )
        if item.hint:
            line += f" [dim]— {escape(item.hint)}[/]"
        stdout.print(line)
    errors = sum(1 for d in found if d.severity is Severity.ERROR)
    warnings = len(found) - errors
    where = f" in {files} files" if files is not None else ""
    if not found:
        stdout.print(f"[green]No problems found{where}.[/]")
    else:
        stdout.print(f"{errors} error(s), {warnings} warning(s){where}.")


def diagnostics_json(found: list[Diagnostic]) -> None:
    """The diagnostics as a JSON array."""
    json_document(
        [
            {
                "path": d.path,
                "line": d.line,
                "column": d.column,
                "code": d.code,
                "severity": d.severity.value,
                "message": d.message,
                "hint": d.hint,
                "yaml_path": d.yaml_path,
            }
            for d in found
        ]
    )


def json_document(document: Any) -> None:
    """Any JSON-ready document, UTF-8, indented."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _status(result_status: Status, repository: Repository, lang: str) -> str:
    style = repository.method.scale.style(result_status)
    label = style.label.sv if lang == "sv" else style.label.en
    return f"[{_STATUS_STYLE[result_status]}]{escape(style.symbol)} {escape(label)}[/]"


def _trend(trend: Trend, lang: str) -> str:
    return f"{catalogue.trend_symbol(trend)} {escape(catalogue.trend_label(trend, lang))}"


def assessment(result: PeriodResult, repository: Repository, lang: str) -> None:
    """Per goal, area and indicator: the proposal with its explanation, the expert's status
    beside it (marked ≠ where it differs), and the trend. One block per indicator, readable in
    a terminal and in a CI log alike."""
    labels = catalogue.labels(lang)
    period = result.period
    stdout.print(
        f"[bold]{escape(repository.project.municipality.name)}: "
        f"{escape(period.title or period.id)}[/]"
    )

    def own(assessed: Status | None, differs: bool, who: str) -> str:
        text = _status(assessed, repository, lang) if assessed else labels["no_assessment"]
        mark = f" [yellow]≠ {escape(labels['differs'].lower())}[/]" if differs else ""
        return f"{who}: {text}{mark}"

    for goal in result.goals:
        stdout.print()
        stdout.print(
            f"[bold underline]{labels['goal']} {goal.goal.number}: "
            f"{escape(goal.goal.display_title)}[/]"
        )
        stdout.print(
            f"  {labels['proposal']}: {_status(goal.proposal.status, repository, lang)}"
            f" — {escape(goal.proposal.explanation.sentence(lang))}"
        )
        stdout.print(
            "  "
            + own(
                goal.assessment.status if goal.assessment else None,
                goal.differs,
                labels["owner_status"],
            )
        )
        for area in goal.areas:
            stdout.print()
            stdout.print(
                f"  [bold]{labels['measurement_area']}: {escape(area.area.title)}[/] — "
                f"{labels['proposal'].lower()} "
                f"{_status(area.proposal.status, repository, lang)}; "
                + own(
                    area.assessment.status if area.assessment else None,
                    area.differs,
                    labels["owner_status"].lower(),
                )
            )
            for item in area.indicators:
                indicator = item.indicator
                value = (
                    f"{format_number(item.latest.value, indicator.decimals, lang)} "
                    f"{indicator.unit} ({item.latest.year})"
                    if item.latest
                    else labels["no_value"]
                )
                target = (
                    f"{format_number(item.target.value, indicator.decimals, lang)} "
                    f"{indicator.unit} ({item.target.year})"
                    if item.target
                    else "–"
                )
                stdout.print(
                    f"    [bold]{escape(indicator.title)}[/] [dim]({escape(indicator.id)},"
                    f" {escape(item.rule)})[/]"
                )
                stdout.print(
                    f"      {labels['latest_value']}: {escape(value)} · "
                    f"{labels['target']}: {escape(target)}"
                )
                stdout.print(
                    f"      {labels['proposal']}: "
                    f"{_status(item.proposal.status, repository, lang)} — "
                    f"{escape(item.proposal.explanation.sentence(lang))}"
                )
                stdout.print(
                    "      "
                    + own(
                        item.assessment.status if item.assessment else None,
                        item.differs,
                        labels["expert_status"],
                    )
                )
                stdout.print(
                    f"      {labels['trend']}: {_trend(item.trend.trend, lang)} — "
                    f"{escape(item.trend.explanation.sentence(lang))}"
                )


def written(paths: list[Path]) -> None:
    """The paths of files written."""
    for path in paths:
        stdout.print(escape(str(path)))
