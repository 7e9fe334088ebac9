"""The command-line interface: parses arguments, calls one core function, prints, exits.

Exit codes: 0 clean, 1 problems found in the data, 2 usage error or no repository found,
3 internal error ("this is a bug"; the traceback only with ``--debug``), 130 interrupted.
Heavy imports happen inside the commands, so ``ambition --help`` stays fast.
"""

import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

if TYPE_CHECKING:
    from ambition.loading import LoadResult

P = ParamSpec("P")
R = TypeVar("R")

EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_BUG = 3

app = typer.Typer(
    name="ambition",
    help="Follow up the council's goals for sustainable development, kept as YAML in git.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_state = {"debug": False}


class OutputFormat(StrEnum):
    """Output of ``validate``."""

    TEXT = "text"
    JSON = "json"


class Language(StrEnum):
    """Report and explanation language."""

    SV = "sv"
    EN = "en"


class ReportFormatOption(StrEnum):
    """Report formats."""

    MD = "md"
    HTML = "html"


RootOption = Annotated[
    Path | None,
    typer.Option(
        "--root", help="Repository folder; default: the nearest folder with ambition.yaml."
    ),
]
PeriodOption = Annotated[
    str | None,
    typer.Option("--period", "-p", help="Period id from ambition.yaml; default: the latest."),
]
LangOption = Annotated[
    Language | None,
    typer.Option("--lang", help="Language of explanations and reports; default: the repository's."),
]


@app.callback()
def _options(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks of internal errors.")
    ] = False,
) -> None:
    _state["debug"] = debug


def _boundary(command: Callable[P, R]) -> Callable[P, R]:
    """The one error boundary: AmbitionError → exit 2, anything unexpected → exit 3."""

    @wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        from ambition.cli import output
        from ambition.errors import AmbitionError

        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except AmbitionError as error:
            output.error(str(error))
            raise typer.Exit(EXIT_USAGE) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except Exception as error:
            output.bug(error, show_traceback=_state["debug"])
            raise typer.Exit(EXIT_BUG) from None

    return run


def _load(root: Path | None, *, strict: bool = False) -> "LoadResult":
    """Validate the repository; print its diagnostics; exit 1 when it has errors."""
    from ambition.cli import output
    from ambition.diagnostics import has_errors
    from ambition.loading import find_root
    from ambition.validation import validate

    result = validate(find_root(root or Path.cwd()))
    if result.repository is None or has_errors(result.diagnostics, strict=strict):
        output.diagnostics(
            result.diagnostics, files=len(result.repository.sources) if result.repository else None
        )
        raise typer.Exit(EXIT_PROBLEMS)
    return result


@app.command()
@_boundary
def validate(
    root: RootOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.TEXT,
) -> None:
    """Check every data file and every reference between files; list all problems at once."""
    from ambition.cli import output
    from ambition.diagnostics import has_errors
    from ambition.loading import find_root
    from ambition.validation import validate as run_validation

    result = run_validation(find_root(root or Path.cwd()))
    files = len(result.repository.sources) if result.repository else None
    if output_format is OutputFormat.JSON:
        output.diagnostics_json(result.diagnostics)
    else:
        output.diagnostics(result.diagnostics, files=files)
    if result.repository is None or has_errors(result.diagnostics, strict=strict):
        raise typer.Exit(EXIT_PROBLEMS)


@app.command()
@_boundary
def assess(
    root: RootOption = None,
    period: PeriodOption = None,
    lang: LangOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
) -> None:
    """Apply the common method: per goal, each indicator's value, target, proposal, trend and
    the expert's status, with the explanation of every proposal."""
    from ambition.cli import output
    from ambition.method import assess_period
    from ambition.method.records import period_record

    repository = _load(root).repository
    assert repository is not None, "_load exits when the repository is unusable"
    result = assess_period(repository, repository.period(period))
    if as_json:
        output.json_document(period_record(result))
    else:
        output.assessment(result, repository, lang.value if lang else repository.project.language)


@app.command()
@_boundary
def report(
    root: RootOption = None,
    period: PeriodOption = None,
    lang: LangOption = None,
    formats: Annotated[
        list[ReportFormatOption] | None,
        typer.Option(
            "--format", "-f", help="Report format; repeat for several. Default: md and html."
        ),
    ] = None,
    output_dir: Annotated[
        Path, typer.Option("--output", "-o", help="Folder to write the reports into.")
    ] = Path("build/report"),
) -> None:
    """Write the follow-up report of a period as Markdown and/or HTML."""
    from ambition.cli import output
    from ambition.report import ReportFormat, write_reports

    repository = _load(root).repository
    assert repository is not None, "_load exits when the repository is unusable"
    chosen = [ReportFormat(f.value) for f in (formats or list(ReportFormatOption))]
    paths = write_reports(
        repository, repository.period(period), chosen, output_dir, lang.value if lang else None
    )
    output.written(paths)


def main() -> None:
    """Entry point of the ``ambition`` console script and ``python -m ambition``."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    app()
