"""Read a data repository as it was at a git revision, without touching the working tree or index.

Only git's read-only plumbing is used: ``rev-parse`` to find the repository and resolve a
revision, ``ls-tree`` to list the committed files and ``cat-file --batch`` to read them, so the
user's checkout, index and stash stay exactly as they were. ``git archive`` is avoided on
purpose: it leaves out files marked ``export-ignore`` in ``.gitattributes``.

The data repository may be a subfolder of the git repository; ``GitLocation.prefix`` is that
folder relative to git's top level, and only ``ambition.yaml`` and ``data/`` under it are read.
"""

import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ambition import layout
from ambition.errors import GitError, UnknownRevisionError
from ambition.messages.text import text

_BLOB_MODES = {b"100644", b"100755"}
"""Regular files; symbolic links (120000) and submodules (160000) are not data."""


@dataclass(frozen=True)
class GitLocation:
    """Where a data repository lies in git: the top level and the folder under it.

    ``prefix`` is '' when ``ambition.yaml`` is at the top level, else e.g. 'kommun/' (with the
    trailing slash git gives).
    """

    toplevel: Path
    prefix: str


def _git(
    args: list[str], cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run git with ``args`` (never through a shell); raise GitError when git is missing."""
    if not cwd.is_dir():
        raise GitError(text("git.not-a-folder", path=str(cwd)))
    try:
        return subprocess.run(
            ["git", "--literal-pathspecs", *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        raise GitError(text("git.missing")) from None


def _message(completed: subprocess.CompletedProcess[bytes]) -> str:
    """git's own error message, first line, without its 'fatal: ' prefix."""
    text = completed.stderr.decode("utf-8", "replace").strip()
    first = text.splitlines()[0] if text else f"git exited with code {completed.returncode}"
    return first.removeprefix("fatal: ").removeprefix("error: ")


def locate(root: Path) -> GitLocation:
    """The git repository that holds the data repository at ``root``.

    Raises GitError when git is missing or ``root`` is not inside a git working tree.
    """
    completed = _git(["rev-parse", "--show-toplevel", "--show-prefix"], root)
    if completed.returncode != 0:
        raise GitError(text("git.not-a-repository", root=str(root), reason=_message(completed)))
    lines = completed.stdout.decode("utf-8").splitlines()
    if len(lines) < 2 or not lines[0]:
        raise GitError(text("git.bare", root=str(root)))
    return GitLocation(Path(lines[0]), lines[1])


def resolve(location: GitLocation, revision: str) -> str:
    """The full commit id of ``revision`` (a branch, tag, commit or expression such as HEAD~2).

    Raises UnknownRevisionError when git does not know it as a commit.
    """
    unknown = UnknownRevisionError(text("git.unknown-revision", revision=revision))
    if not revision or revision.startswith("-"):
        raise unknown
    completed = _git(
        ["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], location.toplevel
    )
    if completed.returncode != 0:
        raise unknown
    return completed.stdout.decode("ascii").strip()


def materialise(location: GitLocation, commit: str, target: Path) -> int:
    """Write ``ambition.yaml`` and ``data/`` of the data repository at ``commit`` into ``target``.

    Returns the number of files written. Reads objects only; nothing in the working tree, the
    index or the refs changes. Raises GitError when git cannot read the objects (e.g. in a
    shallow or partial clone that lacks them).
    """
    prefix = location.prefix
    listing = _git(
        [
            "ls-tree",
            "-r",
            "-z",
            "--full-tree",
            commit,
            "--",
            prefix + layout.PROJECT_FILE,
            prefix + "data",
        ],
        location.toplevel,
    )
    if listing.returncode != 0:
        raise GitError(text("git.cannot-list", commit=commit[:12], reason=_message(listing)))
    files: list[tuple[str, str]] = []
    for record in listing.stdout.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, raw_id = meta.split(b" ")
        if kind != b"blob" or mode not in _BLOB_MODES:
            continue
        path = raw_path.decode("utf-8", "surrogateescape")
        files.append((raw_id.decode("ascii"), path.removeprefix(prefix)))
    if not files:
        return 0
    batch = _git(
        ["cat-file", "--batch"], location.toplevel, "".join(f"{o}\n" for o, _ in files).encode()
    )
    if batch.returncode != 0:
        raise GitError(text("git.cannot-read", commit=commit[:12], reason=_message(batch)))
    data, position = batch.stdout, 0
    for object_id, relpath in files:
        end = data.index(b"\n", position)
        header = data[position:end].split(b" ")
        if len(header) != 3:
            raise GitError(
                text("git.missing-object", path=relpath, commit=commit[:12], object=object_id)
            )
        size = int(header[2])
        content = data[end + 1 : end + 1 + size]
        position = end + 1 + size + 1
        parts = PurePosixPath(relpath).parts
        if ".." in parts or PurePosixPath(relpath).is_absolute():
            continue
        destination = target.joinpath(*parts)
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(content)
    return len(files)


def names(location: GitLocation, commit: str) -> list[str]:
    """The tags, then the branches, that point at ``commit``, short (``v2023``, ``main``), each
    group sorted; empty when none does. Raises GitError when git cannot list them."""
    listing = _git(
        ["for-each-ref", f"--points-at={commit}", "--format=%(refname)", "refs/tags", "refs/heads"],
        location.toplevel,
    )
    if listing.returncode != 0:
        raise GitError(text("git.cannot-list-names", commit=commit[:12], reason=_message(listing)))
    refs = listing.stdout.decode("utf-8", "replace").split()
    tags = sorted(r.removeprefix("refs/tags/") for r in refs if r.startswith("refs/tags/"))
    heads = sorted(r.removeprefix("refs/heads/") for r in refs if r.startswith("refs/heads/"))
    return tags + heads
