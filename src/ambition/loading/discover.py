"""Which files a repository holds, by the layout: every file to load with its kind, and what lies
where no kind lives (a ``.yml`` file, a stray folder, a period that is not configured).

``discover`` lists; it reads no file's content. Loading, the parallel parse and the benchmark
all plan from it, so they agree on which file is which kind.
"""

import errno
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ambition import layout
from ambition.diagnostics import Diagnostic
from ambition.diagnostics.codes import diagnostic
from ambition.layout import FileKind
from ambition.loading.names import name_problems, nearest
from ambition.messages.reasons import os_reason
from ambition.messages.text import Text, listing, text


@dataclass(frozen=True)
class PlannedFile:
    """A file to load: its repository-relative path, its kind, the period folder it lies in
    (None for a kind not per period) and its stem (the id it is named after)."""

    relpath: str
    kind: FileKind
    period: str | None = None

    @property
    def stem(self) -> str:
        """The file name without ``.yaml``."""
        return self.relpath.rsplit("/", 1)[-1].removesuffix(".yaml")


@dataclass
class Discovery:
    """The files to load, in the layout's order, and the findings about names and folders."""

    files: list[PlannedFile] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def discover(root: Path, period_ids: Sequence[str] | None) -> Discovery:
    """Every data file under ``root`` by the layout, in ``layout.KINDS`` order.

    ``period_ids`` are the configured periods; a period folder not among them is reported and
    not listed. With None (``ambition.yaml`` unusable) every period folder is listed, so its
    files are still checked. A required file that is missing is reported.
    """
    found = Discovery()
    for kind in layout.KINDS.values():
        if kind.single:
            problem = not_a_file(root, kind.pattern)
            if problem is None:
                found.files.append(PlannedFile(kind.pattern, kind))
            elif problem != MISSING:
                found.diagnostics.append(_not_a_file(kind.pattern, problem))
            elif kind.required:
                found.diagnostics.append(
                    diagnostic(
                        "missing-file",
                        kind.pattern,
                        0,
                        0,
                        text("missing-file", path=kind.pattern),
                        text("missing-file.fix"),
                    )
                )
        elif not kind.per_period:
            for relpath in _yaml_files(root, kind.folder, found.diagnostics):
                found.files.append(PlannedFile(relpath, kind))
    _discover_periods(root, period_ids, found)
    order = {kind.name: index for index, kind in enumerate(layout.KINDS.values())}
    found.files.sort(key=lambda planned: order[planned.kind.name])  # stable: folder order kept
    return found


def _discover_periods(root: Path, period_ids: Sequence[str] | None, found: Discovery) -> None:
    """The assessments: a folder per period, in it a folder per per-period kind."""
    kinds = [kind for kind in layout.KINDS.values() if kind.per_period]
    base = root / layout.ASSESSMENTS_DIR
    if not base.is_dir():
        return
    folders = tuple(f"{name}/" for name in layout.PERIOD_SUBFOLDERS)
    hint = listing(folders)
    for entry in sorted(base.iterdir()):
        relfolder = f"{layout.ASSESSMENTS_DIR}/{entry.name}"
        if entry.name.startswith("."):
            continue
        if not entry.is_dir():
            found.diagnostics.append(
                diagnostic(
                    "unexpected-file",
                    relfolder,
                    0,
                    0,
                    text("unexpected-file", name=entry.name),
                    text("unexpected-file.period", folder=layout.ASSESSMENTS_DIR, folders=hint),
                )
            )
            continue
        if period_ids is not None and entry.name not in period_ids:
            found.diagnostics.append(
                diagnostic(
                    "unknown-period",
                    relfolder,
                    0,
                    0,
                    text("unknown-period.folder", name=entry.name),
                    nearest(entry.name, period_ids) or text("unknown-period.fix"),
                )
            )
            continue
        for kind in kinds:
            folder = kind.folder.replace("<period>", entry.name)
            for relpath in _yaml_files(root, folder, found.diagnostics):
                found.files.append(PlannedFile(relpath, kind, entry.name))
        for other in sorted(entry.iterdir()):
            if other.name in layout.PERIOD_SUBFOLDERS or other.name.startswith("."):
                continue
            where = text("unexpected-folder.fix", folders=hint)
            if other.is_dir():
                # Assessments in a misnamed folder would silently drop out of the report.
                near = nearest(other.name, layout.PERIOD_SUBFOLDERS)
                found.diagnostics.append(
                    diagnostic(
                        "unexpected-folder",
                        f"{relfolder}/{other.name}",
                        0,
                        0,
                        text("unexpected-file", name=other.name),
                        text("words.then", first=near, then=where) if near else where,
                    )
                )
            else:
                found.diagnostics.append(
                    diagnostic(
                        "unexpected-file",
                        f"{relfolder}/{other.name}",
                        0,
                        0,
                        text("unexpected-file", name=other.name),
                        where,
                    )
                )


