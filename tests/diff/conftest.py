"""Fixtures of the tests of ambition.diff: a git history (tests/diff/history.py) and two copies
of the minimal repository to compare."""

from pathlib import Path

import pytest

from ambition.repository import Repository
from tests.conftest import MINIMAL, copy_repository
from tests.diff.history import hermetic_git, history, load, shared

__all__ = ["after", "before", "hermetic_git", "history", "shared"]


@pytest.fixture
def before(tmp_path: Path) -> Repository:
    """The minimal repository, loaded."""
    return load(copy_repository(MINIMAL, tmp_path / "before"))


@pytest.fixture
def after(tmp_path: Path) -> Path:
    """A second copy of the minimal repository, to edit before comparing."""
    return copy_repository(MINIMAL, tmp_path / "after")
