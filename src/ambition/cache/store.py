"""A content-hash cache of validation results in ``.ambition-cache/`` at the repository root.

Two levels, both keyed by content, never by time:

- Per file: the ``StoredResult`` of one data file (its diagnostics and validated model), keyed
  by the SHA-256 of its bytes, its path and its kind. The loader asks (``get``) and tells
  (``put``); the cache never loads a file itself. Cross-file checks and the method always run.
- Per repository: the verdict of ``ambition validate`` (every diagnostic, the number of files),
  keyed by the SHA-256 of every input (``ambition.cache.inputs``). When nothing changed, the
  verdict is given without importing the models, the YAML parser or the method at all: this
  module imports none of them.

Every key also holds the code's fingerprint (``ambition.cache.fingerprint``), so a key that
matches means the same inputs and the same code: the cache is never stale, and is safe to
delete at any time. A verdict is stored only when the files did not change while it was made.
Writes are SQLite transactions of whole results (a run that stops half-way leaves no half
result); a corrupt or unreadable cache is ignored and rebuilt, and a cache that cannot be
written is skipped: the cache never changes a result or fails a run.

The folder holds its own ``.gitignore`` (``*``), so it is never committed by mistake, and a
``CACHEDIR.TAG`` for backup tools. The payloads are JSON, never pickles. The CLI does not use
the cache in CI (``CI`` set), where a fresh checkout has none and a committed one must not be
trusted.
"""

import hashlib
import json
import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from ambition.cache.fingerprint import fingerprint
from ambition.cache.inputs import Inputs, walk
from ambition.cache.stored import StoredResult
from ambition.diagnostics import Diagnostic

CACHE_DIR = ".ambition-cache"
"""The cache's folder at the repository root."""

VERDICTS_KEPT = 8
"""Verdicts of this many recent states of the repository are kept (branches switched to and fro)."""
BATCH = 4096
"""Files' results written at a time, so memory stays flat however large the repository."""
TIMEOUT = 5.0
"""Seconds to wait for another process that writes the cache (an editor and a hook at once)."""
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by ambition.\n"
    "# For information about cache directory tags, see https://bford.info/cachedir/\n"
)

_Row = tuple[str, str, bytes, str, bool, str | None, int]


@dataclass(frozen=True)
class Verdict:
    """The outcome of ``ambition validate``: every diagnostic, sorted, and the number of files
    read (None when a required file is unusable, so there is no repository)."""

    diagnostics: list[Diagnostic]
    files: int | None


class Cache:
    """The cache of one repository; use it in a ``with`` block, which writes at the end.

    Results are written in batches of ``BATCH`` files and by ``close``, each batch in one
    transaction. It satisfies ``ambition.loading.files.ResultStore``.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = root / CACHE_DIR
        self._fingerprint = fingerprint()
        self._path = self.folder / f"{self._fingerprint.hex()[:24]}.sqlite3"
        self._db: sqlite3.Connection | None = None
        self._broken = False  # the cache cannot be read: no more reads this run
        self._busy = False  # another process holds it, or a write failed: write nothing more
        self._rows: list[_Row] = []
        self._verdict: tuple[bytes, str] | None = None
        self._read: dict[str, bytes] = {}  # relpath → digest of the bytes the loader used
        self._before: Inputs | None = None  # the inputs before validating
        self._holds: bool | None = None  # whether a database was there when first asked

    def __enter__(self) -> "Cache":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # Per file ----------------------------------------------------------------------------

    def holds_results(self) -> bool:
        """Whether a cache was there when first asked: without one there is nothing to look up,
        and a large repository is loaded in two processes."""
        if self._holds is None:
            self._holds = self._connection() is not None
        return self._holds

    def get(self, kind: str, relpath: str, digest: bytes) -> StoredResult | None:
        """The stored result of a file with these bytes (SHA-256 ``digest``), or None."""
        self._read[relpath] = digest
        if not self.holds_results():
            return None
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
        stored = StoredResult(row[1], bool(row[2]), row[3])
        return stored if row[4] == stored.checksum(digest) else None  # else damaged on disk

    def put(self, kind: str, relpath: str, digest: bytes, stored: StoredResult) -> None:
        """Keep a file's result; written in batches and at ``close``."""
        self._read[relpath] = digest
        check = stored.checksum(digest)
        self._rows.append(
            (kind, relpath, digest, stored.diagnostics, stored.has_source, stored.model, check)
        )
        if len(self._rows) >= BATCH:
            try:
                if not self._busy:
                    self._write()
            except (sqlite3.Error, OSError):
                self._busy = True  # write nothing more this run
            self._rows.clear()

    # Per repository ----------------------------------------------------------------------

    def verdict(self) -> Verdict | None:
        """The stored verdict for the repository as it is now, or None.

        Reads every input only when there are verdicts to compare with; otherwise lists them
        (for ``keep``) and leaves the reading to the loader.
        """
        db = self._connection()
        if db is None or not self._has_verdicts(db):
            self._before = walk(self.root, hash_files=False)
            return None
        self._before = walk(self.root, hash_files=True)
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
            found = [Diagnostic.from_record(d) for d in document["diagnostics"]]
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

        Not kept when ``verdict()`` was not asked first, when files were added or removed while
        validating, when the loader read a file that changed after ``verdict()`` read it, or a
        file outside the inputs.
        """
        before = self._before
        if before is None:
            return
        after = walk(self.root, hash_files=False)
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
        key = Inputs(after.entries, digests).key(self._fingerprint)
        payload = json.dumps(
            {"diagnostics": [d.as_record() for d in verdict.diagnostics], "files": verdict.files},
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
            self._db = sqlite3.connect(self._path, timeout=TIMEOUT, isolation_level=None)
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

    def close(self) -> None:
        """Write what this run learnt, in one transaction; never raises."""
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
            self._db = sqlite3.connect(self._path, timeout=TIMEOUT, isolation_level=None)
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
                    (VERDICTS_KEPT,),
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
