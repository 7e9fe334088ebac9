"""How a catalogue entry becomes a sentence: a template filled from an explanation's facts.

An entry of a language's catalogue (``sv.py``, ``en.py``) is a template in ``str.format``
syntax. A field names one of the explanation's inputs, computed numbers, thresholds or
formatting facts (looked up in that order; ``{thresholds[values]}`` picks one namespace), or
'rule' or 'case'. The format spec says how a number is written in the reader's language
(numbers from :mod:`ambition.numbers`, rounded half up):

=============  ==============================================  ===========================
spec           written as                                      e.g. (sv)
=============  ==============================================  ===========================
(none)         as it is (years, counts, names)                 ``2022``
``n``          with the indicator's ``decimals`` fact          ``30,0``
``n3``         with 3 decimals (any digit count)               ``0,914``
``v``          with ``decimals`` and the ``unit`` fact          ``79 385 ton CO2-ekv``
``%``, ``%1``  a share as a percentage, 0 or 1 decimals        ``20 %``, ``10,0 %``
``+%2``        a signed percentage with 2 decimals             ``+6,94 %``, ``−2,46 %``
``+n1``        a signed number with 1 decimal                  ``+4,1``, ``−0,3``
``%~name``     a share with as many decimals as it takes to   ``79,97 %`` under ``80 %``
               stand on its side of the threshold ``name``
``t%``         a threshold of a share as decided: a fraction  ``två tredjedelar``,
               in words, a decimal with its own decimals       ``66,7 %``
``t``          a threshold as decided, as a number             ``2/3``, ``0,667``
``series``     a fact 'year=value;…' as the values with their  ``58,0 (2020), 61,0 (2021)
               years, the last two joined by ('list', 'and')   och 62,0 (2022)``
``tform``      the grammatical number of a threshold as       ``one`` (for 1), ``many``
               written (``t``)
``form0``      the grammatical number of the value as it is    ``one`` (for 1), ``many``
               written with 0 decimals (``form`` alone: with
               ``decimals``), to choose a word's form
``a|b``        a count's word: ``a`` for one, ``b`` otherwise   ``indikator``, ``indikatorer``
=============  ==============================================  ===========================

A count chooses its own words, so singular and plural agree by construction: ``{assessed}
{assessed:indikator|indikatorer}``; a participle agrees with the count it belongs to, ``är
{achieved:uppfylld|uppfyllda}``.

Digits can come from a fact: ``{share_achieved:%{achieved_decimals}}``. A value the report shows
elsewhere is written with ``n`` or ``v`` (the indicator's ``decimals``, as "Senaste värde" writes
it); only a difference or a rate takes digits of its own, e.g. a trend's change
``{difference:+n{change_decimals}}`` (``method/trend.py``). A field ``{=section:case}``
writes another entry of the same catalogue, e.g. the shared head ``{=head:value}``; its case may
come from a fact, which is how a sentence chooses: ``{=comparison:{comparison}}`` writes the
entry ('comparison', 'at_least') for an at-least target, and
``{=points:{change:form{decimals}}}`` the entry ('points', 'one') after a change written '−1'
('procentenhet') and ('points', 'many') after '−0,74' ('procentenheter').
"""

import functools
import string
from collections.abc import Mapping

from ambition.messages.text import counted
from ambition.numbers import (
    exact,
    faithful_decimals,
    format_number,
    format_percent,
    format_threshold,
    round_half_up,
)

Fact = bool | int | float | str | None
"""A value a sentence may read: a number, a name, a flag, or nothing."""

Key = tuple[str, str]
"""A catalogue key: (section, case), e.g. ('target_level', 'target_met') or ('head', 'value')."""

Sentence = str
"""A catalogue entry: a template (see the module docstring)."""

NAMESPACES = ("inputs", "computed", "thresholds", "facts")
"""Where a template's field names are looked up, in this order."""


def signed_percent(share: float, lang: str, decimals: int = 1) -> str:
    """A signed percentage, e.g. '+4,9 %' or '−11,1 %' in Swedish and '-11.1%' in English."""
    text = format_percent(abs(share), lang, decimals)
    if share > 0:
        return "+" + text
    if share < 0:
        return ("\u2212" if lang == "sv" else "-") + text
    return text


def encode_series(points: list[tuple[int, float]]) -> str:
    """(year, value) pairs as one fact for the ``series`` spec: '2020=58.0;2021=61.0', each
    value by its shortest representation, so nothing is rounded before the sentence."""
    return ";".join(f"{year}={value!r}" for year, value in points)


Piece = tuple[str, str | None, str]
"""A parsed piece of a template: literal text, then a field name (or None) and its spec."""


@functools.cache
def parse(template: str) -> tuple[Piece, ...]:
    """``template`` split into (literal, field, spec) pieces by ``str.format``'s own parser;
    cached, since a catalogue has a few hundred templates."""
    return tuple(
        (literal, field, spec or "")
        for literal, field, spec, _conversion in string.Formatter().parse(template)
    )


