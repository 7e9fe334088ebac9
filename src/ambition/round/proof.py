"""Write-back that proves itself: a file is replaced only when its new text says what the old
one said, outside one top-level block, and validates as before.

``prove`` parses the new text and checks three things before anything is written: every
character outside the block is the old file's (each line ending included), the document outside
the block is equal to the old one and the block holds exactly the intended values, and loading
the file gives no diagnostic that the old file did not give. A file that fails any of them is
not written; the ``Refusal`` says where and why.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ambition.layout import FileKind
from ambition.loading.file import load_file
from ambition.messages.text import Text, text
from ambition.yaml.edit import (
    BlockValue,
    ExactText,
    PlacementError,
    block_span,
    plain_number,
    split_lines,
)
from ambition.yaml.parse import parse
from ambition.yaml.positions import SourceFile

_REWRITE_HINT = text("write.rewrite")


@dataclass(frozen=True)
class Refusal:
    """A file that was not written: ``relpath`` (repository-relative), the 1-based ``line``
    where the block could not be placed safely, ``reason`` and a ``hint`` with the fix."""

    relpath: str
    line: int
    reason: Text
    hint: Text

    def text(self) -> Text:
        """The refusal as one catalogue text, ``path:line: reason — hint``."""
        return text(
            "write.refusal", path=self.relpath, line=self.line, reason=self.reason, hint=self.hint
        )

    def format(self, lang: str = "en") -> str:
        """One line in ``lang``, ``path:line: reason — hint``."""
        return self.text().render(lang)


def refusal(relpath: str, error: PlacementError) -> Refusal:
    """The refusal for a block that ``place_block`` could not place."""
    return Refusal(relpath, error.line, text("write.cannot-place", reason=error.reason), error.hint)


def _document(relpath: str, text: str) -> dict[Any, Any] | None:
    document, _ = parse(SourceFile(relpath, text))
    return document


def _outside(text: str, key: str) -> tuple[str, str, int]:
    """The text before and after the ``key`` block, and the block's 1-based first line."""
    lines = split_lines(text)
    start, end = block_span(text, key)
    return "".join(lines[:start]), "".join(lines[end:]), start + 1


def prove(
    relpath: str,
    kind: FileKind,
    key: str,
    expected: object,
    old: bytes | None,
    new: bytes,
    *,
    appended: object = None,
) -> Refusal | None:
    """None when ``new`` may replace ``old`` (None: the file is new), else the Refusal.

    ``expected`` is the value the ``key`` block must read back as (what YAML 1.2 makes of it,
    e.g. ``plain_values`` of the fields); with ``appended``, the block must read as the old
    file's list under ``key`` with that item added at its end. Checks, in this order: the block is found again by
    the parser; outside it every character is the old one's (an old last line without a line
    break may have gained one); the document outside the block equals the old document; the
    block reads back as ``expected``; loading the new file gives no diagnostic (code and
    message) that the old one did not.
    """
    new_text = ExactText.decode(new)
    try:
        before, after, line = _outside(new_text.text, key)
    except PlacementError as error:
        return Refusal(
            relpath,
            error.line,
            text("write.not-found-again", reason=error.reason),
            _REWRITE_HINT,
        )
    old_text = None if old is None else ExactText.decode(old)
    if old_text is not None:
        try:
            old_before, old_after, _ = _outside(old_text.text, key)
        except PlacementError as error:
            return Refusal(relpath, error.line, error.reason, _REWRITE_HINT)
        gained = before[len(old_before) :]
        if (
            old_text.bom != new_text.bom
            or not before.startswith(old_before)
            or gained not in ("", "\n", "\r\n", "\r")
            or (gained and old_before.endswith(("\n", "\r")))
            or after != old_after
        ):
            return Refusal(relpath, line, text("write.outside-changes"), _REWRITE_HINT)
    document = _document(relpath, new_text.text)
    if document is None:
        return Refusal(relpath, line, text("write.not-yaml"), _REWRITE_HINT)
    if old_text is not None:
        old_document = _document(relpath, old_text.text) or {}
        if appended is not None:
            expected = [*old_document.get(key, []), appended]
        if {k: v for k, v in document.items() if k != key} != {
            k: v for k, v in old_document.items() if k != key
        }:
            return Refusal(relpath, line, text("write.fields-differ"), _REWRITE_HINT)
    if document.get(key) != expected:
        return Refusal(relpath, line, text("write.not-read-back", key=key), _REWRITE_HINT)
    found = load_file(new, relpath, kind).diagnostics
    if found:
        known = (
            set()
            if old is None
            else {(d.code, d.message) for d in load_file(old, relpath, kind).diagnostics}
        )
        fresh = [d for d in found if (d.code, d.message) not in known]
        if fresh:
            return Refusal(
                relpath,
                fresh[0].line or line,
                text("write.not-valid", code=fresh[0].code, message=fresh[0].message),
                _REWRITE_HINT,
            )
    return None


def plain_values(fields: Mapping[str, BlockValue]) -> dict[str, Any]:
    """What the block ``render_block`` writes for ``fields`` reads back as: fields that are None
    and empty mappings left out, floats rounded as ``yaml_scalar`` writes them."""

    def value(item: Any) -> Any:
        return float(plain_number(item)) if isinstance(item, float) else item

    result: dict[str, Any] = {}
    for name, item in fields.items():
        if isinstance(item, Mapping):
            if item:
                result[name] = {k: value(v) for k, v in item.items()}
        elif item is not None:
            result[name] = value(item)
    return result
