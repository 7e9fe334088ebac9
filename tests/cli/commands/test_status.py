"""``ambition status``: the options the command itself checks."""

import json
from pathlib import Path

from typer.testing import CliRunner

from ambition.cli import app

runner = CliRunner()


def test_a_day_that_is_not_a_date_is_a_usage_error(minimal_repo: Path) -> None:
    result = runner.invoke(app, ["status", "--root", str(minimal_repo), "--today", "31/8"])
    assert result.exit_code == 2
    assert "fel: --today '31/8' är inte ett datum; skriv ÅÅÅÅ-MM-DD" in result.output
    result = runner.invoke(
        app, ["status", "--root", str(minimal_repo), "--today", "31/8", "--lang", "en"]
    )
    assert "error: --today '31/8' is not a date; write YYYY-MM-DD" in result.output


def test_before_the_deadline_missing_work_is_no_failure(minimal_repo: Path) -> None:
    args = ["status", "--root", str(minimal_repo), "--today", "2023-01-02", "-f", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert (document["today"], document["overdue"]) == ("2023-01-02", False)


def test_md_is_the_checklist_and_fails_after_the_deadline_like_text(minimal_repo: Path) -> None:
    args = ["status", "--root", str(minimal_repo), "-f", "md", "--today", "2023-02-16"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [
        "<!-- ambition-status organisation=bun period=ar-2022 missing=2 reviewers= -->",
        "## Barn- och utbildningsnämnden",
    ]
    one = runner.invoke(app, [*args, "--org", "ks", "--today", "2023-02-01"])
    assert one.exit_code == 0
    assert "missing=0" in one.output.splitlines()[0]


def test_ics_is_the_calendar_byte_for_byte_and_exits_0(minimal_repo: Path) -> None:
    from icalendar import Calendar

    args = ["status", "--root", str(minimal_repo), "-f", "ics", "--today", "2023-02-16"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert b"\r\nUID:ar-2022.deadline@0999.ambition\r\n" in result.stdout_bytes
    parsed = Calendar.from_ical(result.stdout_bytes)
    [deadline] = [e for e in parsed.walk("VEVENT") if "deadline" in str(e["uid"])]
    assert deadline.decoded("dtstart").isoformat() == "2023-02-15"
