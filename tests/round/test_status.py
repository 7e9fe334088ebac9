"""Who still has to report, per organisation, with the deadline."""

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from ambition.cli import app
from ambition.loading.repository import load_repository
from ambition.round.status import Missing, OutstandingItem, outstanding

runner = CliRunner()


def test_minimal_repository_lists_the_missing_assessment_and_analysis(minimal_repo: Path) -> None:
    repository = load_repository(minimal_repo).repository
    assert repository is not None
    report = outstanding(repository, repository.period(), dt.date(2023, 2, 1))
    assert report.items == (
        OutstandingItem(
            "bun",
            "indicator",
            "ekologisk-mat",
            "Ekologiska livsmedel",
            (Missing.STATUS, Missing.ANALYSIS),
            "data/assessments/ar-2022/indicators/ekologisk-mat.yaml",
        ),
    )
    assert (report.days_left, report.overdue) == (14, False)
    late = outstanding(repository, repository.period(), dt.date(2023, 2, 16))
    assert (late.days_left, late.overdue) == (-1, True)


def test_differing_status_without_justification_and_stale_value(minimal_repo: Path) -> None:
    indicator = minimal_repo / "data/indicators/utslapp.yaml"
    indicator.write_text(
        indicator.read_text(encoding="utf-8")
        .replace("value: 800", "value: 950")
        .replace("  2021: 950\n  2022: 900\n", ""),
        encoding="utf-8",
    )
    repository = load_repository(minimal_repo).repository
    assert repository is not None
    report = outstanding(repository, repository.period(), dt.date(2023, 2, 1), "ks")
    # 2018 is the latest value: stale for 2022, so the proposal is 'not assessed' and the
    # expert's 'partly achieved' does not differ from it; the value is what is missing.
    assert [(i.id, i.missing) for i in report.items] == [("utslapp", (Missing.VALUE,))]


def test_status_command_exits_1_after_the_deadline(minimal_repo: Path) -> None:
    result = runner.invoke(app, ["status", "--root", str(minimal_repo), "--today", "2023-02-20"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "Helår 2022",
        "Sista dag 2023-02-15 passerades för 5 dagar sedan.",
        "",
        "Barn- och utbildningsnämnden (1)",
        "  Ekologiska livsmedel: saknar status, analys "
        "(data/assessments/ar-2022/indicators/ekologisk-mat.yaml)",
    ]
    before = runner.invoke(
        app,
        [
            "status",
            "--root",
            str(minimal_repo),
            "--today",
            "2023-02-01",
            "--format",
            "json",
            "--lang",
            "en",
        ],
    )
    assert before.exit_code == 0
    assert json.loads(before.output)["organisations"] == {
        "bun": [
            {
                "kind": "indicator",
                "id": "ekologisk-mat",
                "title": "Ekologiska livsmedel",
                "path": "data/assessments/ar-2022/indicators/ekologisk-mat.yaml",
                "missing": ["status", "analysis"],
            }
        ]
    }


def test_unknown_organisation_is_a_usage_error(minimal_repo: Path) -> None:
    result = runner.invoke(app, ["status", "--root", str(minimal_repo), "--org", "bunn"])
    assert result.exit_code == 2
    assert "organisationen 'bunn' finns inte; organisationerna är: ks, bun" in result.output
