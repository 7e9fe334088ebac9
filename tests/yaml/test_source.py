"""Reading YAML: encodings, positions from the event scan, and what the scan finds suspect."""

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ambition.diagnostics.codes import diagnostic
from ambition.yaml.source import _SUSPECT, SourceFile, _scan, ambiguity, parse, read_source

TEXT = """\
# yaml-language-server: $schema=x
id: ny
source:
  publisher: SCB
targets:
  - year: 2026
    value: 20
values:
  2021: 12.5
rules:
  x:
    kind: trajectory
    achieved_from: 2
"""


def source(text: str = TEXT) -> SourceFile:
    return SourceFile("data/indicators/ny.yaml", text)


@pytest.mark.parametrize(
    ("path", "key", "expected"),
    [
        ((), False, (2, 1)),  # the root mapping, after the modeline
        (("id",), False, (2, 5)),
        (("id",), True, (2, 1)),
        (("source",), False, (3, 1)),  # a mapping value is reported at its key
        (("source", "publisher"), False, (4, 14)),
        (("source", "kolada_kpi"), False, (3, 1)),  # missing: at the mapping that should hold it
        (("targets", 0), False, (6, 5)),
        (("targets", 0, "value"), False, (7, 12)),
        (("targets", 5, "value"), False, (5, 1)),
        (("values", 2021), False, (9, 9)),
        (("values", 2021), True, (9, 3)),
        (("rules", "x", "trajectory", "achieved_from"), False, (13, 20)),  # a union tag skipped
    ],
)
def test_locate(path: tuple[str | int, ...], key: bool, expected: tuple[int, int]) -> None:
    assert source().locate(path, key=key) == expected


def test_locate_in_unparseable_text_and_duplicate_keys() -> None:
    assert source("a: 1\nb: [\n").locate(("a",)) == (1, 4)  # the tree up to the error
    assert source(": : :").locate(("a",)) == (1, 1)
    twice = source("v:\n  2020: 1\n  '2020': 2\n")
    assert twice.locate(("v", 2020), key=True) == (2, 3)
    assert twice.locate(("v", 2020), key=True, occurrence=-1) == (3, 3)


def test_resolve_drops_union_tags_and_scalar_text_keeps_what_was_written() -> None:
    assert source().resolve(["rules", "x", "trajectory", "achieved_from"]) == [
        "rules",
        "x",
        "achieved_from",
    ]
    assert source().resolve(["values", 1999]) == ["values", 1999]
    assert source("code: 0665\nname: '0665'\n").scalar_text(["code"]) == "0665"
    assert source("code: 0665\nname: '0665'\n").scalar_text(["name"]) is None
    assert source("v:\n  010: 1\n").locate(("v", 10), key=True) == (2, 3)


def test_scan_finds_refused_and_ambiguous_values() -> None:
    scan = _scan("%YAML 1.1\n---\na: &x yes\nb: *x\n<<:\n  c: 1:30\nd: !t 010\ne: 07\n")
    assert [(f.kind, f.line, f.column, f.text, f.path) for f in scan.findings] == [
        ("version", 0, 0, "1.1", ()),
        ("anchor", 2, 3, "x", ("a",)),
        ("boolean", 2, 3, "yes", ("a",)),  # a node starts at its anchor
        ("alias", 3, 3, "x", ("b",)),
        ("merge", 4, 0, "<<", ("<<",)),
        ("sexagesimal", 5, 5, "1:30", ("<<", "c")),
        ("tag", 6, 3, "!t", ("d",)),
        ("leading-zero", 6, 3, "010", ("d",)),
    ]
    assert scan.refused


def test_ambiguity_says_what_each_reader_sees() -> None:
    text = "a: 010\nb: 09\nc: 'no'\n"
    found = [ambiguity(source(text), f) for f in _scan(text).findings]
    assert found == [
        diagnostic(
            "leading-zero",
            "data/indicators/ny.yaml",
            1,
            4,
            "'010' has a leading zero: ambition reads the number 10, YAML 1.1 readers the "
            "octal number 8",
            'write 10 for the number, or "010" in quotes for a code',
            "a",
        ),
        diagnostic(
            "leading-zero",
            "data/indicators/ny.yaml",
            2,
            4,
            "'09' has a leading zero: ambition reads the number 9, YAML 1.1 readers text",
            'write 9 for the number, or "09" in quotes for a code',
            "b",
        ),
    ]


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab:- \n'\"&*!%<>[]{},#0123456789.ynoYNOf\t?|_+")),
        max_size=60,
    )
)
def test_the_cheap_search_never_misses_what_the_scan_finds(text: str) -> None:
    if _scan(text).findings:
        assert _SUSPECT.search(text), text


def test_parse_gives_dates_as_text_and_refuses_before_building(tmp_path: Path) -> None:
    document, found = parse(source("d: 2023-02-30\ne: 2022-12-31\n"))
    assert (document, found) == ({"d": "2023-02-30", "e": "2022-12-31"}, [])
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n"
    document, found = parse(source(bomb))
    assert document is None
    assert sorted(d.code for d in found) == ["yaml-alias"] * 6 + ["yaml-anchor"] * 3


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xef\xbb\xbfa: 1\r\nb: 2\r\n", "a: 1\r\nb: 2\r\n"),
        (b"a: \xc3\xa4\n", "a: \u00e4\n"),
    ],
)
def test_read_source_accepts_utf8_with_bom_and_crlf(
    tmp_path: Path, raw: bytes, expected: str
) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(raw)
    read, found = read_source(path, "x.yaml")
    assert found == []
    assert read is not None and read.text == expected


@pytest.mark.parametrize(
    ("raw", "position", "message"),
    [
        ("a: 1\n".encode("utf-16"), (1, 1), "the file is saved as UTF-16, not UTF-8"),
        (codecs.BOM_UTF32_LE + b"a\0\0\0", (1, 1), "the file is saved as UTF-32, not UTF-8"),
        (
            b"a: 1\nb: \xc3\xa4\xe4\n",
            (2, 5),
            "byte 0xe4 is not valid UTF-8 (it looks like Windows-1252 or Latin-1: å, ä, ö)",
        ),
        (b"a: \x80\n", (1, 4), "byte 0x80 is not valid UTF-8"),
    ],
)
def test_read_source_locates_what_is_not_utf8(
    tmp_path: Path, raw: bytes, position: tuple[int, int], message: str
) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(raw)
    read, [found] = read_source(path, "x.yaml")
    assert read is None
    assert (found.code, (found.line, found.column), found.message) == (
        "not-utf8",
        position,
        message,
    )