class Reader:
    """Fills the templates of one language's catalogue from one explanation's named facts.

    ``catalogue`` maps keys to entries (for entries that embed others, such as a shared head);
    ``namespaces`` maps 'inputs', 'computed', 'thresholds' and 'facts' to their values; ``rule``
    and ``case`` are the explanation's. A missing name raises KeyError: a catalogue entry that
    reads a fact its rule does not give is a programming error, found by the catalogue tests.
    """

    def __init__(
        self,
        lang: str,
        catalogue: Mapping[Key, Sentence],
        namespaces: Mapping[str, Mapping[str, Fact]],
        rule: str = "",
        case: str = "",
    ) -> None:
        self.lang = lang
        self.catalogue = catalogue
        self.namespaces = namespaces
        self.rule = rule
        self.case = case
        self.values: dict[str, Fact] = {"rule": rule, "case": case}
        for space in reversed(NAMESPACES):  # the first namespace holding a name wins
            self.values.update(namespaces.get(space, {}))

    def entry(self, key: Key) -> str:
        """The catalogue entry ``key`` written with this reader's facts."""
        return self.fill(self.catalogue[key])

    def fill(self, template: str) -> str:
        """``template`` with its fields written (see the module's table of format specs)."""
        parts: list[str] = []
        for literal, field, spec in parse(template):
            parts.append(literal)
            if field is not None:
                spec = self.fill(spec) if "{" in spec else spec
                if field.startswith("="):
                    parts.append(self.entry((field[1:], spec)))
                else:
                    parts.append(self.write(self.field(field), spec))
        return "".join(parts)

    def fact(self, name: str) -> Fact:
        """The value of ``name``: from the inputs, else the computed numbers, the thresholds, the
        facts; the explanation's rule and case for 'rule' and 'case'. Raises KeyError when none
        holds it."""
        try:
            return self.values[name]
        except KeyError:
            raise KeyError(
                f"no fact '{name}' for the sentence of {self.rule!r}, case {self.case!r}"
            ) from None

    def text(self, name: str) -> str:
        """The fact ``name`` as text (a name such as 'increase' or 'at_least')."""
        return str(self.fact(name))

    def number(self, name: str) -> float:
        """The fact ``name`` as a number; raises TypeError when it is not one."""
        value = self.fact(name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"the fact '{name}' is not a number: {value!r}")
        return float(value)

    def field(self, name: str) -> Fact:
        """A field's value: ``space[key]`` from one namespace (e.g. ``thresholds[values]``), else
        the fact ``name``."""
        if name.endswith("]") and "[" in name:
            space, _, key = name[:-1].partition("[")
            return self.namespaces[space][key]
        return self.fact(name)

    def series(self, encoded: str) -> str:
        """The values of ``encoded`` ('2020=58.0;2021=61.0', see ``encode_series``) with their
        years and the indicator's ``decimals``: '58,0 (2020) och 61,0 (2021)'."""
        decimals = int(self.number("decimals"))
        items = []
        for pair in encoded.split(";"):
            year, _, number = pair.partition("=")
            items.append(f"{format_number(float(number), decimals, self.lang)} ({year})")
        if len(items) < 2:
            return "".join(items)
        return ", ".join(items[:-1]) + self.entry(("list", "and")) + items[-1]

    def write(self, value: Fact, spec: str) -> str:
        """``value`` written by ``spec`` in the reader's language (the module's table)."""
        lang = self.lang
        if not spec:
            return str(value)
        if spec == "series" and isinstance(value, str):
            return self.series(value)
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise TypeError(f"the spec {spec!r} needs a number, not {value!r}")
        if "|" in spec:
            singular, plural = spec.split("|", 1)
            return counted(int(value), singular, plural)
        if spec.startswith("+n"):
            text = format_number(abs(value), int(spec[2:] or 1), lang)
            sign = "+" if value > 0 else ("\u2212" if lang == "sv" else "-") if value < 0 else ""
            return sign + text
        if spec.startswith("+%"):
            return signed_percent(value, lang, int(spec[2:] or 1))
        if spec.startswith("%~"):
            limit = exact(self.number(spec[2:]))
            return format_percent(value, lang, faithful_decimals(exact(value), limit, 100))
        if spec.startswith("%"):
            return format_percent(value, lang, int(spec[1:] or 0))
        if spec == "tform":
            return "one" if format_threshold(value, lang, share=False) == "1" else "many"
        if spec in ("t%", "t"):
            return format_threshold(value, lang, share=spec == "t%")
        if spec.startswith("form"):
            digits = spec[4:]
            decimals = int(digits) if digits else int(self.number("decimals"))
            return "one" if decimals == 0 and abs(round_half_up(value, 0)) == 1 else "many"
        if spec == "v":
            decimals = int(self.number("decimals"))
            return f"{format_number(value, decimals, lang)} {self.text('unit')}"
        if spec.startswith("n"):
            decimals = int(spec[1:]) if len(spec) > 1 else int(self.number("decimals"))
            return format_number(value, decimals, lang)
        raise ValueError(f"unknown format spec {spec!r} in a sentence")
