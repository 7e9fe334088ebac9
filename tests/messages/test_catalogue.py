"""The message catalogue: every diagnostic code and label has its Swedish and English text, the
two agree on their parameters, every key the source names exists, and docs/diagnostics.md shows
each code's texts in both languages (AMBITION_UPDATE_DOCS=1 rewrites those tables)."""

import ast
import json
import os
import re
import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambition.diagnostics.codes import CODES
from ambition.messages.catalogue import DIAGNOSTICS, LABELS, LANGUAGES, language_of, template
from ambition.messages.text import Text, listing, text
from ambition.report.labels import diff_labels, labels

PROJECT = Path(__file__).parents[2]
SOURCE = PROJECT / "src" / "ambition"
DOC = PROJECT / "docs" / "diagnostics.md"
BEGIN, END = "<!-- messages: {code} -->", "<!-- /messages -->"


def fields(template_text: str) -> set[str]:
    """The parameter names a template reads."""
    return {
        field.split(".")[0].split("[")[0]
        for _, field, _, _ in string.Formatter().parse(template_text)
        if field
    }


def keys_of(code: str) -> list[str]:
    """The catalogue's keys of a diagnostic code: the code itself and ``code.<variant>``."""
    return sorted(key for key in DIAGNOSTICS if key == code or key.startswith(code + "."))


def test_every_code_has_its_texts_in_both_languages() -> None:
    """Fails listing every code (from diagnostics/codes.py) without a text in the catalogue:
    a code added on another branch must get its texts in src/ambition/messages/."""
    assert [code for code in CODES if not keys_of(code)] == []


def test_every_entry_has_both_languages_with_the_same_parameters() -> None:
    incomplete = [
        key
        for key, pair in {**DIAGNOSTICS, **LABELS}.items()
        if len(pair) != len(LANGUAGES) or not all(isinstance(t, str) and t for t in pair)
    ]
    assert incomplete == []
    differing = {
        key: (sorted(fields(sv)), sorted(fields(en)))
        for key, (sv, en) in {**DIAGNOSTICS, **LABELS}.items()
        if fields(sv) != fields(en)
    }
    # A description, and a status's label on the repository's scale, given in both
    # languages: each template reads its own.
    assert differing == {
        "missing-key.about": (["sv"], ["en"]),
        "words.label": (["sv"], ["en"]),
        "status-off-scale.label": (["sv"], ["en"]),
    }


def test_every_report_label_has_both_languages() -> None:
    """Fails listing every label of the reports (report/labels.py) missing in a language: a
    label added on another branch must get its pair in src/ambition/messages/labels.py."""
    for catalogue in (labels, diff_labels):
        swedish, english = catalogue("sv"), catalogue("en")
        assert sorted(set(swedish) ^ set(english)) == []
        assert [key for key in swedish if not swedish[key] or not english[key]] == []


def literal_keys() -> dict[str, str]:
    """Every key passed as a string literal to ``text(...)`` in the source → its file:line."""
    found: dict[str, str] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "text"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.name}:{node.lineno}")
    return found


def test_every_key_the_source_names_is_in_the_catalogue() -> None:
    known = {**DIAGNOSTICS, **LABELS}
    assert {key: where for key, where in literal_keys().items() if key not in known} == {}


def test_a_text_is_written_in_either_language_with_nested_texts_and_lists() -> None:
    found = text("unknown-reference.organisation", id="bum")
    assert found.render("sv") == "det finns ingen organisation 'bum'"
    assert found.render("en") == "there is no organisation 'bum'"
    nested = text("number-format.fix", number=text("words.list", items=("a", text("model.list"))))
    assert nested.render("sv") == "skriv a, en lista"
    assert listing(["'a'", "'b'", "'c'"], "or").render("sv") == "'a', 'b' eller 'c'"  # type: ignore[union-attr]
    assert listing(["x"]) == "x"
    with pytest.raises(KeyError):
        template("unknown-key", "de")


def test_a_text_survives_its_stored_form() -> None:
    """The cache stores a diagnostic's texts as JSON-ready records (cache/stored.py)."""
    found = text(
        "leading-zero", written="010", decimal="10", octal=text("leading-zero.octal", number="8")
    )
    assert Text.from_record(found.as_record()) == found
    listed = text("words.list", items=(text("model.list"), "x"))
    assert Text.from_record(listed.as_record()) == listed
    with pytest.raises(ValueError):
        Text.from_record([1, {}])


def test_numbers_in_a_text_follow_the_language() -> None:
    size = text("too-large.megabytes", count=2_000_003, megabytes=2.000003)
    assert size.render("sv") == "2\u202f000\u202f003 byte (2,0 MB)"
    assert size.render("en") == "2,000,003 bytes (2.0 MB)"


