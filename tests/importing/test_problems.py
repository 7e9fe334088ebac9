"""The reasons an import gives for the system's errors, a library's numbered errors and Python's
CSV reader, in the catalogue's words (both languages), and the problem's own line."""

import csv
import errno
import io

import pytest

from ambition.importing.problems import Problem, csv_reason, errno_reason, os_reason
from ambition.messages.text import Text, text


def said(reason: Text | str) -> tuple[str, str]:
    return (reason.render("sv"), reason.render("en")) if isinstance(reason, Text) else (reason,) * 2


@pytest.mark.parametrize(
    ("number", "swedish", "english"),
    [
        (errno.ENOENT, "filen eller mappen finns inte", "no such file or folder"),
        (errno.EACCES, "behörighet saknas", "permission denied"),
        (errno.EISDIR, "det är en mapp, inte en fil", "it is a folder, not a file"),
    ],
)
def test_the_usual_system_errors_are_in_words(number: int, swedish: str, english: str) -> None:
    assert said(os_reason(OSError(number, "the system's words"))) == (swedish, english)


def test_another_system_error_keeps_its_own_words() -> None:
    assert said(os_reason(OSError(errno.ENOSPC, "No space left on device"))) == (
        "No space left on device",
        "No space left on device",
    )


def test_a_numbered_error_of_a_library_keeps_its_number() -> None:
    assert said(errno_reason("[Errno 111] Connection refused")) == (
        "[Errno 111] anslutningen nekades",
        "[Errno 111] the connection was refused",
    )
    assert said(errno_reason("[Errno -2] Name or service not known")) == (
        "[Errno -2] servern hittades inte (namnet går inte att slå upp)",
        "[Errno -2] no such host (the name cannot be looked up)",
    )
    assert said(errno_reason("[Errno 7] Argument list too long")) == (
        "[Errno 7] Argument list too long",
        "[Errno 7] Argument list too long",
    )
    assert errno_reason("ConnectionError") == "ConnectionError"


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
