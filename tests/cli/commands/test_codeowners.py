"""``ambition codeowners``: where it writes, which syntax, --check."""

from pathlib import Path

from typer.testing import CliRunner

from ambition.cli import app
from ambition.forge.codeowners import HEADER

runner = CliRunner()


def _reviewers(root: Path) -> None:
    path = root / "data/organisations.yaml"
    text = path.read_text("utf-8").replace(
        "kind: committee\n", 'kind: committee\n    reviewers: ["@testby/bun"]\n'
    )
    path.write_text(text, "utf-8")


def test_writes_codeowners_at_the_root_then_checks_it(minimal_repo: Path) -> None:
    _reviewers(minimal_repo)
    args = ["codeowners", "--root", str(minimal_repo)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    text = (minimal_repo / "CODEOWNERS").read_text("utf-8")
    assert text.startswith(HEADER + "\n")
    assert "/data/assessments/*/indicators/ekologisk-mat.yaml @testby/bun\n" in text
    assert runner.invoke(app, [*args, "--check"]).exit_code == 0
    (minimal_repo / "CODEOWNERS").write_text(text.replace("@testby/bun", "@x"), "utf-8")
    checked = runner.invoke(app, [*args, "--check"])
    assert checked.exit_code == 1
    assert "skulle ändras; kör 'ambition codeowners' och checka in filen" in checked.output
    assert "@x" in (minimal_repo / "CODEOWNERS").read_text("utf-8")


def test_keeps_the_syntax_and_place_of_the_file_it_wrote_before(minimal_repo: Path) -> None:
    _reviewers(minimal_repo)
    (minimal_repo / ".gitlab").mkdir()
    result = runner.invoke(
        app,
        [
            "codeowners",
            "--root",
            str(minimal_repo),
            "--syntax",
            "gitlab",
            "-o",
            str(minimal_repo / ".gitlab/CODEOWNERS"),
        ],
    )
    assert result.exit_code == 0, result.output
    path = minimal_repo / "data/organisations.yaml"  # the data changed: bun's second reviewer
    path.write_text(
        path.read_text("utf-8").replace('"@testby/bun"', '"@testby/bun", "@b"'), "utf-8"
    )
    again = runner.invoke(app, ["codeowners", "--root", str(minimal_repo)])
    assert again.exit_code == 0, again.output
    text = (minimal_repo / ".gitlab/CODEOWNERS").read_text("utf-8")
    assert "\n[Mål 1: God miljö]\n" in text
    assert "/data/indicators/ekologisk-mat.yaml @testby/bun @b\n" in text
    assert not (minimal_repo / "CODEOWNERS").exists()


def test_standard_output(minimal_repo: Path) -> None:
    result = runner.invoke(app, ["codeowners", "--root", str(minimal_repo), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(HEADER + "\n")
    assert not (minimal_repo / "CODEOWNERS").exists()
