"""The sentence catalogue: which entry words an explanation, in which language.

A sentence is looked up by (section, case) in the catalogue of its language, ``sv.SENTENCES`` or
``en.SENTENCES``, and written by a :class:`~ambition.method.sentences.reader.Reader` from the
explanation's named facts. An unknown language falls back to Swedish, as the reports do.
"""

from collections.abc import Mapping

from ambition.method.sentences.en import SENTENCES as ENGLISH
from ambition.method.sentences.reader import Fact, Key, Reader, Sentence
from ambition.method.sentences.sv import SENTENCES as SWEDISH

LANGUAGES = ("sv", "en")
"""The languages every sentence is written in, Swedish first."""

CATALOGUES: Mapping[str, Mapping[Key, Sentence]] = {"sv": SWEDISH, "en": ENGLISH}
"""Each language's catalogue by language code."""


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