def test_the_repository_language_is_read_from_the_text(tmp_path: Path) -> None:
    assert language_of(tmp_path) == "sv"  # no ambition.yaml
    (tmp_path / "ambition.yaml").write_text("municipality: [broken\nlanguage: en  # x\n", "utf-8")
    assert language_of(tmp_path) == "en"
    (tmp_path / "ambition.yaml").write_text("language: 'fi'\n", "utf-8")
    assert language_of(tmp_path) == "sv"
    (tmp_path / "ambition.yaml").write_bytes(b"\xff\xfe")
    assert language_of(tmp_path) == "sv"


def _cell(value: str) -> str:
    return value.replace("|", "\\|")


def messages_table(code: str) -> str:
    """The generated table of a code's texts in docs/diagnostics.md."""
    rows = [
        BEGIN.format(code=code),
        "",
        "Messages, in Swedish and English (`src/ambition/messages/`):",
        "",
        "| key | sv | en |",
        "|---|---|---|",
        *(
            f"| `{key}` | {_cell(DIAGNOSTICS[key][0])} | {_cell(DIAGNOSTICS[key][1])} |"
            for key in keys_of(code)
        ),
        "",
        END,
    ]
    return "\n".join(rows)


def _with_tables(doc: str) -> str:
    """``doc`` with each code's table at the end of its section, replacing any old one."""
    doc = re.sub(r"\n<!-- messages: [^>]+ -->.*?<!-- /messages -->\n", "\n", doc, flags=re.DOTALL)
    parts = re.split(r"(?=^### `)|(?=^## )", doc, flags=re.MULTILINE)
    out = []
    for part in parts:
        match = re.match(r"### `([^`]+)`", part)
        if match and match.group(1) in CODES:
            part = part.rstrip("\n") + "\n\n" + messages_table(match.group(1)) + "\n\n"
        out.append(part)
    return "".join(out)


def test_the_doc_shows_every_code_in_both_languages() -> None:
    doc = DOC.read_text(encoding="utf-8")
    expected = _with_tables(doc)
    if os.environ.get("AMBITION_UPDATE_DOCS"):
        DOC.write_text(expected, encoding="utf-8")
        doc = expected
    assert doc == expected
    for code in CODES:
        assert messages_table(code) in doc, code


IMPORT_BEGIN, IMPORT_END = "<!-- import-messages -->", "<!-- /import-messages -->"
IMPORT_SECTION = """## The messages of `ambition import`

`ambition import` is no check of the repository: its problems (a Kolada answer that is not one,
a row of a sheet or a sources file, an indicator file the edit cannot change safely) and notes
are printed in the repository's `language:` (or `--lang`), each after where it was found (the
address, the saved file, `FILE:row:column`, `path:line`), and nothing is written while there
is one. Their texts, in Swedish and English (`src/ambition/messages/imports.py` and
`kolada.py`), and the system's reasons they and every other command give (`system.…`,
`src/ambition/messages/system.py`):

"""


def import_table() -> str:
    """The generated table of every text of ``ambition import`` (keys ``import.…``)."""
    rows = [
        IMPORT_BEGIN,
        "",
        "| key | sv | en |",
        "|---|---|---|",
        *(
            f"| `{key}` | {_cell(LABELS[key][0])} | {_cell(LABELS[key][1])} |"
            for key in sorted(LABELS)
            if key.startswith(("import.", "system."))
        ),
        "",
        IMPORT_END,
    ]
    return "\n".join(rows)


def _with_import_table(doc: str) -> str:
    """``doc`` with the import's table in its section at the end, replacing any old one."""
    if IMPORT_BEGIN not in doc:
        return doc.rstrip("\n") + "\n\n" + IMPORT_SECTION + import_table() + "\n"
    head, rest = doc.split(IMPORT_BEGIN, 1)
    return head + import_table() + rest.split(IMPORT_END, 1)[1]


def test_the_doc_shows_every_message_of_import_in_both_languages() -> None:
    doc = DOC.read_text(encoding="utf-8")
    expected = _with_import_table(doc)
    if os.environ.get("AMBITION_UPDATE_DOCS"):
        DOC.write_text(expected, encoding="utf-8")
        doc = expected
    assert doc == expected
    assert "| `import.kolada.not-json` | svaret är inte giltig JSON (rad {line}" in doc


_VALUES = st.one_of(
    st.text(max_size=20), st.integers(), st.floats(allow_nan=False, allow_infinity=False)
)
_TEXTS = st.recursive(
    st.builds(
        lambda key, args: text(key, **args),
        st.sampled_from(sorted(DIAGNOSTICS)),
        st.dictionaries(st.from_regex(r"[a-z]{1,8}", fullmatch=True), _VALUES, max_size=3),
    ),
    lambda inner: st.builds(
        lambda key, nested, items: text(key, nested=nested, items=tuple(items)),
        st.sampled_from(sorted(DIAGNOSTICS)),
        inner,
        st.lists(st.one_of(inner, st.text(max_size=5)), max_size=3),
    ),
    max_leaves=6,
)


@given(_TEXTS)
def test_any_text_survives_its_json_form(found: Text) -> None:
    """The cache stores texts as JSON (cache/stored.py): a text comes back equal, nested texts,
    lists, numbers and all."""
    assert Text.from_record(json.loads(json.dumps(found.as_record()))) == found
