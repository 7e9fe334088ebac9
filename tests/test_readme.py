"""README.md is tested: its two commands exist, CI runs its test command, its walkthrough works."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
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
    assert (
        "måluppfyllelsen är 75\u00a0%, under de 80\u00a0% som krävs för delvis uppfyllt" in markdown
    )

    indicator.write_text(
        indicator.read_text(encoding="utf-8").replace("value: 40", "value: 36"), encoding="utf-8"
    )
    result = runner.invoke(app, ["validate", "--root", str(real_repo)])
    assert result.exit_code == 1
    assert result.output.startswith(
        "data/assessments/helar-2022/indicators/ekologiska-livsmedel.yaml:3:9: "
        "justification-missing: bedömningen 'Ej uppfyllt' avviker från förslaget "
        "'Delvis uppfyllt' utan motivering"
    )


def _walkthrough_steps() -> list[str]:
    """The numbered steps of the README's walkthrough, each with its indented blocks."""
    section = README.split("## Change a target and see it in the report\n", 1)[1]
    section = section.split("\n## ", 1)[0]
    return [s for s in re.split(r"\n(?=\d+\. )", section.strip()) if s]


def _make_demo(repo: Path) -> subprocess.CompletedProcess[str]:
    """`make demo` as the README says, in the copy ``repo``, with the installed ambition (the
    ``install`` step is taken as done: this test runs inside that environment)."""
    return subprocess.run(
        [
            "make",
            "-f",
            str(PROJECT / "Makefile"),
            "-o",
            "install",
            "demo",
            f"BIN={Path(sys.executable).parent}",
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_walkthrough_runs_to_the_end_as_written(real_repo: Path) -> None:
    """Every step of the walkthrough, read from the README and done as it says on a copy of
    data/: the YAML blocks are added to the file named last before them, "Change `a` to `b`"
    is done in it, `make demo` is run, and every quoted text is in the indicator's row and
    card of the report the step names. Steps 3 and 5 end cleanly; step 4 writes the report
    with the unfinished assessment marked, and make demo fails, as validation does."""
    steps = _walkthrough_steps()
    assert [s.split(".", 1)[0] for s in steps] == ["1", "2", "3", "4", "5"]
    expected_exit = {3: 0, 4: 2, 5: 0}  # make exits 2 when a recipe fails
    event = re.compile(
        r"`(?P<path>data/[\w/.-]+\.yaml)`|```yaml\n(?P<yaml>.*?)```"
        r"|Change `(?P<old>[^`]+)` to `(?P<new>[^`]+)`|`(?P<make>make demo)`",
        re.S,
    )
    current: Path | None = None
    report: Path | None = None
    title: str | None = None
    for number, step in enumerate(steps, start=1):
        ran: subprocess.CompletedProcess[str] | None = None
        for found in event.finditer(step):
            if found["path"]:
                current = real_repo / found["path"]
                assert current.is_file(), found["path"]
                title = title or re.search(r"^title: (.*)$", current.read_text("utf-8"), re.M)[1]  # type: ignore[index]
            elif found["yaml"] or found["old"]:
                assert current is not None, f"step {number} edits before naming a file"
                text = current.read_text(encoding="utf-8")
                if found["yaml"]:
                    block = "\n".join(
                        line.removeprefix("   ") for line in found["yaml"].splitlines()
                    )
                    text += block.strip("\n") + "\n"
                else:
                    assert found["old"] in text, (number, found["old"])
                    text = text.replace(found["old"], found["new"])
                current.write_text(text, encoding="utf-8")
            elif found["make"] and ran is None:
                ran = _make_demo(real_repo)
        if number not in expected_exit:
            assert ran is None
            continue
        assert ran is not None, f"step {number} does not run make demo"
        assert ran.returncode == expected_exit[number], ran.stdout + ran.stderr
        named = re.search(r"`(build/report/[\w.-]+\.md)`", README)
        assert named is not None
        report = real_repo / named[1]
        markdown = report.read_text(encoding="utf-8")
        row = next(
            line
            for line in markdown.splitlines()
            # the indicator table's row (status first), not the forecasts' (title first)
            if line.startswith("|")
            and f"| {title} |" in line[1:]
            and not line.startswith(f"| {title} |")
        )
        card = markdown.split(f"#### {title}\n", 1)[1].split("\n#### ", 1)[0]
        quoted = re.findall(r'"([^"\n]+)"', step.split("```")[0] + step.split("```")[-1])
        for text in quoted:
            assert text in row + card, (number, text)
        if number == 4:
            assert "make demo: wrote the report of the current state" in ran.stdout
            assert (
                "data/assessments/helar-2022/indicators/ekologiska-livsmedel.yaml:3:9: "
                "justification-missing" in ran.stdout
            )
            assert "Bedömningen är inte klar: motivering saknas" in row
        if number == 5:
            assert "Motivering: Andelen sjönk 2022, och köken har inte ändrat sina inköp." in card
            assert "inte klar" not in row + card
