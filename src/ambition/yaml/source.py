"""Reading YAML files: fast C-backed safe parsing, and a C-backed event scan to locate and inspect.

Measured (DESIGN.md §4): ruamel.yaml's safe loader with its C extension parses a 50-line file in
about 0.8 ms, the pure-Python round-trip loader in 4.5 ms. Plain data files are built straight
from the C parser's events (``fast_yaml``, 0.06 ms a file; docs/performance.md), everything else
by the safe loader. Positions come from a scan of the C parser's events instead of a round-trip
load, made lazily, only for files with a problem, or eagerly for a file that holds something
suspect: an anchor, alias, merge key, tag or ``%YAML`` directive (refused before the document is
built, since expanding aliases can hang a run; found by a cheap search of the text, on the
files the fast path leaves to the safe loader), or a plain value that other YAML readers
understand differently (``no``, ``1:30``, ``010``; noted by the fast path as it builds). Both
loaders and the scan use YAML 1.2, where ``no`` is text and ``010`` is 10.
"""

import codecs
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    DocumentStartEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceStartEvent,
)
from ruamel.yaml.reader import ReaderError

try:  # ruamel.yaml.clib's C parser, which has no type stubs
    from _ruamel_yaml import CParser  # type: ignore[import-not-found]
except ImportError:  # ruamel.yaml.clib is installed on CPython only
    CParser = None

from ambition.yaml import fast as fast_yaml
from ambition.diagnostics.codes import diagnostic
from ambition.diagnostics import Diagnostic

YamlPath = Sequence[str | int]
"""A path of mapping keys and sequence indices into a YAML document, e.g. ``("values", 2021)``."""

