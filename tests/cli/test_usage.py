"""ambition.cli.usage: a usage error, frame and all, in the language of the command line or
the repository, as plain lines when standard error is not a terminal."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ambition.cli import app
from ambition.cli.common import EXIT_USAGE

runner = CliRunner()


def test_the_whole_frame_speaks_the_repository_language(minimal_repo: Path) -> None:
    result = runner.invoke(app, ["report", "--root", str(minimal_repo), "--formt", "x"])
    assert result.exit_code == EXIT_USAGE
    assert result.stderr == (
        "Användning: ambition report [ALTERNATIV]\n"
        "Skriv 'ambition report --help' för hjälp.\n"
        "Fel: alternativet --formt finns inte; menade du --format, --org eller --root?\n"
    )
    result = runner.invoke(app, ["report", "--root", str(minimal_repo), "--lang=en", "--formt"])
    assert result.stderr == (
        "Usage: ambition report [OPTIONS]\n"
        "Try 'ambition report --help' for help.\n"
        "Error: there is no option --formt; did you mean --format, --org or --root?\n"
    )


@pytest.mark.parametrize(
    ("args", "swedish", "english"),
    [
        (
            ["valdate"],
            "Användning: ambition [ALTERNATIV] KOMMANDO [ARGUMENT]...\n"
            "Skriv 'ambition --help' för hjälp.\n"
            "Fel: kommandot 'valdate' finns inte; menade du 'validate'?\n",
            "Usage: ambition [OPTIONS] COMMAND [ARGS]...\n"
            "Try 'ambition --help' for help.\n"
            "Error: there is no command 'valdate'; did you mean 'validate'?\n",
        ),
        (
            ["validate", "extra", "more"],
            "Användning: ambition validate [ALTERNATIV]\n"
            "Skriv 'ambition validate --help' för hjälp.\n"
            "Fel: argumenten 'extra', 'more' hör inte till kommandot\n",
            "Usage: ambition validate [OPTIONS]\n"
            "Try 'ambition validate --help' for help.\n"
            "Error: the arguments 'extra', 'more' do not belong to the command\n",
        ),
        (
            ["validate", "--strict=yes"],
            "Användning: ambition validate [ALTERNATIV]\n"
            "Skriv 'ambition validate --help' för hjälp.\n"
            "Fel: alternativet --strict tar inget värde; skriv bara --strict\n",
            "Usage: ambition validate [OPTIONS]\n"
            "Try 'ambition validate --help' for help.\n"
            "Error: the option --strict takes no value; write --strict alone\n",
        ),
        (
            ["new", "goal", "x", "--number", "tre", "--title", "t"],
            "Användning: ambition new goal [ALTERNATIV] GOAL_ID\n"
            "Skriv 'ambition new goal --help' för hjälp.\n"
            "Fel: 'tre' är inget heltal; --number behöver ett heltal, t.ex. 3\n",
            "Usage: ambition new goal [OPTIONS] GOAL_ID\n"
            "Try 'ambition new goal --help' for help.\n"
            "Error: 'tre' is not a whole number; --number needs one, e.g. 3\n",
        ),
        (
            ["import", "kolada", "--timeout", "0"],
            "Användning: ambition import kolada [ALTERNATIV]\n"
            "Skriv 'ambition import kolada --help' för hjälp.\n"
            "Fel: '0' är för litet för --timeout; skriv minst 0.1\n",
            "Usage: ambition import kolada [OPTIONS]\n"
            "Try 'ambition import kolada --help' for help.\n"
            "Error: '0' is too small for --timeout; write at least 0.1\n",
        ),
    ],
)
def test_click_s_own_errors_in_both_languages(
    args: list[str], swedish: str, english: str, minimal_repo: Path
) -> None:
    for lang, expected in (("sv", swedish), ("en", english)):
        line = ["--root", str(minimal_repo), "--lang", lang, *args]  # before the command
        result = runner.invoke(app, line)
        assert (result.exit_code, result.stderr) == (EXIT_USAGE, expected), line


def test_a_command_unknown_without_a_near_name_lists_them_all(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--root", str(tmp_path), "xyzzy"])  # no repository: Swedish
    assert result.stderr.splitlines()[-1] == (
        "Fel: kommandot 'xyzzy' finns inte; kommandona är: validate, schema, assess, report, "
        "status, export, codeowners, diff, new, import"
    )
    result = runner.invoke(app, ["--debug"])
    assert result.stderr.splitlines()[-1] == "Fel: Ange ett kommando."


def test_a_group_without_arguments_prints_its_help_alone() -> None:
    result = runner.invoke(app, ["new"])
    assert result.exit_code == EXIT_USAGE
    assert "Usage: ambition new [OPTIONS] COMMAND [ARGS]..." in result.stdout
    assert result.stderr == ""


def test_standard_error_a_pipe_gets_plain_lines_without_a_box(minimal_repo: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "PY_COLORS")}
    done = subprocess.run(
        [sys.executable, "-m", "ambition", "assess", "--root", str(minimal_repo), "--period"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "COLUMNS": "40"},
        check=False,
    )
    assert done.returncode == EXIT_USAGE
    assert done.stderr == (
        "Användning: python -m ambition assess [ALTERNATIV]\n"
        "Skriv 'python -m ambition assess --help' för hjälp.\n"
        "Fel: alternativet --period behöver ett värde efter sig\n"
    )  # one unwrapped line each, even on 40 columns (click names the program as it ran)
