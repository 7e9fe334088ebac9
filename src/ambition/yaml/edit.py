"""Editing data files without losing a byte of what people wrote.

Files are never re-serialised: a machine-written top-level block (``proposal:``) is replaced as
text, or appended, and everything else (comments, key order, quoting, blank lines, indentation,
flow style, long texts, a byte-order mark, LF or CRLF line endings) stays exactly as it was.
Writes are atomic: a temporary file in the same folder, then a rename, so an interruption
leaves the file either as it was or as intended.
"""

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ambition.numbers import round_half_up

BOM = "\ufeff"

Scalar = str | int | float | bool | None
BlockValue = Scalar | Mapping[str, Scalar]


@dataclass(frozen=True)
class TextFile:
    """A file's text with LF line endings, and how to write it back: BOM and line ending."""

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
    return json.dumps(value, ensure_ascii=False)


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


def replace_block(text: str, key: str, block: str) -> str:
    """``text`` with its top-level ``key:`` block replaced by ``block``, or ``block`` appended.

    The block is the key's line and the indented or blank lines after it, less trailing blank
    lines; a comment or key at the left margin ends it, so comments that belong to the next key
    stay where they are.
    """
    lines = text.splitlines(keepends=True)
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if line.startswith((f"{key}:", f'"{key}":', f"'{key}':"))
        ),
        None,
    )
    if start is None:
        prefix = text if not text or text.endswith("\n") else text + "\n"
        return prefix + block
    end = start + 1
    while end < len(lines) and (lines[end].strip() == "" or lines[end][0] in " \t"):
        end += 1
    while end > start + 1 and lines[end - 1].strip() == "":
        end -= 1
    return "".join(lines[:start]) + block + "".join(lines[end:])


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    Raises OSError; on any error the temporary file is removed and ``path`` is untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
