"""Load many files: from a store of earlier results where it knows the bytes, else with
``load_file``, on a cold run of a large repository in two processes.

The second process is a standard-library ``ProcessPoolExecutor`` with one forked worker. The
files are cut into chunks; the worker is given the chunks from the last one backwards, two at a
time, while this process takes them from the first onwards, so the two meet wherever their
speeds put them and every file is loaded exactly once. A chunk the worker could not load (it
died) is loaded here; the worker ignores Ctrl-C, which this process answers. The worker's
results come back in the stored form and are restored here as from the cache; a result is used
only for the same path, kind and bytes, so the split can cost time but never change a result.
After each chunk, what was loaded is frozen out of the cyclic collector's traversals
(``ambition.process.collector``).
"""

import hashlib
import os
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Protocol

from ambition.cache.stored import StoredResult
from ambition.layout import KINDS
from ambition.loading.discover import PlannedFile
from ambition.loading.file import FileResult, load_file, restore, too_large, unreadable
from ambition.process.collector import freeze_survivors
from ambition.process.workers import forked_worker

PARALLEL_FROM = 8000
"""Files from which a cold run loads in two processes. Measured in-process on the benchmark's
repositories (docs/performance.md): 51,750 files load in 0.85 × the time of one process, 5,180
files in about 1.0 × (restoring a result costs a fifth of loading it, and each process runs
slower beside the other), so below this a second process does not pay."""
FILE_SIZE_LIMIT = 1_000_000
"""Bytes: a data file larger than this is refused before it is read (``max_file_size`` in
``ambition.yaml`` sets another limit). The largest file of the shipped data is some 10 kB."""
CHUNK = 128
"""Files per chunk handed to the second process."""

StoredRow = tuple[str, str, bytes, StoredResult | None]
"""A worker's result for one file: path, kind name, SHA-256 of the bytes read, and the stored
form (None when the result cannot be stored)."""


class ResultStore(Protocol):
    """What loading needs of a cache: results by kind, path and SHA-256 of the bytes."""

    def holds_results(self) -> bool:
        """False when the store is known to be empty (nothing to look up: a cold run)."""

    def get(self, kind: str, relpath: str, digest: bytes) -> StoredResult | None:
        """The stored result of these bytes at this path as this kind, or None."""

    def put(self, kind: str, relpath: str, digest: bytes, stored: StoredResult) -> None:
        """Remember a result (the store decides when to write)."""


def load_files(
    root: Path,
    planned: Sequence[PlannedFile],
    store: ResultStore | None = None,
    limit: int = FILE_SIZE_LIMIT,
) -> list[FileResult]:
    """The results of the ``planned`` files under ``root``, in the same order.

    A file that cannot be read is an ``unreadable-file`` result, one of more than ``limit``
    bytes a ``too-large`` result (its size is asked of the open file; it is not read). With a ``store``, every file
    is looked up first and every new result is put back. Two processes are used on Linux with
    two processors or more, from ``PARALLEL_FROM`` files, when the store holds nothing.
    """
    chunks = [planned[i : i + CHUNK] for i in range(0, len(planned), CHUNK)]
    cold = store is None or not store.holds_results()
    pool = _pool(len(planned)) if cold else None
    if pool is None:
        results: list[FileResult] = []
        for chunk in chunks:
            results.extend(_load_here(root, chunk, store, limit))
            freeze_survivors()  # what was loaded is kept: the collector need not look again
        return results
    try:
        results = _split(root, chunks, store, pool, limit)
    except BaseException:
        # An interrupt, say: the worker's queued chunks are dropped, and it ends after the
        # chunk it is loading; this process does not wait for it.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)  # nothing is left in its queue: it ends at once
    return results


def _split(
    root: Path,
    chunks: list[Sequence[PlannedFile]],
    store: ResultStore | None,
    pool: ProcessPoolExecutor,
    limit: int,
) -> list[FileResult]:
    """Load ``chunks`` here from the first onwards while the worker takes them from the last
    backwards, two at a time, so neither waits; they meet where their speeds put them. A chunk
    the worker could not load (it died, say) is loaded here."""
    done: dict[int, list[FileResult]] = {}
    given: deque[tuple[int, Future[list[StoredRow]]]] = deque()
    low = len(chunks)  # chunks[low:] are the worker's
    here = 0  # the next chunk this process takes
    broken = False

    def give() -> None:
        nonlocal low, broken
        if broken or low - 1 <= here:
            return
        try:
            future = pool.submit(
                load_stored,
                str(root),
                [(p.relpath, p.kind.name) for p in chunks[low - 1]],
                limit,
            )
        except BrokenProcessPool:
            broken = True
            return
        low -= 1
        given.append((low, future))

    def collect(index: int, future: Future[list[StoredRow]]) -> None:
        try:
            rows = future.result()
        except Exception:  # the worker died (out of memory, a crash in a parser): load it here
            done[index] = _load_here(root, chunks[index], store, limit)
        else:
            done[index] = _restore_rows(root, chunks[index], rows, store, limit)
        freeze_survivors()

    give()
    give()
    while here < low:
        done[here] = _load_here(root, chunks[here], store, limit)
        freeze_survivors()
        here += 1
        while given and given[0][1].done():
            collect(*given.popleft())
            give()
    while given:
        collect(*given.popleft())
    return [result for index in range(len(chunks)) for result in done[index]]


