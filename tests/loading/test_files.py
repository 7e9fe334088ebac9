"""Many files loaded: through a store, and on a cold run in two processes, with exactly the
results of one process."""

import os
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from ambition.cache.store import CACHE_DIR
from ambition.loading import files
from ambition.validation.cached import load, verdict
from ambition.validation.validate import validate
from tests.cache.test_store import repo, same_repository, verdict_of

__all__ = ["repo"]  # the fixture: the minimal fixture, the real data, every case of the corpus


def forks() -> bool:
    """True where a cold run loads in two processes (``ambition.loading.files``)."""
    return sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1


class CountingPool(files.ProcessPoolExecutor):
    """The standard pool, counting the chunks given to it and those it was left to load."""

    submitted = 0

    def submit(self, *args: Any, **kwargs: Any) -> Any:
        CountingPool.submitted += 1
        return super().submit(*args, **kwargs)


def test_two_processes_give_identical_results(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = validate(repo)
    monkeypatch.setattr(files, "PARALLEL_FROM", 0)  # every repository, however small
    monkeypatch.setattr(files, "CHUNK", 2)  # several chunks, split between the two
    monkeypatch.setattr(files, "ProcessPoolExecutor", CountingPool)
    CountingPool.submitted = 0
    result = validate(repo)
    if forks() and threading.active_count() == 1:
        assert CountingPool.submitted > 0
    same_repository(result, plain)
    assert not (repo / CACHE_DIR).exists()


def test_two_processes_fill_the_cache(real_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = validate(real_repo)
    monkeypatch.setattr(files, "PARALLEL_FROM", 0)
    monkeypatch.setattr(files, "CHUNK", 8)
    assert verdict(real_repo) == verdict_of(plain)  # cold, in two processes
    monkeypatch.setattr(files, "load_file", None)  # every file from the cache now
    same_repository(load(real_repo), plain)
