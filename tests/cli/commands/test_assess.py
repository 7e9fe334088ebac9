"""``ambition assess``: the method's results as JSON, and a period that is not configured."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ambition.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


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


def test_unknown_period_is_a_usage_error(minimal_repo: Path) -> None:
    code, text = run("assess", "--root", str(minimal_repo), "--period", "ar-2030")
    assert code == 2
    assert "fel: perioden 'ar-2030' finns inte; perioderna i ambition.yaml är: ar-2022" in text
    code, text = run("assess", "--root", str(minimal_repo), "-p", "ar-2030", "--lang", "en")
    assert "error: unknown period 'ar-2030'; configured periods: ar-2022" in text


def test_assess_shows_the_values_direction_and_the_target_as_decided(real_repo: Path) -> None:
    # Issue 14, items 3 and 5, on the shipped data: Vaggeryd's emissions fell from 89 277 t
    # (2021) to 79 385 t (2022), so the arrow points down beside the word "Förbättring" (the
    # values as "Senaste värde" writes them, the change with a decimal, since 89 277 − 79 385 =
    # 9 892 while the change rounds to 9 893); the population's target is a direction from
    # 2018 (13 980 invånare) to 2022, not a number to reach.
    code, text = run("assess", "--root", str(real_repo))
    assert code == 0
    lines = [line.strip() for line in text.splitlines()]
    assert (
        "Trend: ↓ Förbättring — Förändring från 89\u202f277 (2021) till 79\u202f385 (2022), "
        "\u22129\u202f892,8 ton CO2-ekv (\u221211,1\u00a0%); önskad riktning är att minska."
    ) in lines
    assert (
        "Senaste värde: 14\u202f854 invånare (2022) · Målvärde: öka från 13\u202f980 invånare "
        "(2018) till 2022"
    ) in lines
    assert (
        "Trend: ↓ Försämring — Förändring från 1,47 (2021) till 0,73 (2022), \u22120,74 "
        "procentenheter; önskad riktning är att öka."
    ) in lines


def test_assess_of_the_interim_period_words_its_statuses_as_forecasts(real_repo: Path) -> None:
    # data/assessments/delar-2022/indicators/valdeltagande-minst-ett-val.yaml holds the
    # expert's forecast value 85.0: no increase from 2018's 85.4, so not achieved.
    code, text = run("assess", "--root", str(real_repo), "--period", "delar-2022")
    assert code == 0
    lines = text.splitlines()
    assert lines[1] == (
        "Bedömningarna är prognoser för helåret 2022: de flesta nyckeltal för 2022 publiceras "
        "först 2023, så varje förslag säger vilket års värde det bygger på."
    )
    at = lines.index(
        "    Valdeltagande i minst ett av de allmänna valen (valdeltagande-minst-ett-val, "
        "target_level)"
    )
    assert lines[at + 1].startswith("      Senaste värde: 85,0 procent (prognos 2022) · ")
    assert lines[at + 2] == (
        "      Förslag enligt metoden: ○ Prognos: bedöms inte bli uppfyllt under året — Prognos "
        "för helåret 2022 utifrån sakkunnigs prognosvärde för året (85,0 procent). Värdet "
        "2022 (85,0 procent) jämförs med målet att öka från 85,4 procent (2018) till 2022: målet "
        "är inte nått."
    )


def test_assess_json_of_a_forecast_names_its_basis(real_repo: Path) -> None:
    code, text = run("assess", "--root", str(real_repo), "--period", "delar-2022", "--json")
    assert code == 0
    indicators = {
        i["id"]: i for g in json.loads(text)["goals"] for a in g["areas"] for i in a["indicators"]
    }
    turnout = indicators["valdeltagande-minst-ett-val"]
    assert turnout["latest"] == {"year": 2022, "value": 85.0}
    assert turnout["proposal"]["explanation"]["forecast"] == "forecast_value"
    # data/indicators/anmalda-brott.yaml: 2022's 8 166 is left out; 2021's 7 446 is used.
    crime = indicators["anmalda-brott"]
    assert crime["latest"] == {"year": 2021, "value": 7446.08707}
    assert crime["proposal"]["explanation"]["forecast"] == "latest_value"


GOAL_FILE = "data/goals/hallbar-samhallsutveckling.yaml"
GOAL_ASSESSMENT = "data/assessments/helar-2022/goals/hallbar-samhallsutveckling.yaml"


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".git" not in p.parts and ".ambition-cache" not in p.parts
    }


def test_the_shipped_sub_goal_template_works_end_to_end(
    real_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Vaggeryd's follow-up has no sub-goals; the goal file carries a commented template. Taken
    # in as written, on a copy of the shipped data kept in git (for ambition diff):
    from tests.diff.history import commit, init

    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    init(real_repo)
    commit(real_repo, "utan-delmal")
    path = real_repo / GOAL_FILE
    head, template = path.read_text(encoding="utf-8").split("# sub_goals:\n")
    taken = ["sub_goals:", *(line.removeprefix("# ") for line in template.splitlines())]
    path.write_text(head + "\n".join(taken) + "\n", encoding="utf-8")
    assert run("validate", "--root", str(real_repo))[0] == 0

    # helar-2022: the sub-goal groups miljö och naturresurser (N, P, A, P, N, N) and hållbar
    # tillväxt (P, P, A), 9 indicators: 2/9 = 22 % achieved < 2/3, (2 + 4)/9 = 2/3 ≥ 1/2
    # → partly achieved.
    code, text = run("assess", "--root", str(real_repo))
    assert code == 0
    lines = text.splitlines()
    at = lines.index(
        "  Delmål: Klimatsmart samhällsbyggnad — förslag enligt metoden ◐ Delvis uppfyllt; "
        "målägarens bedömning: Bedömning saknas"
    )
    assert lines[at + 1 : at + 3] == [
        "    Mätområden: Miljö och naturresurser, Hållbar tillväxt i hela kommunen · Ägs av: "
        "Miljö- och byggnämnden",
        "    Av 9 bedömda indikatorer är 2 uppfyllda, 4 delvis uppfyllda och 3 ej uppfyllda. "
        "Andelen uppfyllda (22\u00a0%) är under två tredjedelar, men andelen minst delvis "
        "uppfyllda (67\u00a0%) är minst hälften.",
    ]

    # assess --write: only the goal's assessment file changes, by the sub-goal's line.
    before = _files(real_repo)
    assert run("assess", "--root", str(real_repo), "--check")[0] == 1
    assert run("assess", "--root", str(real_repo), "--write")[0] == 0
    after = _files(real_repo)
    assert [p for p in after if after[p] != before.get(p)] == [GOAL_ASSESSMENT]
    assert after[GOAL_ASSESSMENT] == before[GOAL_ASSESSMENT] + (
        b"  sub_goals:\n    klimat-och-samhallsbyggnad: partly_achieved\n"
    )
    assert run("validate", "--root", str(real_repo))[0] == 0
    assert run("assess", "--root", str(real_repo), "--check")[0] == 0

    # ambition diff against the commit without it: the sub-goal added, with owner and areas.
    code, text = run("diff", "utan-delmal", "--root", str(real_repo))
    assert code == 0
    assert [line for line in text.splitlines() if "Delmål" in line] == [
        "  Delmål Klimatsmart samhällsbyggnad: tillagt",
        "  Delmål Klimatsmart samhällsbyggnad: ansvarig: – → Miljö- och byggnämnden",
        "  Delmål Klimatsmart samhällsbyggnad: mätområden: – → Miljö och naturresurser, "
        "Hållbar tillväxt i hela kommunen",
    ]
