"""Parsing: the document with dates as text, refusals before building, YAML 1.1 ambiguities."""

from ambition.diagnostics.codes import diagnostic
from ambition.yaml.parse import ambiguity, parse
from ambition.yaml.positions import SourceFile
from tests.conftest import rendered


def source(text: str) -> SourceFile:
    return SourceFile("data/indicators/ny.yaml", text)


def test_ambiguity_says_what_each_reader_sees() -> None:
    text = "a: 010\nb: 09\nc: 'no'\n"
    found = [ambiguity(source(text), f) for f in source(text).scan().findings]
    assert [rendered(d) if d else d for d in found] == [
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


def test_parse_gives_dates_as_text_and_refuses_before_building() -> None:
    document, found = parse(source("d: 2023-02-30\ne: 2022-12-31\n"))
    assert (document, found) == ({"d": "2023-02-30", "e": "2022-12-31"}, [])
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n"
    document, found = parse(source(bomb))
    assert document is None
    assert sorted(d.code for d in found) == ["yaml-alias"] * 6 + ["yaml-anchor"] * 3
