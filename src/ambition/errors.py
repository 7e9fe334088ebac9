"""The one root exception of ambition and its few subclasses.

Exceptions are only for "cannot continue" (no repository, a usage error); problems in the data are
``Diagnostic`` records gathered into a list, never exceptions.
"""


class AmbitionError(Exception):
    """Root of every error ambition raises on purpose; the CLI maps it to exit code 2."""


class RepositoryNotFoundError(AmbitionError):
    """No ``ambition.yaml`` in the given folder or any folder above it."""


class UnknownPeriodError(AmbitionError):
    """A ``--period`` that is not configured in ``ambition.yaml``."""
