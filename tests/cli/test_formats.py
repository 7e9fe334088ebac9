"""`ambition validate --format text|github|gitlab|json`, `--strict`, and the CI examples."""

import json
import os
import shlex
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from ambition.cli import app, formats
from ambition.diagnostics import Diagnostic, Severity
from ambition.messages.text import text

PROJECT = Path(__file__).parents[2]
INDICATOR = "data/indicators/ekologisk-mat.yaml"
COMMA = (
    f"{INDICATOR}:22:9: number-format: values.2021: '34,5' är inte ett tal: det innehåller ett "
    "decimalkomma — skriv 34.5"
)
COMMA_EN = (
    f"{INDICATOR}:22:9: number-format: values.2021: '34,5' is not a number: it has a decimal "
    "comma — write 34.5"
)

runner = CliRunner()


def break_value(repo: Path) -> None:
    path = repo / INDICATOR
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("2021: 34.5", "2021: 34,5"), encoding="utf-8")


def add_stale_indicator(repo: Path) -> None:
    """An indicator whose latest value is from 2018: a stale-value warning, no error."""
    text = (repo / INDICATOR).read_text(encoding="utf-8")
    text = text.replace("id: ekologisk-mat", "id: gammal").replace("  2021: 34.5\n", "")
    text = text.replace("  2022: 36.2\n", "").replace("  - year: 2022", "  - year: 2026")
    (repo / "data/indicators/gammal.yaml").write_text(text, encoding="utf-8")


