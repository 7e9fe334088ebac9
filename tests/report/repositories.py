"""Repositories loaded for the report tests."""

from pathlib import Path

from ambition.repository import Repository
from ambition.validation.validate import validate


def load(root: Path) -> Repository:
    """The repository at ``root``, validated; it must load."""
    result = validate(root)
    assert result.repository is not None, result.diagnostics
    return result.repository
