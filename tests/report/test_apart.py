"""ambition.report.apart: the last goals of a long HTML report rendered in a second process give
the page of one process, to the byte, whether the worker works, fails or dies."""

import os
from pathlib import Path
from typing import Any

import jinja2
import pytest

from ambition.method.engine import assess_period
from ambition.process import workers
from ambition.report import ReportFormat, render_report
from ambition.report import apart as apart_module
from ambition.report.apart import asks_for_apart, share
from ambition.report.environment import build_environment
from ambition.repository import Repository
from tests.conftest import CountingPool
from tests.report.hostile import hostile_repository
from tests.report.repositories import load

FORKS = workers.can_fork()


def one_process(repository: Repository, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(apart_module, "APART_FROM", 10**9)
        return render_report(repository, repository.period(), ReportFormat.HTML)


def two_processes(repository: Repository, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(apart_module, "APART_FROM", 0)  # however few indicators
        return render_report(repository, repository.period(), ReportFormat.HTML)


def test_the_real_report_in_two_processes_is_the_same_page(
    real: Repository, monkeypatch: pytest.MonkeyPatch, counting: type[CountingPool]
) -> None:
    alone = one_process(real, monkeypatch)
    assert counting.submitted == 0
    split = two_processes(real, monkeypatch)
    assert split == alone
    if FORKS:
        assert counting.submitted == 2  # one job per goal the worker renders
    # The real data's four goals hold 9, 9, 10 and 11 indicators: the worker renders the last
    # two (21 of 39), and they stand on the page in their order.
    goals = assess_period(real, real.period()).goals
    assert [len(g.indicators) for g in goals] == [9, 9, 10, 11] and share(goals) == 2
    positions = [split.index(f'id="goal-{g.goal.id}"') for g in goals]
    assert positions == sorted(positions)


def test_injected_text_comes_out_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hostile = load(hostile_repository(tmp_path / "hostile"))
    assert two_processes(hostile, monkeypatch) == one_process(hostile, monkeypatch)


def test_a_worker_that_fails_or_dies_changes_nothing_but_the_time(
    real: Repository, monkeypatch: pytest.MonkeyPatch, counting: type[CountingPool]
) -> None:
    alone = one_process(real, monkeypatch)

    def fails(index: int) -> str:
        raise jinja2.TemplateError("a broken template, in the worker only")

    def dies(index: int) -> str:
        os._exit(9)

    render_job = apart_module.render_job

    def fails_once(index: int) -> str:
        if index == 0:
            raise jinja2.TemplateError("the first of the worker's goals only")
        return render_job(index)

    for job in (fails, dies, fails_once):
        with monkeypatch.context() as patch:
            patch.setattr(apart_module, "render_job", job)  # the forked worker runs it too
            assert two_processes(real, monkeypatch) == alone, job.__name__
    if FORKS:
        assert counting.submitted == 6


def test_no_worker_where_none_can_be_forked(
    real: Repository, monkeypatch: pytest.MonkeyPatch, counting: type[CountingPool]
) -> None:
    monkeypatch.setattr(workers.threading, "active_count", lambda: 2)  # another thread
    assert two_processes(real, monkeypatch) == one_process(real, monkeypatch)
    assert counting.submitted == 0


def test_the_worker_takes_the_last_goals_nearest_half_the_indicators() -> None:
    def goals(*counts: int) -> list[Any]:
        return [type("G", (), {"indicators": [None] * n})() for n in counts]

    # The benchmark's 300 indicators: the last three goals hold 144 (|300 − 288| = 12).
    assert share(goals(54, 54, 48, 48, 48, 48)) == 3
    assert share(goals(100, 1, 1)) == 2  # 2 of 102 is nearer half than 1
    assert share(goals(1, 1)) == 1
    assert share(goals(5, 3, 1, 1)) == 3  # 5 of 10: exactly half
    assert share(goals(7)) == 0  # never every goal
    assert share(goals(3, 0)) == 0  # an empty last goal saves nothing
    assert share([]) == 0


def test_a_repositorys_own_page_template_without_apart_gets_no_worker(tmp_path: Path) -> None:
    assert asks_for_apart(build_environment(), "report.html.j2")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "report.html.j2").write_text(
        '{% import "_macros.html.j2" as m with context %}'
        "{% for g in report.result.goals %}{{ m.goal(g, 2) }}{% endfor %}\n",
        encoding="utf-8",
    )
    assert not asks_for_apart(build_environment(tmp_path), "report.html.j2")
