"""ambition.cli.fast: a clean verdict of ``validate`` answered before typer and rich load."""

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from ambition.cli import app
from ambition.cli.fast import clean_verdict, use_cache
from tests.cli.test_common import break_a_value

runner = CliRunner()
PROBE = (
    "import sys; from ambition.cli import main; sys.argv = ['ambition', *sys.argv[1:]]; "
    "main(); print('typer' in sys.modules, 'rich' in sys.modules, file=sys.stderr)"
)


def _main(*args: str) -> subprocess.CompletedProcess[str]:
    """``ambition <args>`` in a process of its own, its standard output a pipe, outside CI
    (where the cache, and so the quick path, is never used)."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=False, env=env
    )


def test_a_clean_verdict_is_the_apps_line_without_typer_or_rich(minimal_repo: Path) -> None:
    app_says = runner.invoke(app, ["validate", "--root", str(minimal_repo)])
    assert app_says.exit_code == 0
    for _ in range(2):  # cold (computed and stored), then warm (read from the cache)
        ran = _main("validate", "--root", str(minimal_repo))
        assert (ran.returncode, ran.stdout) == (0, app_says.stdout)
        assert ran.stderr == "False False\n"  # neither typer nor rich was imported
    english = _main("validate", f"--root={minimal_repo}", "--lang", "en", "--strict")
    assert (
        english.stdout
        == runner.invoke(
            app, ["validate", "--root", str(minimal_repo), "--lang", "en", "--strict"]
        ).stdout
    )


def test_anything_else_goes_to_the_app(minimal_repo: Path) -> None:
    # A diagnostic: the app prints it (the same line it always did) and exits 1.
    break_a_value(minimal_repo)
    ran = _main("validate", "--root", str(minimal_repo))
    assert ran.returncode == 1
    assert ran.stdout.splitlines()[-1] == "1 fel och 0 varningar i 8 filer."
    assert "number-format: values.2021: '34,5' är inte ett tal" in ran.stdout
    assert ran.stderr == ""  # the app exits itself: the probe's line is never reached
    # Options the quick path does not handle, other commands, a missing value: not answered.
    for args in (
        ["validate", "--format", "json"],
        ["validate", "--no-cache"],
        ["validate", "--root"],
        ["validate", "--lang", "fi"],
        ["validate", "--root", "a", "--root", "b"],
        ["assess"],
        [],
    ):
        assert clean_verdict(args) is False, args


def test_without_the_cache_the_app_answers(minimal_repo: Path, monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("CI", "true")  # CI: no cache, so a verdict would be computed twice
    assert clean_verdict(["validate", "--root", str(minimal_repo)]) is False
    assert not (minimal_repo / ".ambition-cache").exists()


def test_the_cache_is_never_used_in_ci(monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("CI", "true")
    assert use_cache() is False
    monkeypatch.setenv("CI", "false")
    assert use_cache() is True
    assert use_cache(no_cache=True) is False


def test_options_before_the_command_the_same_answer_as_the_app(minimal_repo: Path) -> None:
    for args in (
        ["--root", str(minimal_repo), "validate"],
        [f"--root={minimal_repo}", "--lang", "en", "validate", "--strict"],
        ["--debug", "--root", str(minimal_repo), "validate", "-f", "text"],
    ):
        app_says = runner.invoke(app, args)
        ran = _main(*args)
        assert (ran.returncode, ran.stdout) == (app_says.exit_code, app_says.stdout), args
        assert ran.stderr == "False False\n", args  # answered before typer and rich
    # Forms the quick path does not read as click does go to the app: an option on both
    # sides (the app decides if they agree), '-f=text' (click reads the value '=text').
    for args in (
        ["--root", str(minimal_repo), "validate", "--root", str(minimal_repo)],
        ["--lang", "sv", "validate", "--lang", "en", "--root", str(minimal_repo)],
        ["validate", "-f=text", "--root", str(minimal_repo)],
        ["--strict", "validate"],
        ["--root", str(minimal_repo)],
    ):
        assert clean_verdict(args) is False, args
    refused = _main("validate", "-f=text", "--root", str(minimal_repo))
    assert refused.returncode == runner.invoke(app, ["validate", "-f=text"]).exit_code == 2
