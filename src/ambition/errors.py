"""The one root exception of ambition and its few subclasses.

Exceptions are only for "cannot continue" (no repository, a usage error); problems in the data are
``Diagnostic`` records gathered into a list, never exceptions.
"""

from typing import TYPE_CHECKING

from ambition.messages.text import Text

if TYPE_CHECKING:
    from ambition.diagnostics import Diagnostic


class AmbitionError(Exception):
    """Root of every error ambition raises on purpose; the CLI maps it to exit code 2.

    The message is a catalogue ``Text`` (``text("error.unknown-period", …)``), written in the
    user's language by ``render(lang)``; ``str(error)`` is its English form, for logs and
    tracebacks. A plain string (git's own words, an exception's text) is shown as it is.
    """

    def __init__(self, message: "str | Text") -> None:
        self.text = message
        super().__init__(message.render("en") if isinstance(message, Text) else message)

    def render(self, lang: str) -> str:
        """The message in ``lang`` ('sv' or 'en'); a plain string as it is."""
        return self.text.render(lang) if isinstance(self.text, Text) else str(self)

    def speaks(self, lang: str) -> str:
        """The language the message is shown in: ``lang`` for a catalogue text, 'en' for a
        plain string (so that its "error:" is in the language of its words)."""
        return lang if isinstance(self.text, Text) else "en"


class RepositoryNotFoundError(AmbitionError):
    """No ``ambition.yaml`` in the given folder or any folder above it, or no such folder."""


class UnknownPeriodError(AmbitionError):
    """A ``--period`` that is not configured in ``ambition.yaml``."""


class GitError(AmbitionError):
    """git is not installed, the folder is not in a git repository, or git could not read it."""


class UnknownRevisionError(GitError):
    """A revision (branch, tag, commit) that git does not know."""


class InvalidRevisionError(AmbitionError):
    """The data of a revision (or of the working tree) does not load; the CLI exits 1.

    ``revision`` names it as the user gave it; ``diagnostics`` are the loader's findings, with
    paths relative to the data repository.
    """

    def __init__(
        self, message: "str | Text", revision: str, diagnostics: "list[Diagnostic]"
    ) -> None:
        super().__init__(message)
        self.revision = revision
        self.diagnostics = diagnostics
