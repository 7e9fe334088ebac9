"""Editing data files without losing a byte of what people wrote.

Files are never re-serialised: a machine-written top-level block (``proposal:``) is replaced as
text, or appended, and everything else (comments, key order, quoting, blank lines, indentation,
flow style, long texts, a byte-order mark, each line's own line ending) stays exactly as it was.
The block is found by the YAML parser, not by the look of a line (``place_block``); a file where
it cannot be placed safely raises ``PlacementError`` with the line. Writes are atomic: a
temporary file ``.<name>.<8 random characters>.tmp`` in the same folder, then a rename, so an
interruption leaves the file either as it was or as intended; ``remove_leftovers`` deletes the
temporary files an interrupted write left behind.
"""

import contextlib
import errno
import functools
import json
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ambition.messages.text import Text
from ambition.messages.text import text as message
from ambition.numbers import round_half_up
from ambition.yaml.scan import Node, scan_text

try:
    import fcntl
except ImportError:  # Windows: leftovers are recognised by their age alone
    fcntl = None  # type: ignore[assignment]

BOM = "\ufeff"

Scalar = str | int | float | bool | None
BlockValue = Scalar | Mapping[str, Scalar]


@dataclass(frozen=True)
class TextFile:
    """A file's text with LF line endings, and how to write it back: BOM and line ending.

    One ending for the whole file: a file whose lines end differently would come back with
    CRLF on every line. The commands use ``ExactText``, which keeps each line's own; this
    stays for editors that only ever see files of one convention.
    """

    text: str
    bom: bool = False
    newline: str = "\n"

    @classmethod
    def read(cls, path: Path) -> "TextFile":
        """Read ``path`` as UTF-8; raises OSError or UnicodeDecodeError."""
        raw = path.read_bytes().decode("utf-8")
        bom = raw.startswith(BOM)
        raw = raw.removeprefix(BOM)
        newline = "\r\n" if "\r\n" in raw else "\n"
        return cls(raw.replace("\r\n", "\n"), bom, newline)

    def encoded(self) -> bytes:
        """The bytes to write: the BOM and line endings as the file had them."""
        text = self.text.replace("\n", self.newline)
        return ((BOM if self.bom else "") + text).encode("utf-8")


def plain_number(value: float, decimals: int = 4) -> str:
    """``value`` as a plain decimal (never an exponent, which YAML 1.1 reads as text), rounded
    half up to at most ``decimals`` places, trailing zeros dropped: 0.48529 → '0.4853'."""
    text = format(round_half_up(value, decimals).normalize(), "f")
    return "0" if text == "-0" else text


