"""ambition.cli.assessment: the terminal text of ``ambition assess``, with sub-goals."""

import json
from pathlib import Path

from typer.testing import CliRunner

from ambition.cli import app
from tests.method.levels import levels_repository

runner = CliRunner()

GOAL = "data/assessments/ar-2022/goals/miljo.yaml"


def _levels(tmp_path: Path) -> Path:
    """tests/method/levels.py's repository, the goal owner having assessed the sub-goal
    'fossilfritt' achieved (its proposal is partly achieved, below), with a justification."""
    root = levels_repository(tmp_path).root
    path = root / GOAL
    path.write_text(
        path.read_text(encoding="utf-8")
        + "sub_goals:\n  fossilfritt:\n    status: achieved\n    justification: Ny plan.\n",
        encoding="utf-8",
    )
    return root


def test_assess_shows_each_sub_goal_with_its_areas_owner_and_explanation(tmp_path: Path) -> None:
    root = _levels(tmp_path)
    result = runner.invoke(app, ["assess", "--root", str(root)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index(
        "  Delmål: Fossilfri kommun 2030 — förslag enligt metoden ◐ Delvis uppfyllt; "
        "målägarens bedömning: ● Uppfyllt ≠ avviker från metodens förslag"
    )
    # Over klimat's and trafik's indicators A, A, N, P, N with the fixture's share 0.667 and
    # 0.5: 2/5 = 40 % achieved, 3/5 = 60 % at least partly → partly.
    assert lines[at + 1 : at + 4] == [
        "    Mätområden: Klimat, Trafik · Ägs av: Barn- och utbildningsnämnden",
        "    Av 5 bedömda indikatorer är 2 uppfyllda, 1 delvis uppfylld och 2 ej uppfyllda. "
        "Andelen uppfyllda (40\u00a0%) är under 66,7\u00a0%, men andelen minst delvis uppfyllda "
        "(60\u00a0%) är minst 50\u00a0%.",
        "",
    ]
    # The sub-goal comes before the areas, which follow in the goal file's order.
    areas = [(n, line.split(" — ")[0]) for n, line in enumerate(lines) if "  Mätområde: " in line]
    assert [title for _, title in areas] == [
        "  Mätområde: Klimat",
        "  Mätområde: Trafik",
        "  Mätområde: Mat",
    ]
    assert areas[0][0] == at + 4


def test_assess_json_carries_the_sub_goal(tmp_path: Path) -> None:
    root = _levels(tmp_path)
    result = runner.invoke(app, ["assess", "--root", str(root), "--json", "--lang", "en"])
    (sub_goal,) = json.loads(result.output)["goals"][0]["sub_goals"]
    assert (sub_goal["id"], sub_goal["owner"], sub_goal["areas"]) == (
        "fossilfritt",
        "bun",
        ["klimat", "trafik"],
    )
    assert (sub_goal["proposal"]["status"], sub_goal["status"], sub_goal["differs"]) == (
        "partly_achieved",
        "achieved",
        True,
    )


def test_assess_shows_the_breakdown_rows_and_the_area_rolled_up_on_one(
    minimal_repo: Path,
) -> None:
    from tests.method.builders import add_breakdowns

    add_breakdowns(minimal_repo)
    method = minimal_repo / "data/method.yaml"
    method.write_text(
        method.read_text(encoding="utf-8")
        + "rollup_by_level:\n  measurement_area: {breakdown: kvinnor}\n",
        encoding="utf-8",
    )
    folder = minimal_repo / "data/assessments/ar-2022/indicators"
    (folder / "ekologisk-mat.yaml").write_text(
        "breakdowns:\n  man:\n    status: partly_achieved\n    justification: Ny upphandling.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["assess", "--root", str(minimal_repo), "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    # The rows of ekologisk-mat (tests/method/test_engine.py): women 41,0 ≥ 40 achieved, men
    # 30,0 not achieved by the rule, assessed partly achieved by the expert.
    assert [line for line in lines if line.startswith(("      Kvinnor", "      Män"))] == [
        "      Kvinnor: 41.0 procent (2022) — proposal by the method ● Achieved; expert's "
        "assessment: No assessment",
        "      Män: 30.0 procent (2022) — proposal by the method ○ Not achieved; expert's "
        "assessment: ◐ Partly achieved ≠ differs from the method's proposal",
    ]
    # The area mat counts the women's row, 1 of 1 achieved, and says so under its line.
    at = lines.index(
        "  Measurement area: Mat — proposal by the method ● Achieved; goal owner's assessment: "
        "No assessment"
    )
    assert lines[at + 1].startswith("    Each indicator counts with the row “Kvinnor”. Of 1 ")
