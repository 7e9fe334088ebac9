"""The reasons an import gives for Python's CSV reader, in the catalogue's words (both
languages), and the problem's own line (the system's reasons: tests/messages/test_reasons.py)."""

import csv
import io

import pytest

from ambition.importing.problems import Problem, csv_reason
from ambition.messages.text import Text, text


def said(reason: Text | str) -> tuple[str, str]:
    return (reason.render("sv"), reason.render("en")) if isinstance(reason, Text) else (reason,) * 2


def reading(content: str) -> csv.Error:
    with pytest.raises(csv.Error) as found:
        list(csv.reader(io.StringIO(content, newline=""), strict=True))
    return found.value


def test_the_csv_readers_usual_errors_are_in_words() -> None:
    assert said(csv_reason(reading('a,b\n"x'))) == (
        "ett citattecken stängs aldrig",
        "a quote is never closed",
    )
    assert said(csv_reason(reading('a,b\n"x"y,1\n'))) == (
        "text står direkt efter ett avslutande citattecken",
        "text follows a closing quote",
    )
    assert csv_reason(csv.Error("another")) == "another"


def test_a_problem_is_written_where_first_then_in_the_language() -> None:
    problem = Problem("a.csv:3:2", text("import.sources.not-a-year", found="20x"))
    assert problem.format("sv") == "a.csv:3:2: ett år som 2022 väntades, här står '20x'"
    assert problem.format() == "a.csv:3:2: expected a year such as 2022, found '20x'"