def yaml_scalar(value: Scalar) -> str:
    """A scalar written so that YAML 1.2 and 1.1 readers both read it back the same.

    Numbers as plain decimals, booleans as true/false, None as null, and strings in double
    quotes (JSON escapes are valid YAML), unless they are plain lower-case ids such as
    'achieved', which no YAML reader mistakes for anything else.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return plain_number(value)
    if value and all(c.islower() or c == "_" for c in value) and value not in _YAML11_WORDS:
        return value
    return _UNPRINTABLE.sub(_escape, json.dumps(value, ensure_ascii=False))


def _escape(match: "re.Match[str]") -> str:
    return f"\\u{ord(match.group()):04x}"


_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def render_block(key: str, fields: Mapping[str, BlockValue], indent: int, comment: str) -> str:
    """A top-level ``key:`` block with one line per field; mappings become nested blocks."""
    pad = " " * indent
    lines = [f"{key}:  # {comment}" if comment else f"{key}:"]
    for name, value in fields.items():
        if isinstance(value, Mapping):
            if not value:
                continue
            lines.append(f"{pad}{name}:")
            lines.extend(f"{pad * 2}{k}: {yaml_scalar(v)}" for k, v in value.items())
        elif value is not None:
            lines.append(f"{pad}{name}: {yaml_scalar(value)}")
    return "\n".join(lines) + "\n"


def indentation(text: str) -> int:
    """The indentation width the file uses for nested mappings (2 when it cannot tell)."""
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        width = len(line) - len(stripped)
        if width and stripped and not stripped.startswith(("#", "-")):
            return width
    return 2


_BREAK = re.compile(r"\r\n|\r|\n")
_MARKER = re.compile(r"(?:---|\.\.\.)(?:[ \t].*)?(?:\r\n|\r|\n)?")
_NOT_PLACEABLE = re.compile("[\u0085\u2028\u2029]")
# What a YAML reader does not take as written in a double-quoted scalar: C1 controls, DEL, the
# line separators that YAML 1.1 readers break lines at, the BOM, surrogates, non-characters.
_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")


class PlacementError(ValueError):
    """A block cannot be placed in a file without changing what else it says: ``line`` (1-based)
    is where, ``reason`` why, ``hint`` what the person who wrote the file can do."""

    def __init__(self, line: int, reason: Text, hint: Text) -> None:
        super().__init__(f"line {line}: {reason.render('en')}")
        self.line, self.reason, self.hint = line, reason, hint


def split_lines(text: str) -> list[str]:
    """``text`` cut after each line break (CRLF, LF or a lone CR, as YAML counts them), each
    line keeping its own ending; unlike ``str.splitlines``, U+2028 and U+0085 do not break."""
    lines: list[str] = []
    start = 0
    for match in _BREAK.finditer(text):
        lines.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        lines.append(text[start:])
    return lines


def _ending(line: str) -> str:
    return line[len(line.rstrip("\r\n")) :]


def _content_end(lines: list[str], start: int, end: int) -> int:
    """``end`` moved back over blank lines and comments at the left margin, down to ``start``."""
    while end > start and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    return end


@functools.lru_cache(maxsize=16)  # the proof asks again for the texts just placed
def block_span(text: str, key: str) -> tuple[int, int]:
    """The lines ``[start, end)`` of ``split_lines(text)`` that hold the top-level ``key:`` and
    its value, found by the YAML parser (so a quoted text that looks like ``key:``, or a key
    written ``key :`` or ``"key":``, is seen as what it is); blank lines and left-margin
    comments after the value are not part of it. When the key is absent, an empty span at the
    end of the document: before a document end marker (``...``), after trailing comments.

    Raises PlacementError (with the 1-based line) when the file is not one block mapping at
    the left margin, holds the key twice, holds a line separator (U+2028, U+2029, U+0085)
    that readers count differently, or a second document.
    """
    separator = _NOT_PLACEABLE.search(text)
    if separator is not None:
        line = text.count("\n", 0, separator.start()) + 1
        raise PlacementError(
            line,
            message("edit.separator", code=f"{ord(separator.group()):04X}"),
            message("edit.separator.fix"),
        )
    lines = split_lines(text)
    root = scan_text(text).root
    limit = _document_end(lines)
    if root is None or (root.is_scalar and root.plain and not root.text):  # no document, or '---'
        return limit, limit
    if root.entries is None or lines[root.line][root.column : root.column + 1] in ("{", "["):
        raise PlacementError(
            root.line + 1,
            message("edit.not-mapping"),
            message("edit.not-mapping.fix"),
        )
    keys = sorted(
        (n.key_line or 0, n.key_column or 0, k) for k, ns in root.entries.items() for n in ns
    )
    indented = [(line, column) for line, column, _ in keys if column]
    if indented:
        raise PlacementError(
            indented[0][0] + 1,
            message("edit.indented"),
            message("edit.indented.fix"),
        )
    found = [line for line, _, name in keys if name == key]
    if len(found) > 1:
        raise PlacementError(
            found[1] + 1,
            message("edit.twice", key=key, first=found[0] + 1, second=found[1] + 1),
            message("edit.twice.fix"),
        )
    if not found:
        return _insertion(lines, limit, root, keys)
    after = [line for line, _, _ in keys if line > found[0]]
    end = _content_end(lines, found[0] + 1, after[0] if after else limit)
    return found[0], end


def _document_end(lines: list[str]) -> int:
    """The index of the document end marker (``...``), or the number of lines; raises
    PlacementError at a second document (a ``---`` after content, or content after ``...``)."""
    content, limit = False, len(lines)
    for i, line in enumerate(lines):
        if _MARKER.fullmatch(line):
            if line.startswith("."):
                limit = i
                break
            if content:
                raise PlacementError(i + 1, message("edit.documents"), _ONE_DOC)
            content = line[3:].strip()[:1] not in ("", "#")
        elif line.strip() and not line.startswith("#"):
            content = True
    for i in range(limit + 1, len(lines)):
        if lines[i].strip() and not lines[i].startswith(("#", "...")):
            raise PlacementError(limit + 1, message("edit.documents"), _ONE_DOC)
    return limit


def _insertion(
    lines: list[str], limit: int, root: Node, keys: list[tuple[int, int, str]]
) -> tuple[int, int]:
    """Where a missing block goes: at ``limit``, unless the file ends inside a block text
    (``|`` or ``>``) without a final line break. The break an appended block needs would join
    that text (``|`` keeps one final break), so the block goes before the last key then, and
    before the comments that lead up to it."""
    if limit < len(lines) or not lines or _ending(lines[-1]) or lines[-1].startswith("#"):
        return limit, limit
    last_line, _, last_key = keys[-1]
    node = (root.entries or {})[last_key][-1]
    if not node.is_scalar or lines[node.line][node.column : node.column + 1] not in ("|", ">"):
        return limit, limit
    previous = [line for line, _, _ in keys if line < last_line]
    start = _content_end(lines, previous[-1] + 1 if previous else 0, last_line)
    return start, start


_ONE_DOC = message("edit.documents.fix")


def place_block(text: str, key: str, block: str) -> str:
    """``text`` with its top-level ``key:`` block (see ``block_span``) replaced by ``block``,
    or ``block`` inserted where a missing key goes; ``block`` is written with LF endings.

    Every other character stays as it was, line endings included: the block's lines take the
    ending of the line they replace (or of the line before them, or LF in a file without any),
    so a file with mixed endings keeps each line's own. A last line without a line break gets
    one before an appended block. Raises PlacementError as ``block_span`` does.
    """
    lines = split_lines(text)
    start, end = block_span(text, key)
    if start < end:
        newline = _ending(lines[start]) or _ending(lines[start - 1] if start else "") or "\n"
        lead = ""
    else:
        previous = _ending(lines[start - 1]) if start else ""
        newline = previous or next((_ending(x) for x in lines if _ending(x)), "\n")
        lead = "" if not start or previous else newline
    new = lead + block.replace("\n", newline)
    return "".join(lines[:start]) + new + "".join(lines[end:])


def replace_block(text: str, key: str, block: str) -> str:
    """``text`` with its top-level ``key:`` block replaced by ``block``, or ``block`` appended:
    ``place_block`` under its first name. Raises PlacementError where the block cannot be
    placed safely (the first version wrote such files anyway, some of them broken)."""
    return place_block(text, key, block)


@dataclass(frozen=True)
class ExactText:
    """A file's text exactly as written, each line with its own ending, and whether a
    byte-order mark came before it; unlike ``TextFile``, nothing is normalised."""

    text: str
    bom: bool = False

    @classmethod
    def decode(cls, raw: bytes) -> "ExactText":
        """``raw`` as UTF-8; raises UnicodeDecodeError."""
        text = raw.decode("utf-8")
        return cls(text.removeprefix(BOM), text.startswith(BOM))

    def encoded(self) -> bytes:
        """The bytes to write: the BOM if there was one, then the text."""
        return ((BOM if self.bom else "") + self.text).encode("utf-8")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    Raises OSError; on any error the temporary file is removed and ``path`` is untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if fcntl is not None:  # held until closed: tells remove_leftovers the file is in use
            with contextlib.suppress(OSError):  # a file system without locks: age alone
                fcntl.flock(handle, fcntl.LOCK_EX)
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


LEFTOVER = re.compile(r"\.(?P<name>[^/\\]+\.yaml)\.[a-z0-9_]{8}\.tmp")
"""The name of a temporary file of ``write_atomic``: ``.`` + the file's name (``.yaml``) + ``.``
+ the 8 characters ``tempfile`` draws from a-z, 0-9 and ``_`` + ``.tmp``."""
LEFTOVER_AGE = 2.0
"""Seconds a temporary file must be old before it counts as left over (a write takes
milliseconds; on Windows, where there is no lock to ask, the age alone decides)."""


def remove_leftovers(root: Path, folder: str = "data", now: float | None = None) -> list[str]:
    """Delete the temporary files that interrupted writes left in ``root`` and under
    ``root/folder``; return their repository-relative paths, sorted.

    Only names ``LEFTOVER`` matches exactly are touched, only regular files (never a link, a
    folder or a FIFO), only when older than ``LEFTOVER_AGE`` seconds (``now``: the clock, for
    tests) and not locked by a write in progress. A file that cannot be deleted is left.
    """
    clock = time.time() if now is None else now
    removed = []
    for path in _candidates(root, root / folder):
        try:
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode) or clock - info.st_mtime < LEFTOVER_AGE:
                continue
            if fcntl is not None and not _unlocked(path):
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path.relative_to(root).as_posix())
    return sorted(removed)


def _candidates(root: Path, folder: Path) -> Iterator[Path]:
    for parent, folders, files in os.walk(folder):  # os.walk follows no link to a folder
        folders[:] = [name for name in folders if not name.startswith(".")]
        yield from (Path(parent) / name for name in files if LEFTOVER.fullmatch(name))
    try:
        yield from (entry for entry in root.iterdir() if LEFTOVER.fullmatch(entry.name))
    except OSError:
        return


def _unlocked(path: Path) -> bool:
    handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:  # held by a write; without locks at all, the age decides
        return error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
    finally:
        os.close(handle)
    return True
