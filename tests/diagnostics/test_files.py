"""Findings about whole files: unreadable files, and what is not reported twice."""

import os
from pathlib import Path
from typing import Any

import pytest

from ambition.loading.repository import load_repository

INDICATOR = "data/indicators/ekologisk-mat.yaml"


def test_a_file_that_cannot_be_read_is_reported_not_raised(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = os.open

    def refuse(path: Any, flags: int, *args: Any) -> int:
        if str(path).endswith("ekologisk-mat.yaml"):
            raise PermissionError(13, "Permission denied")
        return original(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    [found] = load_repository(minimal_repo).diagnostics
    assert found.format("en") == (
        f"{INDICATOR}: unreadable-file: cannot read the file: permission denied — check that "
        "the file is not locked by another program and that you may read it"
    )


def test_references_into_a_broken_goal_file_are_not_reported_again(minimal_repo: Path) -> None:
    (minimal_repo / "data/goals/miljo.yaml").write_text("id: miljo\ntitle: [\n", "utf-8")
    assert [d.code for d in load_repository(minimal_repo).diagnostics] == ["yaml-unclosed-bracket"]
