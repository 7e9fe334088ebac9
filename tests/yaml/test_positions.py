"""Positions from the event scan: where a key or value is, union tags skipped, text as written."""

import pytest

from ambition.yaml.positions import SourceFile

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


def test_the_scan_is_made_once_and_only_when_asked() -> None:
    file = source()
    assert not file.scanned and file.findings() == []
    assert file.scan() is file.scan()
    assert file.scanned
