"""Shared fixtures: small real repositories copied into a temporary folder per test."""

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ambition.process import workers

if TYPE_CHECKING:
    from ambition.diagnostics import Diagnostic

TESTS = Path(__file__).parent
PROJECT = TESTS.parent
MINIMAL = TESTS / "fixtures" / "minimal"


@pytest.fixture(autouse=True)
def thawed() -> Iterator[None]:
    """Every test leaves the collector as it found it: loading freezes what it keeps
    (``ambition.process.collector``), which suits a command's process, not a test run that
    loads thousands of repositories."""
    yield
    gc.unfreeze()
    gc.enable()


def copy_repository(source: Path, target: Path) -> Path:
    """Copy a data repository (ambition.yaml and data/) into ``target``; returns ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source / "ambition.yaml", target / "ambition.yaml")
    shutil.copytree(source / "data", target / "data")
    return target


@pytest.fixture
def minimal_repo(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/minimal: one goal, two areas, two indicators, valid."""
    return copy_repository(MINIMAL, tmp_path / "repo")


@pytest.fixture
def real_repo(tmp_path: Path) -> Path:
    """A copy of the real data of Vaggeryds kommun shipped in data/."""
    return copy_repository(PROJECT, tmp_path / "vaggeryd")


def rendered(found: "Diagnostic", lang: str = "en") -> "Diagnostic":
    """``found`` with its message and fix written out in ``lang``, to compare with a
    diagnostic written by hand in the test (the catalogue's texts are data until shown)."""
    import dataclasses

    return dataclasses.replace(
        found,
        message=found.message_in(lang),
        hint=found.hint_in(lang),  # type: ignore[arg-type]
    )


class CountingPool(workers.ProcessPoolExecutor):
    """The standard pool of ``ambition.process.workers``, counting the work given to it."""

    submitted = 0

    def submit(self, *args: Any, **kwargs: Any) -> Any:
        CountingPool.submitted += 1
        return super().submit(*args, **kwargs)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> type[CountingPool]:
    """The forked worker's pool counted (``CountingPool.submitted``), from zero."""
    monkeypatch.setattr(workers, "ProcessPoolExecutor", CountingPool)
    CountingPool.submitted = 0
    return CountingPool
