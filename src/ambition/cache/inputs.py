"""Every input of validation, named and (when asked) hashed: the key of a stored verdict.

The loader reads ``ambition.yaml`` and what lies under ``data/`` (and validation the
CODEOWNERS files ambition wrote), nothing else (the pre-commit
hook in .pre-commit-hooks.yaml relies on the same), and ``tests/cache`` checks it.
"""

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ambition.layout import CODEOWNERS_FILES, DATA_DIR, PROJECT_FILE


@dataclass
class Inputs:
    """Everything validation may read: ``entries`` as (path, kind) with kind one of "file",
    "folder", "loop", "other", "missing", and the SHA-256 ``digests`` of the files hashed."""

    entries: list[tuple[str, str]] = field(default_factory=list)
    digests: dict[str, bytes] = field(default_factory=dict)

    def key(self, fingerprint: bytes) -> bytes:
        """The verdict's key: these inputs read by this code."""
        digest = hashlib.sha256(fingerprint)
        for relpath, kind in self.entries:
            digest.update(f"{relpath}\0{kind}\0".encode())
            digest.update(self.digests.get(relpath, b""))
        return digest.digest()


def walk(root: Path, *, hash_files: bool) -> Inputs | None:
    """Every input of validation: ``ambition.yaml``, everything under ``data/`` and the
    CODEOWNERS files (``layout.CODEOWNERS_FILES``).

    The loader reads nothing else (the pre-commit hook in .pre-commit-hooks.yaml relies on the
    same), and ``tests/cache/test_store.py`` checks it. Links are followed as the loader follows
    them; a folder seen twice (a loop of links) is an entry of its own. None when something
    cannot be read.
    """
    inputs = Inputs()
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
        for name in (PROJECT_FILE, DATA_DIR, *CODEOWNERS_FILES):
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
