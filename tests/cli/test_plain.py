"""ambition.cli.plain: every command's help names its options plainly, every missing
parameter is named at once; and the command-line manners around it: a closed pipe ends
quietly, JSON on standard output stays JSON when the data has problems."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from ambition.cli import app
from ambition.cli.common import EXIT_CLOSED_PIPE, EXIT_PROBLEMS, EXIT_USAGE
from tests.conftest import PROJECT
from tests.validation.test_corpus import CORPUS, lay_over

runner = CliRunner()


def every_command() -> list[list[str]]:
    """The path of every command and group of the app, e.g. ['new', 'indicator']."""
    found: list[list[str]] = [[]]

    def walk(command: object, path: list[str]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            found.append([*path, name])
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return found


def test_every_help_names_options_plainly() -> None:
    commands = every_command()
    assert ["new", "indicator"] in commands and ["import", "csv"] in commands
    assert len(commands) >= 15  # the app, 10 commands, 2 groups and their 6 commands
    for path in commands:
        result = runner.invoke(app, [*path, "--help"], terminal_width=200)
        assert result.exit_code == 0, path
        # No type in angle brackets (<bool>, <str>, <path>) and no argument in braces.
        assert not re.search(r"<(bool|str|int|path|file|float)>", result.stdout), path
        assert not re.search(r"\{[a-z_]+\}", result.stdout), path


def test_help_shows_a_flag_alone_a_value_by_name_and_choices() -> None:
    text = runner.invoke(app, ["report", "--help"], terminal_width=200).stdout
    assert re.search(r"--root +PATH +Repository folder", text)
    assert re.search(r"--period +-p +PERIOD +Period id", text)
    assert re.search(r"--format +-f +md\|html\|pdf\|docx +Report format", text)
    assert re.search(r"--split +Write an index page", text)
    usage = runner.invoke(app, ["diff", "--help"], terminal_width=200).stdout
    assert "Usage: ambition diff [OPTIONS] REV_A [REV_B]" in usage
    usage = runner.invoke(app, ["new", "indicator", "--help"], terminal_width=200).stdout
    assert "Usage: ambition new indicator [OPTIONS] INDICATOR_ID" in usage


def test_every_missing_parameter_is_named_at_once(minimal_repo: Path) -> None:
    root = ["--root", str(minimal_repo)]
    result = runner.invoke(app, ["new", "indicator", "x", *root], terminal_width=200)
    assert result.exit_code == EXIT_USAGE
    assert "Ange alternativen '--area', '--responsible'." in result.output
    result = runner.invoke(app, ["new", "goal", *root], terminal_width=200)
    assert "Ange argumentet 'GOAL_ID' och alternativen '--number', '--title'." in result.output
    result = runner.invoke(app, ["new", "goal", *root, "--lang=en"], terminal_width=200)
    assert "Missing argument 'GOAL_ID' and options '--number', '--title'." in result.output
    # One missing: the singular.
    result = runner.invoke(app, ["new", "indicator", "x", "--area", "a", *root])
    assert "Ange alternativet '--responsible'." in result.output
    result = runner.invoke(app, ["new", "indicator", "x", "--lang", "en", "--area", "a", *root])
    assert "Missing option '--responsible'." in result.output


@pytest.mark.parametrize(
    ("args", "swedish", "english"),
    [
        (
            ["report", "--format", "pdff"],
            "'pdff' är inget giltigt värde för --format; skriv ett av md|html|pdf|docx",
            "'pdff' is not a valid value for --format; write one of md|html|pdf|docx",
        ),
        (
            ["validate", "--formt", "json"],
            "alternativet --formt finns inte; menade du --format eller --root?",
            "there is no option --formt; did you mean --format or --root?",
        ),
        (
            ["assess", "--period"],
            "alternativet --period behöver ett värde efter sig",
            "the option --period needs a value after it",
        ),
    ],
)
def test_usage_errors_speak_the_repository_language(
    args: list[str], swedish: str, english: str, minimal_repo: Path
) -> None:
    # The minimal repository's language is Swedish (ambition.yaml); --lang en asks for English.
    # The option without its value comes last, so --root and --lang go first.
    for lang, expected in (("sv", swedish), ("en", english)):
        line = [args[0], "--root", str(minimal_repo), "--lang", lang, *args[1:]]
        result = runner.invoke(app, line, terminal_width=200)
        assert result.exit_code == EXIT_USAGE
        assert expected in result.output


def test_an_unknown_area_and_organisation_list_the_ids_there_are(minimal_repo: Path) -> None:
    """tests/fixtures/minimal has the areas klimat and mat, and the organisations ks, bun."""
    root = ["--root", str(minimal_repo)]
    result = runner.invoke(
        app,
        ["new", "indicator", "x", "--area", "klim", "--responsible", "kommunstyrelsen", *root],
    )
    assert result.exit_code == EXIT_USAGE
    assert result.stderr == (
        "fel: det finns inget mätområde 'klim' (menade du 'klimat'?); mätområdena är: klimat, "
        "mat; det finns ingen organisation 'kommunstyrelsen'; organisationerna är: ks, bun\n"
    )
    result = runner.invoke(
        app,
        [
            *["new", "indicator", "x", "--area", "klim", "--responsible", "kommunstyrelsen"],
            *[*root, "--lang", "en"],
        ],
    )
    assert result.stderr == (
        "error: there is no measurement area 'klim' (did you mean 'klimat'?); the measurement "
        "areas are: klimat, mat; there is no organisation 'kommunstyrelsen'; the organisations "
        "are: ks, bun\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["assess", "--json"],
        ["status", "--format", "json", "--today", "2023-01-15"],
    ],
)
def test_json_is_pure_json_when_the_data_has_problems(
    command: list[str], minimal_repo: Path
) -> None:
    """A broken copy whose command still runs (an unfinished assessment, tests/corpus/
    justification-missing, and a stale value, tests/corpus/warning-stale-value): standard
    output parses as JSON, the diagnostics are on standard error."""
    lay_over(CORPUS / "justification-missing", minimal_repo)
    lay_over(CORPUS / "warning-stale-value", minimal_repo)
    result = runner.invoke(app, [*command, "--root", str(minimal_repo)])
    assert result.exit_code in (0, 1)
    document = json.loads(result.stdout)
    period = document["period"]
    assert (period["id"] if isinstance(period, dict) else period) == "ar-2022"
    diagnostic = "data/assessments/ar-2022/indicators/ekologisk-mat.yaml:1:9: justification-missing"
    assert diagnostic in result.stderr
    assert diagnostic not in result.stdout


@pytest.mark.parametrize(
    "command", [["assess", "--json"], ["status", "--format", "json"], ["export", "json"]]
)
def test_refused_json_leaves_standard_output_empty(command: list[str], minimal_repo: Path) -> None:
    """Data that stops the command (a misspelt key): nothing but the diagnostics, on stderr."""
    lay_over(CORPUS / "unknown-key-misspelt", minimal_repo)
    result = runner.invoke(
        app, [*command, "--root", str(minimal_repo), *(["-o", "-"] * (command[0] == "export"))]
    )
    assert result.exit_code == EXIT_PROBLEMS
    assert result.stdout == ""
    assert "unknown-key" in result.stderr


@pytest.mark.parametrize(
    "command", [["assess"], ["assess", "--json"], ["status", "--today", "2022-12-31"], ["--help"]]
)
def test_a_closed_pipe_ends_quietly(command: list[str], real_repo: Path) -> None:
    """`ambition assess | head -1` with a real pipe: the reader takes one line and closes it.
    The output may still fit in the pipe's buffer (exit 0) or not (exit 141); then, the
    reader gone before the first line is written, exactly 141. Never a word on stderr."""
    args = [sys.executable, "-m", "ambition", *command]
    args += [] if command == ["--help"] else ["--root", str(real_repo)]
    writer = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=PROJECT)
    assert writer.stdout is not None and writer.stderr is not None
    first = writer.stdout.readline()
    writer.stdout.close()  # as head does after its line
    errors = writer.stderr.read().decode("utf-8")
    assert writer.wait(timeout=60) in (0, EXIT_CLOSED_PIPE), errors
    assert first  # the help starts with a blank line
    assert errors == ""

    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: the first write fails with EPIPE
    closed = subprocess.run(
        args, stdout=write_end, stderr=subprocess.PIPE, cwd=PROJECT, check=False, timeout=60
    )
    os.close(write_end)
    assert closed.returncode == EXIT_CLOSED_PIPE, closed.stderr
    assert closed.stderr == b""


def test_root_and_lang_before_the_command_mean_the_same(minimal_repo: Path) -> None:
    after = runner.invoke(app, ["validate", "--root", str(minimal_repo), "--lang", "en"])
    before = runner.invoke(app, ["--root", str(minimal_repo), "--lang", "en", "validate"])
    assert after.exit_code == before.exit_code == 0
    assert before.stdout == after.stdout == "No problems found in 8 files.\n"
    # The same folder written two ways in both places is no conflict.
    same = runner.invoke(
        app, ["--root", str(minimal_repo), "validate", "--root", f"{minimal_repo}/"]
    )
    assert same.exit_code == 0


def test_root_or_lang_given_twice_with_different_values_is_a_usage_error(
    minimal_repo: Path, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["--root", str(tmp_path), "validate", "--root", str(minimal_repo)])
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.splitlines()[-1] == (
        f"Fel: --root är angivet både före och efter kommandot, med olika värden ('{tmp_path}' "
        f"och '{minimal_repo}'); ange det en gång"
    )
    line = ["--lang", "sv", "new", "goal", "x", "--number", "5", "--title", "T"]
    line += ["--root", str(minimal_repo), "--lang", "en"]
    result = runner.invoke(app, line)
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.splitlines()[-1] == (
        "Error: --lang is given both before and after the command, with different values "
        "('sv' and 'en'); give it once"
    )


def test_help_is_whole_paragraphs_and_the_command_list_first_sentences() -> None:
    for width in (80, 120):
        listed = runner.invoke(app, ["--help"], terminal_width=width).stdout
        status = next(line for line in listed.splitlines() if line.startswith("│ status"))
        assert status.split("│")[1].split(None, 1)[1].rstrip() == (
            "List, per organisation, what is still missing for the period."
        )
        helped = runner.invoke(app, ["diff", "--help"], terminal_width=width).stdout
        words = " ".join(line.strip() for line in helped.splitlines())
        # The docstring's own line breaks are gone: the paragraph reads on as one.
        assert "(with --exit-code: 1 when the ambition level changed), 1 when" in words
    kolada = runner.invoke(app, ["import", "kolada", "--help"], terminal_width=120).stdout
    assert "Seconds to wait for each answer. At least 0.1." in kolada
    assert "x>=" not in kolada
