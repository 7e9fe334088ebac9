"""What changed in the ambition level between two git revisions of a data repository, or
between a revision and the working tree.

Committed states are read through :mod:`ambition.diff.git` into a temporary folder and loaded
like any repository; the two are compared with :func:`ambition.diff.compare.compare`.
"""

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import ambition.diff.git as diff_git
from ambition.diagnostics import Severity
from ambition.diff.compare import AmbitionDiff, compare
from ambition.errors import InvalidRevisionError
from ambition.loading.repository import LoadResult, load_repository
from ambition.messages.text import Text, text
from ambition.repository import Repository


@dataclass(frozen=True)
class Revision:
    """One side of a comparison: a git revision as the user named it and its commit id, or the
    working tree (both None)."""

    name: str | None
    commit: str | None

    @property
    def is_working_tree(self) -> bool:
        """True for the working tree."""
        return self.name is None


WORKING_TREE = Revision(None, None)
WORKING_TREE_NAME = "the working tree"


@dataclass(frozen=True)
class RevisionDiff:
    """The comparison of two revisions of a data repository kept in git.

    ``data_path`` is the data repository's folder relative to git's top level ('' at the top);
    ``root`` is the data repository in the working tree (its ``templates/`` override defaults).
    """

    before: Revision
    after: Revision
    data_path: str
    root: Path
    changes: AmbitionDiff


def diff_revisions(root: Path, before: str, after: str | None = None) -> RevisionDiff:
    """Compare the data repository at ``root`` as it was at git revision ``before`` with
    revision ``after``, or with the working tree when ``after`` is None.

    Committed states are read from git's objects into a temporary folder; the working tree, the
    index and the refs are never touched. The working tree is read as ``ambition validate``
    reads it, uncommitted and untracked files included.

    Raises GitError when git is missing or ``root`` is not in a git repository,
    UnknownRevisionError for a revision git does not know, and InvalidRevisionError when the
    data of either side does not load without errors.
    """
    location = diff_git.locate(root)
    before_commit = diff_git.resolve(location, before)
    after_commit = diff_git.resolve(location, after) if after is not None else None
    with tempfile.TemporaryDirectory(prefix="ambition-diff-") as folder:
        old = _load_revision(location, before, before_commit, Path(folder) / "before")
        if after is None or after_commit is None:
            new = _checked(load_repository(root), WORKING_TREE_NAME, text("git.working-tree"))
        else:
            new = _load_revision(location, after, after_commit, Path(folder) / "after")
    return RevisionDiff(
        Revision(before, before_commit),
        Revision(after, after_commit) if after is not None else WORKING_TREE,
        location.prefix.rstrip("/"),
        root,
        compare(old, new),
    )


def _load_revision(
    location: diff_git.GitLocation, name: str, commit: str, folder: Path
) -> Repository:
    _materialise(location, name, commit, folder)
    where = text("git.revision", name=name, commit=commit[:7])
    return _checked(load_repository(folder), name, where)


def _materialise(location: diff_git.GitLocation, name: str, commit: str, folder: Path) -> None:
    """The data repository at ``commit`` written into ``folder``; raises InvalidRevisionError
    when the commit has none where the working tree has it."""
    if diff_git.materialise(location, commit, folder) == 0:
        place = f"'{location.prefix}'" if location.prefix else text("git.top-level")
        raise InvalidRevisionError(
            text("git.no-data", name=name, commit=commit[:7], place=place), name, []
        )


@dataclass(frozen=True)
class Snapshot:
    """A data repository as it was at a git revision, written into a temporary ``root``:
    the revision as named and its commit, and the tags and branches that point at it."""

    revision: Revision
    names: tuple[str, ...]
    root: Path

    @property
    def short(self) -> str:
        """The commit's short id (7 hex digits, as git shows it)."""
        return (self.revision.commit or "")[:7]

    @property
    def label(self) -> str:
        """The short id and the names, e.g. 'a1b2c3d (v2023, main)', else the short id."""
        return f"{self.short} ({', '.join(self.names)})" if self.names else self.short


@contextmanager
def snapshot(root: Path, revision: str) -> Iterator[Snapshot]:
    """The data repository at ``root`` as it was at git revision ``revision``, read from git's
    objects into a temporary folder that lasts as long as the ``with`` block (``ambition
    report --revision``). The working tree, the index and the refs are never touched.

    Raises GitError when git is missing or ``root`` is not in a git repository,
    UnknownRevisionError for a revision git does not know, and InvalidRevisionError when the
    revision has no data repository. The data itself is not checked: load it as any other.
    """
    location = diff_git.locate(root)
    commit = diff_git.resolve(location, revision)
    found = tuple(diff_git.names(location, commit))
    with tempfile.TemporaryDirectory(prefix="ambition-revision-") as folder:
        _materialise(location, revision, commit, Path(folder))
        yield Snapshot(Revision(revision, commit), found, Path(folder))


def _checked(loaded: LoadResult, name: str, where: Text) -> Repository:
    errors = [d for d in loaded.diagnostics if d.severity is Severity.ERROR]
    if loaded.repository is None or errors:
        advice = text("git.fix-working-tree" if name == WORKING_TREE_NAME else "git.fix-revision")
        said = text("git.does-not-load", where=where, count=len(errors), advice=advice)
        raise InvalidRevisionError(said, name, errors)
    return loaded.repository
