"""Data repositories kept in git, built in a temporary folder, for the tests of `ambition diff`.

The history, one commit per kind of change, tagged:
start (tests/fixtures/minimal) → renamed (a goal's title) → area-added → moved (an indicator to
another area) → targets (a target changed, an interim target added) → method (a parameter) →
values (a value corrected, a new year's value) → broken (data that does not load).

The fixtures (``hermetic_git``, ``shared``, ``history``) are made available by the conftest.py
of the folders whose tests use them.
"""

import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from ambition.loading.repository import load_repository
from ambition.repository import Repository
from tests.conftest import MINIMAL, copy_repository


@pytest.fixture(autouse=True)
def hermetic_git(monkeypatch: pytest.MonkeyPatch) -> None:
    """No user or system git configuration, in the tests' git calls and in ambition's."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(name, raising=False)


def git(cwd: Path, *args: str) -> str:
    """Run git in ``cwd``; its standard output, stripped."""
    completed = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return completed.stdout.strip()


def init(folder: Path) -> None:
    git(folder, "init", "--quiet", "--initial-branch=main")
    git(folder, "config", "user.name", "Testare")
    git(folder, "config", "user.email", "testare@example.org")
    git(folder, "config", "commit.gpgsign", "false")


def commit(folder: Path, tag: str) -> str:
    git(folder, "add", "--all")
    git(folder, "commit", "--quiet", "--message", tag)
    git(folder, "tag", tag)
    return git(folder, "rev-parse", "HEAD")


def load(root: Path) -> Repository:
    """The repository at ``root``, which must load without errors."""
    loaded = load_repository(root)
    assert loaded.repository is not None, loaded.diagnostics
    assert [d for d in loaded.diagnostics if d.severity == "error"] == []
    return loaded.repository


def edit(root: Path, relpath: str, old: str, new: str) -> None:
    """Replace ``old``, which must be in the file once, with ``new``."""
    path = root / relpath
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} not once in {relpath}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def build_history(root: Path) -> dict[str, str]:
    """The tagged history of the module docstring in ``root``; commit id per tag."""
    copy_repository(MINIMAL, root)
    init(root)
    commits = {"start": commit(root, "start")}
    edit(
        root,
        "data/goals/miljo.yaml",
        "title: Kommunen ska ha en god miljö",
        "title: Kommunen ska ha en god och hållbar miljö",
    )
    commits["renamed"] = commit(root, "renamed")
    edit(
        root,
        "data/goals/miljo.yaml",
        "    title: Mat\n",
        "    title: Mat\n  - id: energi\n    title: Energi\n",
    )
    commits["area-added"] = commit(root, "area-added")
    edit(
        root,
        "data/indicators/ekologisk-mat.yaml",
        "measurement_area: mat",
        "measurement_area: klimat",
    )
    commits["moved"] = commit(root, "moved")
    edit(
        root,
        "data/indicators/utslapp.yaml",
        "  - year: 2026\n    value: 800\n",
        "  - year: 2024\n    value: 850\n    comparison: at_most\n  - year: 2026\n    value: 700\n",
    )
    commits["targets"] = commit(root, "targets")
    edit(root, "data/method.yaml", "achieved_share: 0.667", "achieved_share: 0.75")
    commits["method"] = commit(root, "method")
    edit(
        root,
        "data/indicators/utslapp.yaml",
        "  2021: 950\n  2022: 900\n",
        "  2021: 955\n  2022: 900\n  2023: 880\n",
    )
    commits["values"] = commit(root, "values")
    edit(root, "data/indicators/utslapp.yaml", "direction: decrease", "direction: sideways")
    commits["broken"] = commit(root, "broken")
    git(root, "checkout", "--quiet", "values")
    return commits


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """One history for the tests that only read it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
        patch.setenv("GIT_CONFIG_NOSYSTEM", "1")
        root = tmp_path_factory.mktemp("shared") / "kommun"
        yield root, build_history(root)


@pytest.fixture
def history(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A history of its own, for a test that edits the working tree."""
    root = tmp_path / "kommun"
    return root, build_history(root)


def state(root: Path) -> tuple[str, str, str]:
    """What `ambition diff` must not touch: status, index and HEAD."""
    index = hashlib.sha256((root / ".git" / "index").read_bytes()).hexdigest()
    return (
        git(root, "status", "--porcelain", "--untracked-files=all"),
        index,
        git(root, "rev-parse", "HEAD"),
    )


def change_the_working_tree(root: Path) -> tuple[str, str, str]:
    """Give an indicator another responsible organisation in the working tree and stage a file
    that is not data; returns the ``state`` that ``ambition diff`` must leave as it is."""
    edit(root, "data/indicators/ekologisk-mat.yaml", "responsible: bun", "responsible: ks")
    (root / "notes.txt").write_text("untracked\n", encoding="utf-8")
    git(root, "add", "notes.txt")
    return state(root)
