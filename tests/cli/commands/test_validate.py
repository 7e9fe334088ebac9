"""``ambition validate`` on copies of the minimal fixture."""

from pathlib import Path

from typer.testing import CliRunner

from ambition.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_expert_status_that_differs_needs_a_justification(minimal_repo: Path) -> None:
    # Raising the emissions target makes the proposal 'achieved'; the expert wrote 'partly'.
    path = minimal_repo / "data/indicators/utslapp.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("value: 800", "value: 950"), encoding="utf-8"
    )
    code, text = run("validate", "--root", str(minimal_repo))
    assert code == 1
    assert text.splitlines()[0] == (
        "data/assessments/ar-2022/indicators/utslapp.yaml:2:9: justification-missing: "
        "bedömningen 'Delvis uppfyllt' avviker från förslaget 'Uppfyllt' utan motivering — lägg "
        "till 'justification: …' som säger varför bedömningen avviker från metodens förslag, "
        "eller använd den föreslagna bedömningen"
    )
    _, english = run("validate", "--root", str(minimal_repo), "--lang", "en")
    assert english.splitlines()[0] == (
        "data/assessments/ar-2022/indicators/utslapp.yaml:2:9: justification-missing: the "
        "status 'Partly achieved' differs from the proposal 'Achieved' without a justification "
        "— add 'justification: …' saying why the status differs from the method's proposal, or "
        "use the proposed status"
    )
    assessment = minimal_repo / "data/assessments/ar-2022/indicators/utslapp.yaml"
    with assessment.open("a", encoding="utf-8") as file:
        file.write("justification: Minskningen 2022 beror på en tillfälligt stängd fabrik.\n")
    assert run("validate", "--root", str(minimal_repo))[0] == 0
