"""The command-line interface: parses arguments, calls one core function, prints, exits.

Exit codes: 0 clean, 1 problems found in the data, 2 usage error or no repository found,
3 internal error ("this is a bug"; the traceback only with ``--debug``), 130 interrupted.
Heavy imports happen inside the commands, so ``ambition --help`` stays fast.
"""

import gc
import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

if TYPE_CHECKING:
    from ambition.loading.repository import LoadResult

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
    """Output of ``validate``: text, GitHub workflow commands, GitLab Code Quality, JSON."""

    TEXT = "text"
    GITHUB = "github"
    GITLAB = "gitlab"
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
        except OSError as error:
            # A folder that is a file, a disk that is full, no permission: not a bug, say what.
            where = f" {error.filename}" if error.filename else ""
            output.error(f"cannot use{where}: {error.strerror or error}")
            raise typer.Exit(EXIT_USAGE) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except Exception as error:
            output.bug(error, show_traceback=_state["debug"])
            raise typer.Exit(EXIT_BUG) from None

    return run


def _use_cache(no_cache: bool = False) -> bool:
    """The cache (.ambition-cache/) is used unless --no-cache, and never in CI (``CI`` set), where
    a checkout has none and one committed to the repository must not be trusted."""
    import os

    return not no_cache and os.environ.get("CI", "").lower() in {"", "0", "false"}


def _load(root: Path | None, *, strict: bool = False, lenient: bool = False) -> "LoadResult":
    """Validate the repository; print its diagnostics; exit 1 when it has errors.

    ``lenient`` (for ``ambition new``) goes on despite errors in single files, as long as the
    repository itself could be read: a half-filled new file must not block the next one.
    """
    from ambition.validation.cached import load
    from ambition.cli import output
    from ambition.diagnostics import has_errors
    from ambition.layout import find_root

    result = load(find_root(root or Path.cwd()), use_cache=_use_cache())
    if result.repository is not None and lenient:
        return result
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
) -> None:
    """Check every data file and every reference between files; list all problems at once.

    Exit codes: 0 clean, 1 problems (warnings too with --strict), 2 no repository found.
    What each code means and how to fix it: docs/diagnostics.md. Results are cached in
    .ambition-cache/ (docs/performance.md), never in CI.
    """
    import os

    from ambition.validation.cached import verdict
    from ambition.cli import output
    from ambition.diagnostics import has_errors
    from ambition.layout import find_root

    found_root = find_root(root or Path.cwd())
    result = verdict(found_root, use_cache=_use_cache(no_cache))
    files = result.files
    try:  # CI annotations need paths from the workspace, where the command runs
        prefix = found_root.relative_to(Path.cwd().resolve()).as_posix() + "/"
    except ValueError:
        prefix = ""
    prefix = "" if prefix == "./" else prefix
    if output_format is OutputFormat.JSON:
        output.diagnostics_json(result.diagnostics)
    elif output_format is OutputFormat.GITHUB:
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        output.diagnostics_github(
            result.diagnostics, files, prefix=prefix, summary_file=summary, strict=strict
        )
    elif output_format is OutputFormat.GITLAB:
        output.diagnostics_gitlab(result.diagnostics, prefix=prefix)
    else:
        output.diagnostics(result.diagnostics, files=files, strict=strict)
    if files is None or has_errors(result.diagnostics, strict=strict):
        raise typer.Exit(EXIT_PROBLEMS)


@app.command()
@_boundary
def schema(
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Folder to write the schemas into; default: <repository>/schemas.",
        ),
    ] = None,
    root: RootOption = None,
) -> None:
    """Write a JSON Schema (draft-07) per file kind, for editors that check YAML as you type."""
    from ambition.cli import output
    from ambition.errors import RepositoryNotFoundError
    from ambition.layout import find_root
    from ambition.schema.json_schema import write_schemas

    if output_dir is None:
        try:
            output_dir = find_root(root or Path.cwd()) / "schemas"
        except RepositoryNotFoundError:
            output_dir = Path("schemas")
    output.written(write_schemas(output_dir))


