"""The Swedish texts pass a spell check: the message catalogue (src/ambition/messages/), the
method's sentence catalogue (method/sentences/sv.py) and the report templates (templates/),
with hunspell and its Swedish dictionary (hunspell-sv, installed by `make spelling-deps`) and
the domain's words in tests/spelling/words.txt.

Placeholders, code (`…`), quoted values ('…', "…"), paths, keys and options are taken out
first: they are written as the files and commands need them, not as Swedish. A count's two
words (``{n:indikator|indikatorer}``) are both checked. The test skips, saying why, where
hunspell or the dictionary is missing.
"""

import re
import shutil
import string
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from ambition.messages.catalogue import DIAGNOSTICS, LABELS
from ambition.method.sentences.catalogue import CATALOGUES

PROJECT = Path(__file__).parents[2]
WORDS = Path(__file__).parent / "words.txt"
DICTIONARY = "sv_SE"
DICTIONARY_FOLDERS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))


def plain(template: str) -> str:
    """A template's literal text; a field becomes a space, a count's words stay."""
    parts: list[str] = []
    for literal, field, spec, _ in string.Formatter().parse(template):
        parts.append(literal)
        if field is not None:
            parts.append(" " + (spec.replace("|", " ") if spec and "|" in spec else "") + " ")
    return "".join(parts)


def prose(text: str) -> str:
    """``text`` without code, quoted values, paths, keys, options and addresses."""
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"'[^']*'|\"[^\"]*\"", " ", text)
    text = re.sub(r"(?<![\w-])--\w[\w-]*", " ", text)  # --strict, --output
    return re.sub(r"\S*[/_.@#%<>=\\[]\S*", " ", text)  # data/x.yaml, max_file_size, U+200B


def template_text(path: Path) -> str:
    """The literal text of a Jinja template: no tags, expressions, comments or markup."""
    text = path.read_text(encoding="utf-8")
    for pattern in (r"\{#.*?#\}", r"\{%.*?%\}", r"\{\{.*?\}\}", r"<style.*?</style>", r"<[^>]*>"):
        text = re.sub(pattern, " ", text, flags=re.DOTALL)
    return text


def swedish_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every Swedish text that is checked."""
    for key, (swedish, _) in {**DIAGNOSTICS, **LABELS}.items():
        yield f"messages {key}", prose(plain(swedish))
    for key, sentence in CATALOGUES["sv"].items():
        yield f"sentences {key}", prose(plain(sentence))
    for path in sorted((PROJECT / "templates").glob("*.j2")):
        if not path.name.endswith(".css.j2"):
            yield f"templates/{path.name}", template_text(path)


def words_of(text: str) -> list[str]:
    """The words of ``text``, with their hyphens and colons (id:t, YAML-dokument)."""
    return re.findall(r"[^\W\d_]+(?:[-:][^\W\d_]+)*", text)


def test_the_extraction_keeps_prose_and_drops_code() -> None:
    text = prose(plain("skriv {n} {n:fil|filer} i `x` eller 'nyckel: …' --strict data/x.yaml"))
    assert words_of(text) == ["skriv", "fil", "filer", "i", "eller"]


def hunspell() -> str:
    found = shutil.which("hunspell")
    if found is None:
        pytest.skip("hunspell is missing: `make spelling-deps` (apt-get install hunspell)")
    if not any((folder / f"{DICTIONARY}.dic").is_file() for folder in DICTIONARY_FOLDERS):
        pytest.skip(f"the Swedish dictionary {DICTIONARY} is missing: apt-get install hunspell-sv")
    return found


def test_the_swedish_texts_are_spelt_right(tmp_path: Path) -> None:
    program = hunspell()
    known = tmp_path / "words.dic"
    listed = [line.split("#", 1)[0].strip() for line in WORDS.read_text("utf-8").splitlines()]
    known.write_text("\n".join(word for word in listed if word) + "\n", encoding="utf-8")
    where: dict[str, str] = {}
    for place, text in swedish_texts():
        for word in words_of(text):
            where.setdefault(word, place)
    result = subprocess.run(
        [program, "-d", DICTIONARY, "-p", str(known), "-l"],
        input="\n".join(where),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    unknown = sorted(set(result.stdout.split()))
    assert {word: where.get(word, "?") for word in unknown} == {}


def test_a_misspelt_word_is_found(tmp_path: Path) -> None:
    """The check can fail: hunspell knows 'indikator' and not 'indikatro'."""
    program = hunspell()
    result = subprocess.run(
        [program, "-d", DICTIONARY, "-l"],
        input="indikator\nindikatro\nuppfylld\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert result.stdout.split() == ["indikatro"]
