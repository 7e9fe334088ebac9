"""The git history of tests/diff/history.py, for the tests of ``ambition diff``."""

from tests.diff.history import hermetic_git, history, shared

__all__ = ["hermetic_git", "history", "shared"]
