"""The lossless editor: blocks placed by the parser, each line's ending kept, leftovers removed.

The expected texts are written out by hand from the YAML 1.2 specification (§6.5 line breaks,
§9.1.4 document markers, §7.3 flow scalars); the property tests build random valid YAML around
a proposal block and check the editor's promise on every example: the bytes outside the block
never change, the result reads as before plus the block, and a second write is a no-op.
"""

import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ambition.yaml import edit
from ambition.yaml.edit import PlacementError, block_span, place_block, split_lines, yaml_scalar
from ambition.yaml.parse import safe_loader

BLOCK = 'proposal:\n  status: achieved\n  explanation: "ny"\n'


def test_split_lines_keeps_each_ending_and_breaks_where_yaml_does() -> None:
    assert split_lines("a\r\nb\nc\rd\u2028e") == ["a\r\n", "b\n", "c\r", "d\u2028e"]
    assert split_lines("") == []


def test_a_block_in_a_mixed_file_takes_the_ending_of_the_line_it_replaces() -> None:
    text = "a: 1\r\nproposal:\n  status: x\nb: 2\r\n"
    assert place_block(text, "proposal", BLOCK) == (
        'a: 1\r\nproposal:\n  status: achieved\n  explanation: "ny"\nb: 2\r\n'
    )
    appended = place_block("a: 1\nb: 2\r\n", "proposal", BLOCK)
    assert appended == "a: 1\nb: 2\r\n" + BLOCK.replace("\n", "\r\n")


def test_a_last_line_without_a_break_gets_the_files_ending() -> None:
    assert place_block("a: 1\r\nb: 2", "proposal", "proposal: 1\n") == (
        "a: 1\r\nb: 2\r\nproposal: 1\r\n"
    )
    assert place_block("", "proposal", "proposal: 1\n") == "proposal: 1\n"


def test_the_block_goes_before_the_document_end_marker() -> None:
    assert place_block("---\na: 1\n...\n# efter\n", "proposal", "proposal: 1\n") == (
        "---\na: 1\nproposal: 1\n...\n# efter\n"
    )
    assert place_block("# bara kommentar\n...\n", "proposal", "proposal: 1\n") == (
        "# bara kommentar\nproposal: 1\n...\n"
    )


def test_the_span_is_found_by_the_parser() -> None:
    text = 'a: "x\nproposal: y"\nproposal :\n  s: 1\n\n# om b\nb: 2\n'
    assert block_span(text, "proposal") == (2, 4)  # not line 1, inside the quotes
    assert block_span("a: 1\n# slut\n", "proposal") == (2, 2)


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("{a: 1}\n", 1, "the file is not written as 'key: value' lines"),
        ("- a\n", 1, "the file is not written as 'key: value' lines"),
        ("# c\n  a: 1\n", 2, "the keys of the file do not start at the left margin"),
        ("proposal: 1\na: 2\nproposal: 3\n", 3, "'proposal:' is written twice (lines 1 and 3)"),
        ("a: 1\n---\nb: 2\n", 2, "the file holds more than one YAML document"),
        ("a: 1\n...\nb: 2\n", 2, "the file holds more than one YAML document"),
        ("a: 1\nb: x\u2028y\n", 2, "the file holds the line separator U+2028"),
    ],
)
def test_where_a_block_cannot_be_placed_the_line_and_reason_are_given(
    text: str, line: int, reason: str
) -> None:
    with pytest.raises(PlacementError) as raised:
        place_block(text, "proposal", BLOCK)
    assert (raised.value.line, raised.value.reason.render("en")) == (line, reason)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("achieved", "achieved"),
        ("no", '"no"'),
        ("900\u00a0ton", '"900\u00a0ton"'),  # NBSP is printable: kept as it is
        ("a\x7fb", '"a\\u007fb"'),
        ("a\x85b", '"a\\u0085b"'),
        ("a\u2028b\u2029", '"a\\u2028b\\u2029"'),
        ("a\ufeffb", '"a\\ufeffb"'),
        ("a\tb\x01", '"a\\tb\\u0001"'),
    ],
)
def test_scalars_are_escaped_where_a_reader_would_not_take_them_as_written(
    value: str, written: str
) -> None:
    assert yaml_scalar(value) == written
    assert safe_loader().load(f"k: {written}\n") == {"k": value}


# Random valid YAML around a proposal block.

