"""``ambition import kolada|csv|xlsx``: values into the indicator files, losslessly, all or
nothing; prints the new values, the corrections (old → new) and the values still preliminary.

(The module is ``import_`` because ``import`` is a Python keyword; the command is ``import``.)
"""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ambition.cli.common import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
    LangOption,
    Language,
    RootOption,
    boundary,
    language,
    load_checked,
)

if TYPE_CHECKING:
    from ambition.importing.plan import ImportPlan
    from ambition.importing.problems import Problem
    from ambition.importing.reference_plan import ReferencePlan
    from ambition.messages.text import Text
    from ambition.repository import Repository

app = typer.Typer(
    help="Bring values into the indicator files: from Kolada, a CSV or an Excel sheet.",
    no_args_is_help=True,
)
"""The ``import`` sub-app; ``ambition.cli`` adds it to the main app under the name ``import``."""

DryRunOption = Annotated[
    bool, typer.Option("--dry-run", help="Print what would change; write nothing.")
]


class YearsError(ValueError):
    """A ``--years`` that is not a year, a list or a range of years; ``text`` says why."""

    def __init__(self, reason: "Text") -> None:
        super().__init__(reason.render("en"))
        self.text = reason


def parse_years(given: str) -> list[int]:
    """``"2021,2022"``, ``"2019-2022"`` or ``"2022"`` as a sorted list of years; raises
    YearsError (a ValueError), saying what is wrong, for anything else."""
    from ambition.messages.text import text

    years: set[int] = set()
    for part in given.split(","):
        first, _, last = part.strip().partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            raise YearsError(text("import.years.not-year", part=part.strip()))
        start, end = int(first), int(last or first)
        if not (1900 <= start <= end <= 2200):
            raise YearsError(text("import.years.range", part=part.strip()))
        years.update(range(start, end + 1))
    return sorted(years)


def _years(given: str | None, speak: str) -> list[int] | None:
    import ambition.cli.output as output
    from ambition.messages.text import text

    try:
        return parse_years(given) if given else None
    except YearsError as error:
        output.error(text("import.years", reason=error.text).render(speak), speak)
        raise typer.Exit(EXIT_USAGE) from None


def _report(plan: "ImportPlan", *, dry_run: bool, lang: str) -> None:
    import ambition.cli.output as output
    from ambition.importing.values import entry_text, number_text
    from ambition.messages.text import text

    def row(breakdown: str | None) -> str:
        return f"breakdowns.{breakdown}: " if breakdown else ""

    def say(key: str, line: str) -> str:
        return text(key, line=line).render(lang)

    lines = []
    for change in plan.new_values:
        where = f"{change.relpath}: {row(change.breakdown)}{change.year}"
        lines.append(say("import.new", f"{where}: {entry_text(change.new)}"))
    for change in plan.corrections:
        assert change.old is not None
        where = f"{change.relpath}: {row(change.breakdown)}{change.year}"
        shown = f"{entry_text(change.old)} → {entry_text(change.new)}"
        lines.append(say("import.corrected", f"{where}: {shown}"))
    for item in plan.preliminary:
        if item.value is not None:
            where = f"{item.indicator} {row(item.breakdown)}{item.year}"
            lines.append(say("import.preliminary", f"{where}: {number_text(item.value)}"))
    lines.extend(text("import.note", note=note).render(lang) for note in plan.notes)
    counts = {"new": len(plan.new_values), "corrected": len(plan.corrections)}
    if not plan.changes:
        lines.append(text("import.nothing").render(lang))
    else:
        key = "import.would-write" if dry_run else "import.written"
        lines.append(text(key, files=len(plan.files), **counts).render(lang))
    output.lines(lines)


def _finish(repository: "Repository", plan: "ImportPlan", *, dry_run: bool, lang: str) -> None:
    from ambition.importing.plan import apply

    if not dry_run:
        apply(repository.root, plan)
    _report(plan, dry_run=dry_run, lang=lang)


def _refused(problems: "list[Problem]", lang: str) -> typer.Exit:
    import ambition.cli.output as output
    from ambition.messages.text import text

    for problem in problems:
        output.error(problem.format(lang), lang)
    output.error(text("import.nothing-written").render(lang), lang)
    return typer.Exit(EXIT_PROBLEMS)


@app.command("kolada")
@boundary
def kolada(
    root: RootOption = None,
    from_dir: Annotated[
        Path | None,
        typer.Option(
            "--from-dir",
            help="Read saved Kolada answers (*.json, v2 or v3) from this folder, not the network.",
        ),
    ] = None,
    years: Annotated[
        str | None,
        typer.Option(
            "--years",
            help="Years to import, e.g. 2022 or 2019-2022 or 2020,2022; default: from the "
            "year after the last stored value.",
        ),
    ] = None,
    dry_run: DryRunOption = False,
    base_url: Annotated[
        str,
        typer.Option(
            "--base-url",
            envvar="AMBITION_KOLADA_URL",
            help="Kolada's API, v2 or v3.",
        ),
    ] = "https://api.kolada.se/v2",
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds to wait for each answer.")
    ] = 30.0,
    retries: Annotated[
        int, typer.Option("--retries", min=0, help="Times to try again after a failure or 429/5xx.")
    ] = 3,
    lang: LangOption = None,
) -> None:
    """Fetch the values of every indicator whose source names a Kolada KPI.

    The new and corrected values are written into the indicator files, keeping every comment.
    When any answer is wrong, nothing is written and the exit code is 1."""
    from dataclasses import replace

    import ambition.cli.output as output
    from ambition.importing.client import KoladaClient
    from ambition.importing.groups import import_kolada_references, reference_municipalities
    from ambition.importing.problems import ImportRefused
    from ambition.importing.run import import_kolada

    repository = load_checked(root, lang=lang).repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    speak = language(lang, repository.root)
    wanted = _years(years, speak)
    client = KoladaClient(base_url, timeout=timeout, retries=retries)
    try:
        others = reference_municipalities(repository, from_dir)
        if from_dir is not None:
            plan = import_kolada(repository, from_dir=from_dir, years=wanted, others=others)
            references = import_kolada_references(repository, plan, from_dir=from_dir, years=wanted)
        else:
            with output.Progress("Kolada") as progress:
                plan = import_kolada(repository, years=wanted, client=client, progress=progress)
                references = import_kolada_references(
                    repository, plan, years=wanted, client=client, progress=progress
                )
    except ImportRefused as refused:
        raise _refused(refused.problems, speak) from None
    if references.files != plan.files:
        _finish(repository, replace(plan, files=references.files), dry_run=dry_run, lang=speak)
        _report_references(references, dry_run=dry_run, lang=speak)
    else:
        _finish(repository, plan, dry_run=dry_run, lang=speak)


