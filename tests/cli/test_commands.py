"""The commands end to end, on copies of the real data and of the minimal fixture."""

import html
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ambition.cli import app
from ambition.loading.repository import load_repository
from ambition.numbers import format_number

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_demo_on_the_real_data_reports_every_goal_area_and_indicator(
    real_repo: Path, tmp_path: Path
) -> None:
    root = str(real_repo)
    assert run("validate", "--root", root)[0] == 0
    code, text = run("assess", "--root", root)
    assert code == 0
    assert "Hållbar samhällsutveckling och tillväxt" in text
    output = tmp_path / "report"
    code, text = run("report", "--root", root, "--output", str(output))
    assert code == 0
    assert text.split() == [str(output / "helar-2022.md"), str(output / "helar-2022.html")]

    repository = load_repository(real_repo).repository
    assert repository is not None
    markdown = (output / "helar-2022.md").read_text(encoding="utf-8")
    page = (output / "helar-2022.html").read_text(encoding="utf-8")
    expected = [g.title for g in repository.goals]
    expected += [a.title for g in repository.goals for a in g.measurement_areas]
    for indicator in repository.indicators.values():
        latest_year = max(y for y in indicator.values if y <= 2022)
        value = format_number(indicator.values[latest_year], indicator.decimals, "sv")
        expected += [indicator.title, f"{value} {indicator.unit} ({latest_year})"]
    assert len(expected) == 4 + 12 + 2 * 39
    for text in expected:
        assert text in markdown, text
        assert html.escape(text, quote=False) in page, text


def test_real_values_appear_as_published(real_repo: Path, tmp_path: Path) -> None:
    # Kolada N01951: Vaggeryd had 14 854 inhabitants on 31 December 2022.
    run("report", "--root", str(real_repo), "--output", str(tmp_path), "--format", "md")
    markdown = (tmp_path / "helar-2022.md").read_text(encoding="utf-8")
    assert "| Antal invånare | 14\u202f854 antal invånare (2022) |" in markdown


def test_assess_json_holds_proposal_explanation_and_expert_status(real_repo: Path) -> None:
    code, text = run("assess", "--root", str(real_repo), "--json")
    assert code == 0
    document = json.loads(text)
    assert document["period"]["id"] == "helar-2022"
    goal = document["goals"][0]
    assert goal["id"] == "hallbar-samhallsutveckling"
    emissions = next(
        i for a in goal["areas"] for i in a["indicators"] if i["id"] == "vaxthusgasutslapp"
    )
    assert emissions["latest"] == {"year": 2022, "value": 79384.566}
    assert emissions["proposal"]["status"] == "not_achieved"
    # Trajectory from 104 452.909 t (1990) to 15 667.936 t (2045): in 2022 the path requires
    # 104452.909 − 88784.973 · 32/55 = 52 796.2 t, a fall of 51 656.7 t; the fall made is
    # 25 068.3 t, so the ratio is 25068.343 / 51656.712 = 0.4853 < 0.5: not achieved.
    assert emissions["rule"] == "trajectory"
    assert emissions["proposal"]["explanation"]["case"] == "far_behind_path"
    assert emissions["proposal"]["explanation"]["computed"]["ratio"] == pytest.approx(
        0.48529, abs=1e-5
    )
    assert emissions["trend"]["trend"] == "improving"
    assert emissions["assessment"]["status"] == "not_achieved"


def test_broken_copy_gives_exit_1_with_file_and_line(minimal_repo: Path) -> None:
    path = minimal_repo / "data/indicators/ekologisk-mat.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("2021: 34.5", "2021: 34,5"), encoding="utf-8"
    )
    for command in ("validate", "assess", "report"):
        code, text = run(command, "--root", str(minimal_repo))
        assert code == 1, command
        assert text.splitlines()[0] == (
            "data/indicators/ekologisk-mat.yaml:22:9: number-format: values.2021: '34,5' is not "
            "a number: it has a decimal comma — write 34.5"
        )


def test_no_repository_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", "--root", str(tmp_path)])
    assert result.exit_code == 2
    assert "no ambition.yaml found" in result.output


def test_unknown_period_is_a_usage_error(minimal_repo: Path) -> None:
    code, text = run("assess", "--root", str(minimal_repo), "--period", "ar-2030")
    assert code == 2
    assert "unknown period 'ar-2030'; configured periods: ar-2022" in text


def test_changed_target_changes_the_next_report(minimal_repo: Path, tmp_path: Path) -> None:
    # The README's walkthrough: lower a target, and the proposal changes in the next report.
    row = "| Ekologiska livsmedel | 36,2 procent (2022) | minst {} procent (2022) | {} |"
    run("report", "--root", str(minimal_repo), "--output", str(tmp_path), "--format", "md")
    before = (tmp_path / "ar-2022.md").read_text(encoding="utf-8")
    assert row.format("40,0", "◐ Delvis uppfyllt") in before
    path = minimal_repo / "data/indicators/ekologisk-mat.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("value: 40", "value: 36"), encoding="utf-8"
    )
    run("report", "--root", str(minimal_repo), "--output", str(tmp_path), "--format", "md")
    after = (tmp_path / "ar-2022.md").read_text(encoding="utf-8")
    assert row.format("36,0", "● Uppfyllt") in after


def test_expert_status_that_differs_needs_a_justification(minimal_repo: Path) -> None:
    # Raising the emissions target makes the proposal 'achieved'; the expert wrote 'partly'.
    path = minimal_repo / "data/indicators/utslapp.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("value: 800", "value: 950"), encoding="utf-8"
    )
    code, text = run("validate", "--root", str(minimal_repo))
    assert code == 1
    assert text.splitlines()[0] == (
        "data/assessments/ar-2022/indicators/utslapp.yaml:2:9: justification-missing: the "
        "status 'partly_achieved' differs from the proposal 'achieved' without a justification "
        "— add 'justification: …' saying why the status differs from the method's proposal, or "
        "use the proposed status"
    )
    assessment = minimal_repo / "data/assessments/ar-2022/indicators/utslapp.yaml"
    with assessment.open("a", encoding="utf-8") as file:
        file.write("justification: Minskningen 2022 beror på en tillfälligt stängd fabrik.\n")
    assert run("validate", "--root", str(minimal_repo))[0] == 0


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