_WORD = st.text("abcdefghåäöxyzé€", min_size=1, max_size=8)
_ANY = st.text(st.characters(max_codepoint=0xFFFF, blacklist_categories=("Cs",)), max_size=12)
_PRINTABLE = st.text(st.characters(whitelist_categories=("L", "N", "P", "S", "Zs")), max_size=12)


def _plain(word: str) -> str:
    return "x" + word


_VALUES = st.one_of(
    _WORD.map(_plain),
    st.integers(-1000, 1000).map(str),
    _ANY.map(json.dumps),  # double quotes, every escape JSON knows
    _PRINTABLE.map(lambda t: "'" + t.replace("'", "''") + "'"),
    st.tuples(_WORD, _WORD).map(lambda p: f'"{p[0]}\nproposal: {p[1]}"'),  # looks like a key
    st.lists(_WORD.map(_plain), min_size=1, max_size=3).map(
        lambda ws: "|\n" + "".join(f"  {w}\n" for w in ws).rstrip("\n")
    ),
    st.lists(_WORD.map(_plain), min_size=1, max_size=3).map(
        lambda ws: ">-\n" + "".join(f"  {w}\n" for w in ws).rstrip("\n")
    ),
    st.lists(_WORD.map(_plain), max_size=3).map(lambda ws: "[" + ", ".join(ws) + "]"),
    st.dictionaries(st.sampled_from("abc"), _WORD.map(_plain), max_size=2).map(
        lambda d: "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}"
    ),
    st.just("\n  inner: 1\n  # indragen\n  other: xå"),
)
_KEY_FORMS = st.sampled_from(["{}:", "{} :", '"{}":', "'{}':"])
_OLD_BLOCK = _KEY_FORMS.map(lambda f: f.format("proposal") + "\n  status: achieved\n  rule: gammal")
_ENTRY = st.tuples(
    st.text("abcdefgh", min_size=1, max_size=5).map(lambda k: "k" + k), _KEY_FORMS, _VALUES
).map(lambda e: e[1].format(e[0]) + " " + e[2])


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A valid YAML document of distinct top-level keys, perhaps with an old proposal block,
    comments, blank lines, document markers, and LF or CRLF chosen line by line."""
    entries = draw(st.lists(_ENTRY, max_size=6, unique_by=lambda e: e.split(" ")[0].strip("\"':")))
    keys = [e.split(" ")[0].strip("\"':") for e in entries]
    if len(set(keys)) != len(keys):
        entries = entries[:1]
    if draw(st.booleans()):
        entries.insert(draw(st.integers(0, len(entries))), draw(_OLD_BLOCK))
    lines: list[str] = []
    for entry in entries:
        lines.extend(draw(st.lists(st.sampled_from(["# kommentar", "", "#"]), max_size=2)))
        lines.extend(entry.split("\n"))
    start = draw(st.booleans())
    end = draw(st.booleans()) and (start or bool(entries))  # '...' alone is no document
    lines = (["---"] if start else []) + lines + (["...", "# efter"] if end else [])
    endings = draw(
        st.lists(st.sampled_from(["\n", "\r\n"]), min_size=len(lines), max_size=len(lines))
    )
    text = "".join(line + ending for line, ending in zip(lines, endings, strict=True))
    if draw(st.booleans()) and text and not end:
        text = text.rstrip("\r\n")
    return text


@settings(max_examples=300, deadline=None)
@given(documents(), st.sampled_from([BLOCK, "proposal: {status: achieved}\n"]))
def test_random_yaml_around_a_block_keeps_every_byte_outside_it(text: str, block: str) -> None:
    loader = safe_loader()
    before = loader.load(text) or {}
    new = place_block(text, "proposal", block)
    after = safe_loader().load(new)
    assert {k: v for k, v in after.items() if k != "proposal"} == {
        k: v for k, v in before.items() if k != "proposal"
    }
    assert after["proposal"] == safe_loader().load(block)["proposal"]
    old_lines, new_lines = split_lines(text), split_lines(new)
    (s0, e0), (s1, e1) = block_span(text, "proposal"), block_span(new, "proposal")
    assert "".join(new_lines[e1:]) == "".join(old_lines[e0:])
    prefix, old_prefix = "".join(new_lines[:s1]), "".join(old_lines[:s0])
    assert prefix == old_prefix or (
        prefix.rstrip("\r\n") == old_prefix and not old_prefix.endswith("\n")
    )
    assert place_block(new, "proposal", block) == new  # a second write is a no-op


# Leftovers of interrupted writes.


def test_leftovers_of_ours_are_removed_and_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "data/assessments/ar-2022/indicators"
    folder.mkdir(parents=True)
    ours = [folder / ".utslapp.yaml.k2j_9xq0.tmp", tmp_path / ".ambition.yaml.abcdefgh.tmp"]
    theirs = [
        folder / ".utslapp.yaml.K2J_9XQ0.tmp",  # upper case: tempfile never draws it
        folder / ".utslapp.yaml.abc.tmp",  # too short
        folder / "utslapp.yaml.abcdefgh.tmp",  # not hidden
        folder / ".anteckning.txt.abcdefgh.tmp",  # not a .yaml file
        folder / ".utslapp.yaml.abcdefgh.tmp.bak",
        folder / "utslapp.yaml",
    ]
    for path in ours + theirs:
        path.write_text("x", encoding="utf-8")
    link = folder / ".miljo.yaml.abcdefgh.tmp"
    link.symlink_to(folder / "utslapp.yaml")
    fresh = folder / ".fresh.yaml.abcdefgh.tmp"
    fresh.write_text("x", encoding="utf-8")
    old = time.time() - 60
    for path in [*ours, *theirs]:
        os.utime(path, (old, old))
    assert edit.remove_leftovers(tmp_path) == [
        ".ambition.yaml.abcdefgh.tmp",
        "data/assessments/ar-2022/indicators/.utslapp.yaml.k2j_9xq0.tmp",
    ]
    assert [p.exists() for p in ours] == [False, False]
    assert all(p.exists() for p in theirs)
    assert link.is_symlink() and fresh.exists()  # a link is never ours; a new file may be in use
    assert edit.remove_leftovers(tmp_path, now=time.time() + 60) == [
        "data/assessments/ar-2022/indicators/.fresh.yaml.abcdefgh.tmp"
    ]


@pytest.mark.skipif(edit.fcntl is None, reason="no fcntl: leftovers are told by their age only")
def test_a_temporary_file_that_a_write_holds_is_not_removed(tmp_path: Path) -> None:
    path = tmp_path / ".utslapp.yaml.abcdefgh.tmp"
    path.write_text("x", encoding="utf-8")
    handle = os.open(path, os.O_RDWR)
    try:
        edit.fcntl.flock(handle, edit.fcntl.LOCK_EX)
        assert edit.remove_leftovers(tmp_path, now=time.time() + 60) == []
    finally:
        os.close(handle)
    assert edit.remove_leftovers(tmp_path, now=time.time() + 60) == [path.name]


def test_the_name_of_a_real_temporary_file_is_matched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def interrupted(source: str, target: str) -> None:
        seen.append(Path(source).name)
        raise KeyboardInterrupt

    monkeypatch.setattr(edit.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        edit.write_atomic(tmp_path / "utslapp.yaml", b"a: 1\n")
    assert len(seen) == 1 and edit.LEFTOVER.fullmatch(seen[0])


def test_textfile_writes_a_file_of_one_convention_back_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\r\nb: 2\r\n")
    read = edit.TextFile.read(path)
    assert (read.text, read.bom, read.newline) == ("a: 1\nb: 2\n", True, "\r\n")
    assert read.encoded() == path.read_bytes()


def test_exacttext_keeps_every_byte() -> None:
    raw = b"\xef\xbb\xbfa: 1\r\nb: 2\nc: 3\r"
    assert edit.ExactText.decode(raw) == edit.ExactText("a: 1\r\nb: 2\nc: 3\r", bom=True)
    assert edit.ExactText.decode(raw).encoded() == raw


def test_replace_block_is_place_block() -> None:
    assert edit.replace_block("a: 1\n", "proposal", "proposal: 1\n") == "a: 1\nproposal: 1\n"


@pytest.mark.skipif(edit.fcntl is None, reason="no fcntl: leftovers are told by their age only")
def test_a_file_system_without_locks_writes_and_tidies_by_age(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def no_locks(handle: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(edit.fcntl, "flock", no_locks)
    edit.write_atomic(tmp_path / "a.yaml", b"a: 1\n")
    assert (tmp_path / "a.yaml").read_bytes() == b"a: 1\n"
    leftover = tmp_path / ".a.yaml.abcdefgh.tmp"
    leftover.write_text("x", encoding="utf-8")
    assert edit.remove_leftovers(tmp_path, now=time.time() + 60) == [leftover.name]
