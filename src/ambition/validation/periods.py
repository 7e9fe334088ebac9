"""The method applied to every period of a repository, with each period's findings; for the
verdict of a large repository, half of the periods in a second process.

``ambition validate`` needs only the findings, not the results. From ``PARALLEL_FROM``
indicator assessments (indicators × periods), every other period is then assessed and checked
in a forked worker (``ambition.process.workers``), which sees the loaded repository as it is and sends
back only that period's findings, while this process assesses the others: the method was a
third of a cold validation of 10,000 indicators (docs/performance.md). The findings are
gathered in period order, as one process gathers them, so the split changes only the time. A
worker that cannot start, fails or dies leaves its periods to this process. The commands that
need the results (``report``, ``assess``, ``status``) assess every period here, once.
"""

from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor

from ambition.diagnostics import Diagnostic
from ambition.method.engine import assess_period
from ambition.method.results import PeriodResult
from ambition.process.collector import collection_paused, freeze_survivors
from ambition.process.workers import forked_worker
from ambition.repository import Repository
from ambition.validation.checks import check_period
from ambition.validation.held_back import held_back

PARALLEL_FROM = 4_000
"""Indicator assessments (indicators × periods) from which the findings-only assessment splits
the periods between two processes. Measured in-process on the benchmark's repositories of four
periods, idle (docs/performance.md): 10,000 indicators 6.1–6.5 s in one process, 3.9 s in two;
1,000 indicators 0.64–0.81 s against 0.38–0.41 s; 300 indicators 0.20–0.23 s against
0.15–0.19 s, where forking and the findings' way back take most of what the split saves."""

_JOB: Repository | None = None
"""What the worker assesses, set just before it is forked (it sees this process's memory, so
nothing of the repository is pickled)."""


def assess_periods(repository: Repository) -> dict[str, PeriodResult]:
    """The method's result for every configured period of ``repository``, by period id."""
    results: dict[str, PeriodResult] = {}
    for period in repository.project.periods:
        with collection_paused():  # the results are kept to the end of the command
            results[period.id] = assess_period(repository, period)
    return results


def period_findings(
    repository: Repository, results: Mapping[str, PeriodResult] | None = None
) -> list[Diagnostic]:
    """The findings of every period (``check_period``), in period order.

    With ``results`` (every period's, from :func:`assess_periods`) they are checked here. Without,
    the periods are assessed for their findings alone, and from ``PARALLEL_FROM`` indicator
    assessments every other one is assessed in a forked worker.
    """
    periods = repository.project.periods
    waiting = held_back(repository)
    if results is not None:
        return [d for p in periods for d in check_period(repository, results[p.id], waiting)]
    freeze_survivors()  # the repository is kept; and the worker's collections then leave it be
    pool, futures = _start(repository) if _splits(repository) else (None, {})
    try:
        found: list[Diagnostic] = []
        for index, period in enumerate(periods):
            future = futures.get(index)
            if future is not None:
                try:
                    found.extend(future.result())
                    continue
                except Exception:  # the worker failed or died: assess the period here
                    pass
            with collection_paused():  # the method makes no garbage in cycles
                found.extend(check_period(repository, assess_period(repository, period), waiting))
        return found
    finally:
        if pool is not None:
            # At once when its periods are done; after an error or an interrupt, its queue is
            # dropped and this process does not wait for the period it is assessing.
            done = all(f.done() for f in futures.values())
            pool.shutdown(wait=done, cancel_futures=True)


def _splits(repository: Repository) -> bool:
    periods = len(repository.project.periods)
    return periods >= 2 and len(repository.indicators) * periods >= PARALLEL_FROM


def _start(
    repository: Repository,
) -> tuple[ProcessPoolExecutor | None, dict[int, "Future[list[Diagnostic]]"]]:
    """A forked worker with every other period (the second, the fourth, …) submitted to it,
    by index; (None, {}) when no worker can be forked."""
    global _JOB
    pool = forked_worker()
    if pool is None:
        return None, {}
    futures: dict[int, Future[list[Diagnostic]]] = {}
    _JOB = repository
    try:
        for index in range(1, len(repository.project.periods), 2):  # forked at the first
            futures[index] = pool.submit(findings_job, index)
    except Exception:  # the worker could not be started: its periods are assessed here
        pass
    finally:
        _JOB = None
    return pool, futures


def findings_job(index: int) -> list[Diagnostic]:
    """The worker's work: the findings of period ``index`` of the repository it was forked
    with. Public so that the pool can find it by name; raises RuntimeError outside a worker."""
    if _JOB is None:
        raise RuntimeError("findings_job runs only in a worker forked by validation.periods")
    period = _JOB.project.periods[index]
    with collection_paused():
        return check_period(_JOB, assess_period(_JOB, period))
