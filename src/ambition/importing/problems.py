"""What stops an import: each problem with where it was found, all gathered before stopping;
why a CSV file cannot be read (a quote, not UTF-8)."""

import csv
from dataclasses import dataclass

from ambition.errors import AmbitionError
from ambition.messages.text import Text, text
from ambition.yaml.decode import decode_source


@dataclass(frozen=True)
class Problem:
    """One reason an import writes nothing.

    ``where`` names the request (its address), the saved file, ``FILE:row:column`` of a sheet,
    or ``path:line`` of an indicator file; ``message`` (a catalogue text, ``messages/imports.py`` and ``messages/kolada.py``) says
    what was expected and how to fix it.
    """

    where: str
    message: Text

    def format(self, lang: str = "en") -> str:
        """``where: message``, the line the command prints, in ``lang`` ('sv' or 'en')."""
        return f"{self.where}: {self.message.render(lang)}"


class ImportRefused(AmbitionError):
    """The import wrote nothing because of ``problems`` (at least one); the CLI exits 1."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems


def csv_reason(error: csv.Error) -> Text | str:
    """Why a CSV file cannot be read, in the catalogue's words for the usual two (a quote that
    is never closed, text right after a closing quote); Python's own text otherwise."""
    said = str(error)
    if "unexpected end of data" in said:
        return text("import.csv.unclosed-quote")
    if "expected after" in said:
        return text("import.csv.after-quote")
    return said


def csv_text(raw: bytes, where: str) -> str:
    """The text of a CSV file's bytes ``raw`` (UTF-8, a byte-order mark dropped). Raises
    ImportRefused at the line and column of the first byte that is not UTF-8 (``where`` names
    the file), saying what it looks like (Windows-1252, as Swedish Excel's plain CSV, or
    UTF-16) and how to save the file (``yaml.decode``, the one reading of a file's bytes)."""
    source, found = decode_source(raw, where)
    if source is None:
        [first] = found
        reason = text("import.sheet.not-utf8", reason=first.message)
        raise ImportRefused([Problem(first.location, reason)])
    return source.text
