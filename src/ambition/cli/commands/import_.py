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
    load_checked,
)

if TYPE_CHECKING:
    from ambition.importing.plan import ImportPlan
    from ambition.importing.reference_plan import ReferencePlan
    from ambition.repository import Repository

app = typer.Typer(
    help="Bring values into the indicator files: from Kolada, a CSV or an Excel sheet.",
    no_args_is_help=True,
)
"""The ``import`` sub-app; ``ambition.cli`` adds it to the main app under the name ``import``."""

DryRunOption = Annotated[
    bool, typer.Option("--dry-run", help="Print what would change; write nothing.")
]


def parse_years(text: str) -> list[int]:
    """``"2021,2022"``, ``"2019-2022"`` or ``"2022"`` as a sorted list of years; raises
    ValueError, saying what is wrong, for anything else."""
    years: set[int] = set()
    for part in text.split(","):
        first, _, last = part.strip().partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            raise ValueError(f"'{part.strip()}' is not a year or a range like 2019-2022")
        start, end = int(first), int(last or first)
        if not (1900 <= start <= end <= 2200):
            raise ValueError(f"'{part.strip()}' is not a range of years 1900–2200")
        years.update(range(start, end + 1))
    return sorted(years)


def _years(text: str | None) -> list[int] | None:
    import ambition.cli.output as output

    try:
        return parse_years(text) if text else None
    except ValueError as error:
        output.error(f"--years: {error}")
        raise typer.Exit(EXIT_USAGE) from None


def _report(plan: "ImportPlan", *, dry_run: bool) -> None:
    import ambition.cli.output as output
    from ambition.importing.values import entry_text, number_text

    def row(breakdown: str | None) -> str:
        return f"breakdowns.{breakdown}: " if breakdown else ""

    lines = []
    for change in plan.new_values:
        lines.append(
            f"new: {change.relpath}: {row(change.breakdown)}{change.year}: {entry_text(change.new)}"
        )
    for change in plan.corrections:
        assert change.old is not None
        lines.append(
            f"corrected: {change.relpath}: {row(change.breakdown)}{change.year}: "
            f"{entry_text(change.old)} → {entry_text(change.new)}"
        )
    for item in plan.preliminary:
        if item.value is not None:
            lines.append(
                f"preliminary: {item.indicator} {row(item.breakdown)}{item.year}: "
                f"{number_text(item.value)}"
            )
    lines.extend(f"note: {note}" for note in plan.notes)
    files = len(plan.files)
    if not plan.changes:
        lines.append("Every value is already stored; nothing to write.")
    elif dry_run:
        lines.append(
            f"{len(plan.new_values)} new and {len(plan.corrections)} corrected values would "
            f"be written to {files} file(s); run without --dry-run to write them."
        )
    else:
        lines.append(
            f"{len(plan.new_values)} new and {len(plan.corrections)} corrected values written "
            f"to {files} file(s)."
        )
    output.lines(lines)


def _finish(repository: "Repository", plan: "ImportPlan", *, dry_run: bool) -> None:
    from ambition.importing.plan import apply

    if not dry_run:
        apply(repository.root, plan)
    _report(plan, dry_run=dry_run)


def _refused(problems: list[str]) -> typer.Exit:
    import ambition.cli.output as output

    for problem in problems:
        output.error(problem)
    output.error("nothing was written.")
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
        int, typer.Option("--retries", min=0, help="Tries again after a failure or 429/5xx.")
    ] = 3,
    lang: LangOption = None,
) -> None:
    """Fetch the values of every indicator whose source names a Kolada KPI and write the new
    and corrected ones into its file, keeping every comment; exit 1 and write nothing when any
    answer is wrong."""
    from dataclasses import replace

    import ambition.cli.output as output
    from ambition.importing.client import KoladaClient
    from ambition.importing.groups import import_kolada_references, reference_municipalities
    from ambition.importing.problems import ImportRefused
    from ambition.importing.run import import_kolada

    wanted = _years(years)
    repository = load_checked(root, lang=lang).repository
    assert repository is not None, "load_checked exits when the repository is unusable"
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
        raise _refused([p.format() for p in refused.problems]) from None
    if references.files != plan.files:
        _finish(repository, replace(plan, files=references.files), dry_run=dry_run)
        _report_references(references, dry_run=dry_run)
    else:
        _finish(repository, plan, dry_run=dry_run)


FileArgument = Annotated[Path, typer.Argument(help="The sheet to import.", dir_okay=False)]


def _sheet(
    root: Path | None,
    path: Path,
    kind: str,
    sheet: str | None,
    dry_run: bool,
    lang: "Language | None" = None,
) -> None:
    from ambition.importing.problems import ImportRefused
    from ambition.importing.sheets import import_sheet

    repository = load_checked(root, lang=lang).repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    try:
        plan = import_sheet(repository, path, kind, sheet)
    except ImportRefused as refused:
        raise _refused([p.format() for p in refused.problems]) from None
    _finish(repository, plan, dry_run=dry_run)


@app.command("csv")
@boundary
def csv(
    file: FileArgument,
    root: RootOption = None,
    dry_run: DryRunOption = False,
    lang: LangOption = None,
) -> None:
    """Import a CSV file with the columns indicator, year, value (Swedish headers indikator,
    år, värde too) and optionally gender (kön) and marker; semicolon or comma separated; a
    decimal comma is accepted here. Every problem as FILE:row:column; nothing written when
    any row is wrong."""
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
    """Import an Excel workbook (.xlsx) with the same columns as ``import csv``; every problem
    as FILE:sheet!cell; nothing written when any row is wrong."""
    _sheet(root, file, "xlsx", sheet, dry_run, lang)


def _report_references(plan: "ReferencePlan", *, dry_run: bool) -> None:
    import ambition.cli.output as output
    from ambition.importing.values import number_text

    lines = []
    for change in plan.changes:
        if change.old is None:
            lines.append(
                f"new: {change.relpath}: {change.reference}: {change.year}: "
                f"{number_text(change.new)}"
            )
        else:
            lines.append(
                f"corrected: {change.relpath}: {change.reference}: {change.year}: "
                f"{number_text(change.old)} → {number_text(change.new)}"
            )
    lines.extend(f"note: {note}" for note in plan.notes)
    new = sum(c.old is None for c in plan.changes)
    counts = f"{new} new and {len(plan.changes) - new} corrected reference values"
    if not plan.files:
        lines.append("Every reference value is already stored; nothing to write.")
    elif dry_run:
        lines.append(
            f"{counts} would be written to {len(plan.files)} file(s); run without --dry-run "
            "to write them."
        )
    else:
        lines.append(f"{counts} written to {len(plan.files)} file(s).")
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
    """Bring the series of the references named in ambition.yaml (the country, the county,
    neighbours) from the source files into the indicator files (references:), for the years
    each indicator has values; keeps every comment; nothing written when any row is wrong."""
    from ambition.importing.plan import ImportPlan, apply
    from ambition.importing.problems import ImportRefused
    from ambition.importing.sources import import_sources

    repository = load_checked(root, lang=lang).repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    try:
        plan = import_sources(repository, folder)
    except ImportRefused as refused:
        raise _refused([p.format() for p in refused.problems]) from None
    if not dry_run:
        apply(repository.root, ImportPlan((), (), (), plan.files))
    _report_references(plan, dry_run=dry_run)