FileArgument = Annotated[Path, typer.Argument(help="The sheet to import.", dir_okay=False)]


def _sheet(
    root: Path | None,
    path: Path,
    kind: str,
    sheet: str | None,
    dry_run: bool,
    lang: "Language | None" = None,
) -> None:
    import ambition.cli.output as output
    from ambition.importing.problems import ImportRefused
    from ambition.importing.sheets import import_sheet
    from ambition.messages.reasons import os_reason
    from ambition.messages.text import text

    repository = load_checked(root, lang=lang).repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    speak = language(lang, repository.root)
    try:
        plan = import_sheet(repository, path, kind, sheet)
    except ImportRefused as refused:
        raise _refused(refused.problems, speak) from None
    except OSError as error:  # no such file, no permission: a usage error, in the language
        said = text("error.cannot-use", where=f" {path}", reason=os_reason(error))
        output.error(said.render(speak), speak)
        raise typer.Exit(EXIT_USAGE) from None
    _finish(repository, plan, dry_run=dry_run, lang=speak)


@app.command("csv")
@boundary
def csv(
    file: FileArgument,
    root: RootOption = None,
    dry_run: DryRunOption = False,
    lang: LangOption = None,
) -> None:
    """Import the values of a CSV file into the indicator files.

    The columns are indicator, year and value (Swedish headers indikator, år, värde too), and
    optionally gender (kön) and marker; separated by semicolons or commas; a decimal comma is
    accepted. Every problem is shown as FILE:row:column; nothing is written when any row is
    wrong."""
    _sheet(root, file, "csv", None, dry_run, lang)


@app.command("xlsx")
@boundary
def xlsx(
    file: FileArgument,
    root: RootOption = None,
    sheet: Annotated[
        str | None, typer.Option("--sheet", help="The sheet's name; default: the first.")
    ] = None,
    dry_run: DryRunOption = False,
    lang: LangOption = None,
) -> None:
    """Import the values of an Excel workbook (.xlsx) into the indicator files.

    The columns are those of 'import csv'. Every problem is shown as FILE:sheet!cell; nothing
    is written when any row is wrong."""
    _sheet(root, file, "xlsx", sheet, dry_run, lang)


def _report_references(plan: "ReferencePlan", *, dry_run: bool, lang: str) -> None:
    import ambition.cli.output as output
    from ambition.importing.values import number_text
    from ambition.messages.text import text

    lines = []
    for change in plan.changes:
        where = f"{change.relpath}: {change.reference}: {change.year}"
        if change.old is None:
            line = f"{where}: {number_text(change.new)}"
            lines.append(text("import.new-reference", line=line).render(lang))
        else:
            line = f"{where}: {number_text(change.old)} → {number_text(change.new)}"
            lines.append(text("import.corrected-reference", line=line).render(lang))
    lines.extend(text("import.note", note=note).render(lang) for note in plan.notes)
    new = sum(c.old is None for c in plan.changes)
    counts = {"new": new, "corrected": len(plan.changes) - new, "files": len(plan.files)}
    if not plan.files:
        lines.append(text("import.references.nothing").render(lang))
    else:
        key = "import.references.would-write" if dry_run else "import.references.written"
        lines.append(text(key, **counts).render(lang))
    output.lines(lines)


@app.command("sources")
@boundary
def sources(
    folder: Annotated[
        Path | None,
        typer.Argument(
            help="The folder of source files (*.csv, long format); default: data/sources.",
            file_okay=False,
        ),
    ] = None,
    root: RootOption = None,
    dry_run: DryRunOption = False,
    lang: LangOption = None,
) -> None:
    """Bring the series of the references from the source files into the indicator files.

    The references are those named in ambition.yaml (the country, the county, neighbours);
    their series go into each indicator's references:, for the years it has values, keeping
    every comment. Nothing is written when any row is wrong."""
    from ambition.importing.plan import ImportPlan, apply
    from ambition.importing.problems import ImportRefused
    from ambition.importing.sources import import_sources

    repository = load_checked(root, lang=lang).repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    speak = language(lang, repository.root)
    try:
        plan = import_sources(repository, folder)
    except ImportRefused as refused:
        raise _refused(refused.problems, speak) from None
    if not dry_run:
        apply(repository.root, ImportPlan((), (), (), plan.files))
    _report_references(plan, dry_run=dry_run, lang=speak)