@app.command()
@_boundary
def assess(
    root: RootOption = None,
    period: PeriodOption = None,
    lang: LangOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
    write: Annotated[
        bool,
        typer.Option(
            "--write",
            help="Write the proposals into the period's assessment files, "
            "creating missing ones; what experts wrote is left untouched.",
        ),
    ] = False,
    check: Annotated[
        bool,
        typer.Option("--check", help="Exit 1 if --write would change any file (for CI)."),
    ] = False,
) -> None:
    """Apply the common method: per goal, each indicator's value, target, proposal, trend and
    the expert's status, with the explanation of every proposal."""
    from ambition.cli import output
    from ambition.method import assess_period
    from ambition.method.records import period_record

    repository = _load(root).repository
    assert repository is not None, "_load exits when the repository is unusable"
    if write or check:
        from ambition.round import write as assessment_round

        changes = assessment_round.plan(repository, repository.period(period))
        if write:
            assessment_round.apply(repository, changes)
        output.file_changes(changes, written=write)
        if check and changes and not write:
            raise typer.Exit(EXIT_PROBLEMS)
        return
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
) -> None:
    """Write the follow-up report of a period as Markdown and/or HTML."""
    from ambition.cli import output
    from ambition.report import ReportFormat, Scope, write_reports

    repository = _load(root).repository
    assert repository is not None, "_load exits when the repository is unusable"
    chosen = [ReportFormat(f.value) for f in (formats or list(ReportFormatOption))]
    paths = write_reports(
        repository,
        repository.period(period),
        chosen,
        output_dir if output_dir is not None else repository.root / "build" / "report",
        lang.value if lang else None,
        Scope(goal=goal, organisation=org),
        split,
    )
    output.written(paths)


class StatusFormat(StrEnum):
    """Output of ``status``."""

    TEXT = "text"
    JSON = "json"


@app.command()
@_boundary
def status(
    root: RootOption = None,
    period: PeriodOption = None,
    lang: LangOption = None,
    organisation: Annotated[
        str | None, typer.Option("--org", help="Only this organisation id.")
    ] = None,
    output_format: Annotated[
        StatusFormat, typer.Option("--format", "-f", help="Output format.")
    ] = StatusFormat.TEXT,
    today: Annotated[
        str | None, typer.Option("--today", help="Count days from this date (YYYY-MM-DD).")
    ] = None,
) -> None:
    """List, per organisation, what is still missing for the period: values, statuses,
    analyses, justifications, the actions' progress notes. Exit 1 when something is missing
    after the deadline."""
    import datetime as dt

    from ambition.cli import output
    from ambition.errors import AmbitionError
    from ambition.round.status import outstanding

    repository = _load(root).repository
    assert repository is not None, "_load exits when the repository is unusable"
    if organisation is not None and organisation not in repository.organisations:
        known = ", ".join(repository.organisations)
        raise AmbitionError(f"unknown organisation '{organisation}'; known: {known}")
    try:
        day = dt.date.fromisoformat(today) if today else dt.date.today()
    except ValueError:
        raise AmbitionError(f"--today {today!r} is not a date; write YYYY-MM-DD") from None
    report = outstanding(repository, repository.period(period), day, organisation)
    language = lang.value if lang else repository.project.language
    if output_format is StatusFormat.JSON:
        output.outstanding_json(report)
    else:
        output.outstanding(report, repository, language)
    if report.overdue:
        raise typer.Exit(EXIT_PROBLEMS)


new_app = typer.Typer(
    help="Start a new indicator, goal or period, with every field explained.", no_args_is_help=True
)
app.add_typer(new_app, name="new")


