"""``ambition diff``: what changed in the ambition level between two git revisions, as text, a
Markdown decision appendix or JSON."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ambition.cli.common import EXIT_PROBLEMS, LangOption, RootOption, boundary, language_at


class DiffFormat(StrEnum):
    """Output of ``diff``."""

    TEXT = "text"
    MD = "md"
    JSON = "json"


@boundary
def diff(
    before: Annotated[
        str,
        typer.Argument(
            metavar="REV_A", help="The earlier git revision, e.g. origin/main, HEAD~1, a tag."
        ),
    ],
    after: Annotated[
        str | None,
        typer.Argument(metavar="REV_B", help="The later git revision; default: the working tree."),
    ] = None,
    root: RootOption = None,
    lang: LangOption = None,
    output_format: Annotated[
        DiffFormat,
        typer.Option("--format", "-f", help="text; md (a decision appendix); json."),
    ] = DiffFormat.TEXT,
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code", help="Exit 1 when the ambition level changed, like git diff --exit-code."
        ),
    ] = False,
) -> None:
    """List per goal what changed in the ambition level between two git revisions.

    Changes to goals, areas, indicators, targets, baselines and method parameters are listed,
    with corrected and new measured values apart. The working tree, index and refs are left
    untouched.

    Exit 0 whether or not anything changed (with --exit-code: 1 when the ambition level
    changed), 1 when a revision's data does not load, 2 for an unknown revision, a folder
    outside git, or git missing.
    """
    import ambition.cli.output as output
    from ambition.diff.revisions import diff_revisions
    from ambition.errors import InvalidRevisionError
    from ambition.layout import find_root
    from ambition.report.diff import appendix, diff_record, render_markdown, render_text

    try:
        result = diff_revisions(find_root(root or Path.cwd()), before, after)
    except InvalidRevisionError as error:
        speak = language_at(root, lang)
        output.invalid_revision(error.render(speak), error.diagnostics, speak)
        raise typer.Exit(EXIT_PROBLEMS) from None
    language = lang.value if lang else result.changes.new.project.language
    if output_format is DiffFormat.JSON:
        output.json_document(diff_record(result))
    elif output_format is DiffFormat.MD:
        output.document(render_markdown(result, language))
    else:
        output.lines(render_text(appendix(result, language)))
    if exit_code and result.changes.ambition_changed:
        raise typer.Exit(EXIT_PROBLEMS)
