"""The validated data of one repository, in memory and immutable."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from ambition.errors import UnknownPeriodError
from ambition.messages.text import text
from ambition.models import (
    Action,
    Goal,
    GoalAssessment,
    Indicator,
    IndicatorAssessment,
    MeasurementArea,
    Method,
    Organisation,
    Period,
    Programme,
    Project,
    SteeringDocument,
)
from ambition.yaml.positions import SourceFile


@dataclass(frozen=True)
class Repository:
    """Everything a data repository holds, validated file by file and across files.

    ``goals`` are ordered by number, ``indicators`` by id; assessments are keyed by
    ``(period_id, indicator_id)`` and ``(period_id, goal_id)``. ``sources`` maps each file's
    repository-relative path to its text, to locate later findings.

    The optional files: ``steering_documents`` by id in the order of their file;
    ``programme`` (None without ``data/programme.yaml``); ``actions`` of the action plan by id.
    """

    root: Path
    project: Project
    method: Method
    organisations: Mapping[str, Organisation]
    goals: tuple[Goal, ...]
    indicators: Mapping[str, Indicator]
    indicator_assessments: Mapping[tuple[str, str], IndicatorAssessment]
    goal_assessments: Mapping[tuple[str, str], GoalAssessment]
    sources: Mapping[str, SourceFile] = field(default_factory=lambda: MappingProxyType({}))
    steering_documents: Mapping[str, SteeringDocument] = field(
        default_factory=lambda: MappingProxyType({})
    )
    programme: Programme | None = None
    actions: Mapping[str, Action] = field(default_factory=lambda: MappingProxyType({}))

    def period(self, period_id: str | None = None) -> Period:
        """The period with ``period_id``, or the latest by closing date when None.

        Raises UnknownPeriodError for an id that is not configured in ambition.yaml.
        """
        periods = self.project.periods
        if period_id is None:
            return max(periods, key=lambda p: p.closing_date)
        for period in periods:
            if period.id == period_id:
                return period
        known = ", ".join(p.id for p in periods)
        raise UnknownPeriodError(text("error.unknown-period", period=period_id, known=known))

    def area(self, area_id: str) -> tuple[Goal, MeasurementArea] | None:
        """The goal and measurement area with ``area_id``, or None."""
        for goal in self.goals:
            for area in goal.measurement_areas:
                if area.id == area_id:
                    return goal, area
        return None

    def indicators_in_area(self, area_id: str) -> list[Indicator]:
        """The indicators of a measurement area, ordered by id."""
        return list(self._indicators_by_area.get(area_id, ()))

    @cached_property
    def _indicators_by_area(self) -> dict[str, list[Indicator]]:
        """The indicators by measurement area, built once: a scan per area would make a
        period's assessment quadratic in the number of indicators."""
        by_area: dict[str, list[Indicator]] = {}
        for indicator in self.indicators.values():
            by_area.setdefault(indicator.measurement_area, []).append(indicator)
        return by_area
