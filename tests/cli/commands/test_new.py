"""``ambition new``: a half-filled file elsewhere does not block the next new one."""

from pathlib import Path

from typer.testing import CliRunner

from ambition.cli import app

runner = CliRunner()


def test_new_goes_on_despite_an_error_in_another_file(minimal_repo: Path) -> None:
    path = minimal_repo / "data/indicators/ekologisk-mat.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("2021: 34.5", "2021: 34,5"), encoding="utf-8"
    )
    assert runner.invoke(app, ["validate", "--root", str(minimal_repo)]).exit_code == 1
    args = ["new", "goal", "samhalle", "--number", "2", "--title", "Ett attraktivt samhälle"]
    result = runner.invoke(app, [*args, "--owner", "ks", "--root", str(minimal_repo)])
    assert result.exit_code == 0, result.output
    assert (minimal_repo / "data/goals/samhalle.yaml").is_file()


def test_new_needs_a_repository(tmp_path: Path) -> None:
    args = ["new", "indicator", "cykel", "--area", "klimat", "--responsible", "ks"]
    result = runner.invoke(app, [*args, "--root", str(tmp_path)])
    assert result.exit_code == 2
    assert "ingen ambition.yaml finns i" in result.output
