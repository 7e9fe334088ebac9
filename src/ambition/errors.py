"""The one root exception of ambition and its few subclasses.

Exceptions are only for "cannot continue" (no repository, a usage error); problems in the data are
``Diagnostic`` records gathered into a list, never exceptions.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ambition.diagnostics import Diagnostic


class AmbitionError(Exception):
    """Root of every error ambition raises on purpose; the CLI maps it to exit code 2."""


class RepositoryNotFoundError(AmbitionError):
    """No ``ambition.yaml`` in the given folder or any folder above it."""


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

    def __init__(self, message: str, revision: str, diagnostics: "list[Diagnostic]") -> None:
        super().__init__(message)
        self.revision = revision
        self.diagnostics = diagnostics
