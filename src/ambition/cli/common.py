"""What the commands share: exit codes, the one error boundary, the options every command takes
(``--root``, ``--period``, ``--lang``), the cache switch and the loading of a repository that
stops the command when its data has errors.

Only typer is imported here; everything heavier is imported inside the functions, so
``ambition --help`` stays fast.
"""

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

from ambition.cli.fast import use_cache

if TYPE_CHECKING:
    from ambition.diff.revisions import Snapshot
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
EXIT_CLOSED_PIPE = 141
"""Standard output was closed before the command finished (``ambition assess | head -1``):
128 + SIGPIPE (13), what a shell reports for a command that a closed pipe ended."""

state: dict[str, object] = {"debug": False, "lang": None}
"""Options of the whole program: ``debug`` is set by ``ambition --debug``, ``lang`` by
``ambition --lang L`` (a Language, or None)."""


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
        help="Language of messages, explanations and reports; default: the language: in "
        "ambition.yaml.",
    ),
]

RevisionOption = Annotated[
    str | None,
    typer.Option(
        "--revision",
        help="The state at this git revision (commit, tag, branch, HEAD~1), read from git "
        "without touching the working tree; default: the working tree.",
    ),
]


@contextmanager
def at_revision(root: Path | None, revision: str | None) -> "Iterator[Snapshot | None]":
    """The data repository at git ``revision`` (``--revision``) for the ``with`` block, read
    from git's objects into a temporary folder (``ambition.diff.revisions.snapshot``, as
    ``ambition diff`` reads it); None without a revision. A revision that git does not know,
    a folder outside git or a revision without data: the message, and exit 1."""
    if revision is None:
        yield None
        return
    import ambition.cli.output as output
    from ambition.diff.revisions import snapshot
    from ambition.errors import GitError, InvalidRevisionError
    from ambition.layout import find_root

    held = ExitStack()
    try:  # only reading the revision: errors of the command's own work are not caught here
        found = held.enter_context(snapshot(find_root(root or Path.cwd()), revision))
    except (GitError, InvalidRevisionError) as error:
        speak = error.speaks(language_at(root))
        output.error(error.render(speak), speak)
        raise typer.Exit(EXIT_PROBLEMS) from None
    with held:
        yield found


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
            speak = language_at(_path(kwargs.get("root")), _lang(kwargs.get("lang", state["lang"])))
            output.error(error.render(error.speaks(speak)), error.speaks(speak))
            raise typer.Exit(EXIT_USAGE) from None
        except BrokenPipeError:
            closed_pipe()
            raise typer.Exit(EXIT_CLOSED_PIPE) from None
        except OSError as error:
            # A folder that is a file, a disk that is full, no permission: not a bug, say what.
            from ambition.messages.reasons import os_reason
            from ambition.messages.text import text

            where = f" {error.filename}" if error.filename else ""
            speak = language_at(_path(kwargs.get("root")), _lang(kwargs.get("lang", state["lang"])))
            cannot = text("error.cannot-use", where=where, reason=os_reason(error))
            output.error(cannot.render(speak), speak)
            raise typer.Exit(EXIT_USAGE) from None
        except KeyboardInterrupt:
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except Exception as error:
            output.bug(error, show_traceback=bool(state["debug"]))
            raise typer.Exit(EXIT_BUG) from None

    return run


def _path(value: object) -> Path | None:
    return value if isinstance(value, Path) else None


def _lang(value: object) -> "Language | None":
    return value if isinstance(value, Language) else None


def language_at(root: Path | None, lang: Language | None = None) -> str:
    """The language of a message when the repository may not be found: ``--lang`` when given,
    else the ``language:`` of the nearest repository at or above ``root`` (default: the current
    folder), else 'sv', the catalogue's first language."""
    if lang is not None:
        return lang.value
    from ambition.errors import RepositoryNotFoundError
    from ambition.layout import find_root

    try:
        return language(None, find_root(root or Path.cwd()))
    except (RepositoryNotFoundError, OSError):
        return language(None, root or Path.cwd())


def closed_pipe() -> None:
    """The reader of standard output is gone: end quietly. Standard output is pointed at the
    null device, so that the interpreter's last flush of what is still buffered does not fail
    again with a traceback (the recipe of the Python documentation, "Note on SIGPIPE")."""
    import contextlib
    import os
    import sys

    # Without a real file descriptor (a test's captured output) there is nothing to point.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


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
    unfinished: bool = False,
    lang: Language | None = None,
) -> "Validation":
    """Validate the repository at ``root`` (default: the nearest one); print its diagnostics (on
    standard error, which never carries a command's JSON or report) and exit 1 when it has
    errors (or warnings, with ``strict``). The result holds the repository and the method's
    result of every period.

    ``lenient`` (for ``ambition new``) goes on despite errors in single files, as long as the
    repository itself could be read: a half-filled new file must not block the next one.
    ``unfinished`` (for ``assess``, ``report`` and ``status``) goes on when the only errors are
    unfinished assessments (``diagnostics.codes.UNFINISHED``), after printing them and a note.
    The diagnostics speak ``lang``, by default the repository's language. Raises
    RepositoryNotFoundError when there is no repository.
    """
    import ambition.cli.output as output
    from ambition.diagnostics import has_errors
    from ambition.diagnostics.codes import only_unfinished
    from ambition.layout import find_root
    from ambition.validation.cached import load

    found_root = find_root(root or Path.cwd())
    result = load(found_root, use_cache=use_cache())
    if result.repository is not None and lenient:
        return result
    files = len(result.repository.sources) if result.repository else None
    speak = language(lang, found_root)
    if result.repository is not None and unfinished and only_unfinished(result.diagnostics):
        output.diagnostics(result.diagnostics, files=files, err=True, lang=speak)
        output.unfinished_note(speak)
        return result
    if result.repository is None or has_errors(result.diagnostics, strict=strict):
        output.diagnostics(result.diagnostics, files=files, err=True, lang=speak)
        raise typer.Exit(EXIT_PROBLEMS)
    return result
