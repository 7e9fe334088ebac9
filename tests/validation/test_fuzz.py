"""Random edits of valid files never crash, hang or print a traceback: they give diagnostics.

Bytes are inserted, deleted and replaced in the files of the minimal fixture, with a bias to the
characters that matter to YAML; every run must end in a list of well-formed diagnostics, and
`ambition validate` must exit 0 or 1, never 3 ("this is a bug").
"""

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ambition.cli import app
from ambition.diagnostics.codes import CODES
from ambition.validation.validate import validate
from tests.conftest import MINIMAL, copy_repository

FILES = sorted(
    path.relative_to(MINIMAL).as_posix() for path in MINIMAL.rglob("*.yaml") if path.is_file()
)
SIGNIFICANT = [
    b":",
    b": ",
    b" ",
    b"  ",
    b"\n",
    b"\r\n",
    b"\t",
    b"- ",
    b"'",
    b'"',
    b"#",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b"&a ",
    b"*a",
    b"<<: ",
    b"!",
    b"%YAML 1.1\n",
    b"---\n",
    b"|",
    b">",
    b"\\",
    b"no",
    b"1:30",
    b"010",
    b".nan",
    b".inf",
    b"12,5",
    b"2023-02-30",
    b"\xc3\xa4",
    b"\xe4",
    b"\xff\xfe",
    b"\x00",
    b"\xe2\x80\xa8",
]
FRAGMENT = st.one_of(st.sampled_from(SIGNIFICANT), st.binary(min_size=1, max_size=4))
EDIT = st.tuples(st.sampled_from(["insert", "delete", "replace"]), st.floats(0, 1), FRAGMENT)
TIME_LIMIT = 10  # seconds; a run takes milliseconds, so only a hang reaches it


def edited(original: bytes, edits: list[tuple[str, float, bytes]]) -> bytes:
    """``original`` with each edit applied at a relative position."""
    data = original
    for kind, where, fragment in edits:
        at = int(where * len(data))
        if kind == "insert":
            data = data[:at] + fragment + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + len(fragment) :]
        else:
            data = data[:at] + fragment + data[at + len(fragment) :]
    return data


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail instead of hanging (POSIX only; elsewhere no limit)."""
    if sys.platform == "win32":
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"no result within {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the minimal fixture; each example edits one file and restores it."""
    return copy_repository(MINIMAL, tmp_path_factory.mktemp("fuzz") / "repo")


@settings(
    max_examples=150,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(relpath=st.sampled_from(FILES), edits=st.lists(EDIT, min_size=1, max_size=4))
def test_random_edits_give_only_diagnostics(
    repo: Path, relpath: str, edits: list[tuple[str, float, bytes]]
) -> None:
    path = repo / relpath
    original = (MINIMAL / relpath).read_bytes()
    path.write_bytes(edited(original, edits))
    try:
        with time_limit(TIME_LIMIT):
            result = validate(repo)
            cli = CliRunner().invoke(app, ["validate", "--root", str(repo)])
    finally:
        path.write_bytes(original)
    for item in result.diagnostics:
        assert item.code in CODES
        assert item.severity is CODES[item.code].severity
        assert item.line >= 0 and item.column >= 0
        assert item.message_in("en") and item.hint_in("en")
        assert "\n" not in item.format("en")
    assert result.diagnostics == sorted(result.diagnostics, key=lambda d: d.sort_key())
    assert cli.exit_code in (0, 1), cli.output
    assert "Traceback" not in cli.output
