"""Everything the CLI prints. The only module that imports rich.

On a terminal, output is coloured; elsewhere (CI logs, pipes) it is plain, one unwrapped line
per finding.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape

import ambition.cli.formats as formats
from ambition.diagnostics import Diagnostic, Severity
from ambition.messages.text import text

if TYPE_CHECKING:  # models, method and reports load only in the commands that print them
    from ambition.models import Status
    from ambition.repository import Repository
    from ambition.round.status import Outstanding
    from ambition.round.write import FileChange


class _Console(Console):
    """A rich console that leaves a closed pipe to the CLI's error boundary (exit 141, quietly;
    ``cli.common.closed_pipe``) instead of rich's own exit 1, which here means "problems found
    in the data"."""

    def on_broken_pipe(self) -> None:
        """Raise BrokenPipeError for the boundary."""
        raise BrokenPipeError(32, "Broken pipe")  # errno.EPIPE


stdout = _Console(soft_wrap=True, highlight=False)
stderr = _Console(stderr=True, soft_wrap=True, highlight=False)

_STATUS_STYLE = {  # by the Status values, which are str
    "achieved": "green",
    "partly_achieved": "yellow",
    "not_achieved": "red",
    "not_assessed": "dim",
    "largely_achieved": "green",
    "slightly_achieved": "red",
}


def error(message: str, lang: str = "en") -> None:
    """An error that stops the command (exit 2), its "error:" ("fel:") in ``lang``."""
    word = text("severity.error").render(lang)
    stderr.print(f"[bold red]{word}:[/] {escape(message)}")


def usage_error(frame: list[str], title: str, message: str) -> None:
    """A usage error (exit 2) on standard error: the ``frame`` lines (the usage line, the hint
    at --help), then ``message`` after ``title`` ("Fel: …"); on a terminal the usage line bold,
    the hint dim and the message in a red box titled ``title``."""
    if not stderr.is_terminal:
        stderr.print(escape("\n".join([*frame, f"{title}: {message}"])), markup=True)
        return
    from rich.panel import Panel

    for number, line in enumerate(frame):
        stderr.print(f"[{'bold' if number == 0 else 'dim'}]{escape(line)}[/]")
    stderr.print(
        Panel(escape(message), title=title, title_align="left", border_style="red"),
        soft_wrap=False,
    )


def bug(exception: BaseException, *, show_traceback: bool) -> None:
    """An unexpected exception: say it is a bug; the traceback only with --debug."""
    if show_traceback:
        stderr.print(escape("".join(traceback.format_exception(exception))))
    stderr.print(
        f"[bold red]internal error:[/] {escape(type(exception).__name__)}: "
        f"{escape(str(exception))}\nThis is a bug in ambition. Run again with --debug to see "
        "the traceback, and report it with that output."
    )


def diagnostics(
    found: list[Diagnostic],
    files: int | None,
    *,
    strict: bool = False,
    err: bool = False,
    lang: str = "sv",
) -> None:
    """Every diagnostic on one line each in ``lang``, then a summary line; on standard error
    with ``err`` (a command whose standard output is JSON or a report).

    On a terminal the location is bold and the code coloured; elsewhere each line is exactly
    ``Diagnostic.format(lang)``, unwrapped.
    """
    console = stderr if err else stdout
    for item in found:
        colour = "red" if item.severity is Severity.ERROR else "yellow"
        kind = "" if item.severity is Severity.ERROR else f" ({item.severity_in(lang)})"
        line = (
            f"[bold]{escape(item.location)}:[/] "
            f"[{colour}]{escape(item.code)}{kind}:[/] {escape(item.message_in(lang))}"
        )
        hint = item.hint_in(lang)
        if hint:
            line += f" [dim]— {escape(hint)}[/]"
        console.print(line)
    summary = escape(formats.summary_line(found, files, strict=strict, lang=lang))
    console.print(f"[green]{summary}[/]" if not found else summary)


def unfinished_note(lang: str = "sv") -> None:
    """After the diagnostics of unfinished assessments (on standard error): the command goes
    on with the method's proposals, and validation still fails."""
    import ambition.report.labels as catalogue

    stderr.print(f"[yellow]{escape(catalogue.labels(lang)['unfinished_cli_note'])}[/]")


def diagnostics_json(found: list[Diagnostic], lang: str = "sv") -> None:
    """The diagnostics as a JSON array, the messages in ``lang``."""
    json_document(formats.json_records(found, lang))


def diagnostics_github(
    found: list[Diagnostic],
    files: int | None,
    *,
    prefix: str = "",
    summary_file: str | None = None,
    strict: bool = False,
    lang: str = "sv",
) -> None:
    """GitHub workflow commands, one per diagnostic, then the summary line; with
    ``summary_file`` (``$GITHUB_STEP_SUMMARY``) a Markdown summary is appended to it."""
    for item in found:
        sys.stdout.write(formats.github_command(item, prefix, lang) + "\n")
    sys.stdout.write(formats.summary_line(found, files, strict=strict, lang=lang) + "\n")
    sys.stdout.flush()
    if summary_file:
        with open(summary_file, "a", encoding="utf-8") as summary:
            summary.write(formats.github_summary(found, files, prefix, strict=strict, lang=lang))


def diagnostics_gitlab(found: list[Diagnostic], *, prefix: str = "", lang: str = "sv") -> None:
    """A GitLab Code Quality report (JSON) of the diagnostics, the messages in ``lang``."""
    json_document(formats.gitlab_report(found, prefix, lang))


