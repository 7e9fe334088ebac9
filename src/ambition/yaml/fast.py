"""The safe loader's document, built straight from the C parser's events.

ruamel.yaml's "C-backed" safe loader parses in C but composes, resolves and constructs in
Python, with much bookkeeping per node (0.25 ms for a typical data file here, most of the time
of ``ambition validate``). The files of a data repository use a small part of YAML: mappings,
sequences and scalars, no anchors, tags or complex keys. ``load`` builds exactly the document
the safe loader would (YAML 1.2, dates kept as text) from the events of the same C parser, in
about a fifth of the time, and gives up (returns ``UNSUPPORTED``) on anything else: anchors,
aliases, tags, directives, complex or duplicate keys, several documents, syntax errors and any
value it could not convert. The caller then runs the stock loader, which gives the document or
the error exactly as before.

The resolution of plain scalars uses ruamel.yaml's own table of YAML 1.2 resolvers, in its
order, and the conversions follow its ``SafeConstructor`` (YAML 1.2 branches). The C parser
resolves every document as YAML 1.2, whatever a ``%YAML`` directive says;
``tests/yaml/test_fast.py`` checks that both loaders agree on real files and random scalars.
"""

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from ruamel.yaml.resolver import implicit_resolvers

try:  # ruamel.yaml.clib's C parser, which has no type stubs
    from _ruamel_yaml import CParser  # type: ignore[import-not-found]
except ImportError:  # ruamel.yaml.clib is installed on CPython only
    CParser = None


class _Unsupported:
    """The marker returned when the fast path does not apply."""

    def __repr__(self) -> str:
        return "UNSUPPORTED"


UNSUPPORTED: Final = _Unsupported()
"""Returned by ``load`` when the stock loader must decide."""


class _GiveUp(Exception):
    """Something the fast path does not build; the stock loader takes over."""


_NAN: Final[float] = SafeConstructor.nan_value  # the same object, so keys compare alike
_INF: Final[float] = SafeConstructor.inf_value
_BOOLS: Final = SafeConstructor.bool_values


def _null(_text: str) -> None:
    return None


def _bool(text: str) -> bool:
    return bool(_BOOLS[text.lower()])


def _int(text: str) -> int:
    """``SafeConstructor.construct_yaml_int`` for YAML 1.2."""
    digits = text.replace("_", "")
    sign = -1 if digits[0] == "-" else 1
    if digits[0] in "+-":
        digits = digits[1:]
    if digits == "0":
        return 0
    if digits.startswith("0b"):
        return sign * int(digits[2:], 2)
    if digits.startswith("0x"):
        return sign * int(digits[2:], 16)
    if digits.startswith("0o"):
        return sign * int(digits[2:], 8)
    return sign * int(digits)


def _float(text: str) -> float:
    """``SafeConstructor.construct_yaml_float`` for YAML 1.2."""
    digits = text.replace("_", "").lower()
    sign = -1 if digits[0] == "-" else 1
    if digits[0] in "+-":
        digits = digits[1:]
    if digits == ".inf":
        return sign * _INF
    if digits == ".nan":
        return _NAN
    return sign * float(digits)


def _text(text: str) -> str:
    return text


_CONVERTERS: Final[dict[str, Callable[[str], Any]]] = {
    "tag:yaml.org,2002:null": _null,
    "tag:yaml.org,2002:bool": _bool,
    "tag:yaml.org,2002:int": _int,
    "tag:yaml.org,2002:float": _float,
    "tag:yaml.org,2002:timestamp": _text,  # dates stay text, as in parse.safe_loader
}


def _resolvers() -> dict[str, list[tuple[Callable[[str], Any] | None, Any]]]:
    """First character → (converter, pattern) in ruamel.yaml's order, for YAML 1.2.

    A converter of None (the merge key ``<<``, the value key ``=``) makes the fast path give up.
    """
    table: dict[str, list[tuple[Callable[[str], Any] | None, Any]]] = {}
    for versions, tag, pattern, first in implicit_resolvers:
        if (1, 2) not in versions:
            continue
        compiled = re.compile(pattern.pattern, pattern.flags)  # not through ruamel's lazy proxy
        for char in first:
            table.setdefault(char, []).append((_CONVERTERS.get(tag), compiled))
    return table


