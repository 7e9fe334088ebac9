"""Forecast against outcome: the year's tertial and interim forecasts beside the annual outcome.

An annual report shows, per goal and indicator, the final status of each forecast period of the
same year (the expert's where written, else the method's) beside the outcome, and counts how
many forecasts held: a forecast holds when its status is the outcome's. A forecast or an outcome
that is 'not assessed' is no statement about the year, so that pair is not counted.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ambition.method.results import Judged, PeriodResult
from ambition.models import Period, Status
from ambition.repository import Repository


def forecast_periods(repository: Repository, period: Period) -> list[Period]:
    """The tertial and interim periods of ``period``'s year, by closing date, when ``period``
    is annual; else none."""
    if period.forecast:
        return []
    return sorted(
        (p for p in repository.project.periods if p.forecast and p.year == period.year),
        key=lambda p: p.closing_date,
    )


def held(forecast: Status | None, outcome: Status) -> bool | None:
    """True when ``forecast`` is ``outcome``, False when it differs, None when either is
    'not assessed' or there is no forecast (the pair is not counted)."""
    if forecast is None or Status.NOT_ASSESSED in (forecast, outcome):
        return None
    return forecast is outcome


@dataclass(frozen=True)
class ForecastRow:
    """One goal or indicator: ``kind`` 'goal' or 'indicator', its id and title, the final
    status of each forecast period (None where the period has no such goal or indicator) and
    the outcome's final status."""

    kind: str
    id: str
    title: str
    forecasts: tuple[Status | None, ...]
    outcome: Status

    @property
    def held(self) -> tuple[bool | None, ...]:
        """For each forecast: whether it held (:func:`held`)."""
        return tuple(held(f, self.outcome) for f in self.forecasts)


@dataclass(frozen=True)
class ForecastTrack:
    """The forecast periods of a year and, per goal and indicator of the outcome, the row of
    their statuses beside the outcome's."""

    periods: tuple[Period, ...]
    rows: tuple[ForecastRow, ...]

    def counts(self, index: int) -> tuple[int, int]:
        """(forecasts that held, forecasts counted) of the forecast period at ``index``, e.g.
        (12, 15) for "12 av 15 prognoser höll"."""
        verdicts = [row.held[index] for row in self.rows]
        return sum(1 for v in verdicts if v), sum(1 for v in verdicts if v is not None)


def held_sentence(kept: int, total: int, labels: Mapping[str, str]) -> str:
    """How many forecasts held, in the words of ``labels`` (``report.labels.labels``), the
    noun agreeing with the total: '12 av 15 prognoser höll', '1 av 1 prognos höll',
    '0 av 2 prognoser höll'."""
    noun = labels["forecast_one" if total == 1 else "forecast_many"]
    return labels["forecasts_held"].format(held=kept, total=total, noun=noun)


def _final(results: Sequence[Judged], key: str) -> dict[str, Status]:
    return {getattr(r, key).id: r.status for r in results}


def forecast_track(
    outcome: PeriodResult, forecasts: Sequence[PeriodResult]
) -> ForecastTrack | None:
    """The track of ``forecasts`` (results of forecast periods, by closing date) against the
    annual ``outcome``: one row per goal of the outcome followed by its indicators, in the
    outcome's order. None without forecasts."""
    if not forecasts:
        return None
    goals = [_final(f.goals, "goal") for f in forecasts]
    indicators = [_final(f.indicators, "indicator") for f in forecasts]
    rows = []
    for goal in outcome.goals:
        rows.append(
            ForecastRow(
                "goal",
                goal.goal.id,
                goal.goal.display_title,
                tuple(g.get(goal.goal.id) for g in goals),
                goal.status,
            )
        )
        rows.extend(
            ForecastRow(
                "indicator",
                item.indicator.id,
                item.indicator.title,
                tuple(i.get(item.indicator.id) for i in indicators),
                item.status,
            )
            for item in goal.indicators
        )
    return ForecastTrack(tuple(f.period for f in forecasts), tuple(rows))
