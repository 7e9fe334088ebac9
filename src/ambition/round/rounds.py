"""The year's rounds: the tertial forecast (per 30 April), the interim report (per 31 August)
and the annual accounts (per 31 December), then the next year's tertial.

``current_round`` says which period a reminder is about on a given day; ``next_round`` proposes
the period that follows the latest one, with its dates, id and title, for ``ambition new
period``.
"""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ambition.models import Period, PeriodKind

CLOSING = {PeriodKind.TERTIAL: (4, 30), PeriodKind.INTERIM: (8, 31), PeriodKind.ANNUAL: (12, 31)}
"""The closing date (month, day) of each kind of period: the accounts are drawn up to it."""

DEADLINE_DAYS = {PeriodKind.TERTIAL: 20, PeriodKind.INTERIM: 20, PeriodKind.ANNUAL: 46}
"""Days from the closing date to the suggested deadline when no earlier period of the kind
gives one: 20 May, 20 September and 15 February."""

ID_PREFIX = {PeriodKind.TERTIAL: "tertial", PeriodKind.INTERIM: "delar", PeriodKind.ANNUAL: "helar"}
"""The id of a new period is '<prefix>-<year>' unless an earlier period of its kind shows
another prefix."""

TITLE = {
    PeriodKind.TERTIAL: "Tertialprognos {year}",
    PeriodKind.INTERIM: "Delårsrapport {year}",
    PeriodKind.ANNUAL: "Helårsbokslut {year}",
}
"""The title of a new period unless an earlier period of its kind has a title with its year."""


def round_date(period: Period) -> dt.date:
    """The date a period's round is due: its deadline, else its closing date."""
    return period.deadline or period.closing_date


def current_round(periods: Sequence[Period], today: dt.date) -> Period:
    """The round that is due on ``today``: the period whose deadline (else closing date) is the
    first on or after ``today``; when every one has passed, the latest by closing date.
    Raises ValueError for no periods."""
    if not periods:
        raise ValueError("there are no periods")
    ahead = [p for p in periods if round_date(p) >= today]
    if ahead:
        return min(ahead, key=lambda p: (round_date(p), p.closing_date))
    return max(periods, key=lambda p: p.closing_date)


@dataclass(frozen=True)
class ProposedPeriod:
    """A period ``ambition new period`` proposes: id, kind, closing date, suggested deadline and
    title."""

    id: str
    kind: PeriodKind
    closing_date: dt.date
    deadline: dt.date
    title: str


def next_kind(latest: Period, uses_tertials: bool) -> tuple[PeriodKind, int]:
    """The kind and year of the round after ``latest``: tertial → interim → annual → the next
    year's tertial (its interim when the repository has no tertial period)."""
    if latest.kind is PeriodKind.TERTIAL:
        return PeriodKind.INTERIM, latest.year
    if latest.kind is PeriodKind.INTERIM:
        return PeriodKind.ANNUAL, latest.year
    return (PeriodKind.TERTIAL if uses_tertials else PeriodKind.INTERIM), latest.year + 1


def _closing(kind: PeriodKind, year: int) -> dt.date:
    month, day = CLOSING[kind]
    return dt.date(year, month, day)


def next_round(periods: Sequence[Period], kind: PeriodKind | None = None) -> ProposedPeriod:
    """The period after the latest of ``periods`` (by closing date): of ``kind`` when given (its
    first closing date after the latest period's), else the next in the year's rounds
    (:func:`next_kind`). Its deadline is as many days after the closing date as in the latest
    period of the same kind with a deadline, else ``DEADLINE_DAYS``; its id and title follow
    the latest period of the same kind when they end with its year, else ``ID_PREFIX`` and
    ``TITLE``. Raises ValueError for no periods."""
    if not periods:
        raise ValueError("there are no periods")
    latest = max(periods, key=lambda p: p.closing_date)
    if kind is None:
        kind, year = next_kind(latest, any(p.kind is PeriodKind.TERTIAL for p in periods))
    else:
        year = latest.year if _closing(kind, latest.year) > latest.closing_date else latest.year + 1
    closing = _closing(kind, year)
    same = sorted((p for p in periods if p.kind is kind), key=lambda p: p.closing_date)
    days = DEADLINE_DAYS[kind]
    for earlier in same:  # by closing date: the latest with a deadline decides
        if earlier.deadline is not None:
            days = (earlier.deadline - earlier.closing_date).days
    period_id = f"{ID_PREFIX[kind]}-{year}"
    title = TITLE[kind].format(year=year)
    if same:
        previous = same[-1]
        if re.fullmatch(rf".+-{previous.year}", previous.id):
            period_id = f"{previous.id[: -len(str(previous.year))]}{year}"
        if previous.title and str(previous.year) in previous.title:
            title = previous.title.replace(str(previous.year), str(year))
    return ProposedPeriod(period_id, kind, closing, closing + dt.timedelta(days=days), title)
