"""``ambition status``: the options the command itself checks."""

import json
from pathlib import Path

from typer.testing import CliRunner

from ambition.cli import app

runner = CliRunner()


def test_a_day_that_is_not_a_date_is_a_usage_error(minimal_repo: Path) -> None:
    result = runner.invoke(app, ["status", "--root", str(minimal_repo), "--today", "31/8"])
    assert result.exit_code == 2
    assert "error: --today '31/8' is not a date; write YYYY-MM-DD" in result.output


def test_before_the_deadline_missing_work_is_no_failure(minimal_repo: Path) -> None:
    args = ["status", "--root", str(minimal_repo), "--today", "2023-01-02", "-f", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert (document["today"], document["overdue"]) == ("2023-01-02", False)
