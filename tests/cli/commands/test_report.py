"""``ambition report`` end to end, on copies of the real data and of the minimal fixture: every
goal, area and indicator, --lang, --goal, --org and --split."""

import html
import shutil
from pathlib import Path

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
    in_page = list(expected)
    for indicator in repository.indicators.values():
        latest_year = max(y for y in indicator.values if y <= 2022)
        value = format_number(indicator.values[latest_year], indicator.decimals, "sv")
        expected += [indicator.title, f"{value} {indicator.unit_text} ({latest_year})"]
        # The HTML joins a value and its unit with a no-break space (report/values.py).
        in_page += [indicator.title, f"{value}\u00a0{indicator.unit_text} ({latest_year})"]
    assert len(expected) == 4 + 12 + 2 * 39
    for text, html_text in zip(expected, in_page, strict=True):
        assert text in markdown, text
        assert html.escape(html_text, quote=False) in page, html_text


def test_real_values_appear_as_published(real_repo: Path, tmp_path: Path) -> None:
    # Kolada N01951: Vaggeryd had 14 854 inhabitants on 31 December 2022.
    run("report", "--root", str(real_repo), "--output", str(tmp_path), "--format", "md")
    markdown = (tmp_path / "helar-2022.md").read_text(encoding="utf-8")
    assert "| Antal invånare | → Oförändrad | 14\u202f854 invånare (2022) |" in markdown


def test_changed_target_changes_the_next_report(minimal_repo: Path, tmp_path: Path) -> None:
    # The README's walkthrough: lower a target, and the proposal changes in the next report.
    row = (
        "| {} (enligt metodens förslag) | Ekologiska livsmedel | ↑ Förbättring | 36,2 procent "
        "(2022) | minst {} procent (2022) |"
    )
    run("report", "--root", str(minimal_repo), "--output", str(tmp_path), "--format", "md")
    before = (tmp_path / "ar-2022.md").read_text(encoding="utf-8")
    assert row.format("◐ Delvis uppfyllt", "40,0") in before
    path = minimal_repo / "data/indicators/ekologisk-mat.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("value: 40", "value: 36"), encoding="utf-8"
    )
    run("report", "--root", str(minimal_repo), "--output", str(tmp_path), "--format", "md")
    after = (tmp_path / "ar-2022.md").read_text(encoding="utf-8")
    assert row.format("● Uppfyllt", "36,0") in after


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
    assert "fel: målet 'nope' finns inte; målen är: hallbar-samhallsutveckling," in result.output
    assert not (tmp_path / "out").exists()


def committed_copy(tmp_path: Path) -> tuple[Path, str]:
    """tests/fixtures/minimal committed and tagged 'v1' on main, then changed in the working
    tree: the indicator ekologisk-mat renamed 'Ändrad titel'. Returns the root and the commit."""
    from tests.conftest import MINIMAL, copy_repository
    from tests.diff.history import commit, edit, init

    root = copy_repository(MINIMAL, tmp_path / "kommun")
    init(root)
    head = commit(root, "v1")
    edit(
        root,
        "data/indicators/ekologisk-mat.yaml",
        "title: Ekologiska livsmedel",
        "title: Ändrad titel",
    )
    return root, head


def test_report_of_a_revision_renders_the_committed_state(tmp_path: Path) -> None:
    from tests.diff.history import state

    root, head = committed_copy(tmp_path)
    before = state(root)
    result = runner.invoke(app, ["report", "--root", str(root), "--revision", "HEAD"])
    assert result.exit_code == 0, result.output
    folder = root / "build" / "report" / head[:7]  # beside the working tree's report
    markdown = (folder / "ar-2022.md").read_text(encoding="utf-8")
    assert f"**Läget enligt version {head[:7]} (v1, main) i git.**" in markdown
    assert "| Ekologiska livsmedel |" in markdown and "Ändrad titel" not in markdown
    page = (folder / "ar-2022.html").read_text(encoding="utf-8")
    assert f"Läget enligt version {head[:7]} (v1, main) i git." in page
    shutil.rmtree(root / "build")  # the report written: the rest as it was
    assert state(root) == before  # status (the working tree's change kept), index and HEAD
    # Without --revision: the working tree, with no revision named.
    assert (
        runner.invoke(app, ["report", "--root", str(root), "-o", str(tmp_path / "now")]).exit_code
        == 0
    )
    now = (tmp_path / "now" / "ar-2022.md").read_text(encoding="utf-8")
    assert "| Ändrad titel |" in now and "Läget enligt version" not in now


def test_assess_of_a_revision_names_it(tmp_path: Path) -> None:
    import json

    root, head = committed_copy(tmp_path)
    result = runner.invoke(app, ["assess", "--root", str(root), "--revision", "v1", "--json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["revision"] == {"name": "v1", "commit": head, "names": ["v1", "main"]}
    titles = [i["title"] for g in document["goals"] for a in g["areas"] for i in a["indicators"]]
    assert "Ekologiska livsmedel" in titles and "Ändrad titel" not in titles
    text = runner.invoke(app, ["assess", "--root", str(root), "--revision", "v1"]).stdout
    assert text.splitlines()[1] == f"Läget enligt version {head[:7]} (v1, main) i git."
    refused = runner.invoke(app, ["assess", "--root", str(root), "--revision", "v1", "--write"])
    assert refused.exit_code == 2
    assert "--write och --check arbetar på arbetskopian" in refused.stderr


def test_a_bad_revision_is_named_and_exits_1(tmp_path: Path) -> None:
    root, _ = committed_copy(tmp_path)
    result = runner.invoke(app, ["report", "--root", str(root), "--revision", "v9"])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "fel: okänd version 'v9': git känner inte till någon commit med det namnet"
    )
    assert not (root / "build").exists()
    outside = copy_repository_outside_git(tmp_path)
    result = runner.invoke(app, ["report", "--root", str(outside), "--revision", "HEAD"])
    assert result.exit_code == 1
    assert "ligger inte under versionshantering i git" in result.stderr


def copy_repository_outside_git(tmp_path: Path) -> Path:
    from tests.conftest import MINIMAL, copy_repository

    return copy_repository(MINIMAL, tmp_path / "plain")