def _pool(files: int) -> ProcessPoolExecutor | None:
    """A pool of one forked worker (``ambition.process.workers``), or None when a second process would
    not pay (fewer than ``PARALLEL_FROM`` files) or not be safe."""
    if files < PARALLEL_FROM:
        return None
    return forked_worker()


def read_limited(root: Path, relpath: str, limit: int) -> bytes | int | OSError:
    """The bytes of the file, or its size when it is over ``limit``, or why it cannot be read.

    Opened without blocking (a FIFO put in the file's place after discovery gives no data
    rather than a hang), and the size is asked of the open file before anything is read.
    """
    try:
        handle = os.open(root / relpath, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        return error
    try:
        size = os.fstat(handle).st_size
        if size > limit:
            return size
        parts = [os.read(handle, size + 1)]
        read = len(parts[0])
        if read <= size:
            return parts[0]
        while parts[-1] and read <= limit:  # the file grew since fstat: read on to the limit
            parts.append(os.read(handle, limit + 1 - read))
            read += len(parts[-1])
        return read if read > limit else b"".join(parts)
    except OSError as error:
        return error
    finally:
        os.close(handle)


def _failed(planned: PlannedFile, raw: int | OSError, limit: int) -> FileResult:
    if isinstance(raw, int):
        return too_large(planned.relpath, planned.kind, raw, limit)
    return unreadable(planned.relpath, planned.kind, raw)


def _load_here(
    root: Path, chunk: Sequence[PlannedFile], store: ResultStore | None, limit: int
) -> list[FileResult]:
    """Load a chunk in this process, through the store."""
    results: list[FileResult] = []
    for planned in chunk:
        raw = read_limited(root, planned.relpath, limit)
        if not isinstance(raw, bytes):
            results.append(_failed(planned, raw, limit))
            continue
        results.append(_through(store, raw, planned))
    return results


def _through(store: ResultStore | None, raw: bytes, planned: PlannedFile) -> FileResult:
    """The file's result from the store, else loaded (and then stored)."""
    relpath, kind = planned.relpath, planned.kind
    if store is None:
        return load_file(raw, relpath, kind)
    digest = hashlib.sha256(raw).digest()
    known = store.get(kind.name, relpath, digest)
    if known is not None:
        restored = restore(known, raw, relpath, kind)
        if restored is not None:
            return restored
    result = load_file(raw, relpath, kind)
    stored = result.stored()
    if stored is not None:
        store.put(kind.name, relpath, digest, stored)
    return result


def _restore_rows(
    root: Path,
    chunk: Sequence[PlannedFile],
    rows: list[StoredRow],
    store: ResultStore | None,
    limit: int,
) -> list[FileResult]:
    """The worker's results of a chunk, restored; a file whose bytes changed since the worker
    read them, or whose result could not be stored, is loaded here."""
    by_path = {row[0]: row for row in rows}
    results: list[FileResult] = []
    for planned in chunk:
        raw = read_limited(root, planned.relpath, limit)
        if not isinstance(raw, bytes):
            results.append(_failed(planned, raw, limit))
            continue
        row = by_path.get(planned.relpath)
        digest = hashlib.sha256(raw).digest()
        if row is None or row[1] != planned.kind.name or row[2] != digest or row[3] is None:
            results.append(_through(store, raw, planned))
            continue
        restored = restore(row[3], raw, planned.relpath, planned.kind)
        if restored is None:
            results.append(_through(store, raw, planned))
            continue
        if store is not None:
            store.put(planned.kind.name, planned.relpath, digest, row[3])
        results.append(restored)
    return results


def load_stored(
    root: str, items: list[tuple[str, str]], limit: int = FILE_SIZE_LIMIT
) -> list[StoredRow]:
    """The second process's work: load each (path, kind name) under ``root``, giving results in
    the stored form, which crosses the process boundary as text. A file that cannot be read or
    is over ``limit`` bytes is left out: the first process reports it. Public so that the pool
    can find it by name."""
    rows: list[StoredRow] = []
    for relpath, kind_name in items:
        raw = read_limited(Path(root), relpath, limit)
        if not isinstance(raw, bytes):
            continue
        result = load_file(raw, relpath, KINDS[kind_name])
        rows.append((relpath, kind_name, hashlib.sha256(raw).digest(), result.stored()))
    return rows
