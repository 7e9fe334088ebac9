"""docs/reports.md: every command example runs, and the template table names every template."""

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ambition.cli import app
from tests.conftest import PROJECT

TEXT = (PROJECT / "docs" / "reports.md").read_text(encoding="utf-8")
COMMANDS = [
    line.split("#")[0].strip()
    for block in re.findall(r"```sh\n(.*?)```", TEXT, re.S)
    for line in block.splitlines()
    if line.startswith("ambition ")
]


def test_the_examples_are_found() -> None:
    assert len(COMMANDS) == 7


@pytest.mark.parametrize("command", COMMANDS)
def test_command_example_runs(
    command: str, real_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    arguments = [*shlex.split(command)[1:], "--root", str(real_repo)]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    assert any(list(tmp_path.rglob(f"*.{suffix}")) for suffix in ("html", "md", "pdf", "docx"))


def test_every_template_is_documented() -> None:
    documented = set(re.findall(r"`([\w.]+\.j2)`", TEXT))
    shipped = {path.name for path in (PROJECT / "templates").glob("*.j2")}
    assert shipped == documented
