"""The sentence catalogue: which entry words an explanation, in which language.

A sentence is looked up by (section, case) in the catalogue of its language, ``sv.SENTENCES`` or
``en.SENTENCES`` with the entries ``composed`` the same in every language, and written by a
:class:`~ambition.method.sentences.reader.Reader` from the explanation's named facts. An unknown
language falls back to Swedish, as the reports do.
"""

from collections.abc import Mapping

from ambition.method.sentences.degrees import DIFFERENCES as DEGREE_DIFFERENCES
from ambition.method.sentences.en import SENTENCES as ENGLISH
from ambition.method.sentences.reader import Fact, Key, Reader, Sentence
from ambition.method.sentences.sv import SENTENCES as SWEDISH

LANGUAGES = ("sv", "en")
"""The languages every sentence is written in, Swedish first."""

JUDGED_BY = {"target_level": "value_against_target", "rolling_mean": "mean_against_target"}
"""The rules that judge a value against a target (``targets.judge``), with the head each opens
with before the shared 'judged' body of its case."""


DIFFERENCES: dict[Key, Sentence] = {
    ("difference", "relative"): "{distance:v}",
    ("difference", "points"): "{distance:n} {=points:{distance:form}}",
    ("band_difference", "relative"): "{partly_band_absolute:v}",
    ("band_difference", "points"): (
        "{partly_band_absolute:n} {=points:{partly_band_absolute:form}}"
    ),
    ("allowed_difference", "relative"): "{allowed_distance:v}",
    ("allowed_difference", "points"): "{allowed_distance:n} {=points:{allowed_distance:form}}",
}
"""A difference in the indicator's unit, by its ``measure``: for a percentage ('points') the
number and the language's word for procentenheter, ('points', 'one') or ('points', 'many');
else the value with its unit. The same in every language."""


def composed(catalogue: Mapping[Key, Sentence]) -> dict[Key, Sentence]:
    """``catalogue`` with the entries the same in every language: for each 'judged' body, the
    sentence of each rule in ``JUDGED_BY``, e.g. ('target_level', 'target_met') is
    '{=head:value_against_target}: {=judged:target_met}'; and the ``DIFFERENCES``."""
    judged = [case for section, case in catalogue if section == "judged"]
    return {
        **{
            (rule, case): f"{{=head:{head}}}: {{=judged:{case}}}"
            for rule, head in JUDGED_BY.items()
            for case in judged
        },
        **DIFFERENCES,
        **DEGREE_DIFFERENCES,
        **catalogue,
    }


CATALOGUES: Mapping[str, Mapping[Key, Sentence]] = {
    "sv": composed(SWEDISH),
    "en": composed(ENGLISH),
}
"""Each language's whole catalogue by language code."""


def write(
    key: Key,
    lang: str,
    namespaces: Mapping[str, Mapping[str, Fact]],
    rule: str = "",
    case: str = "",
) -> str:
    """The entry ``key`` in ``lang`` ('sv' or 'en'; anything else is Swedish), its fields read
    from ``namespaces`` ('inputs', 'computed', 'thresholds', 'facts').

    Raises KeyError when the catalogue has no such entry or the entry reads a missing fact.
    """
    if lang not in CATALOGUES:
        lang = "sv"
    return Reader(lang, CATALOGUES[lang], namespaces, rule, case).entry(key)
