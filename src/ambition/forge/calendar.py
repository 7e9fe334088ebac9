"""The round's dates as an iCalendar file (RFC 5545), for officers to subscribe to.

Every period of ``ambition.yaml`` gives an all-day event on its closing date and, when it has
one, an all-day event on its deadline with a reminder a week before. Each event's UID is made
of the municipality's code, the period's id and what the date is
(``helar-2022.deadline@0665.ambition``), so a calendar that subscribes to the file updates an
event when a date moves instead of adding a second one. The file is written with the
``icalendar`` library.
"""

import datetime as dt

from icalendar import Alarm, Calendar, Event

from ambition import layout
from ambition.models import Period
from ambition.repository import Repository

REMINDER = dt.timedelta(days=7)
"""How long before a deadline its reminder (VALARM) goes off."""


def uid(repository: Repository, period: Period, what: str) -> str:
    """The stable UID of one of a period's dates: ``what`` is "closing" or "deadline"."""
    return f"{period.id}.{what}@{repository.project.municipality.code}.ambition"


def _day(
    repository: Repository, period: Period, what: str, day: dt.date, stamp: dt.datetime
) -> Event:
    event = Event()
    event.add("uid", uid(repository, period, what))
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    return event


def calendar(repository: Repository, stamp: dt.datetime) -> bytes:
    """The iCalendar file (bytes, lines ending in CRLF as RFC 5545 §3.1 asks) of every period's
    closing date and deadline. ``stamp`` is the DTSTAMP of every event, an aware datetime
    (written in UTC); texts are in the project's language."""
    sv = repository.project.language == "sv"
    municipality = repository.project.municipality.name
    name = (
        f"{municipality}: uppföljning av fullmäktiges mål"
        if sv
        else f"{municipality}: follow-up of the council's goals"
    )
    cal = Calendar()
    cal.add("prodid", "-//ambition//ambition status --format ics//" + ("SV" if sv else "EN"))
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    for period in repository.project.periods:
        title = period.title or period.id
        folder = f"{layout.ASSESSMENTS_DIR}/{period.id}"
        closing = _day(repository, period, "closing", period.closing_date, stamp)
        closing.add("summary", f"{title}: bokslutsdag" if sv else f"{title}: closing date")
        closing.add(
            "description",
            f"Perioden {period.id} avser läget per denna dag."
            if sv
            else f"The period {period.id} reports the state as of this day.",
        )
        cal.add_component(closing)
        if period.deadline is None:
            continue
        deadline = _day(repository, period, "deadline", period.deadline, stamp)
        summary = f"{title}: sista dag för bedömningar" if sv else f"{title}: assessments due"
        deadline.add("summary", summary)
        deadline.add(
            "description",
            f"Alla bedömningar, analyser och lägesbeskrivningar för {title} ska vara skrivna "
            f"({folder}/ och data/actions/). Se vad som saknas med: ambition status "
            f"--period {period.id}"
            if sv
            else f"Every assessment, analysis and progress note for {title} is due "
            f"({folder}/ and data/actions/). See what is missing: ambition status "
            f"--period {period.id}",
        )
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", -REMINDER)
        deadline.add_component(alarm)
        cal.add_component(deadline)
    data: bytes = cal.to_ical()
    return data
