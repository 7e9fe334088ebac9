"""Syntax errors explained: a code, the place (1-based) and a fix for the common mistakes."""

import pytest
from ruamel.yaml.error import MarkedYAMLError

from ambition.yaml.explain import syntax_diagnostic
from ambition.yaml.parse import parse
from ambition.yaml.positions import SourceFile


@pytest.mark.parametrize(
    ("text", "code", "position", "message"),
    [
        ("a:\n\tb: 1\n", "yaml-tab", (2, 1), "a tab character is used for indentation"),
        ("a: 1\n---\nb: 2\n", "yaml-multiple-documents", (2, 1), "a second YAML document"),
        ('a: "open\n', "yaml-unclosed-quote", (1, 4), 'the value starting with " here'),
        ("a: 'C:\\x'\nb: \"\\q\"\n", "yaml-escape", (2, 5), "a backslash inside double quotes"),
        ("a: [1, 2\nb: 3\n", "yaml-unclosed-bracket", (1, 4), "the '[' here is not closed"),
        ("a: @x\n", "yaml-needs-quotes", (1, 4), "a value cannot start with '@'"),
        ("a: *\n", "yaml-needs-quotes", (1, 4), "a value cannot start with '*'"),
        ("title: Mål 1: text\n", "yaml-needs-quotes", (1, 13), "the value holds ': '"),
        ("a: 1\nb\nc: 2\n", "yaml-missing-colon", (2, 1), "this line has no 'key:'"),
        ("a: 'x' y\n", "yaml-syntax", (1, 8), "text follows the end of a quoted value"),
        ("a: {b: c}}\n", "yaml-syntax", (1, 10), "text follows the end of a quoted value"),
        ("a:\n  b: 1\n   c: 2\n", "yaml-indentation", (3, 4), "indented by 3 spaces, which"),
        ("a: 1\n b: 2\n", "yaml-indentation", (2, 2), "indented by 1 space, which"),
        ("a: - x\n", "yaml-indentation", (1, 4), "a list cannot start on the same line"),
        ("a:\n  - x\n  b: 1\n", "yaml-indentation", (3, 3), "a 'key:' where a list item"),
        ("a:\n  b: 1\n  - x\n", "yaml-indentation", (3, 3), "a list item ('- ') where a"),
        ("a: 1\na: 2\n", "duplicate-key", (2, 1), "the key 'a' appears twice (first at line 1)"),
    ],
)
def test_common_mistakes_are_explained(
    text: str, code: str, position: tuple[int, int], message: str
) -> None:
    document, [found] = parse(SourceFile("x.yaml", text))
    assert document is None
    assert (found.code, (found.line, found.column)) == (code, position)
    assert message in found.message_in("en"), found.message_in("en")


def test_anything_else_keeps_the_parsers_words() -> None:
    error = MarkedYAMLError(problem="something unheard of")
    found = syntax_diagnostic(SourceFile("x.yaml", "a: 1\n"), error)
    assert (found.code, found.line, found.column) == ("yaml-syntax", 1, 1)
    assert found.message_in("en") == "YAML syntax error: something unheard of"
    assert found.hint_in("en") == "check the indentation and quotes on this line and the one before"
