"""ambition.validation.periods: a large repository's verdict assesses every other period in a
forked worker, and the findings are those of one process, in the same order, whether the
worker works, fails or dies."""

import os
from pathlib import Path

import pytest

from ambition.diagnostics import Diagnostic
from ambition.process import workers
from ambition.validation import periods as periods_module
from ambition.validation.validate import validate
from tests.conftest import CountingPool
from tests.validation.unfinished import unfinished_repository

FORKS = workers.can_fork()


def shown(found: list[Diagnostic]) -> list[str]:
    return [d.format("sv") for d in found]


def split(root: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as patch:
        patch.setattr(periods_module, "PARALLEL_FROM", 0)  # however small the repository
        return shown(validate(root, findings_only=True).diagnostics)


def test_the_split_verdict_is_the_verdict_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counting: type[CountingPool]
) -> None:
    root = unfinished_repository(tmp_path / "repo")
    whole = validate(root)
    assert counting.submitted == 0  # the results are wanted: every period here
    missing = [d.path for d in whole.diagnostics if d.code == "justification-missing"]
    # Every period has one at least (unfinished.py), so that the split shows.
    assert {p.split("/")[2] for p in missing} == {"tertial-2022", "delar-2022", "helar-2022"}
    assert split(root, monkeypatch) == shown(whole.diagnostics)
    if FORKS:
        assert counting.submitted == 1  # the second of the three periods
    assert validate(root, findings_only=True).results == {}


def test_a_worker_that_fails_or_dies_changes_nothing_but_the_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = unfinished_repository(tmp_path / "repo")
    expected = shown(validate(root).diagnostics)

    for job in (fails, dies):
        with monkeypatch.context() as patch:
            patch.setattr(periods_module, "findings_job", job)  # the forked worker runs it too
            assert split(root, monkeypatch) == expected, job.__name__


def fails(index: int) -> list[Diagnostic]:
    """A worker's job with a bug."""
    raise ValueError("a bug in the worker only")


def dies(index: int) -> list[Diagnostic]:
    """A worker's job that ends the worker."""
    os._exit(9)


def test_no_worker_below_the_threshold_or_where_none_can_be_forked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counting: type[CountingPool]
) -> None:
    root = unfinished_repository(tmp_path / "repo")
    expected = shown(validate(root).diagnostics)
    assert shown(validate(root, findings_only=True).diagnostics) == expected
    assert counting.submitted == 0  # a few indicators: far below PARALLEL_FROM
    monkeypatch.setattr(workers.threading, "active_count", lambda: 2)  # another thread
    assert split(root, monkeypatch) == expected
    assert counting.submitted == 0


def test_the_job_runs_only_in_a_worker() -> None:
    with pytest.raises(RuntimeError, match="only in a worker"):
        periods_module.findings_job(0)


def finds_nothing(index: int) -> list[Diagnostic]:
    """A worker's job that finds nothing (at module level, so that the pool can pickle it)."""
    return []


@pytest.mark.skipif(not FORKS, reason="a worker is forked only on Linux with two CPUs")
def test_the_workers_findings_are_the_ones_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The findings of the worker's period (the second, delar-2022) come from the worker: one
    that finds nothing there leaves that period's findings out, and only those."""
    root = unfinished_repository(tmp_path / "repo")
    expected = shown(validate(root).diagnostics)
    with monkeypatch.context() as patch:
        patch.setattr(periods_module, "findings_job", finds_nothing)
        found = split(root, monkeypatch)
    assert found == [line for line in expected if "/delar-2022/" not in line]
    assert len(found) < len(expected)