def _yaml_files(root: Path, relfolder: str, diagnostics: list[Diagnostic]) -> list[str]:
    """The ``*.yaml`` files of a folder, sorted; other entries are reported, hidden ones
    (a leading dot) are not."""
    try:
        with os.scandir(root / relfolder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except (FileNotFoundError, NotADirectoryError):
        return []
    files: list[str] = []
    for entry in entries:
        relpath = f"{relfolder}/{entry.name}"
        name = PurePosixPath(entry.name)
        if name.suffix == ".yaml" and not entry.name.startswith("."):
            # A regular file, not a link (the listing knows, with no system call): read it.
            problem = None if entry.is_file(follow_symlinks=False) else not_a_file(root, relpath)
            if problem is None:
                files.append(relpath)
            else:
                diagnostics.append(_not_a_file(relpath, problem))
        elif entry.name.startswith("."):
            continue
        elif entry.is_file() and name.suffix.lower() in {".yml", ".yaml"}:
            diagnostics.append(
                diagnostic(
                    "wrong-extension",
                    relpath,
                    0,
                    0,
                    text("wrong-extension", name=entry.name),
                    text("wrong-extension.fix", name=f"{name.stem}.yaml"),
                )
            )
        else:
            diagnostics.append(
                diagnostic(
                    "unexpected-file",
                    relpath,
                    0,
                    0,
                    text("unexpected-file", name=entry.name),
                    text("unexpected-file.fix", folder=f"{relfolder}/"),
                )
            )
    diagnostics.extend(name_problems(files))
    return files


def not_a_file(root: Path, relpath: str) -> Text | None:
    """What the path ``relpath`` under ``root`` is when it is not a regular file inside the
    repository (``MISSING``, 'a folder', 'a dangling link' … as texts), else None.

    Only ``lstat`` and ``stat`` are asked, so nothing is opened: a FIFO or a device that would
    block a read is named here and never read.
    """
    path = root / relpath
    try:
        linked = stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError:
        return MISSING
    except OSError as error:
        return text("not-a-file.unexaminable", reason=os_reason(error))
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return text("not-a-file.dangling")
    except OSError as error:
        if error.errno == errno.ELOOP:
            return text("not-a-file.looping")
        return text("not-a-file.unexaminable", reason=os_reason(error))
    if linked:
        target = os.path.realpath(path)
        if os.path.commonpath([target, os.path.realpath(root)]) != os.path.realpath(root):
            return text("not-a-file.outside", target=target)
    if stat.S_ISREG(mode):
        return None
    for test, what in _SPECIAL:
        if test(mode):
            return text(what)
    return text("not-a-file.irregular")  # pragma: no cover - every kind of file is in _SPECIAL


_SPECIAL = (
    (stat.S_ISDIR, "not-a-file.folder"),
    (stat.S_ISFIFO, "not-a-file.fifo"),
    (stat.S_ISCHR, "not-a-file.character-device"),
    (stat.S_ISBLK, "not-a-file.block-device"),
    (stat.S_ISSOCK, "not-a-file.socket"),
)

MISSING = text("not-a-file.missing")
"""What ``not_a_file`` says of a path where there is nothing."""


def _not_a_file(relpath: str, problem: Text) -> Diagnostic:
    return diagnostic(
        "not-a-file",
        relpath,
        0,
        0,
        text("not-a-file", path=relpath, problem=problem),
        text("not-a-file.fix"),
    )
