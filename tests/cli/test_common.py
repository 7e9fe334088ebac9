"""ambition.cli.common: the error boundary and its exit codes, the cache switch, and the loading
that stops a command when the data has errors."""

import errno
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from ambition.cli import app
from ambition.cli.common import (
    EXIT_BUG,
    EXIT_INTERRUPTED,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    boundary,
    load_checked,
    state,
    use_cache,
)
from ambition.errors import AmbitionError
from ambition.messages.text import text

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def guarded(body: Callable[[], None]) -> typer.Typer:
    """An app of one command that runs ``body`` behind the boundary."""
    single = typer.Typer()

    @single.command()
    @boundary
    def command() -> None:
        body()

    return single


def fail(error: BaseException) -> Callable[[], None]:
    def body() -> None:
        raise error

    return body


def test_an_ambition_error_is_a_usage_error_in_the_language_of_the_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unknown = AmbitionError(text("error.unknown-period", period="x", known="ar-2022"))
    monkeypatch.chdir(tmp_path)  # no ambition.yaml here or above: Swedish, the first language
    result = runner.invoke(guarded(fail(unknown)))
    assert (result.exit_code, result.stdout, result.stderr) == (
        EXIT_USAGE,
        "",
        "fel: perioden 'x' finns inte; perioderna i ambition.yaml är: ar-2022\n",
    )
    (tmp_path / "ambition.yaml").write_text("language: en\n", encoding="utf-8")
    result = runner.invoke(guarded(fail(unknown)))
    assert result.stderr == "error: unknown period 'x'; configured periods: ar-2022\n"


def test_an_os_error_says_what_could_not_be_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = OSError(errno.ENOSPC, "No space left on device", "/srv/report")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(guarded(fail(error)))
    assert (result.exit_code, result.stderr) == (
        EXIT_USAGE,
        "fel: kan inte använda /srv/report: det finns inget utrymme kvar på disken\n",
    )