_SUSPECT = re.compile(
    r"""
    [&*!]                                  # an anchor, alias or tag (anywhere: cheap)
    | <<                                    # a merge key
    | ^%                                    # a directive
    | (?<!\w)(?:y|n|yes|no|on|off)(?!\w)    # YAML 1.1 booleans, as words
    | \d:[0-5]?\d                           # YAML 1.1 base-60 numbers
    | (?:^|[\s\[{,:?])[-+]?0[0-9_]          # numbers with a leading zero
    """,
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
"""Finds every text in which the event scan could find something; false alarms only cost time."""

# The plain values that YAML 1.1 reads as booleans; true and false mean the same in 1.2.
_YAML11_BOOLEANS = frozenset(
    {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO"}
    | {"on", "On", "ON", "off", "Off", "OFF"}
)
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+")
_LINE_SEPARATORS = re.compile("[\u0085\u2028\u2029]")
_DATE = re.compile(r"(\d{4})-\d\d?-\d\d?(?:[Tt ]|$)")
_FIRST_YEAR, _LAST_YEAR = 1900, 2200
_MAX_DEPTH = 64
"""Paths are followed this deep at most: data files are a few levels deep, and building the path
of every node of an adversarially deep document would take time quadratic in its depth."""

_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


@dataclass(slots=True)
class _Node:
    """A node of the event scan: where its value starts, where its key is, what it holds."""

    line: int
    column: int
    key_line: int | None = None
    key_column: int | None = None
    text: str | None = None  # a scalar's text as written (without quotes)
    plain: bool = False  # a scalar without quotes
    # A mapping's values by key as written; a key written twice has two values.
    entries: dict[str, list["_Node"]] | None = None
    items: list["_Node"] | None = None  # a sequence's items

    @property
    def is_scalar(self) -> bool:
        return self.entries is None and self.items is None


@dataclass(slots=True)
class _Frame:
    node: _Node
    path: tuple[str, ...]
    key: str | None = None  # the current key of a mapping, once read
    key_line: int = 0
    key_column: int = 0
    in_key: int = 0  # depth inside a complex (non-scalar) key, which is skipped


@dataclass(frozen=True, slots=True)
class Finding:
    """Something the event scan found at a position (0-based), before any model is applied."""

    kind: str
    line: int
    column: int
    text: str
    path: tuple[str, ...]


def _deeper(path: tuple[str, ...], step: str) -> tuple[str, ...]:
    return path if len(path) >= _MAX_DEPTH else (*path, step)


@dataclass(slots=True)
class Scan:
    """The result of the event scan: the position tree and what was found suspect."""

    root: _Node | None = None
    findings: list[Finding] = field(default_factory=list)
    refused: bool = False  # anchors, aliases, merge keys or tags: do not build the document


def _scan(text: str) -> Scan:
    """Walk the C parser's events once: build the position tree and note what is suspect.

    Stops quietly at a syntax error (the loader reports it); the tree then holds what came
    before it.
    """
    scanner = _Scanner()
    try:
        if CParser is None:
            for event in YAML(typ="safe", pure=False).parse(text):
                scanner.visit(event)
        else:  # the same events, without YAML's set-up per call
            parser = CParser(text)
            try:
                while (event := parser.get_event()) is not None:
                    scanner.visit(event)
            finally:
                parser.dispose()
    except (YAMLError, ValueError):
        pass
    return scanner.result


class _Scanner:
    """Turns the events of one document into a tree of ``_Node`` and a list of findings."""

    def __init__(self) -> None:
        self.result = Scan()
        self.stack: list[_Frame] = []

    def visit(self, event: Any) -> None:
        """Take one event."""
        if isinstance(event, DocumentStartEvent):
            if event.version is not None:
                version = ".".join(map(str, event.version))
                self.result.findings.append(Finding("version", 0, 0, version, ()))
        elif isinstance(event, CollectionEndEvent):
            frame = self.stack.pop()
            if not frame.in_key:
                self._done()
        elif isinstance(event, NodeEvent):
            self._node(event)

    def _note(self, kind: str, line: int, column: int, text: str, *, refuse: bool) -> None:
        self.result.refused = self.result.refused or refuse
        self.result.findings.append(Finding(kind, line, column, text, self._here()))

    def _node(self, event: Any) -> None:
        line, column = event.start_mark.line, event.start_mark.column
        if isinstance(event, AliasEvent):
            self._note("alias", line, column, event.anchor or "", refuse=True)
        else:
            if event.anchor is not None:
                self._note("anchor", line, column, event.anchor, refuse=True)
            if event.tag is not None:
                self._note("tag", line, column, event.tag, refuse=True)
        top = self.stack[-1] if self.stack else None
        if top is not None and top.in_key:
            if isinstance(event, MappingStartEvent | SequenceStartEvent):
                self.stack.append(_Frame(top.node, top.path, in_key=top.in_key + 1))
            return
        if top is not None and top.node.entries is not None and top.key is None:
            self._key(top, event, line, column)
            return
        node = _Node(line, column)
        if top is not None and top.node.entries is not None and top.key is not None:
            node.key_line, node.key_column = top.key_line, top.key_column
            path = _deeper(top.path, top.key)
            top.node.entries.setdefault(top.key, []).append(node)
        elif top is not None and top.node.items is not None:
            path = _deeper(top.path, str(len(top.node.items)))
            top.node.items.append(node)
        else:
            path = ()
            self.result.root = node
        if isinstance(event, ScalarEvent):
            node.text = event.value
            node.plain = not event.style
            if node.plain:
                self._plain(event.value, line, column, path, key=False)
            self._done()
        elif isinstance(event, MappingStartEvent):
            node.entries = {}
            self.stack.append(_Frame(node, path))
        elif isinstance(event, SequenceStartEvent):
            node.items = []
            self.stack.append(_Frame(node, path))
        else:  # an alias as a value
            self._done()

    def _key(self, top: _Frame, event: Any, line: int, column: int) -> None:
        top.key_line, top.key_column = line, column
        if isinstance(event, ScalarEvent):
            top.key = event.value
            if not event.style:
                self._plain(event.value, line, column, _deeper(top.path, event.value), key=True)
        elif isinstance(event, AliasEvent):
            top.key = "*"
        else:  # a complex key: skip it, and take its value under the key '?'
            top.key = "?"
            self.stack.append(_Frame(top.node, top.path, in_key=1))

    def _here(self) -> tuple[str, ...]:
        if not self.stack:
            return ()
        top = self.stack[-1]
        return (*top.path, top.key) if top.key is not None else top.path

    def _done(self) -> None:
        """A value is complete: its mapping expects the next key."""
        if self.stack:
            top = self.stack[-1]
            if not top.in_key and top.node.entries is not None:
                top.key = None

    def _plain(
        self, text: str, line: int, column: int, path: tuple[str, ...], *, key: bool
    ) -> None:
        findings = self.result.findings
        if key and text == "<<":
            self.result.refused = True
            findings.append(Finding("merge", line, column, text, path))
        elif text in _YAML11_BOOLEANS:
            findings.append(Finding("boolean", line, column, text, path))
        elif _SEXAGESIMAL.fullmatch(text):
            findings.append(Finding("sexagesimal", line, column, text, path))
        elif _LEADING_ZERO.fullmatch(text) and _readers_disagree(text):
            findings.append(Finding("leading-zero", line, column, text, path))


def _readers_disagree(text: str) -> bool:
    """True when YAML 1.1 reads a number with leading zeros otherwise than 1.2 (010: 8 or 10).

    ``01`` … ``07`` are the same number to both; ``08`` is text to YAML 1.1.
    """
    digits = text.lstrip("+-").replace("_", "")
    return not (set(digits) <= set("01234567") and int(digits, 8) == int(digits))


@dataclass(eq=False)
class SourceFile:
    """The text of one data file and, once asked for, the positions of its keys and values.

    ``relpath`` is the path relative to the repository root with forward slashes.
    """

    relpath: str
    text: str
    _scanned: Scan | None = field(default=None, repr=False)

    def scan(self) -> Scan:
        """The event scan of the text, made once."""
        if self._scanned is None:
            self._scanned = _scan(self.text)
        return self._scanned

    def locate(
        self, yaml_path: YamlPath, *, key: bool = False, occurrence: int = 0
    ) -> tuple[int, int]:
        """1-based (line, column) of the value at ``yaml_path``, or of its key with ``key=True``.

        Walks as far as the path exists and returns the position of the deepest node found, so a
        missing key is reported at the mapping that should hold it; a mapping or list value is
        reported at its key. ``occurrence`` picks among keys written twice (``-1``: the last).
        Returns (1, 1) when the file cannot be parsed at all.
        """
        root = self.scan().root
        if root is None:
            return 1, 1
        position = (root.line, root.column)
        for node, last in _walk(root, list(yaml_path), occurrence):
            if node.key_line is not None and node.key_column is not None:
                if (key and last) or not node.is_scalar:
                    position = (node.key_line, node.key_column)
                else:
                    position = (node.line, node.column)
            else:
                position = (node.line, node.column)
        return position[0] + 1, position[1] + 1

    def resolve(self, yaml_path: YamlPath) -> list[str | int]:
        """``yaml_path`` without the steps that are not in the file.

        Pydantic puts the tag of a tagged union into its error paths (``rules.x.trajectory.…``);
        such a step is dropped when the step after it exists in the file.
        """
        steps = list(yaml_path)
        root = self.scan().root
        if root is None:
            return steps
        kept: list[str | int] = []
        index = 0
        node = root
        while index < len(steps):
            following = steps[index + 1] if index + 1 < len(steps) else None
            child = _child(node, steps[index], following, 0)
            if child is None:
                kept.extend(steps[index:])
                break
            skipped, node = child
            if skipped:
                index += 1
            kept.append(steps[index])
            index += 1
        return kept

    def scalar_text(self, yaml_path: YamlPath) -> str | None:
        """The text of the plain (unquoted) scalar at ``yaml_path`` as written, else None."""
        root = self.scan().root
        if root is None:
            return None
        steps = list(yaml_path)
        walked = list(_walk(root, steps, 0))
        node = walked[-1][0] if walked else root
        if (walked and not walked[-1][1]) or (steps and not walked) or not node.plain:
            return None
        return node.text

    def findings(self) -> list[Finding]:
        """What the event scan found suspect (YAML 1.1 values, anchors, tags, directives).

        Empty unless the file was scanned; ``parse`` scans every file whose text could hold
        something suspect.
        """
        return self._scanned.findings if self._scanned is not None else []


def _walk(root: _Node, steps: list[str | int], occurrence: int) -> Iterator[tuple[_Node, bool]]:
    """The nodes along ``steps`` as far as they exist, each with whether it is the last step.

    A step that is not in the file is skipped when the step after it is (a union tag).
    """
    node = root
    index = 0
    while index < len(steps):
        following = steps[index + 1] if index + 1 < len(steps) else None
        child = _child(node, steps[index], following, occurrence if following is None else 0)
        if child is None:
            return
        skipped, node = child
        index += 2 if skipped else 1
        yield node, index == len(steps)


def _child(
    node: _Node, step: str | int, following: str | int | None, occurrence: int
) -> tuple[bool, _Node] | None:
    """The child at ``step``, or the one at ``following`` when ``step`` is a union tag to skip.

    Returns (skipped, child) or None.
    """
    direct = _direct_child(node, step, occurrence)
    if direct is not None:
        return False, direct
    if following is not None and isinstance(step, str):
        after = _direct_child(node, following, occurrence)
        if after is not None:
            return True, after
    return None


def _direct_child(node: _Node, step: str | int, occurrence: int) -> _Node | None:
    if node.entries is not None:
        text = str(step)
        matches = node.entries.get(text)
        if not matches:
            matches = next(
                (values for key, values in node.entries.items() if _same_number(key, step)), []
            )
        if not matches:
            return None
        return matches[occurrence] if -len(matches) <= occurrence < len(matches) else matches[0]
    if node.items is not None:
        index = step if isinstance(step, int) else int(step) if str(step).isdigit() else -1
        if 0 <= index < len(node.items):
            return node.items[index]
    return None


def _same_number(written: str, step: str | int) -> bool:
    """True when a key written as ``010`` or ``2_020`` is the number ``step``."""
    if not isinstance(step, int):
        return False
    try:
        return int(written.replace("_", ""), 10) == step
    except ValueError:
        return False


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
                    f"the file is saved as {encoding}, not UTF-8",
                    "save it as UTF-8 (in most editors: 'Save with encoding' > UTF-8)",
                )
            ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        start = before.rfind(b"\n") + 1
        column = len(before[start:].decode("utf-8", errors="replace")) + 1
        byte = raw[error.start]
        guess = (
            " (it looks like Windows-1252 or Latin-1: å, ä, ö)" if byte in b"\xe5\xe4\xf6" else ""
        )
        return None, [
            diagnostic(
                "not-utf8",
                relpath,
                line,
                column,
                f"byte 0x{byte:02x} is not valid UTF-8{guess}",
                "save the file as UTF-8 (in most editors: 'Save with encoding' > UTF-8)",
            )
        ]
    return SourceFile(relpath, text), []


def _line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index, counting lines as editors do."""
    before = text[:index]
    line = before.count("\n") + 1
    return line, index - (before.rfind("\n") + 1) + 1


class _Constructor(SafeConstructor):
    """The safe constructor, except that dates stay text for the models to check.

    A date that does not exist (2023-02-30) would otherwise stop the loader with a bare
    ValueError; as text it reaches pydantic, which reports it at its place.
    """


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)


def parse(source: SourceFile) -> tuple[dict[Any, Any] | None, list[Diagnostic]]:
    """Parse ``source`` with the C-backed safe loader (YAML 1.2) into a mapping.

    Returns the document, or None when the file cannot be used (a syntax error, a duplicate key,
    an anchor, an empty file, a list instead of a mapping), with diagnostics. NaN and infinity
    are reported and replaced by None, so the model reports nothing more at their place.
    """
    found: list[Diagnostic] = []
    separator = _LINE_SEPARATORS.search(source.text)
    if separator is not None:
        line, column = _line_column(source.text, separator.start())
        return None, [_control_character(source, line, column, separator.group())]
    loaded = fast_yaml.load(source.text, _ambiguous)
    if isinstance(loaded, fast_yaml.Loaded):
        # Plain data, built from the C parser's events; nothing to refuse, and the scan is
        # needed only for a value that YAML 1.1 readers understand differently.
        if loaded.ambiguous:
            source.scan()
        document, check = loaded.document, loaded.check
    else:
        if _SUSPECT.search(source.text):
            scan = source.scan()
            found.extend(_refusals(source, scan.findings))
            if scan.refused:
                return None, found
        loader = YAML(typ="safe", pure=False)
        loader.Constructor = _Constructor
        try:
            document = loader.load(source.text)
        except MarkedYAMLError as error:
            return None, [*found, _syntax_diagnostic(source, error)]
        except ReaderError as error:
            line, column = _line_column(source.text, error.position)
            return None, [*found, _control_character(source, line, column, chr(error.character))]
        except (YAMLError, ValueError, RecursionError) as error:
            message = f"YAML syntax error: {str(error).strip() or type(error).__name__}"
            hint = "check the indentation and quotes of the file"
            return None, [*found, diagnostic("yaml-syntax", source.relpath, 1, 1, message, hint)]
        check = True
    if document is None:
        found.append(
            diagnostic(
                "empty-file",
                source.relpath,
                1,
                1,
                "the file is empty",
                "fill it in, or delete it if it is not needed",
            )
        )
        return None, found
    if not isinstance(document, dict):
        line, column = source.locate(())
        kind = "list" if isinstance(document, list) else "single value"
        found.append(
            diagnostic(
                "not-a-mapping",
                source.relpath,
                line,
                column,
                f"the file holds a {kind}, not 'key: value' lines",
                "write 'key: value' lines starting at the left margin; see docs/data-format.md",
            )
        )
        return None, found
    if check:
        found.extend(_check_document(source, document, ()))
    return document, found


def _ambiguous(text: str) -> bool:
    """True when the scan notes this plain scalar (``_Scanner._plain``, merge keys aside)."""
    if text in _YAML11_BOOLEANS:
        return True
    if ":" in text and _SEXAGESIMAL.fullmatch(text):
        return True
    return (
        text.lstrip("+-")[:1] == "0"
        and _LEADING_ZERO.fullmatch(text) is not None
        and _readers_disagree(text)
    )


def _control_character(source: SourceFile, line: int, column: int, char: str) -> Diagnostic:
    names = {
        "\u0085": "a next-line character (U+0085)",
        "\u2028": "a line separator (U+2028)",
        "\u2029": "a paragraph separator (U+2029)",
        "\x00": "a null character (U+0000)",
    }
    name = names.get(char, f"the control character U+{ord(char):04X}")
    return diagnostic(
        "yaml-control-character",
        source.relpath,
        line,
        column,
        f"the text holds {name}, invisible in most editors",
        "delete it (retype the text around it); it often comes with text pasted from "
        "another program",
    )


_REFUSALS_SHOWN = 10
"""Anchors, aliases, merge keys or tags reported per kind and file; the file is refused anyway."""


def _refusals(source: SourceFile, findings: list[Finding]) -> Iterator[Diagnostic]:
    """Diagnostics for what the scan found that is refused whatever the model says."""
    shown: dict[str, int] = {}
    for item in findings:
        shown[item.kind] = shown.get(item.kind, 0) + 1
        if shown[item.kind] > _REFUSALS_SHOWN:
            continue
        line, column = item.line + 1, item.column + 1
        where = ".".join(item.path) or None
        if item.kind == "anchor":
            yield diagnostic(
                "yaml-anchor",
                source.relpath,
                line,
                column,
                f"the anchor '&{item.text}' is not allowed in these files",
                "write the value out in full where it is needed; if the text is not meant as "
                "an anchor, put the whole value in quotes",
                where,
            )
        elif item.kind == "alias":
            yield diagnostic(
                "yaml-alias",
                source.relpath,
                line,
                column,
                f"the alias '*{item.text}' is not allowed in these files",
                "write the value out in full here; if the text starts with '*' (as in "
                "Markdown), put the whole value in quotes",
                where,
            )
        elif item.kind == "merge":
            yield diagnostic(
                "yaml-merge-key",
                source.relpath,
                line,
                column,
                "the merge key '<<' is not allowed in these files",
                "write the keys out in full in this mapping",
                where,
            )
        elif item.kind == "tag":
            yield diagnostic(
                "yaml-tag",
                source.relpath,
                line,
                column,
                f"the tag '{item.text}' is not allowed in these files",
                "remove it; to keep a value as text, put it in quotes; if the value starts "
                "with '!', put the whole value in quotes",
                where,
            )
        elif item.kind == "version":
            directive = _directive_line(source.text)
            yield diagnostic(
                "yaml-version-directive",
                source.relpath,
                directive,
                1,
                f"the directive '%YAML {item.text}' is not allowed; these files are YAML 1.2",
                "delete the line starting with %YAML (and a '---' line after it, if any)",
            )


def _directive_line(text: str) -> int:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith("%YAML"):
            return number
    return 1


def ambiguity(source: SourceFile, item: Finding) -> Diagnostic | None:
    """The diagnostic for a plain value that YAML 1.1 readers understand differently, if any.

    ``leading-zero``, ``ambiguous-boolean`` and ``ambiguous-sexagesimal``; the loader adds them
    where the model found nothing else at the same place.
    """
    line, column = item.line + 1, item.column + 1
    where = ".".join(item.path) or None
    text = item.text
    if item.kind == "boolean":
        meaning = "true" if text.lower() in {"y", "yes", "on"} else "false"
        return diagnostic(
            "ambiguous-boolean",
            source.relpath,
            line,
            column,
            f"'{text}' without quotes is {meaning} to YAML 1.1 readers and the text "
            f"'{text}' to ambition",
            f'write {meaning} for a yes/no value, or "{text}" in quotes for the word',
            where,
        )
    if item.kind == "sexagesimal":
        return diagnostic(
            "ambiguous-sexagesimal",
            source.relpath,
            line,
            column,
            f"'{text}' without quotes is a base-60 number ({_base60(text)}) to YAML 1.1 "
            "readers and text to ambition",
            f'write "{text}" in quotes for text such as a time, or a decimal number',
            where,
        )
    if item.kind == "leading-zero":
        digits = text.lstrip("+-").replace("_", "")
        sign = "-" if text.startswith("-") else ""
        decimal = f"{sign}{int(digits)}"
        octal = (
            f"the octal number {sign}{int(digits, 8)}" if set(digits) <= set("01234567") else "text"
        )
        return diagnostic(
            "leading-zero",
            source.relpath,
            line,
            column,
            f"'{text}' has a leading zero: ambition reads the number {decimal}, YAML 1.1 "
            f"readers {octal}",
            f'write {decimal} for the number, or "{text}" in quotes for a code',
            where,
        )
    return None


def _base60(text: str) -> str:
    sign = -1 if text.startswith("-") else 1
    whole, _, fraction = text.lstrip("+-").replace("_", "").partition(".")
    value = 0
    for part in whole.split(":"):
        value = value * 60 + int(part)
    number = sign * (value + float(f"0.{fraction}") if fraction else sign * value)
    return f"{number:g}"


def _check_document(source: SourceFile, node: Any, path: tuple[Any, ...]) -> list[Diagnostic]:
    """NaN and infinity (replaced by None), keys that collide after conversion, date years."""
    found: list[Diagnostic] = []
    stack: list[tuple[Any, tuple[Any, ...]]] = [(node, path)]
    while stack:
        current, where = stack.pop()
        if len(where) > _MAX_DEPTH:
            continue
        if isinstance(current, dict):
            seen: dict[str, Any] = {}
            for key in list(current):
                value = current[key]
                normal = _normal_key(key)
                if normal in seen:
                    found.append(_collision(source, where, seen[normal], key))
                else:
                    seen[normal] = key
                if isinstance(value, float) and not math.isfinite(value):
                    found.append(_not_finite(source, (*where, key), value))
                    current[key] = None
                else:
                    stack.append((value, (*where, key)))
        elif isinstance(current, list):
            for index, value in enumerate(current):
                if isinstance(value, float) and not math.isfinite(value):
                    found.append(_not_finite(source, (*where, index), value))
                    current[index] = None
                else:
                    stack.append((value, (*where, index)))
        elif isinstance(current, str):
            match = _DATE.match(current)
            if match and not _FIRST_YEAR <= int(match.group(1)) <= _LAST_YEAR:
                line, column = source.locate(where)
                found.append(
                    diagnostic(
                        "year-out-of-range",
                        source.relpath,
                        line,
                        column,
                        f"the date {current} has the year {match.group(1)}, outside "
                        f"{_FIRST_YEAR}–{_LAST_YEAR}",
                        "check the year for a typo",
                        _dotted(where),
                    )
                )
    return found


def _normal_key(key: Any) -> str:
    if isinstance(key, float) and key.is_integer():
        return str(int(key))
    return str(key).strip()


def _dotted(path: YamlPath) -> str | None:
    return ".".join(str(step) for step in path) or None


def _collision(source: SourceFile, where: tuple[Any, ...], first: Any, second: Any) -> Diagnostic:
    first_line, _ = source.locate((*where, first), key=True)
    line, column = source.locate((*where, second), key=True, occurrence=-1)
    return diagnostic(
        "colliding-keys",
        source.relpath,
        line,
        column,
        f"the key {_written(second)} is the same as {_written(first)} on line {first_line} "
        "once read",
        "keep one of them, written without quotes",
        _dotted((*where, second)),
    )


def _written(key: Any) -> str:
    return f"'{key}' (in quotes)" if isinstance(key, str) else str(key)


def _not_finite(source: SourceFile, where: tuple[Any, ...], value: float) -> Diagnostic:
    line, column = source.locate(where)
    what = "not a number (NaN)" if math.isnan(value) else "infinite"
    return diagnostic(
        "not-finite",
        source.relpath,
        line,
        column,
        f"{_dotted(where)}: the value is {what}",
        "write a measured value, or leave the year out when there is none",
        _dotted(where),
    )


def _syntax_diagnostic(source: SourceFile, error: MarkedYAMLError) -> Diagnostic:
    """The one diagnostic for a YAML error, with a code and a fix for the common cases."""
    relpath = source.relpath
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    lines = source.text.split("\n")
    text = lines[line - 1].rstrip("\r") if 0 < line <= len(lines) else ""
    at = text[column - 1 : column]
    if "duplicate key" in problem:
        return _duplicate_key(source, line, column)
    if at == "\t" or "tab character" in problem:
        return diagnostic(
            "yaml-tab",
            relpath,
            line,
            column,
            "a tab character is used for indentation",
            "indent with spaces only (two per level)",
        )
    if "expected a single document" in context:
        return diagnostic(
            "yaml-multiple-documents",
            relpath,
            line,
            column,
            "a second YAML document starts here ('---')",
            "keep one document per file: delete the '---' line and move or delete what follows",
        )
    if "quoted scalar" in context and "end of stream" in problem and error.context_mark:
        start = error.context_mark
        quote = _char_at(lines, start.line, start.column) or "quote"
        return diagnostic(
            "yaml-unclosed-quote",
            relpath,
            start.line + 1,
            start.column + 1,
            f"the value starting with {quote} here has no closing {quote}",
            f"end the value with {quote} on the same line",
        )
    if "quoted scalar" in context:
        return diagnostic(
            "yaml-escape",
            relpath,
            line,
            column,
            "a backslash inside double quotes starts an escape that YAML does not know",
            "use single quotes around a value with backslashes, e.g. 'C:\\mapp'",
        )
    opener = _unclosed_bracket(lines, line, column) if "flow" in context else None
    if opener is not None:
        bracket, (start_line, start_column) = opener
        return diagnostic(
            "yaml-unclosed-bracket",
            relpath,
            start_line,
            start_column,
            f"the '{bracket}' here is not closed",
            f"close it with '{']' if bracket == '[' else '}'}' on the same line, or put the "
            "whole value in quotes if the bracket is text",
        )
    if "expected node content" in problem and at:
        return diagnostic(
            "yaml-needs-quotes",
            relpath,
            line,
            column,
            f"a value cannot start with '{at}' without quotes",
            "put the whole value in quotes",
        )
    if "alias" in context or "anchor" in context or "cannot start any token" in problem:
        start = error.context_mark or mark
        assert start is not None
        char = _char_at(lines, start.line, start.column)
        return diagnostic(
            "yaml-needs-quotes",
            relpath,
            start.line + 1,
            start.column + 1,
            f"a value cannot start with '{char}' without quotes",
            "put the whole value in quotes",
        )
    if "mapping values are not allowed" in problem and _colon_in_value(text, column):
        return diagnostic(
            "yaml-needs-quotes",
            relpath,
            line,
            column,
            "the value holds ': ', which YAML reads as a new key",
            'put the whole value in quotes, e.g. title: "Mål 1: …"',
        )
    if "could not find expected ':'" in problem and error.context_mark is not None:
        start = error.context_mark
        return diagnostic(
            "yaml-missing-colon",
            relpath,
            start.line + 1,
            start.column + 1,
            "this line has no 'key:'",
            "write 'key: value', or indent the line further if it continues the value above",
        )
    if context.startswith("while parsing a block mapping") and column > 1:
        before = text[: column - 1].rstrip()
        if before.endswith(("'", '"', "]", "}")):
            return diagnostic(
                "yaml-syntax",
                relpath,
                line,
                column,
                "text follows the end of a quoted value or a list in brackets",
                "put the whole value in one pair of quotes",
            )
    if any(
        phrase in problem
        for phrase in (
            "mapping values are not allowed",
            "did not find expected key",
            "did not find expected '-' indicator",
            "block sequence entries are not allowed",
            "expected <block end>",
            "did not find expected <document start>",
        )
    ):
        return _indentation(source, lines, line, column, problem)
    detail = f"{problem} ({context})" if context else problem
    return diagnostic(
        "yaml-syntax",
        relpath,
        line,
        column,
        f"YAML syntax error: {detail or 'invalid YAML'}",
        "check the indentation and quotes on this line and the one before",
    )


def _unclosed_bracket(
    lines: list[str], line: int, column: int
) -> tuple[str, tuple[int, int]] | None:
    """The last '[' or '{' before (line, column) that is not closed, with its 1-based place.

    Brackets inside quotes and comments are skipped; good enough to point at the opener that
    the parser gave up on.
    """
    openers: list[tuple[str, tuple[int, int]]] = []
    for number, text in enumerate(lines[:line], start=1):
        quote = ""
        for index, char in enumerate(text):
            if number == line and index >= column - 1:
                break
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char == "#" and (index == 0 or text[index - 1] in " \t"):
                break
            elif char in "[{":
                openers.append((char, (number, index + 1)))
            elif char in "]}" and openers:
                openers.pop()
    return openers[-1] if openers else None


def _char_at(lines: list[str], line: int, column: int) -> str:
    return lines[line][column : column + 1] if 0 <= line < len(lines) else ""


def _colon_in_value(text: str, column: int) -> bool:
    """True when the ': ' at ``column`` follows another key's ': ' on the same line."""
    before = text[: column - 1]
    stripped = before.lstrip(" -")
    return ": " in stripped or stripped.endswith(":")


def _indentation(
    source: SourceFile, lines: list[str], line: int, column: int, problem: str
) -> Diagnostic:
    """A line indented more or less than its place allows; the message compares with above."""
    text = lines[line - 1].rstrip("\r") if 0 < line <= len(lines) else ""
    indent = len(text) - len(text.lstrip(" "))
    previous = None
    for number in range(line - 2, -1, -1):
        candidate = lines[number].rstrip("\r")
        stripped = candidate.strip()
        if stripped and not stripped.startswith("#"):
            previous = (number + 1, len(candidate) - len(candidate.lstrip(" ")))
            break
    if "block sequence entries" in problem:
        message = "a list cannot start on the same line as its key"
        hint = "put the '- ' items on the lines below the key, indented by two spaces"
    elif text.lstrip(" ").startswith("- ") and "expected key" in problem:
        message = "a list item ('- ') where a 'key:' is expected"
        hint = "write 'key: value', or put the list under its key, indented by two spaces"
    elif "'-' indicator" in problem:
        message = "a 'key:' where a list item ('- ') is expected"
        hint = (
            "start the line with '- ' for a new item, or indent it like the keys of the item above"
        )
    elif previous is not None:
        above, above_indent = previous
        message = (
            f"this line is indented by {_spaces(indent)}, which does not fit line {above} "
            f"above ({_spaces(above_indent)})"
        )
        hint = (
            "keys of the same mapping start in the same column; a nested key is indented two "
            "spaces more than its parent"
        )
    else:
        message = "this line's indentation does not fit the lines above"
        hint = "keys at the top level start at the left margin"
    return diagnostic(
        "yaml-indentation", source.relpath, line, indent + 1 if indent else column, message, hint
    )


def _spaces(count: int) -> str:
    return "1 space" if count == 1 else f"{count} spaces"


def _duplicate_key(source: SourceFile, line: int, column: int) -> Diagnostic:
    key, first = _duplicate_at(source.scan().root, line - 1, column - 1)
    where = f" (first at line {first + 1})" if first is not None else ""
    return diagnostic(
        "duplicate-key",
        source.relpath,
        line,
        column,
        f"the key '{key}' appears twice{where}",
        "keep one of them; YAML does not allow the same key twice in a mapping",
    )


def _duplicate_at(root: _Node | None, line: int, column: int) -> tuple[str, int | None]:
    """The key written at (line, column) and the line of its first occurrence in its mapping."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.entries is not None:
            for key, values in node.entries.items():
                if any((v.key_line, v.key_column) == (line, column) for v in values):
                    first = values[0].key_line
                    return key, first if first != line else None
            stack.extend(value for values in node.entries.values() for value in values)
        elif node.items is not None:
            stack.extend(node.items)
    return "?", None
