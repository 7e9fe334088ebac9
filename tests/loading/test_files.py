"""Many files loaded: through a store, and on a cold run in two processes, with exactly the
results of one process."""

import hashlib
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from ambition.cache.store import CACHE_DIR
from ambition.loading import files
from ambition.loading.discover import discover
from ambition.loading.file import load_file
from ambition.process import workers
from ambition.validation.cached import load, verdict
from ambition.validation.validate import validate
from tests.cache.test_store import repo, same_repository, verdict_of

__all__ = ["repo"]  # the fixture: the minimal fixture, the real data, every case of the corpus


def forks() -> bool:
    """True where a cold run loads in two processes (``ambition.loading.files``)."""
    return sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1


class CountingPool(workers.ProcessPoolExecutor):
    """The standard pool, counting the chunks given to it and those it was left to load."""

    submitted = 0

    def submit(self, *args: Any, **kwargs: Any) -> Any:
        CountingPool.submitted += 1
        return super().submit(*args, **kwargs)


def test_two_processes_give_identical_results(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = validate(repo)
    monkeypatch.setattr(files, "PARALLEL_FROM", 0)  # every repository, however small
    monkeypatch.setattr(files, "CHUNK", 2)  # several chunks, split between the two
    monkeypatch.setattr(workers, "ProcessPoolExecutor", CountingPool)
    CountingPool.submitted = 0
    result = validate(repo)
    if forks() and threading.active_count() == 1:
        assert CountingPool.submitted > 0
    same_repository(result, plain)
    assert not (repo / CACHE_DIR).exists()


def test_two_processes_fill_the_cache(real_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = validate(real_repo)
    monkeypatch.setattr(files, "PARALLEL_FROM", 0)
    monkeypatch.setattr(files, "CHUNK", 8)
    assert verdict(real_repo) == verdict_of(plain)  # cold, in two processes
    monkeypatch.setattr(files, "load_file", None)  # every file from the cache now
    same_repository(load(real_repo), plain)


def test_the_second_processs_work_restores_to_the_same_results(real_repo: Path) -> None:
    """load_stored, run here, gives per file what load_file gives, in the stored form."""
    planned = discover(real_repo, None).files
    rows = files.load_stored(str(real_repo), [(p.relpath, p.kind.name) for p in planned])
    assert [row[0] for row in rows] == [p.relpath for p in planned]
    by_path = {row[0]: row for row in rows}
    for item in planned:
        raw = (real_repo / item.relpath).read_bytes()
        relpath, kind_name, digest, stored = by_path[item.relpath]
        assert kind_name == item.kind.name
        assert digest == hashlib.sha256(raw).digest()
        assert stored == load_file(raw, relpath, item.kind).stored()


REAL_LOAD_STORED = files.load_stored


def unfit(root: str, items: list[tuple[str, str]]) -> list[files.StoredRow]:
    """The worker's results, each spoilt in one of three ways (at module level, so that the
    pool can pickle it by name)."""
    spoilt: list[files.StoredRow] = []
    for index, (relpath, kind, digest, stored) in enumerate(REAL_LOAD_STORED(root, items)):
        if index % 3 == 0:
            spoilt.append((relpath, kind, b"other bytes", stored))
        elif index % 3 == 1:
            spoilt.append((relpath, "goal" if kind != "goal" else "action", digest, stored))
        else:
            spoilt.append((relpath, kind, digest, None))
    return spoilt


def test_a_worker_result_that_does_not_fit_is_loaded_again(
    real_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A result for other bytes (the file changed after the worker read it), for another kind,
    or that could not be stored is never used: the file is loaded here instead."""
    plain = validate(real_repo)

    monkeypatch.setattr(files, "load_stored", unfit)
    monkeypatch.setattr(files, "PARALLEL_FROM", 0)
    monkeypatch.setattr(files, "CHUNK", 4)
    same_repository(validate(real_repo), plain)


def test_an_unreadable_file_is_reported_by_the_first_process(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither process can read it (locked by another program, say): the worker leaves it out,
    and the first process reports it, once."""
    original = os.open

    def locked(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("indicators/utslapp.yaml"):
            raise PermissionError(13, "Permission denied", str(path))
        return original(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", locked)
    monkeypatch.setattr(files, "PARALLEL_FROM", 0)
    monkeypatch.setattr(files, "CHUNK", 1)
    found = [d.format("en") for d in validate(minimal_repo).diagnostics]
    assert (
        "data/indicators/utslapp.yaml: unreadable-file: cannot read the file: permission denied "
        "— check that the file is not locked by another program and that you may read it"
    ) in found


def dying_worker(root: str, items: list[tuple[str, str]]) -> list[files.StoredRow]:
    """A worker that dies at once, as one killed for want of memory would."""
    os._exit(1)


def test_a_worker_that_dies_leaves_its_chunks_to_the_first_process(
    real_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = validate(real_repo)
    monkeypatch.setattr(files, "load_stored", dying_worker)
    monkeypatch.setattr(files, "PARALLEL_FROM", 0)
    monkeypatch.setattr(files, "CHUNK", 4)
    same_repository(validate(real_repo), plain)


INTERRUPTED = """
import sys, time
from ambition.loading import files
original = files.load_file
def slow(*args):
    sys.stdout.buffer.write(b".")  # one byte per file begun, in either process
    sys.stdout.buffer.flush()
    time.sleep(0.05)
    return original(*args)
files.load_file = slow
files.PARALLEL_FROM, files.CHUNK = 0, 2
from ambition.cli import main
sys.argv = ["ambition", "validate", "--no-cache", "--root", sys.argv[1]]
main()
"""


@pytest.mark.skipif(not forks(), reason="two processes are used only on Linux with two CPUs")
def test_an_interrupt_during_a_two_process_load_ends_the_command_at_once(real_repo: Path) -> None:
    """Ctrl-C reaches both processes (the whole process group): the worker ignores it and
    stops, the command exits 130 within moments, not after the worker's queue."""
    process = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTED, str(real_repo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    # Well into loading, however slowly the machine starts Python: ten files begun (of about
    # 120 at 50 ms each, in two processes), told by the byte each writes as it begins.
    begun = b""
    assert process.stdout is not None
    while len(begun) < 10:
        chunk = os.read(process.stdout.fileno(), 10)
        assert chunk, "the command ended before it had begun ten files"
        begun += chunk
    os.killpg(process.pid, signal.SIGINT)
    try:
        _, err = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        raise AssertionError("the command hung after the interrupt") from None
    assert process.returncode == 130, err.decode()
    assert b"Traceback" not in err


def test_a_file_over_the_limit_is_refused_unread(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17 item 6: a 2 MB indicator is refused with its size and the 1 MB limit, and its
    bytes are never read (os.read is asked for none of them)."""
    big = minimal_repo / "data/indicators/utslapp.yaml"
    big.write_bytes(b"# " + b"x" * 2_000_000 + b"\n")
    reads: list[int] = []
    original = os.read

    def counting(handle: int, count: int) -> bytes:
        reads.append(count)
        return original(handle, count)

    monkeypatch.setattr(os, "read", counting)
    found = [d.format("en") for d in validate(minimal_repo).diagnostics if d.code == "too-large"]
    assert found == [
        "data/indicators/utslapp.yaml: too-large: the file is 2,000,003 bytes (2.0 MB), over the "
        "limit of 1,000,000 bytes (1.0 MB); it is not read — a data file is a few kilobytes: "
        "check that this is the right file, or raise max_file_size (in bytes) in ambition.yaml"
    ]
    assert max(reads) < 100_000


def test_the_limit_is_set_in_ambition_yaml(minimal_repo: Path) -> None:
    """max_file_size: 100 refuses the 2 indicators' files, which are longer than 100 bytes."""
    project = minimal_repo / "ambition.yaml"
    project.write_text(project.read_text(encoding="utf-8") + "max_file_size: 100\n", "utf-8")
    sizes = {p.name: p.stat().st_size for p in (minimal_repo / "data/indicators").iterdir()}
    found = [d.path for d in validate(minimal_repo).diagnostics if d.code == "too-large"]
    assert sorted(p for p in found if "/indicators/" in p and "assessments" not in p) == [
        f"data/indicators/{name}" for name in sorted(sizes) if sizes[name] > 100
    ]
    assert len(sizes) == 2 and min(sizes.values()) > 100


def test_read_limited_gives_the_bytes_the_size_over_the_limit_or_the_error(tmp_path: Path) -> None:
    """5 bytes under a limit of 5 are read; under a limit of 4 their count comes back."""
    path = tmp_path / "a.yaml"
    path.write_bytes(b"a: 1\n")
    assert files.read_limited(tmp_path, "a.yaml", 5) == b"a: 1\n"
    assert files.read_limited(tmp_path, "a.yaml", 4) == 5
    error = files.read_limited(tmp_path, "b.yaml", 4)
    assert isinstance(error, FileNotFoundError)
