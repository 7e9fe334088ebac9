"""Bytes to text: a data file is UTF-8, with or without a byte-order mark, LF or CRLF.

A file saved as UTF-16 or UTF-32, or in a legacy encoding such as Windows-1252, is reported with
a ``not-utf8`` diagnostic at its first bad byte. Control characters are found by ``parse``.
"""

import codecs
from pathlib import Path

from ambition.diagnostics import Diagnostic
from ambition.diagnostics.codes import diagnostic
from ambition.messages.text import text
from ambition.yaml.positions import SourceFile

_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def read_source(path: Path, relpath: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    """Read ``path`` as UTF-8 text; a byte-order mark is dropped and CRLF is accepted.

    Returns the source file, or None with a ``not-utf8`` diagnostic at the first bad byte.
    Raises OSError only when the file cannot be read at all.
    """
    return decode_source(path.read_bytes(), relpath)


def decode_source(raw: bytes, relpath: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    """``read_source`` for bytes already read (the cache hashes them first)."""
    for bom, encoding in _UTF16_32_BOMS:
        if raw.startswith(bom):
            return None, [
                diagnostic(
                    "not-utf8",
                    relpath,
                    1,
                    1,
                    text("not-utf8.bom", encoding=encoding),
                    text("not-utf8.fix"),
                )
            ]
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        start = before.rfind(b"\n") + 1
        column = len(before[start:].decode("utf-8", errors="replace")) + 1
        byte = raw[error.start]
        guess = "not-utf8.latin1" if byte in b"\xe5\xe4\xf6" else "not-utf8.byte"
        return None, [
            diagnostic(
                "not-utf8",
                relpath,
                line,
                column,
                text(guess, byte=f"0x{byte:02x}"),
                text("not-utf8.fix"),
            )
        ]
    return SourceFile(relpath, decoded), []