def test_text_is_one_plain_line_per_finding_then_a_summary(minimal_repo: Path) -> None:
    break_value(minimal_repo)
    result = runner.invoke(app, ["validate", "--root", str(minimal_repo)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [COMMA, "1 fel och 0 varningar i 8 filer."]
    english = runner.invoke(app, ["validate", "--root", str(minimal_repo), "--lang", "en"])
    assert english.exit_code == 1
    assert english.output.splitlines() == [COMMA_EN, "1 error and 0 warnings in 8 files."]


def test_clean_repository_exits_0(minimal_repo: Path) -> None:
    result = runner.invoke(app, ["validate", "--root", str(minimal_repo)])
    assert (result.exit_code, result.output) == (0, "Inga problem hittades i 8 filer.\n")
    english = runner.invoke(app, ["validate", "--root", str(minimal_repo), "--lang", "en"])
    assert english.output == "No problems found in 8 files.\n"


def test_warnings_fail_only_with_strict(minimal_repo: Path) -> None:
    add_stale_indicator(minimal_repo)
    relaxed = runner.invoke(app, ["validate", "--root", str(minimal_repo)])
    strict = runner.invoke(app, ["validate", "--root", str(minimal_repo), "--strict"])
    assert relaxed.exit_code == 0
    assert relaxed.output.splitlines()[0].startswith(
        "data/indicators/gammal.yaml:21:9: stale-value (varning): "
    )
    assert strict.exit_code == 1
    assert strict.output.splitlines()[-1] == (
        "0 fel och 1 varning i 9 filer (--strict: varningar räknas som fel)."
    )


def test_no_repository_exits_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["validate", "--root", str(tmp_path)]).exit_code == 2


def test_json_holds_every_field(minimal_repo: Path) -> None:
    break_value(minimal_repo)
    result = runner.invoke(app, ["validate", "--root", str(minimal_repo), "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.output) == [
        {
            "path": INDICATOR,
            "line": 22,
            "column": 9,
            "code": "number-format",
            "severity": "error",
            "message": "values.2021: '34,5' är inte ett tal: det innehåller ett decimalkomma",
            "hint": "skriv 34.5",
            "yaml_path": "values.2021",
        }
    ]


def test_github_annotations_and_step_summary(
    minimal_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_stale_indicator(minimal_repo)
    break_value(minimal_repo)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    # The data repository is the folder repo/ of the checkout: annotations name repo/….
    monkeypatch.setenv("GITHUB_WORKSPACE", str(minimal_repo.parent))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", "--root", str(minimal_repo), "--format", "github"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"::error file=repo/{INDICATOR},line=22,col=9,title=ambition number-format::"
        "values.2021: '34,5' är inte ett tal: det innehåller ett decimalkomma — skriv 34.5",
        "::warning file=repo/data/indicators/gammal.yaml,line=21,col=9,title=ambition "
        "stale-value::det senaste värdet (2018) är mer än 2 år äldre än perioden ar-2022 (2022) "
        "— lägg till nyare värden, eller förklara luckan i bedömningen",
        "1 fel och 1 varning i 9 filer.",
    ]
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n## ambition validate\n\n1 fel och 1 varning")
    assert "| | Var | Kod | Problem | Åtgärd |" in written
    assert (
        f"| ❌ | `repo/{INDICATOR}:22:9` | `number-format` | values.2021: '34,5' är inte ett "
        "tal: det innehåller ett decimalkomma | skriv 34.5 |" in written
    )


def test_github_escapes_data_and_properties() -> None:
    item = Diagnostic("a,b:c.yaml", 0, 0, "yaml-syntax", text("words.as-is", text="100%\r\nnext"))
    assert formats.github_command(item) == (
        "::error file=a%2Cb%3Ac.yaml,title=ambition yaml-syntax::100%25%0D%0Anext"
    )


def test_github_summary_escapes_table_cells() -> None:
    item = Diagnostic(
        "x.yaml",
        1,
        2,
        "invalid-value",
        text("words.as-is", text="a | b\nc"),
        hint=text("words.as-is", text="write `x`"),
    )
    assert "| ❌ | `x.yaml:1:2` | `invalid-value` | a \\| b c | write `x` |" in (
        formats.github_summary([item], 1)
    )


def test_gitlab_code_quality_report(minimal_repo: Path) -> None:
    break_value(minimal_repo)
    result = runner.invoke(app, ["validate", "--root", str(minimal_repo), "--format", "gitlab"])
    assert result.exit_code == 1
    [issue] = json.loads(result.output)
    fingerprint = issue.pop("fingerprint")
    assert issue == {
        "description": "number-format: values.2021: '34,5' är inte ett tal: det innehåller ett "
        "decimalkomma — skriv 34.5",
        "check_name": "number-format",
        "severity": "major",
        "location": {"path": INDICATOR, "lines": {"begin": 22}},
    }
    assert len(fingerprint) == 64


def test_gitlab_fingerprints_are_stable_and_unique() -> None:
    unknown = text("unknown-key", name="a")
    item = Diagnostic("x.yaml", 3, 1, "unknown-key", unknown, yaml_path="a")
    moved = Diagnostic("x.yaml", 9, 1, "unknown-key", unknown, yaml_path="a")
    whole = Diagnostic(
        "x.yaml", 0, 0, "unexpected-file", text("words.as-is", text="x"), Severity.WARNING
    )
    [first] = formats.gitlab_report([item])
    [second] = formats.gitlab_report([moved])
    [english] = formats.gitlab_report([item], lang="en")
    assert first["fingerprint"] == second["fingerprint"] == english["fingerprint"]
    twice = formats.gitlab_report([item, moved, whole])
    assert len({issue["fingerprint"] for issue in twice}) == 3
    assert twice[2]["location"]["lines"]["begin"] == 1
    assert twice[2]["severity"] == "minor"


def ci_commands(document: object) -> list[str]:
    """Every `ambition …` command line in a CI configuration."""
    found: list[str] = []
    if isinstance(document, dict):
        for key, value in document.items():
            if key in {"run", "script", "before_script"}:
                lines = value if isinstance(value, list) else str(value).splitlines()
                found += [line.strip() for line in lines if line.strip().startswith("ambition ")]
            else:
                found += ci_commands(value)
    elif isinstance(document, list):
        for item in document:
            found += ci_commands(item)
    return found


def _commit_twice(root: Path) -> None:
    """Make ``root`` a git repository of two commits (the second changes nothing the diff
    reads), with no user or system configuration."""
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    who = ["-c", "user.name=Test", "-c", "user.email=test@example.org"]
    for args in (["init", "-q"], ["add", "-A"], [*who, "commit", "-qm", "a"]):
        subprocess.run(["git", *args], cwd=root, env=env, check=True)
    subprocess.run(
        ["git", *who, "commit", "-q", "--allow-empty", "-m", "b"], cwd=root, env=env, check=True
    )


@pytest.mark.parametrize("name", ["github-actions.yml", "gitlab-ci.yml"])
def test_ci_examples_run_commands_that_exist(name: str, minimal_repo: Path) -> None:
    document = YAML(typ="safe").load((PROJECT / "docs" / "ci" / name).read_text("utf-8"))
    commands = ci_commands(document)
    assert commands[0].startswith("ambition validate --format ")
    assert any(c.startswith("ambition report --output build/report") for c in commands)
    for command in commands:
        words = shlex.split(command.split(">")[0].split("||")[0])[1:]
        if words[0] == "diff":  # against the revision before: a history of one commit more
            _commit_twice(minimal_repo)
            words = [w if "$" not in w else "HEAD~1" for w in words]
        args = [*words, "--root", str(minimal_repo)]
        if words[0] == "report":
            args = [*words[:1], "--root", str(minimal_repo), "--output", str(minimal_repo / "b")]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (command, result.output)


def test_pre_commit_hook_runs_validate_on_the_whole_repository() -> None:
    [hook] = YAML(typ="safe").load((PROJECT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["id"] == "ambition-validate"
    assert hook["entry"] == "ambition validate"
    assert hook["pass_filenames"] is False
    assert hook["language"] == "python"


@pytest.mark.parametrize("output_format", ["text", "github", "gitlab", "json"])
def test_paths_are_from_the_root_in_every_format_wherever_it_runs(
    output_format: str, minimal_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from a folder beside the repository, outside CI: every format names the file as
    text does, from --root."""
    for variable in ("GITHUB_WORKSPACE", "CI_PROJECT_DIR", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(variable, raising=False)
    break_value(minimal_repo)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = runner.invoke(
        app, ["validate", "--root", str(minimal_repo), "--format", output_format]
    )
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    expected = {
        "text": f"{INDICATOR}:22:9: number-format: ",
        "github": f"::error file={INDICATOR},line=22,col=9,",
    }
    if output_format in expected:
        assert first.startswith(expected[output_format])
    else:
        [record] = json.loads(result.stdout)
        path = record["location"]["path"] if output_format == "gitlab" else record["path"]
        assert path == INDICATOR
