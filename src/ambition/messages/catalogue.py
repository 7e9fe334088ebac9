"""The one message catalogue: every text of diagnostics, report labels and the round's words, in
Swedish and English, by a stable key.

Each part of the catalogue is a mapping from key to (Swedish, English) templates in one module
of this folder: ``files`` (files, folders, encodings, names), ``yaml`` (YAML syntax), ``model``
(values against the data model), ``validators`` (the models' own checks), ``checks`` (across files, the method, the action plan, the
forge), ``labels`` (reports, the terminal and the round), ``commands`` (the errors, ``new``,
``assess --write``, ``import``). A diagnostic's keys begin with its
code (``unknown-key``, ``unknown-key.nearest``); ``docs/diagnostics.md`` shows them in both
languages, and the tests fail for any code without them.
"""

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from ambition.messages import checks, commands, files, labels, model, validators, yaml

LANGUAGES = ("sv", "en")
"""The languages of the catalogue, in the order of its pairs."""

DIAGNOSTICS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        **files.MESSAGES,
        **yaml.MESSAGES,
        **model.MESSAGES,
        **validators.MESSAGES,
        **checks.MESSAGES,
    }
)
"""Every text of a diagnostic: key → (Swedish, English)."""

LABELS: Mapping[str, tuple[str, str]] = MappingProxyType({**labels.MESSAGES, **commands.MESSAGES})
"""Every label of the reports, the terminal and the round, and every message of the commands
(``commands``): key → (Swedish, English)."""

_ALL: Mapping[str, tuple[str, str]] = MappingProxyType({**DIAGNOSTICS, **LABELS})


def template(key: str, lang: str) -> str:
    """The template of ``key`` in ``lang``; raises KeyError for an unknown key or language."""
    return _ALL[key][LANGUAGES.index(lang) if lang in LANGUAGES else _unknown(lang)]


def _unknown(lang: str) -> int:
    raise KeyError(f"no language {lang!r} in the catalogue (one of {', '.join(LANGUAGES)})")


def language_of(root: Path) -> str:
    """The ``language:`` of the repository at ``root`` as ambition.yaml says it, read from the
    text alone so that a repository with broken files still speaks its language; 'sv' when the
    file is missing, unreadable or names no language of the catalogue."""
    try:
        lines = (root / "ambition.yaml").read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return LANGUAGES[0]
    for line in lines:
        name, _, value = line.partition(":")
        if name == "language":
            word = value.split("#", 1)[0].strip().strip("\"'")
            return word if word in LANGUAGES else LANGUAGES[0]
    return LANGUAGES[0]
