"""What the commands share: exit codes, the one error boundary, the options every command takes
(``--root``, ``--period``, ``--lang``), the cache switch and the loading of a repository that
stops the command when its data has errors.

Only typer is imported here; everything heavier is imported inside the functions, so
``ambition --help`` stays fast.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

if TYPE_CHECKING:
    from ambition.validation.validate import Validation

P = ParamSpec("P")
R = TypeVar("R")

EXIT_PROBLEMS = 1
"""Problems found in the data (warnings too with ``--strict``)."""
EXIT_USAGE = 2
"""A usage error, or no repository found."""
EXIT_BUG = 3
"""An internal error: a bug in ambition."""
EXIT_INTERRUPTED = 130
"""Interrupted with Ctrl-C."""

state = {"debug": False}
"""Options of the whole program: ``debug`` is set by ``ambition --debug``."""


class Language(StrEnum):
    """The language of messages, explanations and reports."""

    SV = "sv"
    EN = "en"


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
    typer.Option(
        "--lang",
        help="Language of messages, explanations and reports (sv, en); default: the "
        "repository's language: in ambition.yaml.",
    ),
]


def boundary(command: Callable[P, R]) -> Callable[P, R]:
    """The one error boundary: AmbitionError → exit 2, anything unexpected → exit 3.

    An OSError (a folder that is a file, a full disk, no permission) is a usage error that says
    what could not be used; Ctrl-C exits 130; the traceback of a bug only with ``--debug``.
    """

    @wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        import ambition.cli.output as output
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
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except Exception as error:
            output.bug(error, show_traceback=state["debug"])
            raise typer.Exit(EXIT_BUG) from None

    return run


def use_cache(no_cache: bool = False) -> bool:
    """The cache (.ambition-cache/) is used unless --no-cache, and never in CI (``CI`` set), where
    a checkout has none and one committed to the repository must not be trusted."""
    import os

    return not no_cache and os.environ.get("CI", "").lower() in {"", "0", "false"}


def language(lang: Language | None, root: Path) -> str:
    """The language to speak: ``--lang`` when given, else the ``language:`` of the repository
    at ``root``, read even when its files are broken ('sv' when it names none)."""
    if lang is not None:
        return lang.value
    from ambition.messages.catalogue import language_of

    return language_of(root)


def load_checked(
    root: Path | None,
    *,
    strict: bool = False,
    lenient: bool = False,
    lang: Language | None = None,
) -> "Validation":
    """Validate the repository at ``root`` (default: the nearest one); print its diagnostics and
    exit 1 when it has errors (or warnings, with ``strict``). The result holds the repository
    and the method's result of every period.

    ``lenient`` (for ``ambition new``) goes on despite errors in single files, as long as the
    repository itself could be read: a half-filled new file must not block the next one. The
    diagnostics speak ``lang``, by default the repository's language. Raises
    RepositoryNotFoundError when there is no repository.
    """
    import ambition.cli.output as output
    from ambition.diagnostics import has_errors
    from ambition.layout import find_root
    from ambition.validation.cached import load

    found_root = find_root(root or Path.cwd())
    result = load(found_root, use_cache=use_cache())
    if result.repository is not None and lenient:
        return result
    if result.repository is None or has_errors(result.diagnostics, strict=strict):
        output.diagnostics(
            result.diagnostics,
            files=len(result.repository.sources) if result.repository else None,
            lang=language(lang, found_root),
        )
        raise typer.Exit(EXIT_PROBLEMS)
    return result
