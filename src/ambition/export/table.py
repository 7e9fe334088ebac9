"""The rows of a period's export, from the method's result that validation computed.

One row per indicator and measured year up to the period's year, goal by goal and area by
area; an indicator without a value there gets one row without year and value. The target is
the one the period is assessed against (``IndicatorResult.target``), on every row of the
indicator. The statuses and trends belong to the period's assessment, which rests on the latest
value: they are on the row of that year (``assessed`` true) and empty on the others.
"""

from dataclasses import dataclass
from operator import attrgetter

from ambition.method.results import BreakdownResult, IndicatorResult, PeriodResult
from ambition.models.value import ValueEntry, entry_marker, entry_value

COLUMNS = (
    "period",
    "goal",
    "measurement_area",
    "indicator",
    "title",
    "unit",
    "year",
    "value",
    "target_year",
    "target",
    "comparison",
    "target_upper",
    "assessed",
    "proposed_status",
    "status",
    "proposed_trend",
    "trend",
    "marker",
    "preliminary",
    "breakdown",
)
"""The columns, in order; the statuses and trends are the values of the data files
(``achieved``, ``partly_achieved``, ``not_achieved``, ``not_assessed``, and on a scale of four
or five degrees ``largely_achieved`` and ``slightly_achieved``; ``improving``, …).
A year with a marker has an empty value and the marker's word (``statistics_missing``,
``reported_later``, ``confidential``) in ``marker``; ``preliminary`` is true on a preliminary
value. ``breakdown`` is empty on the total's rows and names the breakdown (``kvinnor``,
``man``, one's own) on each breakdown row's, which follow the total's with the row's own
target, statuses and trends."""

Cell = str | int | float | bool | None

_CELLS = attrgetter(*COLUMNS)
"""A row's cells in the order of ``COLUMNS``, read in one call."""


@dataclass(frozen=True)
class ExportRow:
    """One row: the period, goal, area and indicator ids, the indicator's title and unit, a
    year and its unrounded value (None on the row of an indicator without values), the target
    (year, value, comparison, upper bound; None without one), whether the row is the assessed
    value, the proposed and final status and trend (None on rows that are not assessed), the
    year's marker (None for a number), whether the value is preliminary, and the breakdown
    (None for the total)."""

    period: str
    goal: str
    measurement_area: str
    indicator: str
    title: str
    unit: str
    year: int | None
    value: float | None
    target_year: int | None
    target: float | None
    comparison: str | None
    target_upper: float | None
    assessed: bool
    proposed_status: str | None
    status: str | None
    proposed_trend: str | None
    trend: str | None
    marker: str | None = None
    preliminary: bool = False
    breakdown: str | None = None

    def cells(self) -> tuple[Cell, ...]:
        """The row's cells in the order of ``COLUMNS``."""
        return _CELLS(self)


def _rows(
    period: str,
    goal: str,
    item: IndicatorResult | BreakdownResult,
    last_year: int,
    breakdown: str | None = None,
) -> list[ExportRow]:
    indicator, target = item.indicator, item.target
    assessed_year = item.latest.year if item.latest else None
    years: list[int | None] = [y for y in indicator.values if y <= last_year] or [None]
    # Both are computed from the model on each access: once per indicator, not per year.
    preliminary, unit = indicator.preliminary, indicator.unit_text
    rows = []
    for year in years:
        assessed = year == assessed_year or (year is None and assessed_year is None)
        rows.append(
            ExportRow(
                period,
                goal,
                indicator.measurement_area,
                indicator.id,
                indicator.title,
                unit,
                year,
                entry_value(indicator.values[year]) if year is not None else None,
                target.year if target else None,
                target.value if target else None,
                target.comparison.value if target else None,
                target.upper if target else None,
                assessed,
                item.proposal.status.value if assessed else None,
                item.status.value if assessed else None,
                item.trend.trend.value if assessed else None,
                item.final_trend.value if assessed else None,
                _marker(indicator.values[year]) if year is not None else None,
                year in preliminary,
                breakdown,
            )
        )
    return rows


def _marker(entry: float | ValueEntry) -> str | None:
    marker = entry_marker(entry)
    return None if marker is None else marker.value


def export_rows(result: PeriodResult) -> list[ExportRow]:
    """The export of ``result`` (the method's result for one period), goal by goal."""
    period = result.period
    return [
        row
        for goal in result.goals
        for item in goal.indicators
        for row in [
            *_rows(period.id, goal.goal.id, item, period.year),
            *(
                row
                for b in item.breakdowns
                for row in _rows(period.id, goal.goal.id, b, period.year, b.breakdown)
            ),
        ]
    ]
