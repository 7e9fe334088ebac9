"""A message as data: a catalogue key and its parameters, written out in a language on demand.

The core never chooses a language: it builds a ``Text`` (``text("unknown-key", name="x")``)
and the command that prints it calls ``render(lang)``. A parameter is a plain value (text, a
whole number, a number) or another ``Text`` (a reason, a list of allowed words), written in the
same language. Templates use ``str.format`` fields; a count chooses its word with the spec
``{n:singular|plural}`` ("{n} {n:indikator|indikatorer}"), so singular and plural agree by
construction (``counted``); ``{x:n1}`` writes a number with one decimal in the language's
form (``ambition.numbers``: "1,5" in Swedish, "1.5" in English).
"""

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ambition.messages.catalogue import template
from ambition.numbers import format_number

Arg = "str | int | float | Text | tuple[Text | str, ...]"
"""What a parameter may be (as a string, for the docs): a value, a ``Text``, or a tuple of them
(written as a list joined by commas)."""


@dataclass(frozen=True, slots=True)
class Text:
    """A catalogue key and its parameters as sorted (name, value) pairs; immutable, hashable."""

    key: str
    args: tuple[tuple[str, Any], ...] = ()

    def render(self, lang: str) -> str:
        """The message in ``lang`` ('sv' or 'en'); raises KeyError for a key the catalogue lacks
        (a programming error the catalogue tests find)."""
        return _FORMATTER.format(template(self.key, lang), lang=lang, **dict(self.args))

    def as_record(self) -> list[Any]:
        """The JSON-ready form: [key, {name: value}] with nested texts as records too."""
        return [self.key, {name: _record(value) for name, value in self.args}]

    @classmethod
    def from_record(cls, record: Any) -> "Text":
        """The text of ``as_record``'s form; raises ValueError or TypeError for another shape."""
        key, args = record
        if not isinstance(key, str) or not isinstance(args, dict):
            raise ValueError("not a text record")
        return cls(key, tuple(sorted((name, _from_record(v)) for name, v in args.items())))


def text(key: str, /, **args: Any) -> Text:
    """The ``Text`` of ``key`` with ``args`` (str, int, float, ``Text`` or a tuple of them)."""
    return Text(key, tuple(sorted(args.items())))


def listing(items: Sequence[str | Text], word: str = "and") -> str | Text:
    """``items`` as a list in words: "a, b and c" ("a, b och c"), with ``word`` 'and' or 'or';
    one item is itself, none is the empty text."""
    if len(items) <= 1:
        return items[0] if items else ""
    return text(f"words.{word}", head=tuple(items[:-1]), last=items[-1])


class Label(str):
    """A label of one language whose ``format`` chooses the word of a count (``{n:a|b}``) and
    writes numbers (``{x:n1}``) in that language, so a template's ``L.actions_done.format(...)``
    agrees by construction."""

    lang: str

    def __new__(cls, value: str, lang: str) -> "Label":
        """The label ``value`` of the language ``lang``."""
        label = super().__new__(cls, value)
        label.lang = lang
        return label

    def format(self, *args: Any, **kwargs: Any) -> str:
        """The label with its fields filled; only named fields."""
        if args:
            raise TypeError("a label takes named fields only")
        if _plain_fields(self) and not any(isinstance(v, Text | tuple) for v in kwargs.values()):
            # Nothing for the formatter to choose or write in the language: str.format gives the
            # same text (a report fills some 3,000 labels, at a fifth of the time).
            return str.format(self, **kwargs)
        return _FORMATTER.format(str(self), lang=self.lang, **kwargs)


@lru_cache(maxsize=2048)
def _plain_fields(label: str) -> bool:
    """True when every field of ``label`` is a plain name without a spec (``{year}``)."""
    try:
        fields = [(name, spec) for _, name, spec, _ in string.Formatter().parse(label) if name]
    except ValueError:
        return False  # a malformed label: the formatter says what is wrong with it
    return all(
        not spec and name.isidentifier() and name != "lang" and not name.startswith("_")
        for name, spec in fields
    )


def _record(value: Any) -> Any:
    if isinstance(value, Text):
        return {"text": value.as_record()}
    if isinstance(value, tuple):
        return {"list": [_record(item) for item in value]}
    return value


def _from_record(value: Any) -> Any:
    if isinstance(value, dict) and "text" in value:
        return Text.from_record(value["text"])
    if isinstance(value, dict) and "list" in value:
        return tuple(_from_record(item) for item in value["list"])
    if isinstance(value, str | int | float):
        return value
    raise ValueError(f"not a text parameter: {value!r}")


def counted(count: int, singular: str, plural: str) -> str:
    """``singular`` for exactly one, ``plural`` for any other count (0, 2, …): the rule of both
    Swedish and English ("0 indikatorer", "1 indikator", "2 indikatorer"; Svenska Akademiens
    grammatik, and the Svenska skrivregler of Språkrådet, on number agreement)."""
    return singular if count == 1 else plural


class _Formatter(string.Formatter):
    """``str.format`` that writes a ``Text`` in the language, a tuple as a list, and chooses the
    word of a count with the spec ``singular|plural``."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec and isinstance(value, int):
            singular, plural = format_spec.split("|", 1)
            return counted(value, singular, plural)
        if format_spec[:1] == "n" and format_spec[1:].isdigit():
            return format_number(value, int(format_spec[1:]), self.lang)
        return str(super().format_field(value, format_spec))

    lang = "sv"

    def vformat(self, format_string: str, args: Any, kwargs: Mapping[str, Any]) -> str:
        outer, self.lang = self.lang, kwargs["lang"]
        try:
            return super().vformat(format_string, args, kwargs)
        finally:
            self.lang = outer

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        value = super().get_value(key, args, kwargs)
        lang = kwargs["lang"]
        if isinstance(value, Text):
            return value.render(lang)
        if isinstance(value, tuple):
            return ", ".join(v.render(lang) if isinstance(v, Text) else str(v) for v in value)
        return value


_FORMATTER = _Formatter()
