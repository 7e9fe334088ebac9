"""``ambition schema``: where the schemas go when no --output is given."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ambition.cli import app

runner = CliRunner()


def test_the_schemas_go_into_the_repository(minimal_repo: Path) -> None:
    result = runner.invoke(app, ["schema", "--root", str(minimal_repo)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (minimal_repo / "schemas").glob("*.schema.json"))
    assert "indicator.schema.json" in written
    assert len(result.output.splitlines()) == len(written)


def test_outside_a_repository_into_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "schemas" / "indicator.schema.json").is_file()
    assert result.output.splitlines()[0].startswith("schemas/")
