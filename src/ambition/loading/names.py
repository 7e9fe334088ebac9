"""File names and ids as people type them: the nearest known id, and names Windows or macOS
cannot keep apart."""

import difflib
import unicodedata
from collections.abc import Iterable

from ambition.diagnostics import Diagnostic
from ambition.diagnostics.codes import diagnostic

RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)
"""Names Windows reserves for devices, whatever the extension (con.yaml cannot be checked out)."""


def nearest(name: str, candidates: Iterable[str]) -> str | None:
    """A hint naming the candidate nearest to ``name``, if one is near enough.

    The same id in another letter case gives "write '<id>': ids are lower case"; otherwise
    difflib's closest match with a ratio of at least 0.5 gives "did you mean '<id>'?".
    """
    options = list(candidates)
    folded = unicodedata.normalize("NFC", name).casefold()
    for option in options:
        if unicodedata.normalize("NFC", option).casefold() == folded:
            return f"write '{option}': ids are lower case"
    matches = difflib.get_close_matches(name, options, n=1, cutoff=0.5)
    return f"did you mean '{matches[0]}'?" if matches else None


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
                    f"Windows cannot use the file name {name}",
                    "rename the file (and the id in it), e.g. with a prefix or a longer word",
                )
            )
        folded = unicodedata.normalize("NFC", relpath).casefold()
        if folded not in seen:
            seen[folded] = relpath
            continue
        other = seen[folded]
        if relpath.casefold() == other.casefold():
            how = "letter case"
        elif unicodedata.normalize("NFC", relpath) == unicodedata.normalize("NFC", other):
            how = f"Unicode normalisation (this name is {_form(relpath)}, the other {_form(other)})"
        else:
            how = "letter case and Unicode normalisation"
        found.append(
            diagnostic(
                "file-name-collision",
                relpath,
                0,
                0,
                f"this file name differs from {other} only in {how}: the two are "
                f"one file on {'Windows and macOS' if how == 'letter case' else 'macOS'}",
                "keep one of them; ids and file names use lower-case a-z, 0-9 and hyphens",
            )
        )
    return found


def _form(text: str) -> str:
    """The Unicode normalisation form of ``text``: NFC (as most programs write) or NFD (macOS)."""
    if unicodedata.is_normalized("NFC", text):
        return "NFC"
    return "NFD" if unicodedata.is_normalized("NFD", text) else "mixed"