_RESOLVERS: Final = _resolvers()


@dataclass(frozen=True, slots=True)
class Loaded:
    """A document built by the fast path, and what the caller should look at more closely.

    ``ambiguous``: some plain scalar satisfied the caller's predicate (for ``parse``: a value
    YAML 1.1 readers understand differently). ``check``: the document holds something the
    document check must see: a key other than a plain text or integer (keys that may collide
    once read), a text that starts like a date, or a number that is not finite.
    """

    document: Any
    ambiguous: bool
    check: bool


def load(text: str, ambiguous: Callable[[str], bool]) -> Loaded | _Unsupported:
    """The document in ``text`` as the safe loader builds it, or ``UNSUPPORTED``.

    ``ambiguous`` is asked about the text of every plain scalar, keys included.
    """
    if CParser is None:
        return UNSUPPORTED
    parser = CParser(text)
    try:
        return _Builder(ambiguous).build(parser.get_event)
    except Exception:  # _GiveUp, a syntax error, a value that does not convert: the stock
        return UNSUPPORTED  # loader decides, with the same document or the same error
    finally:
        parser.dispose()


_NO_KEY: Final = object()
_MAX_DEPTH: Final = 40
"""Deeper documents go to the stock loader, which may stop them with a RecursionError."""


class _Builder:
    """Walks the events of a one-document stream; raises _GiveUp on anything not plain data."""

    def __init__(self, ambiguous: Callable[[str], bool]) -> None:
        self.is_ambiguous = ambiguous
        self.ambiguous = False
        self.check = False

    def scalar(self, event: Any) -> Any:
        """The value of a scalar event, noting what the caller should look at."""
        if event.anchor is not None or event.tag is not None:
            raise _GiveUp
        text: str = event.value
        if not event.implicit[0]:  # quoted, literal or folded: text
            if text[4:5] == "-":
                self.check = True  # perhaps a date
            return text
        if not self.ambiguous and self.is_ambiguous(text):
            self.ambiguous = True
        for convert, pattern in _RESOLVERS.get(text[:1], ()):
            if pattern.match(text):
                if convert is None:
                    raise _GiveUp  # the merge key '<<' or the value key '='
                value = convert(text)
                if convert is _float and not math.isfinite(value):
                    self.check = True
                elif convert is _text:
                    self.check = True  # a date
                return value
        if text[4:5] == "-":
            self.check = True  # perhaps a date
        return text

    def build(self, next_event: Callable[[], Any]) -> Loaded:
        """The document of the event stream."""
        event = next_event()
        if type(event) is not StreamStartEvent:
            raise _GiveUp
        event = next_event()
        if type(event) is StreamEndEvent:
            return Loaded(None, False, False)  # an empty file, as the safe loader reads it
        if type(event) is not DocumentStartEvent or event.version or event.tags:
            raise _GiveUp
        containers: list[Any] = []  # open mappings and sequences
        keys: list[Any] = []  # per open container: the mapping key waiting for its value
        root: Any = None
        while True:
            event = next_event()
            kind = type(event)
            if kind is ScalarEvent:
                value = self.scalar(event)
                opened = False
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if event.anchor is not None or event.tag is not None:
                    raise _GiveUp
                value = {} if kind is MappingStartEvent else []
                opened = True
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                containers.pop()
                keys.pop()
                continue
            elif kind is DocumentEndEvent:
                if containers or type(next_event()) is not StreamEndEvent:
                    raise _GiveUp
                return Loaded(root, self.ambiguous, self.check)
            else:  # an alias, or anything else
                raise _GiveUp
            if not containers:
                root = value
            else:
                parent = containers[-1]
                if type(parent) is list:
                    parent.append(value)
                elif keys[-1] is _NO_KEY:
                    if opened or value in parent:
                        raise _GiveUp  # a complex or duplicate key: the stock loader says
                    if not (event.implicit[0] and type(value) in (str, int)):
                        self.check = True  # keys that may collide once read
                    keys[-1] = value
                else:
                    parent[keys[-1]] = value
                    keys[-1] = _NO_KEY
            if opened:
                if len(containers) >= _MAX_DEPTH:
                    raise _GiveUp
                containers.append(value)
                keys.append(_NO_KEY)