@new_app.command("indicator")
@_boundary
def new_indicator(
    indicator_id: Annotated[str, typer.Argument(help="The new indicator's id, e.g. 'cykelvagar'.")],
    area: Annotated[str, typer.Option("--area", help="Measurement area id.")],
    responsible: Annotated[str, typer.Option("--responsible", help="Organisation id.")],
    title: Annotated[str | None, typer.Option("--title", help="The indicator's title.")] = None,
    root: RootOption = None,
) -> None:
    """Create data/indicators/<id>.yaml."""
    from ambition.cli import output
    from ambition.round.new import new_indicator as create

    repository = _load(root, lenient=True).repository
    assert repository is not None, "_load exits when the repository is unusable"
    output.written([create(repository, indicator_id, area, responsible, title)])


@new_app.command("goal")
@_boundary
def new_goal(
    goal_id: Annotated[str, typer.Argument(help="The new goal's id.")],
    number: Annotated[int, typer.Option("--number", help="The goal's number.")],
    title: Annotated[str, typer.Option("--title", help="The goal as decided.")],
    owner: Annotated[str, typer.Option("--owner", help="Organisation id.")] = "kommunstyrelsen",
    root: RootOption = None,
) -> None:
    """Create data/goals/<id>.yaml."""
    from ambition.cli import output
    from ambition.round.new import new_goal as create

    repository = _load(root, lenient=True).repository
    assert repository is not None, "_load exits when the repository is unusable"
    output.written([create(repository, goal_id, number, title, owner)])


@new_app.command("period")
@_boundary
def new_period(
    period_id: Annotated[str, typer.Argument(help="The new period's id, e.g. 'delar-2023'.")],
    kind: Annotated[str, typer.Option("--kind", help="tertial, interim or annual.")],
    closing_date: Annotated[str, typer.Option("--closing-date", help="YYYY-MM-DD.")],
    deadline: Annotated[str | None, typer.Option("--deadline", help="YYYY-MM-DD.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="e.g. 'Delårsbokslut 2023'.")] = None,
    root: RootOption = None,
) -> None:
    """Add a period to ambition.yaml, keeping the rest of the file as it is."""
    import datetime as dt

    from ambition.cli import output
    from ambition.errors import AmbitionError
    from ambition.models import PeriodKind
    from ambition.round.new import new_period as create

    repository = _load(root, lenient=True).repository
    assert repository is not None, "_load exits when the repository is unusable"
    try:
        period_kind = PeriodKind(kind)
        closing = dt.date.fromisoformat(closing_date)
        due = dt.date.fromisoformat(deadline) if deadline else None
    except ValueError as error:
        raise AmbitionError(
            f"{error}; kinds: tertial, interim, annual; dates: YYYY-MM-DD"
        ) from None
    output.written([create(repository, period_id, period_kind, closing, due, title)])


class DiffFormat(StrEnum):
    """Output of ``diff``."""

    TEXT = "text"
    MD = "md"
    JSON = "json"


@app.command()
@_boundary
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
    """List per goal what changed in the ambition level between two git revisions: goals,
    areas, indicators, targets, baselines, method parameters; corrected and new measured
    values apart. The working tree, index and refs are left untouched.

    Exit 0 whether or not anything changed (with --exit-code: 1 when the ambition level
    changed), 1 when a revision's data does not load, 2 for an unknown revision, a folder
    outside git, or git missing.
    """
    from ambition.cli import output
    from ambition.diff.compare import diff_revisions
    from ambition.report.diff import appendix, diff_record, render_markdown, render_text
    from ambition.errors import InvalidRevisionError
    from ambition.layout import find_root

    try:
        result = diff_revisions(find_root(root or Path.cwd()), before, after)
    except InvalidRevisionError as error:
        output.invalid_revision(str(error), error.diagnostics)
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


def main() -> None:
    """Entry point of the ``ambition`` console script and ``python -m ambition``."""
    # A large repository is millions of long-lived objects without cycles, which the cyclic
    # collector's default thresholds scan again and again: a quarter of the time of a
    # validation of 10,000 indicators (docs/performance.md). Young cycles are still collected.
    gc.set_threshold(100_000, 100, 100)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    app()
