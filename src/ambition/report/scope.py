"""What a report covers: the whole period, one goal, and/or one organisation's indicators.

``Scope`` is chosen with ``ambition report --goal/--org``; ``check_scope`` refuses ids the
repository does not hold and ``select`` narrows the method's result to the scope.
"""

from dataclasses import dataclass, replace

from ambition.errors import AmbitionError
from ambition.messages.text import text
from ambition.method.results import PeriodResult
from ambition.repository import Repository


class UnknownScopeError(AmbitionError):
    """A ``--goal`` or ``--org`` id that the repository does not hold."""


@dataclass(frozen=True)
class Scope:
    """What a report covers: every goal, or one goal, and/or one organisation's indicators."""

    goal: str | None = None
    organisation: str | None = None

    @property
    def suffix(self) -> str:
        """The part of a file name that names the scope, e.g. '-socialnamnden' or ''."""
        parts = [p for p in (self.organisation, self.goal) if p]
        return "".join(f"-{p}" for p in parts)


def select(result: PeriodResult, scope: Scope) -> PeriodResult:
    """``result`` narrowed to ``scope``.

    With a goal, only that goal. With an organisation, only the indicators it is responsible for,
    and only the areas and goals that hold one of them; the statuses of goals and areas are
    still those of all their indicators.
    """
    goals = [g for g in result.goals if scope.goal is None or g.goal.id == scope.goal]
    if scope.organisation is not None:
        narrowed = []
        for goal in goals:
            areas = tuple(
                replace(
                    area,
                    indicators=tuple(
                        i for i in area.indicators if i.indicator.responsible == scope.organisation
                    ),
                )
                for area in goal.areas
            )
            kept = tuple(area for area in areas if area.indicators)
            if kept:
                narrowed.append(replace(goal, areas=kept))
        goals = narrowed
    return replace(result, goals=tuple(goals))


def check_scope(repository: Repository, scope: Scope) -> None:
    """Raise UnknownScopeError when the scope names a goal or organisation that does not exist."""
    goal_ids = [g.id for g in repository.goals]
    if scope.goal is not None and scope.goal not in goal_ids:
        raise UnknownScopeError(
            text("error.unknown-goal", goal=scope.goal, known=", ".join(goal_ids))
        )
    if scope.organisation is not None and scope.organisation not in repository.organisations:
        known = ", ".join(repository.organisations)
        raise UnknownScopeError(
            text("error.unknown-organisation", organisation=scope.organisation, known=known)
        )


WHOLE = Scope()
"""The scope of a whole report: every goal, every organisation."""
