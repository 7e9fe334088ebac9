"""The round's dates as iCalendar, parsed back with the icalendar library.

The dates are those of tests/fixtures/minimal/ambition.yaml (ar-2022: closing 2022-12-31,
deadline 2023-02-15); an all-day event ends the next day (RFC 5545 §3.6.1, DTEND exclusive), and
the reminder seven days before 15 February 2023 is 8 February 2023, counted on a calendar.
"""

import datetime as dt
from pathlib import Path

from icalendar import Calendar

from ambition.forge.calendar import calendar
from ambition.loading.repository import load_repository

STAMP = dt.datetime(2023, 1, 10, tzinfo=dt.UTC)


def _parsed(root: Path) -> Calendar:
    loaded = load_repository(root)
    assert loaded.repository is not None
    return Calendar.from_ical(calendar(loaded.repository, STAMP))


def test_the_closing_date_and_the_deadline_with_a_reminder(minimal_repo: Path) -> None:
    parsed = _parsed(minimal_repo)
    assert str(parsed["version"]) == "2.0"
    assert str(parsed["x-wr-calname"]) == "Testby kommun: uppföljning av fullmäktiges mål"
    events = {str(e["uid"]): e for e in parsed.walk("VEVENT")}
    assert sorted(events) == ["ar-2022.closing@0999.ambition", "ar-2022.deadline@0999.ambition"]
    closing, deadline = (
        events["ar-2022.closing@0999.ambition"],
        events["ar-2022.deadline@0999.ambition"],
    )
    assert (closing.decoded("dtstart"), closing.decoded("dtend")) == (
        dt.date(2022, 12, 31),
        dt.date(2023, 1, 1),
    )
    assert str(closing["summary"]) == "Helår 2022: bokslutsdag"
    assert (deadline.decoded("dtstart"), deadline.decoded("dtend")) == (
        dt.date(2023, 2, 15),
        dt.date(2023, 2, 16),
    )
    assert str(deadline["summary"]) == "Helår 2022: sista dag för bedömningar"
    assert deadline.decoded("dtstamp") == STAMP
    [alarm] = deadline.walk("VALARM")
    trigger = alarm.decoded("trigger")
    assert deadline.decoded("dtstart") + trigger == dt.date(2023, 2, 8)


def test_lines_end_in_crlf_and_fold_at_75_octets(minimal_repo: Path) -> None:
    loaded = load_repository(minimal_repo)
    assert loaded.repository is not None
    data = calendar(loaded.repository, STAMP)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")
    assert b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75  # RFC 5545 §3.1


def test_a_moved_deadline_keeps_its_uid_and_a_period_without_one_has_no_deadline(
    minimal_repo: Path,
) -> None:
    project = minimal_repo / "ambition.yaml"
    text = project.read_text("utf-8").replace("deadline: 2023-02-15", "deadline: 2023-02-28")
    text += "  - id: delar-2023\n    kind: interim\n    closing_date: 2023-08-31\n"
    project.write_text(text, "utf-8")
    events = {str(e["uid"]): e for e in _parsed(minimal_repo).walk("VEVENT")}
    assert sorted(events) == [
        "ar-2022.closing@0999.ambition",
        "ar-2022.deadline@0999.ambition",
        "delar-2023.closing@0999.ambition",
    ]
    assert events["ar-2022.deadline@0999.ambition"].decoded("dtstart") == dt.date(2023, 2, 28)
    assert str(events["delar-2023.closing@0999.ambition"]["summary"]) == "delar-2023: bokslutsdag"
