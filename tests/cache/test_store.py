"""The cache: the same diagnostics cold, warm and with a corrupted cache; never stale.

Every case of the corpus of broken files, the minimal fixture and the real data are validated
without a cache, with an empty cache (which fills it), from the stored verdict, from the
per-file results alone, and after the cache file is damaged in several ways; the diagnostics
must be identical every time.
"""

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ambition import layout
from ambition.cache.store import CACHE_DIR, Cache, Verdict
from ambition.cli import app
from ambition.loading import files
from ambition.loading.repository import LoadResult
from ambition.validation import validate as validate_module
from ambition.validation.cached import load, verdict
from ambition.validation.validate import Validation, validate
from tests.conftest import MINIMAL, PROJECT, copy_repository
from tests.validation.test_corpus import CASES, case_sensitive, lay_over


def verdict_of(result: Validation) -> Verdict:
    """The verdict a full validation gives."""
    return Verdict(result.diagnostics, result.files)


def database(repo: Path) -> Path:
    """The cache's one database file."""
    (found,) = (repo / CACHE_DIR).glob("*.sqlite3")
    return found


def same_repository(a: LoadResult | Validation, b: LoadResult | Validation) -> None:
    """The same diagnostics and the same models, source texts included."""
    assert a.diagnostics == b.diagnostics
    if a.repository is None or b.repository is None:
        assert a.repository is b.repository is None
        return
    for name in ("project", "method", "goals", "programme"):
        assert getattr(a.repository, name) == getattr(b.repository, name), name
    for name in (
        "organisations",
        "indicators",
        "indicator_assessments",
        "goal_assessments",
        "steering_documents",
        "actions",
    ):
        assert dict(getattr(a.repository, name)) == dict(getattr(b.repository, name)), name
        assert repr(dict(getattr(a.repository, name))) == repr(dict(getattr(b.repository, name)))
    assert {k: s.text for k, s in a.repository.sources.items()} == {
        k: s.text for k, s in b.repository.sources.items()
    }


def garbage(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 16)


def truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


def damaged_rows(path: Path) -> None:
    """Rows that still read as SQLite but whose payloads were changed on disk."""
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE files SET model = replace(model, '1', '2'), diagnostics = '[]'")
        db.execute("UPDATE verdicts SET payload = replace(payload, '1', '2')")


def emptied(path: Path) -> None:
    path.write_bytes(b"")


def a_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


CORRUPTIONS: list[Callable[[Path], None]] = [garbage, truncated, damaged_rows, emptied, a_folder]


