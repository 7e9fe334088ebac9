"""Explanations: every proposal of the method carries the inputs, the numbers it computed, the
threshold it crossed, and a sentence in Swedish and English written from them.

The rules return only the structure; the sentences come from the catalogue
(``method/sentences/``), keyed by the explanation's ``kind`` and ``case``.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from ambition.method.sentences.catalogue import LANGUAGES, write
from ambition.method.sentences.reader import Fact

PRELIMINARY_NOTE = ("value_note", "preliminary")
"""The catalogue entry written after an explanation that rests on a preliminary value."""

Number = float | int
"""Unrounded numbers as the rule computed them; rounding happens only in the sentences."""


@dataclass(frozen=True, kw_only=True)
class Explanation:
    """Why the method proposed an outcome.

    ``rule`` names the rule as the data does (e.g. 'target_level', 'som-riket', 'trend',
    'share'); ``kind`` names the catalogue section whose sentences word it: the rule's kind,
    'engine' for the checks made before any rule, 'trend', or the roll-up rule. ``case`` names
    the branch that decided (e.g. 'target_met'); ``inputs`` holds the data used, ``computed`` the
    numbers the rule derived and ``thresholds`` the limits compared with, all unrounded.
    ``facts`` holds what only the sentence needs (the unit, the decimals, a reference's name…);
    it is not part of the record. ``note`` names a catalogue entry written after the sentence,
    e.g. ('scale', 'no_partly_level') when the period's scale turned the rule's outcome into
    another (``proposed`` then holds the rule's own outcome). ``preface`` names a catalogue
    entry written before the sentence, e.g. ('forecast', 'latest_value') in a tertial or interim
    period, saying what the forecast for the year rests on. ``preliminary`` is true when the
    proposal rests on a preliminary value: the sentence then ends with the catalogue's
    ('value_note', 'preliminary'), and the record says so.
    """

    rule: str
    kind: str
    case: str
    outcome: str
    inputs: Mapping[str, Number | str | None] = field(default_factory=dict)
    computed: Mapping[str, Number] = field(default_factory=dict)
    thresholds: Mapping[str, Number] = field(default_factory=dict)
    facts: Mapping[str, Fact] = field(default_factory=dict)
    note: tuple[str, str] | None = None
    proposed: str | None = None
    preface: tuple[str, str] | None = None
    preliminary: bool = False
    _sentences: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("inputs", "computed", "thresholds", "facts"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    def sentence(self, lang: str) -> str:
        """The explanation in ``lang`` ('sv' or 'en'; any other language gets Swedish).

        Raises KeyError when the catalogue has no sentence for (kind, case): a rule emitting a
        case it does not declare.
        """
        if lang not in LANGUAGES:
            lang = "sv"
        if lang not in self._sentences:
            namespaces: Mapping[str, Mapping[str, Fact]] = {
                "inputs": self.inputs,
                "computed": self.computed,
                "thresholds": self.thresholds,
                "facts": self.facts,
            }
            text = write((self.kind, self.case), lang, namespaces, self.rule, self.case)
            if self.note is not None:
                text += " " + write(self.note, lang, namespaces, self.rule, self.case)
            if self.preface is not None:
                text = write(self.preface, lang, namespaces, self.rule, self.case) + " " + text
            if self.preliminary:
                text += " " + write(PRELIMINARY_NOTE, lang, namespaces, self.rule, self.case)
            self._sentences[lang] = text
        return self._sentences[lang]

    @property
    def text(self) -> Mapping[str, str]:
        """One sentence per language code, Swedish first: {'sv': …, 'en': …}."""
        return {lang: self.sentence(lang) for lang in LANGUAGES}

    def as_record(self) -> dict[str, object]:
        """A JSON-ready structured record of the explanation (without the formatting facts)."""
        record: dict[str, object] = {
            "rule": self.rule,
            "case": self.case,
            "outcome": self.outcome,
            "inputs": dict(self.inputs),
            "computed": dict(self.computed),
            "thresholds": dict(self.thresholds),
            "text": dict(self.text),
        }
        if self.proposed is not None:
            record["proposed_by_rule"] = self.proposed
        if self.preface is not None and self.preface[0] == "forecast":
            record["forecast"] = self.preface[1]
        if self.preliminary:
            record["preliminary"] = True
        return record

    def prefaced(self, preface: tuple[str, str], facts: Mapping[str, Fact]) -> "Explanation":
        """This explanation with the entry ``preface`` written before its sentence and
        ``facts`` added for it (a forecast's basis, ``method/forecast.py``)."""
        return replace(self, preface=preface, facts={**self.facts, **facts})

    def on_scale(
        self, outcome: str, note: tuple[str, str], facts: Mapping[str, Fact]
    ) -> "Explanation":
        """This explanation with ``outcome`` in place of the rule's own (kept as ``proposed``),
        the entry ``note`` written after the sentence, and ``facts`` added for it."""
        return replace(
            self,
            outcome=outcome,
            note=note,
            proposed=self.outcome,
            facts={**self.facts, **facts},
        )
