"""``ambition export`` on the command line: a file by default, standard output with '-'."""

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from ambition.cli import app

runner = CliRunner()


def test_export_csv_writes_the_period_s_values_and_statuses(minimal_repo: Path) -> None:
    result = runner.invoke(app, ["export", "csv", "--root", str(minimal_repo)])
    assert result.exit_code == 0, result.output
    written = minimal_repo / "build" / "export" / "ar-2022.csv"
    lines = written.read_text("utf-8").splitlines()
    assert lines[3].endswith(
        ",2022,900,2026,800,at_most,,true,partly_achieved,partly_achieved,improving,improving,,false,"
    )
    printed = runner.invoke(app, ["export", "json", "--root", str(minimal_repo), "-o", "-"])
    assert printed.output.startswith('{\n  "columns": [\n    "period",')


def test_export_xlsx_to_a_named_file(minimal_repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "ut" / "export.xlsx"
    result = runner.invoke(app, ["export", "xlsx", "--root", str(minimal_repo), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert load_workbook(target)["Export"]["D2"].value == "utslapp"
