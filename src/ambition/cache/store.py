"""A content-hash cache of validation results in ``.ambition-cache/`` at the repository root.

Two levels, both keyed by content, never by time:

- Per file: the diagnostics and the validated model of one data file, keyed by the SHA-256 of
  its bytes, its path and its kind. A run that reads the same bytes again skips parsing and
  validating the file; cross-file checks and the method always run.
- Per repository: the verdict of ``ambition validate`` (every diagnostic, the number of files),
  keyed by the SHA-256 of every input: the names and kinds of everything under ``data/``, and
  the bytes of ``ambition.yaml`` and of every file under ``data/``. When nothing changed, the
  verdict is given without importing the models, the YAML parser or the method at all.

Every key also holds a fingerprint of the code: the bytes of ambition's own modules, the
installed pydantic, pydantic-core and ruamel.yaml (by their files' names, sizes and times), the
Python version and this cache's format. So a key that matches means the same inputs and the
same code: the cache is never stale, and is safe to delete at any time. A result is stored only
when it can be restored exactly (a model that reads back equal to itself), a verdict only when
the files did not change while it was made. Writes are SQLite transactions of whole results
(a run that stops half-way leaves no half result); a corrupt or unreadable cache is ignored and
rebuilt, and a cache that cannot be written is skipped: the cache never changes a result or
fails a run.

A cold run of a large repository also parses in two processes (``_Prefetch``), on Linux: the
second process's results come back in the stored form and are restored as from the cache.

The folder holds its own ``.gitignore`` (``*``), so it is never committed by mistake, and a
``CACHEDIR.TAG`` for backup tools. The payloads are JSON, never pickles. The CLI does not use
the cache in CI (``CI`` set), where a fresh checkout has none and a committed one must not be
trusted.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import mmap
import os
import sqlite3
import stat
import struct
import sys
import threading
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, NoReturn, Protocol, TypeVar

from ambition.diagnostics import Diagnostic, Severity
from ambition.layout import DATA_DIR, PROJECT_FILE

if TYPE_CHECKING:  # not imported at run time: a stored verdict needs neither
    from pydantic import BaseModel

    from ambition.loading.repository import LoadResult
    from ambition.yaml.positions import SourceFile

CACHE_DIR = ".ambition-cache"
"""The cache's folder at the repository root."""

_FORMAT = 1
"""The layout of the stored results; a change makes every older entry unreadable."""
_VERDICTS_KEPT = 8
"""Verdicts of this many recent states of the repository are kept (branches switched to and fro)."""
_PREFETCH_FROM = 400
"""Files from which a cold run parses in two processes: below, forking and restoring the second
process's results cost more than they save (docs/performance.md)."""
_BATCH = 4096
"""Files' results written at a time."""
_TIMEOUT = 5.0
"""Seconds to wait for another process that writes the cache (an editor and a hook at once)."""
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by ambition.\n"
    "# For information about cache directory tags, see https://bford.info/cachedir/\n"
)
_DEPENDENCIES = ("pydantic", "pydantic_core", "ruamel.yaml", "_ruamel_yaml")
"""The code, besides ambition's own, that decides how a file reads and validates."""

ModelT = TypeVar("ModelT", bound="BaseModel")


class FileLoader(Protocol):
    """What the cache needs of ``loading._Loader``: its root, what it found, and its reading."""

    root: Path
    sources: dict[str, SourceFile]
    diagnostics: list[Diagnostic]

    def _load(self, relpath: str, model: type[ModelT], raw: bytes | None = None) -> ModelT | None:
        """Parse and validate one file (read from ``raw`` when given)."""


@dataclass(frozen=True)
class Verdict:
    """The outcome of ``ambition validate``: every diagnostic, sorted, and the number of files
    read (None when a required file is unusable, so there is no repository)."""

    diagnostics: list[Diagnostic]
    files: int | None

    @classmethod
    def of(cls, result: LoadResult) -> Verdict:
        """The verdict of a full validation."""
        repository = result.repository
        return cls(result.diagnostics, len(repository.sources) if repository else None)


