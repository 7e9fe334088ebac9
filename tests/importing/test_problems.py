"""The reasons an import gives for Python's CSV reader, in the catalogue's words (both
languages), the bytes of a file that is not UTF-8, and the problem's own line (the system's reasons: tests/messages/test_reasons.py)."""

import csv
import io

import pytest

from ambition.importing.problems import ImportRefused, Problem, csv_reason, csv_text
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
    problem = Problem("a.csv:3:2", text("import.sources.not-a-year", found="'20x'"))
    assert problem.format("sv") == (
        "a.csv:3:2: ett år som 2022 väntades, här står '20x'; skriv året med fyra siffror"
    )
    assert problem.format() == (
        "a.csv:3:2: expected a year such as 2022, found '20x'; write the year in four digits"
    )


def test_a_csv_file_in_windows_1252_is_named_at_its_letter() -> None:
    # Swedish Excel's 'CSV (semikolonavgränsad)' writes å as the one byte 0xe5 (column 11).
    raw = "\ufeffIndikator;År;Värde\nfolkmangd;2022;1\n".encode("utf-8")
    assert csv_text(raw, "v.csv") == "Indikator;År;Värde\nfolkmangd;2022;1\n"
    with pytest.raises(ImportRefused) as refused:
        csv_text("indikator;år;värde\n".encode("cp1252"), "v.csv")
    [problem] = refused.value.problems
    assert problem.format("sv") == (
        "v.csv:1:11: byten 0xe5 är inte giltig UTF-8 (det ser ut som Windows-1252 eller "
        "Latin-1: å, ä, ö); spara filen som 'CSV UTF-8' (Excel: Spara som → 'CSV UTF-8 "
        "(kommaavgränsad)')"
    )
    assert problem.format("en") == (
        "v.csv:1:11: byte 0xe5 is not valid UTF-8 (it looks like Windows-1252 or Latin-1: å, "
        "ä, ö); save it as 'CSV UTF-8' (Excel: Save As → 'CSV UTF-8 (Comma delimited)')"
    )


def test_a_csv_file_in_utf_16_is_refused_at_its_start() -> None:
    # Excel's 'Unicode-text' is UTF-16 with a byte-order mark.
    with pytest.raises(ImportRefused) as refused:
        csv_text("Indikator\tÅr\n".encode("utf-16"), "v.txt")
    assert [p.format("sv") for p in refused.value.problems] == [
        "v.txt:1:1: filen är sparad som UTF-16, inte som UTF-8; spara filen som 'CSV UTF-8' "
        "(Excel: Spara som → 'CSV UTF-8 (kommaavgränsad)')"
    ]
