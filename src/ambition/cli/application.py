"""The app of the command-line interface, with every command (``ambition.cli.main`` runs it).

Exit codes: 0 clean, 1 problems found in the data, 2 usage error or no repository found,
3 internal error ("this is a bug"; the traceback only with ``--debug``), 130 interrupted,
141 standard output closed early (``ambition assess | head -1``), quietly.
Heavy imports happen inside the commands, so ``ambition --help`` stays fast.

This module only builds the app: each command is a module of :mod:`ambition.cli.commands`
named as the command, what they share is in :mod:`ambition.cli.common`, and everything printed
goes through :mod:`ambition.cli.output`.
"""

import sys
from typing import Annotated

import typer

from ambition.cli.commands import (
    assess,
    codeowners,
    diff,
    export,
    import_,
    new,
    report,
    schema,
    status,
    validate,
)
from ambition.cli.common import (
    EXIT_BUG,
    EXIT_CLOSED_PIPE,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    LangOption,
    RootOption,
    closed_pipe,
    state,
)
from ambition.cli.plain import PlainGroup

__all__ = ["EXIT_BUG", "EXIT_PROBLEMS", "EXIT_USAGE", "app", "run"]

app = typer.Typer(
    name="ambition",
    help="Follow up the council's goals for sustainable development, kept as YAML in git.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=PlainGroup,  # plain help, every missing option at once (cli/plain.py)
)


def _show_version(asked: bool) -> None:
    if asked:
        from ambition import __version__

        typer.echo(f"ambition {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    root: RootOption = None,
    lang: LangOption = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks of internal errors.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Show the version and exit.",
            callback=_show_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    # --root and --lang here mean what they mean after the command's name (cli/plain.py).
    state["debug"] = debug
    state["lang"] = lang  # for the messages of a command without --lang of its own (schema)


for command in (
    validate.validate,
    schema.schema,
    assess.assess,
    report.report,
    status.status,
    export.export,
    codeowners.codeowners,
):
    app.command()(command)
app.add_typer(new.app, name="new")
app.add_typer(import_.app, name="import")
app.command()(diff.diff)


def run() -> None:
    """Run the app on ``sys.argv`` (``ambition.cli.main`` prepares the process first)."""
    try:
        app()
    except BrokenPipeError:  # outside a command (help, --version): end as quietly
        closed_pipe()
        sys.exit(EXIT_CLOSED_PIPE)
