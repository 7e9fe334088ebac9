"""The counts shown beside a rolled-up status ("4 av 6 indikatorer uppfyllda"), in Swedish and
English, with the number and gender agreement Swedish needs.

A roll-up's explanation (``method/rollup.py``) gives the counts it used: ``achieved``,
``assessed`` and ``not_assessed``, of indicators or of the parts of a goal or sub-goal (its
sub-goals and measurement areas). Swedish agrees the noun with the total ("1 av 1 indikator",
"4 av 6 indikatorer") and the participle with the count and the noun's gender ("1 av 6
indikatorer uppfylld", "1 av 3 mätområden uppfyllt", "2 av 3 delmål uppfyllda").
"""

from dataclasses import dataclass

from ambition.method.explanation import Explanation


@dataclass(frozen=True)
class Noun:
    """A counted noun in Swedish and English: singular, plural and, in Swedish, whether it is
    neuter (ett-ord), which decides the participle ('uppfyllt' against 'uppfylld')."""

    sv_one: str
    sv_many: str
    neuter: bool
    en_one: str
    en_many: str

    def word(self, n: int, lang: str) -> str:
        """The noun for ``n`` things in ``lang``."""
        if lang == "sv":
            return self.sv_one if n == 1 else self.sv_many
        return self.en_one if n == 1 else self.en_many


NOUNS: dict[str, Noun] = {
    "indicator": Noun("indikator", "indikatorer", False, "indicator", "indicators"),
    "measurement_area": Noun(
        "mätområde", "mätområden", True, "measurement area", "measurement areas"
    ),
    "sub_goal": Noun("delmål", "delmål", True, "sub-goal", "sub-goals"),
    "part": Noun("del", "delar", False, "part", "parts"),
}
"""What a roll-up counts, by the name its explanation gives (fact ``counted``)."""


def _participle(stem: str, n: int, noun: Noun) -> str:
    """'uppfylld', 'uppfyllt' or 'uppfyllda' ('bedömd', 'bedömt', 'bedömda') for ``n``."""
    if n != 1:
        return stem + "da"
    return stem + ("t" if noun.neuter else "d")


def count_text(explanation: Explanation, lang: str) -> str:
    """The counts of a roll-up in words, e.g. '4 av 6 indikatorer uppfyllda', '1 av 3
    mätområden uppfyllt; 1 ej bedömt', '2 indikatorer ej bedömda' (none assessed); in English
    '4 of 6 indicators achieved'. ``explanation`` is a roll-up's (inputs ``achieved``,
    ``assessed``, ``not_assessed``; fact ``counted``, indicators unless it says otherwise);
    ``lang`` is 'sv' or 'en'."""
    inputs = explanation.inputs
    achieved = int(inputs["achieved"] or 0)
    assessed = int(inputs["assessed"] or 0)
    left_out = int(inputs["not_assessed"] or 0)
    noun = NOUNS[str(explanation.facts.get("counted", "indicator"))]
    if lang == "sv":
        if not assessed:
            return (
                f"{left_out} {noun.word(left_out, 'sv')} ej {_participle('bedöm', left_out, noun)}"
            )
        qualifier = f"{_participle('bedöm', assessed, noun)} " if left_out else ""
        text = (
            f"{achieved} av {assessed} {qualifier}{noun.word(assessed, 'sv')} "
            f"{_participle('uppfyll', achieved, noun)}"
        )
        if left_out:
            text += f"; {left_out} ej {_participle('bedöm', left_out, noun)}"
        return text
    if not assessed:
        return f"{left_out} {noun.word(left_out, 'en')} not assessed"
    qualifier = "assessed " if left_out else ""
    text = f"{achieved} of {assessed} {qualifier}{noun.word(assessed, 'en')} achieved"
    if left_out:
        text += f"; {left_out} not assessed"
    return text
