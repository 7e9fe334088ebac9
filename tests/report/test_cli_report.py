"""``ambition report`` with --lang, --goal, --org and --split, end to end."""

from pathlib import Path

from typer.testing import CliRunner

from ambition.cli import app

runner = CliRunner()


def test_report_per_organisation_split_in_english(real_repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "report",
            "--root",
            str(real_repo),
            "-o",
            str(out),
            "--lang",
            "en",
            "--org",
            "socialnamnden",
            "--split",
            "-f",
            "html",
        ],
    )
    assert result.exit_code == 0, result.output
    index = out / "helar-2022-socialnamnden.html"
    assert str(index) in result.output
    text = index.read_text(encoding="utf-8")
    assert '<html lang="en">' in text
    assert "Selection: indicators Socialnämnden is responsible for." in text
    pages = sorted(p.name for p in out.glob("helar-2022-socialnamnden-*.html"))
    assert pages and all(f'href="{name}"' in text for name in pages)


def test_report_of_one_goal(real_repo: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "report",
            "--root",
            str(real_repo),
            "-o",
            str(tmp_path),
            "--goal",
            "hallbar-samhallsutveckling",
            "-f",
            "md",
        ],
    )
    assert result.exit_code == 0, result.output
    text = (tmp_path / "helar-2022-hallbar-samhallsutveckling.md").read_text(encoding="utf-8")
    assert "## Mål 1: Hållbar samhällsutveckling och tillväxt" in text
    assert "## Mål 2:" not in text
    assert (tmp_path / "helar-2022-hallbar-samhallsutveckling-charts" / "folkmangd.svg").is_file()


def test_unknown_goal_is_a_usage_error(real_repo: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["report", "--root", str(real_repo), "-o", str(tmp_path / "out"), "--goal", "nope"]
    )
    assert result.exit_code == 2
    assert "unknown goal 'nope'; goals: hallbar-samhallsutveckling," in result.output
    assert not (tmp_path / "out").exists()
