"""File names and ids as people type them: the nearest known id, and names Windows or macOS
cannot keep apart."""

import difflib
import unicodedata
from collections.abc import Iterable

from ambition.diagnostics import Diagnostic
from ambition.diagnostics.codes import diagnostic
from ambition.messages.text import Text, text

RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)
"""Names Windows reserves for devices, whatever the extension (con.yaml cannot be checked out)."""


def nearest(name: str, candidates: Iterable[str], cutoff: float = 0.5) -> Text | None:
    """A hint naming the candidate nearest to ``name``, if one is near enough.

    The same id in another letter case gives "write '<id>': ids are lower case"; otherwise
    difflib's closest match with a ratio of at least ``cutoff`` gives "did you mean '<id>'?"
    (a sheet's ids ask for 0.6, so that 'okand' is not taken for 'folkmangd').
    """
    options = list(candidates)
    folded = unicodedata.normalize("NFC", name).casefold()
    for option in options:
        if unicodedata.normalize("NFC", option).casefold() == folded:
            return text("nearest.case", option=option)
    matches = difflib.get_close_matches(name, options, n=1, cutoff=cutoff)
    return text("nearest", option=matches[0]) if matches else None


def name_problems(relpaths: Iterable[str]) -> list[Diagnostic]:
    """Names in one folder that Windows reserves, and names that differ only in letter case or
    Unicode normalisation (one file on Windows and macOS, or on macOS)."""
    found: list[Diagnostic] = []
    seen: dict[str, str] = {}
    for relpath in relpaths:
        name = relpath.rsplit("/", 1)[-1]
        if name.split(".", 1)[0].lower() in RESERVED_NAMES:
            found.append(
                diagnostic(
                    "file-name-reserved",
                    relpath,
                    0,
                    0,
                    text("file-name-reserved", name=name),
                    text("file-name-reserved.fix"),
                )
            )
        folded = unicodedata.normalize("NFC", relpath).casefold()
        if folded not in seen:
            seen[folded] = relpath
            continue
        other = seen[folded]
        if relpath.casefold() == other.casefold():
            how = text("file-name-collision.case")
        elif unicodedata.normalize("NFC", relpath) == unicodedata.normalize("NFC", other):
            how = text("file-name-collision.form", this=_form(relpath), other=_form(other))
        else:
            how = text("file-name-collision.both")
        systems = (
            "file-name-collision.windows"
            if how.key.endswith(".case")
            else "file-name-collision.macos"
        )
        found.append(
            diagnostic(
                "file-name-collision",
                relpath,
                0,
                0,
                text("file-name-collision", other=other, how=how, systems=text(systems)),
                text("file-name-collision.fix"),
            )
        )
    return found


def _form(text: str) -> str:
    """The Unicode normalisation form of ``text``: NFC (as most programs write) or NFD (macOS)."""
    if unicodedata.is_normalized("NFC", text):
        return "NFC"
    return "NFD" if unicodedata.is_normalized("NFD", text) else "mixed"