def test_an_unexpected_error_is_a_bug_with_the_traceback_only_with_debug(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    command = guarded(fail(RuntimeError("boom")))
    result = runner.invoke(command)
    assert result.exit_code == EXIT_BUG
    assert result.stderr == (
        "internal error: RuntimeError: boom\nThis is a bug in ambition. Run again with --debug "
        "to see the traceback, and report it with that output.\n"
    )
    monkeypatch.setitem(state, "debug", True)
    result = runner.invoke(command)
    assert result.exit_code == EXIT_BUG
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert "RuntimeError: boom" in result.stderr.splitlines()[-4]


def test_interrupted_and_explicit_exits() -> None:
    assert runner.invoke(guarded(fail(KeyboardInterrupt()))).exit_code == EXIT_INTERRUPTED == 130
    assert runner.invoke(guarded(fail(typer.Exit(EXIT_PROBLEMS)))).exit_code == EXIT_PROBLEMS


def test_the_debug_option_sets_the_state(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(state, "debug", False)
    assert run("--debug", "validate", "--root", str(tmp_path))[0] == EXIT_USAGE
    assert state["debug"] is True


@pytest.mark.parametrize(
    ("ci", "no_cache", "expected"),
    [(None, False, True), (None, True, False), ("true", False, False), ("0", False, True)],
)
def test_the_cache_is_used_unless_asked_not_to_or_in_ci(
    monkeypatch: pytest.MonkeyPatch, ci: str | None, no_cache: bool, expected: bool
) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    assert use_cache(no_cache) is expected


def break_a_value(root: Path) -> None:
    path = root / "data/indicators/ekologisk-mat.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("2021: 34.5", "2021: 34,5"), encoding="utf-8"
    )


def test_load_checked_exits_1_on_errors_unless_lenient(
    minimal_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert load_checked(minimal_repo).repository is not None
    break_a_value(minimal_repo)
    with pytest.raises(typer.Exit) as stopped:
        load_checked(minimal_repo)
    assert stopped.value.exit_code == EXIT_PROBLEMS
    printed = capsys.readouterr()  # on standard error: standard output may be JSON or a report
    assert "number-format" in printed.err and printed.out == ""
    assert load_checked(minimal_repo, lenient=True).repository is not None


def test_broken_copy_gives_exit_1_with_file_and_line(minimal_repo: Path) -> None:
    break_a_value(minimal_repo)
    for command in ("validate", "assess", "report"):
        code, text = run(command, "--root", str(minimal_repo))
        assert code == 1, command
        assert text.splitlines()[0] == (
            "data/indicators/ekologisk-mat.yaml:22:9: number-format: values.2021: '34,5' är inte "
            "ett tal: det innehåller ett decimalkomma — skriv 34.5"
        )


def test_no_repository_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", "--root", str(tmp_path)])
    assert result.exit_code == 2
    assert f"fel: ingen ambition.yaml finns i {tmp_path.resolve()} eller någon mapp ovanför" in (
        result.output
    )
    result = runner.invoke(app, ["validate", "--root", str(tmp_path), "--lang", "en"])
    assert f"error: no ambition.yaml found in {tmp_path.resolve()} or any folder above it" in (
        result.output
    )


@pytest.mark.parametrize(
    "command",
    [
        ["assess"],
        ["assess", "--json"],
        ["assess", "--check"],
        ["status", "--today", "2023-01-10"],
        ["report", "--format", "md"],
    ],
    ids=" ".join,
)
def test_the_method_runs_once_per_period_per_command(
    real_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """Validation applies the method to every period; the command reads those results and
    never applies it again (issue 12)."""
    from ambition.method.engine import assess_period
    from ambition.report import render
    from ambition.round import status, write
    from ambition.validation import periods

    calls: list[str] = []

    def counting(repository: Any, period: Any) -> Any:
        calls.append(period.id)
        return assess_period(repository, period)

    for module in (periods, render, status, write):
        monkeypatch.setattr(module, "assess_period", counting)
    monkeypatch.setenv("CI", "true")  # no cache: every file is read, the method applied
    extra = ["--output", str(tmp_path / "out")] if command[0] == "report" else []
    code, output = run(*command, *extra, "--root", str(real_repo))
    assert code in (0, 1), output  # status exits 1 when something is overdue
    # each period of the real data (the year's three rounds), once
    assert calls == ["tertial-2022", "delar-2022", "helar-2022"]


UNFINISHED_CASES = {
    "justification-missing": "Bedömningen är inte klar: motivering saknas",
    "analysis-missing": "Bedömningen är inte klar: analys saknas",
}
# The final status in the Markdown table, with its note in parentheses (lower-case first).
UNFINISHED_ROWS = {
    "justification-missing": "| ● Uppfyllt (metoden föreslår: Delvis uppfyllt. Bedömningen är "
    "inte klar: motivering saknas) | Ekologiska livsmedel |",
    "analysis-missing": "| ◐ Delvis uppfyllt (bedömningen är inte klar: analys saknas) "
    "| Ekologiska livsmedel |",
}


@pytest.mark.parametrize("case", sorted(UNFINISHED_CASES))
def test_report_assess_and_status_go_on_with_only_unfinished_assessments(
    case: str, minimal_repo: Path, tmp_path: Path
) -> None:
    """The corpus cases tests/corpus/justification-missing and analysis-missing: validation
    fails, the report and assess show the proposal with the item marked, each command lists
    the unfinished items on standard error and exits 0."""
    from tests.validation.test_corpus import CORPUS, expected_lines, lay_over

    lay_over(CORPUS / case, minimal_repo)
    root = str(minimal_repo)
    assert run("validate", "--root", root)[0] == EXIT_PROBLEMS
    (diagnostic,) = expected_lines(CORPUS / case)[1]
    mark = UNFINISHED_CASES[case]

    result = runner.invoke(app, ["report", "--root", root, "-o", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(diagnostic + "\n")
    assert "obs: de enda felen är bedömningar som inte är klara" in result.stderr
    markdown = (tmp_path / "r" / "ar-2022.md").read_text(encoding="utf-8")
    assert UNFINISHED_ROWS[case] in markdown
    assert mark in (tmp_path / "r" / "ar-2022.html").read_text(encoding="utf-8")

    result = runner.invoke(app, ["assess", "--root", root])
    assert result.exit_code == 0
    assert f"— {mark}" in result.stdout
    assert diagnostic not in result.stdout and diagnostic in result.stderr
    result = runner.invoke(app, ["assess", "--root", root, "--json"])
    document = json.loads(result.stdout)
    unfinished = {
        i["id"]: i["unfinished"]
        for g in document["goals"]
        for a in g["areas"]
        for i in a["indicators"]
    }
    assert unfinished == {"ekologisk-mat": [case], "utslapp": []}
    assert runner.invoke(app, ["status", "--root", root]).exit_code in (0, 1)
    # Writing the proposals into files that validation rejects stays refused.
    result = runner.invoke(app, ["assess", "--root", root, "--write"])
    assert result.exit_code == EXIT_PROBLEMS
    assert diagnostic in result.stderr


def test_any_other_error_stops_report_and_assess(minimal_repo: Path, tmp_path: Path) -> None:
    """An unfinished assessment beside a real error (a key misspelt: tests/corpus/
    unknown-key-misspelt) stops both commands: nothing trustworthy to show."""
    from tests.validation.test_corpus import CORPUS, lay_over

    lay_over(CORPUS / "justification-missing", minimal_repo)
    lay_over(CORPUS / "unknown-key-misspelt", minimal_repo)
    root = str(minimal_repo)
    result = runner.invoke(app, ["report", "--root", root, "-o", str(tmp_path / "r")])
    assert result.exit_code == EXIT_PROBLEMS
    assert "unknown-key" in result.stderr and "justification-missing" in result.stderr
    assert "note:" not in result.stderr
    assert not (tmp_path / "r").exists()
    assert runner.invoke(app, ["assess", "--root", root]).exit_code == EXIT_PROBLEMS


def test_messages_speak_the_repository_language_unless_told(minimal_repo: Path) -> None:
    """Issue 14.1: `language: en` in ambition.yaml makes every command's diagnostics English,
    --lang chooses; the default of the shipped and test repositories (sv) is Swedish."""
    break_a_value(minimal_repo)
    project = minimal_repo / "ambition.yaml"
    project.write_text(
        project.read_text(encoding="utf-8").replace("language: sv", "language: en"), "utf-8"
    )
    english = (
        "data/indicators/ekologisk-mat.yaml:22:9: number-format: values.2021: '34,5' is not a "
        "number: it has a decimal comma — write 34.5"
    )
    swedish = (
        "data/indicators/ekologisk-mat.yaml:22:9: number-format: values.2021: '34,5' är inte "
        "ett tal: det innehåller ett decimalkomma — skriv 34.5"
    )
    for command in ("validate", "assess", "status", "codeowners"):
        code, text = run(command, "--root", str(minimal_repo))
        assert (code, text.splitlines()[0]) == (1, english), command
        code, text = run(command, "--root", str(minimal_repo), "--lang", "sv")
        assert (code, text.splitlines()[0]) == (1, swedish), command
