"""``ambition report``: write the follow-up report of a period as Markdown, HTML, PDF or Word."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ambition.cli.common import (
    LangOption,
    PeriodOption,
    RevisionOption,
    RootOption,
    at_revision,
    boundary,
    load_checked,
)


class ReportFormatOption(StrEnum):
    """Report formats."""

    MD = "md"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"


DEFAULT_FORMATS = (ReportFormatOption.MD, ReportFormatOption.HTML)


@boundary
def report(
    root: RootOption = None,
    period: PeriodOption = None,
    lang: LangOption = None,
    formats: Annotated[
        list[ReportFormatOption] | None,
        typer.Option(
            "--format",
            "-f",
            help="Report format (md, html, pdf, docx); repeat for several. Default: md and html.",
        ),
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Folder to write the reports into; default: <repository>/build/report.",
        ),
    ] = None,
    goal: Annotated[
        str | None,
        typer.Option("--goal", help="Only this goal (its id); file name gets '-<goal>'."),
    ] = None,
    org: Annotated[
        str | None,
        typer.Option(
            "--org", help="Only indicators this organisation (its id) is responsible for."
        ),
    ] = None,
    split: Annotated[
        bool, typer.Option("--split", help="Write an index page and a page per goal.")
    ] = False,
    revision: RevisionOption = None,
) -> None:
    """Write the follow-up report of a period as Markdown, HTML, PDF (tagged) or Word.

    With --revision, of the state at that git revision (by default into
    build/report/<short commit id>/), read from git without touching the working tree."""
    import ambition.cli.output as output
    from ambition.report.forecasts import forecast_periods
    from ambition.report.render import ReportFormat, write_reports
    from ambition.report.scope import Scope

    with at_revision(root, revision) as state:  # --revision: the state read from git
        validation = load_checked(state.root if state else root, unfinished=True, lang=lang)
        repository = validation.repository
        assert repository is not None, "load_checked exits when the repository is unusable"
        chosen = [ReportFormat(f.value) for f in (formats or DEFAULT_FORMATS)]
        chosen_period = repository.period(period)
        default = repository.root / "build" / "report"
        if state is not None:  # beside the working tree's report, never over it
            from ambition.layout import find_root

            default = find_root(root or Path.cwd()) / "build" / "report" / state.short
        paths = write_reports(
            repository,
            chosen_period,
            chosen,
            output_dir if output_dir is not None else default,
            lang.value if lang else None,
            Scope(goal=goal, organisation=org),
            split,
            result=validation.result(chosen_period),  # the method ran once, in validation
            revision=state.label if state else None,
            forecasts=[validation.result(p) for p in forecast_periods(repository, chosen_period)],
        )
    output.written(paths)