@pytest.fixture(params=["minimal", "real", *(case.name for case in CASES)])
def repo(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The minimal fixture, the real data, or a case of the corpus laid over the fixture."""
    if request.param == "real":
        return copy_repository(PROJECT, tmp_path / "repo")
    folder = copy_repository(MINIMAL, tmp_path / "repo")
    if request.param != "minimal":
        case = next(c for c in CASES if c.name == request.param)
        if (case / "renames.txt").is_file() and not case_sensitive(tmp_path):
            pytest.skip("this file system cannot hold names that differ only in letter case")
        lay_over(case, folder)
    return folder


def test_diagnostics_are_identical_cold_warm_and_corrupted(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = validate(repo)
    expected = verdict_of(plain)
    assert verdict(repo, use_cache=False) == expected
    assert not (repo / CACHE_DIR).exists()

    assert verdict(repo) == expected  # cold: validates, fills the cache
    same_repository(load(repo), plain)  # per-file results, restored
    assert verdict(repo) == expected  # warm: the stored verdict
    for corrupt in CORRUPTIONS:
        corrupt(database(repo))
        assert verdict(repo) == expected, corrupt.__name__  # ignored, rebuilt
        same_repository(load(repo), plain)
        assert verdict(repo) == expected, corrupt.__name__


def test_a_warm_run_neither_validates_nor_parses(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = validate(minimal_repo)
    expected = verdict(minimal_repo)  # stores the verdict and every file's result

    def fail(*args: Any) -> None:
        raise AssertionError("not expected on a warm run")

    monkeypatch.setattr(validate_module, "validate", fail)
    assert verdict(minimal_repo) == expected
    monkeypatch.undo()
    monkeypatch.setattr(files, "load_file", fail)
    same_repository(load(minimal_repo), plain)


EDITS: list[tuple[str, Callable[[Path], None]]] = [
    ("a value", lambda r: replace(r / "data/indicators/ekologisk-mat.yaml", "2021", "2031")),
    ("a syntax error", lambda r: append(r / "data/goals/miljo.yaml", "x")),
    ("a file removed", lambda r: (r / "data/indicators/utslapp.yaml").unlink()),
    ("a stray file", lambda r: (r / "data/indicators/notes.txt").write_text("x")),
    ("an empty folder", lambda r: (r / "data/assessments/unknown").mkdir(parents=True)),
    ("the project", lambda r: replace(r / "ambition.yaml", "annual", "interim")),
]


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text)


@pytest.mark.parametrize("edit", [e for _, e in EDITS], ids=[name for name, _ in EDITS])
def test_never_stale(minimal_repo: Path, edit: Callable[[Path], None]) -> None:
    verdict(minimal_repo)
    load(minimal_repo)
    edit(minimal_repo)
    assert verdict(minimal_repo) == verdict_of(validate(minimal_repo))
    same_repository(load(minimal_repo), validate(minimal_repo))
    assert verdict(minimal_repo) == verdict_of(validate(minimal_repo))


def test_other_code_uses_another_cache(minimal_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    verdict(minimal_repo)
    before = database(minimal_repo)
    monkeypatch.setattr("ambition.cache.store.fingerprint", lambda: b"other code")
    assert verdict(minimal_repo) == verdict_of(validate(minimal_repo))
    assert database(minimal_repo) != before  # and the old one is gone


def test_a_file_changed_while_validating_keeps_no_verdict(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    indicator = minimal_repo / "data/indicators/ekologisk-mat.yaml"
    original_get = Cache.get

    def get_then_edit(self: Cache, kind: str, relpath: str, digest: bytes) -> Any:
        found = original_get(self, kind, relpath, digest)
        if relpath == "data/indicators/ekologisk-mat.yaml":
            replace(indicator, "2021", "2031")  # after the loader read it
        return found

    monkeypatch.setattr(Cache, "get", get_then_edit)
    verdict(minimal_repo)
    monkeypatch.undo()
    assert verdict(minimal_repo) == verdict_of(validate(minimal_repo))


def test_validation_reads_nothing_outside_the_inputs(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The verdict's key covers every path validation touches: ambition.yaml, data/ and the
    CODEOWNERS files."""
    touched: list[Path] = []

    def recording(name: str, owner: Any) -> None:
        original = getattr(owner, name)

        def record(self: Any, *args: Any, **kwargs: Any) -> Any:
            touched.append(Path(self))
            return original(self, *args, **kwargs)

        monkeypatch.setattr(owner, name, record)

    for name in ("read_bytes", "read_text", "open", "stat", "iterdir", "is_file", "is_dir"):
        recording(name, Path)
    original_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        touched.append(Path(path))
        return original_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    validate(repo)
    monkeypatch.undo()
    root = repo.resolve()
    inside = [p for p in touched if p.resolve().is_relative_to(root)]
    assert inside
    for path in inside:
        relative = path.resolve().relative_to(root)
        allowed = relative.parts[:1] in {("ambition.yaml",), ("data",)}
        assert allowed or relative.as_posix() in layout.CODEOWNERS_FILES, relative


def test_the_folder_is_never_committed(minimal_repo: Path) -> None:
    verdict(minimal_repo)
    folder = minimal_repo / CACHE_DIR
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (
        (folder / "CACHEDIR.TAG")
        .read_text()
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )


def test_the_command_uses_the_cache_except_with_no_cache_and_in_ci(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    runner = CliRunner()
    result = runner.invoke(app, ["validate", "--no-cache", "--root", str(minimal_repo)])
    assert result.exit_code == 0, result.output
    assert not (minimal_repo / CACHE_DIR).exists()
    result = runner.invoke(app, ["validate", "--root", str(minimal_repo)], env={"CI": "true"})
    assert result.exit_code == 0, result.output
    assert not (minimal_repo / CACHE_DIR).exists()
    cold = runner.invoke(app, ["validate", "--root", str(minimal_repo)])
    assert (minimal_repo / CACHE_DIR).is_dir()
    warm = runner.invoke(app, ["validate", "--root", str(minimal_repo)])
    assert (cold.exit_code, cold.output) == (warm.exit_code, warm.output)
    report = runner.invoke(app, ["assess", "--root", str(minimal_repo)])
    assert report.exit_code == 0, report.output


def test_an_unwritable_cache_changes_nothing(minimal_repo: Path) -> None:
    (minimal_repo / CACHE_DIR).write_text("a file where the folder should be")
    expected = verdict_of(validate(minimal_repo))
    assert verdict(minimal_repo) == expected
    assert verdict(minimal_repo) == expected
