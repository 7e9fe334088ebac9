"""Explanations: every proposal of the method carries the inputs, the numbers it computed, the
threshold it crossed, and a sentence in Swedish and English."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

Number = float | int
"""Unrounded numbers as the rule computed them; rounding happens only in the sentences."""


@dataclass(frozen=True)
class Explanation:
    """Why the method proposed an outcome.

    ``rule`` names the rule (e.g. 'target_level', 'trend', 'share'); ``case`` names the branch of
    the rule that decided (e.g. 'target_met'); ``inputs`` holds the data used, ``computed`` the
    numbers the rule derived and ``thresholds`` the limits compared with, all unrounded;
    ``text`` holds one sentence per language code ('sv', 'en').
    """

    rule: str
    case: str
    outcome: str
    text: Mapping[str, str]
    inputs: Mapping[str, Number | str | None] = field(default_factory=dict)
    computed: Mapping[str, Number] = field(default_factory=dict)
    thresholds: Mapping[str, Number] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("text", "inputs", "computed", "thresholds"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    def sentence(self, lang: str) -> str:
        """The explanation in ``lang`` ('sv' or 'en'), falling back to Swedish."""
        return self.text.get(lang) or self.text["sv"]

    def as_record(self) -> dict[str, object]:
        """A JSON-ready structured record of the explanation."""
        return {
            "rule": self.rule,
            "case": self.case,
            "outcome": self.outcome,
            "inputs": dict(self.inputs),
            "computed": dict(self.computed),
            "thresholds": dict(self.thresholds),
            "text": dict(self.text),
        }
