"""Invisible and misleading characters: the format characters (Unicode category Cf).

Bidirectional controls (U+202A–U+202E, U+2066–U+2069) make an editor or a review page show
other text than the file holds; zero-width characters (U+200B–U+200D, U+2060, U+FEFF inside the
text) make two ids that look alike differ. ``format_characters`` finds every one, with one
regular-expression search of the text when there is none (the usual case). In a key or an id
it is an error (``invisible-character-in-id``), in a text a warning (``invisible-character``).
"""

import re
import unicodedata
from collections.abc import Iterator

from ambition.diagnostics import Diagnostic
from ambition.diagnostics.codes import diagnostic
from ambition.messages.text import Text, text

_CF_RANGES = (
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)
"""The code points of Unicode category Cf (format), as ranges; tests/yaml/test_invisible.py
checks them against ``unicodedata`` (Unicode 14 and later, with U+13439–U+1343F of 15)."""


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "[" + "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a) for a, b in ranges) + "]"


FORMAT_CHARACTERS = re.compile(_class(_CF_RANGES))
"""One format character (category Cf)."""
_IN_BMP = re.compile(_class(tuple(r for r in _CF_RANGES if r[1] <= 0xFFFF)))
"""The same, in the Basic Multilingual Plane: a class with astral ranges is searched four times
slower (15 ms against 4 ms on the 1,572 files of build/bench/r300)."""

_NAMES = {
    0x200B: "zero-width-space",
    0x200C: "zero-width-non-joiner",
    0x200D: "zero-width-joiner",
    0x2060: "word-joiner",
    0xFEFF: "zero-width-no-break-space",
    0x00AD: "soft-hyphen",
}
_KEY = re.compile(r"\s*(?:-\s+)?(\"[^\"]*\"|'[^']*'|[^\s:#][^:#]*?)\s*:(?:\s|$)")
_ID_KEYS = frozenset({"id"})


def describe(char: str) -> Text:
    """``'\u202e'`` → the text 'the right-to-left override U+202E, which changes the order in
    which the text is shown'; Unicode's own (English) name where the catalogue has none."""
    point = ord(char)
    code = f"U+{point:04X}"
    if 0x202A <= point <= 0x202E or 0x2066 <= point <= 0x2069 or point in (0x200E, 0x200F):
        name = unicodedata.name(char, "bidirectional control").lower()
        return text("character.bidi", name=name, code=code)
    if point in _NAMES:
        return text("character." + _NAMES[point], code=code)
    name = unicodedata.name(char, "format character").lower()
    key = "character.named" if "invisible" in name else "character.other"
    return text(key, name=name, code=code)


def format_characters(relpath: str, source: str) -> Iterator[Diagnostic]:
    """A diagnostic for every format character of ``source`` (the file at ``relpath``), by line
    (1-based) and column (1-based, in characters)."""
    if source.isascii() or (
        _IN_BMP.search(source) is None and len(source.encode("utf-16-le")) == 2 * len(source)
    ):
        return  # no format character, and no character beyond U+FFFF that could be one
    for number, line in enumerate(source.split("\n"), start=1):
        for found in FORMAT_CHARACTERS.finditer(line):
            key = _KEY.match(line)
            in_key = key is not None and found.start() < key.end(1)
            in_id = in_key or (key is not None and key.group(1).strip("\"'") in _ID_KEYS)
            what = describe(found.group())
            if in_id:
                yield diagnostic(
                    "invisible-character-in-id",
                    relpath,
                    number,
                    found.start() + 1,
                    text(
                        "invisible-character-in-id.key" if in_key else "invisible-character-in-id",
                        what=what,
                    ),
                    text("invisible-character-in-id.fix"),
                )
            else:
                yield diagnostic(
                    "invisible-character",
                    relpath,
                    number,
                    found.start() + 1,
                    text("invisible-character", what=what),
                    text("invisible-character.fix"),
                )
