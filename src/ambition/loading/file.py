"""One data file read as a pure function: bytes + path + kind → its source, model and findings.

``load_file`` reads nothing from disk and writes nothing anywhere: the same bytes, path and kind
always give the same ``FileResult``. That is what lets the cache remember results by content,
and lets a second process parse files for the first (``ambition.loading.parallel``).

``ambition.cache.stored.StoredResult`` is the form a result is remembered in: JSON text for the
diagnostics and the model, never a pickle. ``FileResult.stored`` and ``restore`` convert; a
result whose model would not read back equal to itself is never stored.
"""

import json
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from ambition.cache.stored import StoredResult
from ambition.diagnostics import Diagnostic
from ambition.diagnostics.codes import diagnostic
from ambition.layout import FileKind
from ambition.loading.model_errors import validation_diagnostics
from ambition.messages.reasons import os_reason
from ambition.messages.text import Text, text
from ambition.yaml.decode import decode_source
from ambition.yaml.parse import ambiguity, parse
from ambition.yaml.positions import SourceFile

_BEFORE_MODEL = frozenset({"not-finite", "colliding-keys", "year-out-of-range"})
"""Found before the model is applied; the model's diagnostics at the same place are left out,
and the file's model is not used."""


@dataclass(frozen=True, eq=False)
class FileResult:
    """What one file held: its ``source`` (None when its bytes are not UTF-8 text), its
    validated ``model`` (None when it is unusable) and its ``diagnostics`` in the order found.

    ``relpath`` is repository-relative with forward slashes; ``kind`` the layout's file kind.
    """

    relpath: str
    kind: FileKind
    source: SourceFile | None
    model: BaseModel | None
    diagnostics: tuple[Diagnostic, ...]

    def stored(self) -> StoredResult | None:
        """The form in which the result can be remembered, or None when its model would not
        read back equal to itself (then it must be computed again)."""
        dumped: str | None = None
        if self.model is not None:
            dumped = self.model.model_dump_json(exclude_unset=True)
            try:
                if type(self.model).model_validate_json(dumped) != self.model:
                    return None
            except ValueError:
                return None
        found = (
            json.dumps([d.as_record() for d in self.diagnostics], ensure_ascii=False)
            if self.diagnostics
            else "[]"
        )
        return StoredResult(found, self.source is not None, dumped)


def restore(stored: StoredResult, raw: bytes, relpath: str, kind: FileKind) -> FileResult | None:
    """The result of ``stored`` again, for the bytes ``raw`` it was made from; None when the stored text
    cannot be read back (damaged, or written by another version), so the file is loaded
    again instead."""
    try:
        found = (
            ()
            if stored.diagnostics == "[]"
            else tuple(Diagnostic.from_record(d) for d in json.loads(stored.diagnostics))
        )
        source = None
        if stored.has_source:
            source, _ = decode_source(raw, relpath)
            if source is None:
                return None
        model = None if stored.model is None else kind.model().model_validate_json(stored.model)
    except (ValueError, KeyError, TypeError):  # pydantic's ValidationError is a ValueError
        return None
    return FileResult(relpath, kind, source, model, found)


def load_file(raw: bytes, relpath: str, kind: FileKind) -> FileResult:
    """Decode, parse and validate the bytes of one file of ``kind`` found at ``relpath``.

    Problems are diagnostics in the result, never exceptions: undecodable bytes leave no source,
    a syntax error or a refused construct leaves no model, and so do the findings made before
    the model (not-finite numbers, colliding keys, years out of range). A file of a kind that
    allows it (``comments_only_allowed``) and holds only comments is an empty model.
    """
    source, found = decode_source(raw, relpath)
    if source is None:
        return FileResult(relpath, kind, None, None, tuple(found))
    document, parsed = parse(source)
    if (
        document is None
        and kind.comments_only_allowed
        and [d.code for d in parsed] == ["empty-file"]
    ):
        # An assessment started but not yet written (only comments) is allowed: every field of
        # an assessment is optional, and `ambition status` says what is missing. A file with
        # not even a comment was emptied (or never written): that is said.
        document, parsed = {}, ([] if "#" in source.text else [_emptied(relpath)])
    if document is None:
        return FileResult(relpath, kind, source, None, (*found, *parsed))
    model = kind.model()
    item: BaseModel | None = None
    from_model: list[Diagnostic] = []
    try:
        item = model.model_validate(document)
    except ValidationError as error:
        from_model = validation_diagnostics(source, error, model)
    merged = _merge(source, parsed, from_model)
    if any(d.code in _BEFORE_MODEL for d in parsed):
        item = None
    return FileResult(relpath, kind, source, item, (*found, *merged))


def unreadable(relpath: str, kind: FileKind, error: OSError) -> FileResult:
    """The result of a file that exists but cannot be read (locked, no permission)."""
    return _unread(
        relpath,
        kind,
        diagnostic(
            "unreadable-file",
            relpath,
            0,
            0,
            text("unreadable-file", reason=os_reason(error)),
            text("unreadable-file.fix"),
        ),
    )


def _unread(relpath: str, kind: FileKind, found: Diagnostic) -> FileResult:
    return FileResult(relpath, kind, None, None, (found,))


def _emptied(relpath: str) -> Diagnostic:
    return diagnostic(
        "empty-assessment",
        relpath,
        0,
        0,
        text("empty-assessment", path=relpath),
        text("empty-assessment.fix"),
    )


def too_large(relpath: str, kind: FileKind, size: int, limit: int) -> FileResult:
    """The result of a file of ``size`` bytes, over the ``limit`` (bytes); it was not read."""
    return _unread(
        relpath,
        kind,
        diagnostic(
            "too-large",
            relpath,
            0,
            0,
            text("too-large", size=_size(size), limit=_size(limit)),
            text("too-large.fix"),
        ),
    )


def _size(count: int) -> Text:
    """``1_000_000`` → '1 000 000 bytes (1.0 MB)', ``2293`` → '2 293 bytes' (as texts)."""
    if count >= 100_000:
        return text("too-large.megabytes", count=count, megabytes=count / 1_000_000)
    return text("too-large.bytes", count=count)


def _merge(
    source: SourceFile, before: list[Diagnostic], from_model: list[Diagnostic]
) -> list[Diagnostic]:
    """The diagnostics of one file, one per place.

    What the parser found first (NaN, colliding keys) wins over the model at the same place;
    the model wins over the YAML 1.1 ambiguities, which are added only where nothing else is.
    """
    taken = {(d.line, d.column) for d in before}
    collided = {d.yaml_path for d in before if d.code == "colliding-keys"}
    merged = [
        *before,
        *(d for d in from_model if (d.line, d.column) not in taken and d.yaml_path not in collided),
    ]
    taken |= {(d.line, d.column) for d in merged}
    for finding in source.findings():
        found = ambiguity(source, finding)
        if found is not None and (found.line, found.column) not in taken:
            merged.append(found)
            taken.add((found.line, found.column))
    return merged
