"""The event scan: one walk over the C parser's events, for positions and for suspect values.

Positions come from a scan of the C parser's events instead of a round-trip load (DESIGN.md §4:
the pure-Python round-trip loader takes 4.5 ms for a 50-line file), made lazily, only for files
with a problem, or eagerly for a file that holds something suspect: an anchor, alias, merge key,
tag or ``%YAML`` directive (refused before the document is built, since expanding aliases can
hang a run), or a plain value that other YAML readers understand differently (``no``, ``1:30``,
``010``). The scan uses YAML 1.2, where ``no`` is text and ``010`` is 10.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    DocumentStartEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceStartEvent,
)

try:  # ruamel.yaml.clib's C parser, which has no type stubs
    from _ruamel_yaml import CParser  # type: ignore[import-not-found]
except ImportError:  # ruamel.yaml.clib is installed on CPython only
    CParser = None

_SUSPECT = re.compile(
    r"""
    [&*!]                                  # an anchor, alias or tag (anywhere: cheap)
    | <<                                    # a merge key
    | ^%                                    # a directive
    | (?<!\w)(?:y|n|yes|no|on|off)(?!\w)    # YAML 1.1 booleans, as words
    | \d:[0-5]?\d                           # YAML 1.1 base-60 numbers
    | (?:^|[\s\[{,:?])[-+]?0[0-9_]          # numbers with a leading zero
    | \d_                                   # numbers with underscores (1_234)
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
_UNDERSCORED = re.compile(r"[-+]?[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?")
"""A number YAML 1.2 reads with its underscores left out: ``1_234`` is 1234. The other ways of
spelling a number (``1 234``, ``12,5``) are text, refused with a fix, and so is this one."""

MAX_DEPTH = 64
"""Paths are followed this deep at most: data files are a few levels deep, and building the path
of every node of an adversarially deep document would take time quadratic in its depth."""


@dataclass(slots=True)
class Node:
    """A node of the event scan: where its value starts, where its key is, what it holds.

    Lines and columns are 0-based, as the parser gives them.
    """

    line: int
    column: int
    key_line: int | None = None
    key_column: int | None = None
    text: str | None = None  # a scalar's text as written (without quotes)
    plain: bool = False  # a scalar without quotes
    # A mapping's values by key as written; a key written twice has two values.
    entries: dict[str, list["Node"]] | None = None
    items: list["Node"] | None = None  # a sequence's items

    @property
    def is_scalar(self) -> bool:
        """True for a scalar or an alias: a node with neither entries nor items."""
        return self.entries is None and self.items is None


@dataclass(slots=True)
class _Frame:
    node: Node
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
    return path if len(path) >= MAX_DEPTH else (*path, step)


@dataclass(slots=True)
class Scan:
    """The result of the event scan: the position tree and what was found suspect."""

    root: Node | None = None
    findings: list[Finding] = field(default_factory=list)
    refused: bool = False  # anchors, aliases, merge keys or tags: do not build the document


def scan_text(text: str) -> Scan:
    """Walk the C parser's events once: build the position tree and note what is suspect.

    ``SourceFile.scan`` makes this once per file; findings come in the order of the text.

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
    """Turns the events of one document into a tree of ``Node`` and a list of findings."""

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
        node = Node(line, column)
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
        elif "_" in text and _UNDERSCORED.fullmatch(text):
            findings.append(Finding("underscore", line, column, text, path))


def _readers_disagree(text: str) -> bool:
    """True when YAML 1.1 reads a number with leading zeros otherwise than 1.2 (010: 8 or 10).

    ``01`` … ``07`` are the same number to both; ``08`` is text to YAML 1.1.
    """
    digits = text.lstrip("+-").replace("_", "")
    return not (set(digits) <= set("01234567") and int(digits, 8) == int(digits))


def is_yaml11_trap(text: str) -> bool:
    """True when the scan notes the plain scalar ``text`` as a YAML 1.1 trap.

    The same test as the scan's (``boolean``, ``sexagesimal``, ``leading-zero``, ``underscore``; merge keys
    aside), made cheap for the fast path, which asks it about every plain scalar it builds.
    """
    if text in _YAML11_BOOLEANS:
        return True
    if ":" in text and _SEXAGESIMAL.fullmatch(text):
        return True
    if "_" in text and _UNDERSCORED.fullmatch(text):
        return True
    return (
        text.lstrip("+-")[:1] == "0"
        and _LEADING_ZERO.fullmatch(text) is not None
        and _readers_disagree(text)
    )


def may_hold_findings(text: str) -> bool:
    """False only when ``scan_text(text)`` would find nothing: a cheap search of the text.

    Anchors, aliases, tags, merge keys, directives and YAML 1.1 values; false alarms only cost
    the time of a scan.
    """
    return _SUSPECT.search(text) is not None
