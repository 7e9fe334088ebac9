"""The corpus of broken files: each case gives exactly its expected lines from `ambition validate`.

A case is a folder under tests/corpus/ whose files are laid over a copy of tests/fixtures/minimal
(same relative paths), after deleting the paths listed in its ``remove.txt`` if it has one; its
``expected.txt`` holds a ``#`` line saying what the case is, then the
exact lines `ambition validate` prints, without the summary line, in the repository's language
(Swedish); ``expected-en.txt`` holds the same lines as `ambition validate --lang en` prints them.
To write the expected lines of new cases, run the tests with AMBITION_UPDATE_CORPUS=1 and read
every line, in both languages, before committing.
"""

import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ambition.cli import app
from ambition.diagnostics import Diagnostic, has_errors
from ambition.diagnostics.codes import CODES
from ambition.validation.validate import validate
from tests.conftest import MINIMAL, copy_repository

CORPUS = Path(__file__).parents[1] / "corpus"
CASES = sorted(path for path in CORPUS.iterdir() if path.is_dir())
NOT_OVERLAID = {"expected.txt", "expected-en.txt", "remove.txt", "renames.txt"}


def lay_over(case: Path, repo: Path) -> None:
    """Copy the files of ``case`` over the repository at ``repo``; delete those in remove.txt;
    rename those in renames.txt.

    Names that Windows or macOS cannot hold (``con.yaml``, ``Ny.yaml`` beside ``ny.yaml``, a
    name in NFC beside the same in NFD) are made by renames.txt, so every checkout of this
    repository works; ``\\uXXXX`` in a new name stands for that character.
    """
    for file in sorted(case.rglob("*")):
        if file.is_file() and file.relative_to(case).as_posix() not in NOT_OVERLAID:
            target = repo / file.relative_to(case)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file, target)
    removed = case / "remove.txt"
    if removed.is_file():
        for relpath in removed.read_text(encoding="utf-8").split():
            (repo / relpath).unlink()
    renames = case / "renames.txt"
    if renames.is_file():
        for line in renames.read_text(encoding="utf-8").splitlines():
            old, new = (part.strip() for part in line.split("->"))
            new = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), new)
            (repo / old).rename(repo / new)


def expected_lines(case: Path, name: str = "expected.txt") -> tuple[list[str], list[str]]:
    """The description (``#`` lines) and the expected output lines of a case, in Swedish
    (``expected.txt``) or English (``expected-en.txt``)."""
    path = case / name
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return [line for line in lines if line.startswith("#")], [
        line for line in lines if line and not line.startswith("#")
    ]


def test_the_corpus_has_at_least_forty_broken_cases() -> None:
    broken = [case for case in CASES if expected_lines(case)[1]]
    assert len(broken) >= 40


def case_sensitive(folder: Path) -> bool:
    """True when file names that differ only in letter case are different files in ``folder``."""
    probe = folder / "case-probe"
    probe.write_text("", encoding="utf-8")
    try:
        return not (folder / "CASE-PROBE").exists()
    finally:
        probe.unlink()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_case_gives_exactly_its_expected_lines(case: Path, tmp_path: Path) -> None:
    if (case / "renames.txt").is_file() and not case_sensitive(tmp_path):
        pytest.skip("this file system cannot hold names that differ only in letter case")
    repo = copy_repository(MINIMAL, tmp_path / "repo")
    lay_over(case, repo)
    result = validate(repo)
    found: list[Diagnostic] = result.diagnostics
    description, expected = expected_lines(case)
    actual = [d.format("sv") for d in found]
    _, expected_en = expected_lines(case, "expected-en.txt")
    actual_en = [d.format("en") for d in found]
    if os.environ.get("AMBITION_UPDATE_CORPUS"):
        (case / "expected.txt").write_text(
            "\n".join([*description, *actual]) + "\n", encoding="utf-8"
        )
        (case / "expected-en.txt").write_text(
            "\n".join([*description, *actual_en]) + "\n", encoding="utf-8"
        )
        expected, expected_en = actual, actual_en
    assert actual == expected
    assert actual_en == expected_en
    for item in found:
        assert item.severity is CODES[item.code].severity, item.code
        assert item.hint, f"{item.code} has no fix"
    # The command prints the same lines, then its summary, and exits 1 on an error.
    cli = CliRunner().invoke(app, ["validate", "--root", str(repo)])
    assert cli.output.splitlines()[:-1] == expected
    failed = result.repository is None or has_errors(found)
    assert cli.exit_code == (1 if failed else 0)
    english = CliRunner().invoke(app, ["validate", "--root", str(repo), "--lang", "en"])
    assert english.output.splitlines()[:-1] == expected_en
    assert english.exit_code == cli.exit_code