def json_document(document: Any) -> None:
    """Any JSON-ready document, UTF-8, indented."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def status_markup(
    result_status: Status, repository: Repository, lang: str, forecast: bool = False
) -> str:
    """``result_status`` as the terminal shows it: the scale's symbol and label in ``lang``, in
    its colour; with ``forecast`` the label of a forecast for the year."""
    import ambition.report.labels as catalogue

    style = repository.method.scale.style(result_status)
    label = style.label.sv if lang == "sv" else style.label.en
    if forecast:
        label = catalogue.forecast_status_label(result_status, lang) or label
    return f"[{_STATUS_STYLE[result_status]}]{escape(style.symbol)} {escape(label)}[/]"


def file_changes(changes: list[FileChange], *, written: bool, lang: str = "sv") -> None:
    """The files the assessment round created or changed (or would, without --write), in
    ``lang``."""
    for change in changes:
        verb = (
            ("created" if change.created else "updated")
            if written
            else ("would-create" if change.created else "would-update")
        )
        stdout.print(escape(text(f"write.{verb}", path=change.relpath).render(lang)))
    if not changes:
        stdout.print(f"[green]{escape(text('write.all-written').render(lang))}[/]")
    elif not written:
        stdout.print(escape(text("write.would-change", n=len(changes)).render(lang)))


def outstanding(report: Outstanding, repository: Repository, lang: str) -> None:
    """What is missing, per organisation, with the deadline and the days left."""
    sv = lang == "sv"
    period = report.period
    stdout.print(f"[bold]{escape(period.title or period.id)}[/]")
    if period.forecast:
        stdout.print(
            f"Bedömningarna är prognoser för helåret {period.year}."
            if sv
            else f"The assessments are forecasts for the year {period.year}."
        )
    days = report.days_left
    if days is None:
        stdout.print(escape(text("round.deadline.none").render(lang)))
    elif days >= 0:
        left = text("round.deadline.left", deadline=str(period.deadline), days=days)
        stdout.print(escape(left.render(lang)))
    else:
        passed = text("round.deadline.passed", deadline=str(period.deadline), days=-days)
        stdout.print(f"[red]{escape(passed.render(lang))}[/]")
    if not report.items:
        stdout.print("[green]Allt är inrapporterat.[/]" if sv else "[green]Everything is in.[/]")
        return
    for organisation, items in report.by_organisation().items():
        known = repository.organisations.get(organisation)
        name = known.name if known else organisation
        stdout.print()
        stdout.print(f"[bold]{escape(name)}[/] ({len(items)})")
        for item in items:
            words = ", ".join(m.label(lang) for m in item.missing)
            where = item.path
            if item.kind == "indicator" and any(m.value == "value" for m in item.missing):
                # Values live in the indicator's file, the rest in its assessment.
                values = f"data/indicators/{item.id}.yaml"
                where = values if len(item.missing) == 1 else f"{values}; {item.path}"
            stdout.print(
                f"  {escape(item.title)}: {'saknar' if sv else 'missing'} {words} "
                f"[dim]({escape(where)})[/]"
            )


def outstanding_json(report: Outstanding) -> None:
    """What is missing, as JSON."""
    json_document(
        {
            "period": report.period.id,
            "deadline": report.period.deadline.isoformat() if report.period.deadline else None,
            "today": report.today.isoformat(),
            "days_left": report.days_left,
            "overdue": report.overdue,
            "organisations": {
                org: [
                    {
                        "kind": i.kind,
                        "id": i.id,
                        "title": i.title,
                        "path": i.path,
                        "missing": [m.value for m in i.missing],
                    }
                    for i in items
                ]
                for org, items in report.by_organisation().items()
            },
        }
    )


def written(paths: list[Path]) -> None:
    """The paths of files written, relative to the working folder when they are inside it."""
    here = Path.cwd().resolve()
    for path in paths:
        resolved = path.resolve()
        shown = resolved.relative_to(here) if resolved.is_relative_to(here) else path
        stdout.print(escape(str(shown)))


def lines(text_lines: list[str]) -> None:
    """Plain lines, as they are (no markup, no emoji codes), e.g. the text of ``ambition diff``."""
    for line in text_lines:
        stdout.print(line, markup=False, emoji=False)


def document(text: str) -> None:
    """A whole document (Markdown) to standard output, byte for byte, never wrapped."""
    sys.stdout.write(text)


def binary(data: bytes) -> None:
    """A whole file to standard output as bytes (an iCalendar file keeps its CRLF everywhere)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def invalid_revision(message: str, found: list[Diagnostic], lang: str = "sv") -> None:
    """A revision whose data does not load: the message, then each diagnostic in ``lang``, on
    stderr."""
    error(message, lang)
    for item in found:
        stderr.print(f"  {escape(item.format(lang))}")


class Progress:
    """A progress bar labelled ``label`` on standard error while work is done, on a terminal
    only (a CI log gets no bar). Use as a context manager; call it with (done, total)."""

    def __init__(self, label: str) -> None:
        from rich.progress import Progress as Bar

        self.bar = Bar(console=stderr, transient=True)
        self.shown = stderr.is_terminal
        self.task = self.bar.add_task(label, total=1)

    def __enter__(self) -> Progress:
        if self.shown:
            self.bar.start()
        return self

    def __call__(self, done: int, total: int) -> None:
        self.bar.update(self.task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self.shown:
            self.bar.stop()
