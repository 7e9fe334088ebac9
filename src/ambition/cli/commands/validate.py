"""``ambition validate``: check every file and every reference; diagnostics as text, GitHub
workflow commands, GitLab Code Quality or JSON."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ambition.cli.common import (
    EXIT_PROBLEMS,
    LangOption,
    RootOption,
    boundary,
    language,
)
from ambition.cli.fast import use_cache


class OutputFormat(StrEnum):
    """Output of ``validate``: text, GitHub workflow commands, GitLab Code Quality, JSON."""

    TEXT = "text"
    GITHUB = "github"
    GITLAB = "gitlab"
    JSON = "json"


WORKSPACE = {OutputFormat.GITHUB: "GITHUB_WORKSPACE", OutputFormat.GITLAB: "CI_PROJECT_DIR"}
"""The variable naming the checkout that CI annotations are relative to, per format."""


def workspace_prefix(root: Path, output_format: OutputFormat) -> str:
    """What goes before a path from the repository root in ``output_format``: the repository's
    folder relative to the CI workspace (``kommun/`` when the data repository is a subfolder
    of the checkout; ``$GITHUB_WORKSPACE``, ``$CI_PROJECT_DIR``), so an annotation lands on
    its file. Outside CI, and in text and JSON, '': every format gives paths from ``--root``,
    wherever the command runs."""
    import os

    workspace = os.environ.get(WORKSPACE.get(output_format, ""), "")
    if not workspace:
        return ""
    try:
        prefix = root.resolve().relative_to(Path(workspace).resolve()).as_posix() + "/"
    except ValueError:  # the repository lies outside the workspace: paths from the root
        return ""
    return "" if prefix == "./" else prefix


@boundary
def validate(
    root: RootOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="text; github (workflow commands, and a summary in $GITHUB_STEP_SUMMARY); "
            "gitlab (Code Quality JSON); json.",
        ),
    ] = OutputFormat.TEXT,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache", help="Read every file again; neither read nor write .ambition-cache/."
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Check every data file and every reference between files; list all problems at once.

    Exit codes: 0 clean, 1 problems (warnings too with --strict), 2 no repository found.
    Messages speak the repository's language (ambition.yaml), or --lang.

    What each code means and how to fix it: docs/diagnostics.md. Results are cached in
    .ambition-cache/ (docs/performance.md), never in CI.
    """
    import os

    import ambition.cli.output as output
    from ambition.diagnostics import has_errors
    from ambition.layout import find_root
    from ambition.validation.cached import verdict

    found_root = find_root(root or Path.cwd())
    result = verdict(found_root, use_cache=use_cache(no_cache))
    files = result.files
    prefix = workspace_prefix(found_root, output_format)
    speak = language(lang, found_root)
    if output_format is OutputFormat.JSON:
        output.diagnostics_json(result.diagnostics, speak)
    elif output_format is OutputFormat.GITHUB:
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        output.diagnostics_github(
            result.diagnostics,
            files,
            prefix=prefix,
            summary_file=summary,
            strict=strict,
            lang=speak,
        )
    elif output_format is OutputFormat.GITLAB:
        output.diagnostics_gitlab(result.diagnostics, prefix=prefix, lang=speak)
    else:
        output.diagnostics(result.diagnostics, files=files, strict=strict, lang=speak)
    if files is None or has_errors(result.diagnostics, strict=strict):
        raise typer.Exit(EXIT_PROBLEMS)
