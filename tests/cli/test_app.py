"""ambition.cli: the app with every command, and ``python -m ambition``."""

import subprocess
import sys

from typer.testing import CliRunner

from ambition.cli import app

COMMANDS = ("validate", "schema", "assess", "report", "status", "diff", "new")


def test_python_dash_m_and_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ambition", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0
    for command in ("validate", "assess", "report"):
        assert command in result.stdout


def test_every_command_is_registered_with_its_help() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    listed = [
        line.split()[1]
        for line in result.output.splitlines()
        if line.startswith("│ ") and line.split()[1] in COMMANDS
    ]
    assert listed == list(COMMANDS)
    for command in ("indicator", "goal", "period"):
        assert CliRunner().invoke(app, ["new", command, "--help"]).exit_code == 0


def test_version_is_the_one_in_pyproject() -> None:
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"ambition {project['project']['version']}\n"
