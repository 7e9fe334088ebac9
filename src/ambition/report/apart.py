"""The goals at the end of a long HTML report, rendered in a second process while this one
renders the rest of the page: the page of 300 indicators is then rendered in about 0.5–0.65 of
the time of one process (docs/performance.md).

The page template writes ``apart(m.goal, g, 2)`` for ``m.goal(g, 2)``. Before the page is
rendered, :func:`start` gives the last goals, about half of the page's indicators, to a forked
worker (``ambition.process.workers``), which renders them with the same templates and the same context;
``apart`` then gives the worker's text for those and renders every other call here. A worker
that cannot be started, fails or dies changes nothing but the time: the call is rendered here,
and the page is the same to the byte (tests/report/test_apart.py).
"""

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

import jinja2
from jinja2 import meta
from markupsafe import Markup

from ambition.method.results import GoalResult
from ambition.process.workers import forked_worker
from ambition.report.context import ReportContext
from ambition.report.fragments import Fragments

APART_FROM = 100
"""Indicators on a page from which the last goals are rendered in a second process. Below it,
forking and handing the text back cost more than the half of the page saves."""
MACROS = "_macros.html.j2"
"""The templates' module whose ``goal`` macro the worker calls (as ``m.goal``)."""
MACRO = "goal"
LEVEL = 2
"""The heading level the report page gives a goal (``m.goal(g, 2)``)."""

_JOB: tuple[jinja2.Environment, dict[str, object], tuple[GoalResult, ...]] | None = None
"""What the worker renders, set just before it is forked (a forked worker sees this process's
memory, so nothing of the repository is pickled)."""
_MODULE: list[object] = []
"""In the worker: the templates' module, made at its first goal and kept for the others."""


class Apart:
    """``apart(macro, goal, level)`` in a page template: the text of ``macro(goal, level)``,
    from the worker where the call was planned there, else rendered here. ``planned`` holds
    the worker's goals by id, each a future of its text."""

    def __init__(
        self,
        planned: Mapping[str, "Future[str]"] | None = None,
        pool: ProcessPoolExecutor | None = None,
    ) -> None:
        self._planned = dict(planned or {})
        self._pool = pool

    def __call__(self, macro: Callable[[object, int], Markup], goal: object, level: int) -> Markup:
        """The text of ``macro(goal, level)`` on this page; raises what the macro raises."""
        future = (
            self._planned.get(goal.goal.id)
            if isinstance(goal, GoalResult)
            and getattr(macro, "name", None) == MACRO
            and level == LEVEL
            else None
        )
        if future is not None:
            try:
                return Markup(future.result())
            except Exception:  # a broken template, a worker that died: render it here
                pass
        return macro(goal, level)

    def close(self) -> None:
        """End the worker: at once when its goals are done, else after the one it is rendering
        (those it has not begun are dropped), so an interrupt or an error waits for one goal
        at most."""
        if self._pool is not None:
            done = all(f.done() for f in self._planned.values())
            self._pool.shutdown(wait=done, cancel_futures=True)
            self._pool = None


def share(goals: Sequence[GoalResult]) -> int:
    """How many of the last ``goals`` the worker renders: the number whose indicators come
    nearest to half of all, never every goal (0 for a single goal). Example: goals of 54, 54,
    48, 48, 48 and 48 indicators give 3 (144 of 300)."""
    counts = [len(g.indicators) for g in goals]
    total = sum(counts)
    best, best_gap, taken = 0, total, 0
    for k in range(1, len(counts)):
        taken += counts[-k]
        gap = abs(total - 2 * taken)
        if gap < best_gap:
            best, best_gap = k, gap
    return best


def start(
    environment: jinja2.Environment,
    template: jinja2.Template,
    context: ReportContext,
    variables: Mapping[str, object],
) -> Apart:
    """An ``apart`` for a page about to be rendered from ``template`` with ``variables``: with
    a worker rendering the last goals where the page asks for ``apart``, holds at least
    ``APART_FROM`` indicators and a worker can be forked; else one that renders every call here."""
    global _JOB
    goals = context.result.goals
    if sum(len(g.indicators) for g in goals) < APART_FROM or not asks_for_apart(
        environment, template.name or ""
    ):
        return Apart()
    taken = share(goals)
    pool = forked_worker() if taken else None
    if pool is None:
        return Apart()
    environment.get_template(MACROS)  # compiled once, before the fork, for both processes
    planned = goals[len(goals) - taken :]
    _JOB = (environment, dict(variables), planned)
    futures: dict[str, Future[str]] = {}
    try:
        for index, goal in enumerate(planned):  # the worker is forked at the first
            futures[goal.goal.id] = pool.submit(render_job, index)
    except Exception:  # the worker could not be started: what it has not got is rendered here
        pass
    finally:
        _JOB = None
    return Apart(futures, pool)


def asks_for_apart(environment: jinja2.Environment, name: str) -> bool:
    """True when the page template ``name`` itself writes ``apart``: a repository's own
    template that does not (one made before it existed) gets no worker."""
    if environment.loader is None:
        return False
    source = environment.loader.get_source(environment, name)[0]
    return "apart" in meta.find_undeclared_variables(environment.parse(source))


def render_job(index: int) -> str:
    """The worker's work: goal ``index`` of ``_JOB``, as ``m.goal(g, 2)`` renders it on the
    page. Public so that the pool can find it by name; raises RuntimeError outside a worker."""
    if _JOB is None:
        raise RuntimeError("render_job runs only in a worker forked by report.apart.start")
    environment, variables, goals = _JOB
    if not _MODULE:
        _MODULE.append(
            environment.get_template(MACROS).make_module({**variables, "once": Fragments()})
        )
    return str(getattr(_MODULE[0], MACRO)(goals[index], LEVEL))
