"""README.md is tested: its two commands exist, CI runs its test command, its walkthrough works."""

import re
from pathlib import Path

from typer.testing import CliRunner

from ambition.cli import app
from tests.conftest import PROJECT

README = (PROJECT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def test_readme_starts_with_the_two_commands() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["make demo", "make test"]
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M)
    assert re.search(r"^test:", makefile, re.M)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    script = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        line for line in script.splitlines() if line and not line.startswith(("#", "set ", "cd "))
    ]
    assert commands == ["make test"]


def test_walkthrough_changes_the_report(real_repo: Path, tmp_path: Path) -> None:
    snippet = re.search(r"```yaml\n(.*?)```", README, re.S)
    assert snippet is not None
    block = "\n".join(line.removeprefix("   ") for line in snippet.group(1).splitlines())
    indicator = real_repo / "data/indicators/ekologiska-livsmedel.yaml"
    indicator.write_text(indicator.read_text(encoding="utf-8") + block + "\n", encoding="utf-8")

    result = runner.invoke(app, ["report", "--root", str(real_repo), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    markdown = (tmp_path / "helar-2022.md").read_text(encoding="utf-8")
    # The final status leads the row (the expert's, equal to the proposal), then the trend.
    assert (
        "| ○ Ej uppfyllt | Ekologiska livsmedel i kommunens verksamheter | ↓ Försämring | 30,0 "
        "procent (2022) | minst 40,0 procent (2022) |"
    ) in markdown
    assert "måluppfyllelsen är 75\u00a0%, under 80\u00a0% som krävs för delvis uppfyllt" in markdown

    indicator.write_text(
        indicator.read_text(encoding="utf-8").replace("value: 40", "value: 36"), encoding="utf-8"
    )
    result = runner.invoke(app, ["validate", "--root", str(real_repo)])
    assert result.exit_code == 1
    assert result.output.startswith(
        "data/assessments/helar-2022/indicators/ekologiska-livsmedel.yaml:3:9: "
        "justification-missing: bedömningen 'not_achieved' avviker från förslaget "
        "'partly_achieved' utan motivering"
    )