@dataclass
class _Inputs:
    """Everything validation may read: entries (path and kind) and the digests of files."""

    entries: list[tuple[str, str]] = field(default_factory=list)
    digests: dict[str, bytes] = field(default_factory=dict)

    def key(self, fingerprint: bytes) -> bytes:
        """The verdict's key: these inputs read by this code."""
        digest = hashlib.sha256(fingerprint)
        for relpath, kind in self.entries:
            digest.update(f"{relpath}\0{kind}\0".encode())
            digest.update(self.digests.get(relpath, b""))
        return digest.digest()


class Cache:
    """The cache of one repository; use it in a ``with`` block, which writes at the end.

    Results are written in batches of ``_BATCH`` files and by ``close``, each batch in one
    transaction. With ``persist=False`` nothing is read or written (``--no-cache``, CI), but a
    cold run still parses in two processes where that pays (``_Prefetch``).
    """

    def __init__(self, root: Path, *, persist: bool = True) -> None:
        self.root = root
        self.folder = root / CACHE_DIR
        self.persist = persist
        self._fingerprint = _fingerprint() if persist else b""
        self._path = self.folder / f"{self._fingerprint.hex()[:24]}.sqlite3"
        self._db: sqlite3.Connection | None = None
        self._broken = not persist  # the cache cannot be read: no more reads this run
        self._busy = False  # another process holds it, or a write failed: write nothing more
        self._rows: list[tuple[str, str, bytes, str, bool, str | None, int]] = []
        self._verdict: tuple[bytes, str] | None = None
        self._read: dict[str, bytes] = {}  # relpath → digest of the bytes the loader used
        self._before: _Inputs | None = None  # the inputs before validating
        self._prefetch: _Prefetch | None = None
        self._started = False  # the first file was asked for
        self._lookups = True  # a cache was there at the start: look files up in it

    def __enter__(self) -> Cache:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # Per file ----------------------------------------------------------------------------

    def load(self, loader: FileLoader, relpath: str, model: type[ModelT]) -> ModelT | None:
        """``loader._load(relpath, model)``, from the cache when the file's bytes are known.

        Adds the file's source and diagnostics to ``loader`` exactly as loading it would.
        """
        if not self._started:
            self._started = True
            if self._connection() is None:  # nothing stored: parse in two processes
                self._lookups = False  # (and nothing to look up, but what this run writes)
                self._prefetch = _Prefetch.start(self.root, loader)
        try:
            raw = (loader.root / relpath).read_bytes()
        except OSError:
            return loader._load(relpath, model)  # reported as unreadable; nothing to keep
        digest = hashlib.sha256(raw).digest()
        self._read[relpath] = digest
        kind = _kind(model)
        row = self._get(kind, relpath, digest) if self._lookups else None
        if row is None and self._prefetch is not None:
            row = self._prefetch.result(kind, relpath, digest)
            if row is not None and self.persist:
                found, has_source, dumped = row
                check = _check(digest, found, has_source, dumped)
                self._keep_row((kind, relpath, digest, found, has_source, dumped, check))
        if row is not None:
            restored = _restore(row, model, raw, relpath)
            if restored is not None:
                found_diagnostics, source, item = restored
                if source is not None:
                    loader.sources[relpath] = source
                loader.diagnostics.extend(found_diagnostics)
                return item
        if not self.persist:
            return loader._load(relpath, model, raw)
        item, computed = _compute(loader, relpath, model, raw)
        if computed is not None:
            records, has_source, dumped = computed
            check = _check(digest, records, has_source, dumped)
            self._keep_row((kind, relpath, digest, records, has_source, dumped, check))
        return item

    def _get(self, kind: str, relpath: str, digest: bytes) -> tuple[str, bool, str | None] | None:
        """The stored diagnostics, source flag and model of a file with these bytes, or None."""
        db = self._connection()
        if db is None:
            return None
        try:
            row = db.execute(
                "SELECT digest, diagnostics, source, model, check_ FROM files "
                "WHERE kind = ? AND path = ?",
                (kind, relpath),
            ).fetchone()
        except sqlite3.Error as error:
            self._discard(error)
            return None
        if row is None or row[0] != digest:
            return None
        _, found, has_source, dumped, check = row
        if check != _check(digest, found, bool(has_source), dumped):
            return None  # damaged on disk
        return found, bool(has_source), dumped

    # Per repository ----------------------------------------------------------------------

    def verdict(self) -> Verdict | None:
        """The stored verdict for the repository as it is now, or None.

        Reads every input only when there are verdicts to compare with; otherwise lists them
        (for ``keep``) and leaves the reading to the loader.
        """
        if not self.persist:
            return None
        db = self._connection()
        if db is None or not self._has_verdicts(db):
            self._before = _walk(self.root, hash_files=False)
            return None
        self._before = _walk(self.root, hash_files=True)
        if self._before is None:
            return None  # something could not be read: validate in full, keep nothing
        key = self._before.key(self._fingerprint)
        try:
            row = db.execute(
                "SELECT payload, check_ FROM verdicts WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.Error as error:
            self._discard(error)
            return None
        if row is None or row[1] != zlib.crc32(key + row[0].encode()):
            return None
        try:
            document = json.loads(row[0])
            found = [_diagnostic(d) for d in document["diagnostics"]]
            files = document["files"]
        except (ValueError, KeyError, TypeError):
            return None
        return Verdict(found, files if isinstance(files, int) else None)

    def _has_verdicts(self, db: sqlite3.Connection) -> bool:
        try:
            return db.execute("SELECT 1 FROM verdicts LIMIT 1").fetchone() is not None
        except sqlite3.Error as error:
            self._discard(error)
            return False

    def keep(self, verdict: Verdict) -> None:
        """Store ``verdict`` for the inputs it was made from, if they held still.

        Not kept when files were added or removed while validating, when the loader read a
        file that changed after ``verdict()`` read it, or a file outside the inputs.
        """
        before = self._before
        if before is None or not self.persist:
            return
        after = _walk(self.root, hash_files=False)
        if after is None or after.entries != before.entries:
            return
        digests: dict[str, bytes] = {}
        try:
            for relpath, kind in after.entries:
                if kind != "file":
                    continue
                known = before.digests.get(relpath)
                used = self._read.get(relpath)
                if used is not None and known is not None and used != known:
                    return
                digest = used or known
                if digest is None:  # not read by the loader: only its name matters, but
                    digest = hashlib.sha256((self.root / relpath).read_bytes()).digest()
                digests[relpath] = digest  # the key names every file by its bytes
        except OSError:
            return
        if not self._read.keys() <= digests.keys():
            return  # the loader read a file outside the inputs: no verdict can be trusted
        key = _Inputs(after.entries, digests).key(self._fingerprint)
        payload = json.dumps(
            {"diagnostics": [_record(d) for d in verdict.diagnostics], "files": verdict.files},
            ensure_ascii=False,
        )
        self._verdict = (key, payload)

    # Storage -----------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection | None:
        """The open database, or None when there is none yet or it cannot be read."""
        if self._db is not None or self._broken:
            return self._db
        if not self._path.is_file():
            return None
        try:
            self._db = sqlite3.connect(self._path, timeout=_TIMEOUT, isolation_level=None)
            self._db.execute("SELECT 1 FROM files, verdicts LIMIT 0")
        except sqlite3.Error as error:
            self._discard(error)
        return self._db

    def _discard(self, error: sqlite3.Error) -> None:
        """Stop reading the cache this run; ``close`` starts it anew when it is corrupt, and
        writes nothing when another process holds it."""
        if self._db is not None:
            self._db.close()
        self._db = None
        self._broken = True
        self._busy = "locked" in str(error) or "busy" in str(error)

    def _keep_row(self, row: tuple[str, str, bytes, str, bool, str | None, int]) -> None:
        """Gather a file's result; write them in batches, so memory stays flat however large
        the repository."""
        self._rows.append(row)
        if len(self._rows) >= _BATCH:
            try:
                if not self._busy:
                    self._write()
            except (sqlite3.Error, OSError):
                self._busy = True  # write nothing more this run
            self._rows.clear()

    def close(self) -> None:
        """Write what this run learnt, in one transaction; never raises."""
        if self._prefetch is not None:
            self._prefetch.stop()
            self._prefetch = None
        try:
            if (self._rows or self._verdict is not None) and not self._busy:
                self._write()
        except (sqlite3.Error, OSError):
            pass  # a cache that cannot be written is no cache: the result stands
        finally:
            if self._db is not None:
                self._db.close()
                self._db = None
            self._rows.clear()
            self._verdict = None

    def _write(self) -> None:
        if self._broken:  # corrupt: start anew
            self._path.unlink(missing_ok=True)
            self._broken = False
        if self._db is None:
            self._prepare_folder()
            self._db = sqlite3.connect(self._path, timeout=_TIMEOUT, isolation_level=None)
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            db.execute(
                "CREATE TABLE IF NOT EXISTS files (kind TEXT, path TEXT, digest BLOB, "
                "diagnostics TEXT, source INTEGER, model TEXT, check_ INTEGER, "
                "PRIMARY KEY (kind, path))"
            )
            db.execute(
                "CREATE TABLE IF NOT EXISTS verdicts "
                "(key BLOB PRIMARY KEY, payload TEXT, check_ INTEGER, stored INTEGER)"
            )
            db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)", self._rows)
            if self._verdict is not None:
                key, payload = self._verdict
                db.execute(
                    "INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, "
                    "(SELECT COALESCE(MAX(stored), 0) + 1 FROM verdicts))",
                    (key, payload, zlib.crc32(key + payload.encode())),
                )
                db.execute(
                    "DELETE FROM verdicts WHERE stored <= (SELECT MAX(stored) FROM verdicts) - ?",
                    (_VERDICTS_KEPT,),
                )
            db.execute("COMMIT")
        except sqlite3.Error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _prepare_folder(self) -> None:
        """Create the folder with its .gitignore and tag; drop caches of other code versions."""
        self.folder.mkdir(exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.is_file():
            ignore.write_text("# Created by ambition: never commit the cache.\n*\n")
        tag = self.folder / "CACHEDIR.TAG"
        if not tag.is_file():
            tag.write_text(_CACHEDIR_TAG)
        for other in self.folder.glob("*.sqlite3*"):
            if not other.name.startswith(self._path.name):
                other.unlink(missing_ok=True)


def _kind(model: type[BaseModel]) -> str:
    return f"{model.__module__}.{model.__qualname__}"


def _compute(
    loader: FileLoader, relpath: str, model: type[ModelT], raw: bytes
) -> tuple[ModelT | None, tuple[str, bool, str | None] | None]:
    """Parse and validate one file; its model, and its result in the stored form (None when
    the model would not read back equal, so it must not be stored)."""
    start = len(loader.diagnostics)
    item = loader._load(relpath, model, raw)
    dumped = _dump(item, model)
    if dumped is False:
        return item, None
    return item, (_records(loader.diagnostics[start:]), relpath in loader.sources, dumped)


class _Prefetch:
    """A second process that parses, from the last file backwards, the files a cold run will
    read, while this one parses from the first onwards; where they meet, this one waits for
    the other's results, which arrive in the stored form through a pipe and are restored as
    from the cache.

    The two claim files through a shared page: this one writes the furthest file it has
    reached, the other the nearest it has taken, each before looking at the other's, so a
    file is parsed once (at worst twice, never not at all). Only on Linux with two
    processors or more, where a fork is cheap and safe, in a process without other threads,
    and from ``_PREFETCH_FROM`` files:
    below, the fork and the restoring cost more than they save. Which file holds which kind
    follows the loader's layout (``_planned``); a result is used only for the same kind, path
    and bytes, and any file without one is parsed here, so the plan can cost time but never
    change a result.
    """

    def __init__(
        self, pid: int, stream: BinaryIO, shared: mmap.mmap, index: dict[str, int]
    ) -> None:
        self.pid = pid
        self.stream = stream
        self.shared = shared
        self.index = index  # relpath → place in the plan
        self.received: dict[str, list[Any]] | None = None  # once the other process ended

    @classmethod
    def start(cls, root: Path, loader: FileLoader) -> _Prefetch | None:
        """Fork the second process, or None when it would not pay."""
        if not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2:
            return None
        if threading.active_count() > 1:
            return None  # a fork copies no other thread, nor frees the locks they hold
        plan = _planned(root)
        if len(plan) < _PREFETCH_FROM:
            return None
        shared = mmap.mmap(-1, 16)  # anonymous and shared with the forked process
        _SLOT.pack_into(shared, _REACHED, -1)
        _SLOT.pack_into(shared, _TAKEN, len(plan))
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the second process: never returns
            os.close(read_end)
            cls._work(root, loader, plan, write_end, shared)
        os.close(write_end)
        index = {relpath: place for place, (relpath, _) in enumerate(plan)}
        return cls(pid, os.fdopen(read_end, "rb"), shared, index)

    @staticmethod
    def _work(
        root: Path,
        loader: FileLoader,
        plan: list[tuple[str, type[BaseModel]]],
        fd: int,
        shared: mmap.mmap,
    ) -> NoReturn:
        status = 1
        try:
            # Kept until the end: a pipe holds 64 KiB, and this process must not wait for the
            # first one to read while that one is still parsing.
            rows: list[bytes] = []
            for place in range(len(plan) - 1, -1, -1):
                _SLOT.pack_into(shared, _TAKEN, place)
                if _SLOT.unpack_from(shared, _REACHED)[0] >= place:
                    break  # the first process has come this far
                relpath, model = plan[place]
                try:
                    raw = (root / relpath).read_bytes()
                except OSError:
                    continue  # the first process reports it
                _, computed = _compute(loader, relpath, model, raw)
                if computed is not None:
                    digest = hashlib.sha256(raw).hexdigest()
                    row = [_kind(model), relpath, digest, *computed]
                    rows.append(json.dumps(row, ensure_ascii=False).encode() + b"\n")
            with os.fdopen(fd, "wb") as out:
                out.write(b"".join(rows))
            status = 0
        finally:
            os._exit(status)  # no clean-up of the first process's state: it is not ours

    def result(self, kind: str, relpath: str, digest: bytes) -> tuple[str, bool, str | None] | None:
        """The second process's result for this file, if it parsed these bytes as this kind;
        None when this process is to parse the file."""
        place = self.index.get(relpath)
        if place is None:
            return None
        if self.received is None:
            reached = max(place, _SLOT.unpack_from(self.shared, _REACHED)[0])
            _SLOT.pack_into(self.shared, _REACHED, reached)
            if _SLOT.unpack_from(self.shared, _TAKEN)[0] > place:
                return None  # not taken by the other process: parse it here
            self.received = {}
            for line in self.stream:  # until the other process has ended
                try:
                    row = json.loads(line)
                    self.received[row[1]] = row
                except (ValueError, IndexError, TypeError):
                    break
        row = self.received.pop(relpath, None)
        if row is None or row[0] != kind or row[2] != digest.hex():
            return None
        return row[3], bool(row[4]), row[5]

    def stop(self) -> None:
        """Close the pipe and wait for the second process (it stops at a closed pipe)."""
        _SLOT.pack_into(self.shared, _REACHED, len(self.index))  # take nothing more
        self.stream.close()
        with contextlib.suppress(ChildProcessError):  # already reaped
            os.waitpid(self.pid, 0)
        self.shared.close()


_SLOT = struct.Struct("q")
_REACHED, _TAKEN = 0, 8
"""Offsets in the shared page: the furthest file the first process has reached, the nearest
the second has taken."""


def _planned(root: Path) -> list[tuple[str, type[BaseModel]]]:
    """The files a validation will read, with their kinds, in the loader's order.

    The loader decides; this is its layout as ``tests/cache/test_store.py`` checks it on the real data
    and on a synthetic repository.
    """
    from ambition import models
    from ambition import layout

    plan: list[tuple[str, type[BaseModel]]] = []

    def one(relpath: str, model: type[BaseModel]) -> None:
        if (root / relpath).is_file():
            plan.append((relpath, model))

    def folder(relfolder: str, model: type[BaseModel]) -> None:
        try:
            with os.scandir(root / relfolder) as listing:
                names = [e.name for e in listing if e.name.endswith(".yaml") and e.is_file()]
        except OSError:
            return
        plan.extend((f"{relfolder}/{name}", model) for name in sorted(names))

    one(layout.PROJECT_FILE, models.Project)
    one(layout.METHOD.pattern, models.Method)
    one(layout.ORGANISATIONS.pattern, models.OrganisationsFile)
    folder(layout.GOAL.folder, models.Goal)
    folder(layout.INDICATOR.folder, models.Indicator)
    assessments = root / layout.ASSESSMENTS_DIR
    for period in sorted(os.listdir(assessments)) if assessments.is_dir() else []:
        folder(f"{layout.ASSESSMENTS_DIR}/{period}/indicators", models.IndicatorAssessment)
        folder(f"{layout.ASSESSMENTS_DIR}/{period}/goals", models.GoalAssessment)
    one(layout.STEERING_DOCUMENTS.pattern, models.SteeringDocumentsFile)
    one(layout.PROGRAMME.pattern, models.Programme)
    folder(layout.ACTION.folder, models.Action)
    return plan


def _check(digest: bytes, found: str, has_source: bool, dumped: str | None) -> int:
    """A checksum of a stored row, so a row damaged on disk is not taken for a result."""
    text = f"{found}\0{has_source}\0{dumped}"
    return zlib.crc32(digest + text.encode())


def _record(item: Diagnostic) -> list[Any]:
    return [
        item.path,
        item.line,
        item.column,
        item.code,
        item.message,
        item.severity.value,
        item.hint,
        item.yaml_path,
    ]


def _records(found: list[Diagnostic]) -> str:
    return json.dumps([_record(d) for d in found], ensure_ascii=False) if found else "[]"


def _diagnostic(record: list[Any]) -> Diagnostic:
    path, line, column, code, message, severity, hint, yaml_path = record
    return Diagnostic(path, line, column, code, message, Severity(severity), hint, yaml_path)


def _dump(item: BaseModel | None, model: type[BaseModel]) -> str | Literal[False] | None:
    """The stored form of a file's model: JSON of the fields the file set (so the restored
    model knows which were set too), None for no model, False when it would not read back
    equal and must not be stored."""
    if item is None:
        return None
    dumped = item.model_dump_json(exclude_unset=True)
    try:
        return dumped if model.model_validate_json(dumped) == item else False
    except ValueError:
        return False


def _restore(
    row: tuple[str, bool, str | None], model: type[ModelT], raw: bytes, relpath: str
) -> tuple[list[Diagnostic], SourceFile | None, ModelT | None] | None:
    """The diagnostics, source and model of a stored result; None if it cannot be restored."""
    from ambition.yaml.decode import decode_source

    found_text, has_source, dumped = row
    try:
        found = [] if found_text == "[]" else [_diagnostic(d) for d in json.loads(found_text)]
        source = None
        if has_source:
            source, _ = decode_source(raw, relpath)
            if source is None:
                return None
        item = None if dumped is None else model.model_validate_json(dumped)
    except (ValueError, KeyError, TypeError):  # pydantic's ValidationError is a ValueError
        return None
    return found, source, item


def _walk(root: Path, *, hash_files: bool) -> _Inputs | None:
    """Every input of validation: ``ambition.yaml`` and everything under ``data/``.

    The loader reads nothing else (the pre-commit hook in .pre-commit-hooks.yaml relies on the
    same), and ``tests/cache/test_store.py`` checks it. Links are followed as the loader follows
    them; a folder seen twice (a loop of links) is an entry of its own. None when something
    cannot be read.
    """
    inputs = _Inputs()
    entries, digests = inputs.entries, inputs.digests
    seen: set[tuple[int, int]] = set()

    def file(path: str, relpath: str) -> None:
        entries.append((relpath, "file"))
        if hash_files:
            with open(path, "rb") as handle:
                digests[relpath] = hashlib.sha256(handle.read()).digest()

    def folder(path: str, relpath: str, status: os.stat_result) -> None:
        if (status.st_dev, status.st_ino) in seen:
            entries.append((relpath, "loop"))
            return
        seen.add((status.st_dev, status.st_ino))
        entries.append((relpath, "folder"))
        with os.scandir(path) as listing:
            children = sorted(listing, key=lambda child: child.name)
        for child in children:
            child_relpath = f"{relpath}/{child.name}"
            if child.is_dir():
                folder(child.path, child_relpath, child.stat())
            elif child.is_file():
                file(child.path, child_relpath)
            else:  # a socket, a device, a link to nothing
                entries.append((child_relpath, "other"))

    try:
        for name in (PROJECT_FILE, DATA_DIR):
            path = os.path.join(root, name)
            try:
                status = os.stat(path)
            except FileNotFoundError:
                entries.append((name, "missing"))
                continue
            if stat.S_ISDIR(status.st_mode):
                folder(path, name, status)
            elif stat.S_ISREG(status.st_mode):
                file(path, name)
            else:
                entries.append((name, "other"))
    except (OSError, RecursionError):
        return None
    return inputs


@functools.cache
def _fingerprint() -> bytes:
    """The identity of the code that reads and validates: see the module's docstring.

    Made once per process, as its modules are imported once: a module edited while the
    process runs is not what it runs.
    """
    digest = hashlib.sha256(f"ambition-cache {_FORMAT} {sys.version}\0".encode())
    package = Path(__file__).parent.parent  # the whole ambition package
    for module in sorted(package.rglob("*.py")):
        digest.update(module.relative_to(package).as_posix().encode() + b"\0")
        digest.update(module.read_bytes())
    for name in _DEPENDENCIES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin is None:
            digest.update(f"{name} missing\0".encode())
            continue
        where = Path(origin)
        files = sorted(where.parent.iterdir()) if where.name == "__init__.py" else [where]
        for path in files:
            status = path.stat()
            digest.update(f"{path}\0{status.st_size}\0{status.st_mtime_ns}\0".encode())
    return digest.digest()


def verdict(root: Path, *, use_cache: bool = True) -> Verdict:
    """``ambition validate``: the stored verdict when no input changed, else a full validation
    (``validation.validate``, itself using the per-file cache), which is then stored."""
    with Cache(root, persist=use_cache) as cache:
        known = cache.verdict()
        if known is not None:
            return known
        from ambition.validation.checks import validate

        found = Verdict.of(validate(root, cache))
        cache.keep(found)
        return found


def load(root: Path, *, use_cache: bool = True) -> LoadResult:
    """``validation.validate(root)`` with the per-file cache: the commands that need the
    repository itself (assess, report, status) read unchanged files from the cache."""
    from ambition.validation.checks import validate

    with Cache(root, persist=use_cache) as cache:
        return validate(root, cache)
