"""What stops an import: each problem with where it was found, all gathered before stopping."""

import csv
import errno
import re
from dataclasses import dataclass

from ambition.errors import AmbitionError
from ambition.messages.text import Text, text


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


_OS_REASONS = {
    errno.ENOENT: "import.os.not-found",
    errno.EACCES: "import.os.denied",
    errno.EPERM: "import.os.denied",
    errno.EISDIR: "import.os.is-folder",
    errno.ENOTDIR: "import.os.not-folder",
    errno.ECONNREFUSED: "import.os.refused",
    errno.ENETUNREACH: "import.os.unreachable",
    errno.EHOSTUNREACH: "import.os.unreachable",
}
"""The system's errors an import meets most, by errno, and the catalogue's words for them."""


def os_reason(error: OSError) -> Text | str:
    """Why a file could not be read, in the catalogue's words for the usual errors (no such
    file, no permission, a folder, a refused connection); the system's own text otherwise."""
    key = _OS_REASONS.get(error.errno or 0)
    return text(key) if key else str(error.strerror or error)


def errno_reason(said: str) -> Text | str:
    """The catalogue's words for an ``[Errno N] …`` that a library wrote as text (urllib3's
    connection errors), or ``said`` as it is; the number stays, for a search."""
    found = re.match(r"\[Errno (-?\d+)\]", said)
    if found is None:
        return said
    number = int(found.group(1))
    if number in (-2, -3, -5):  # getaddrinfo: no such name, no answer, no address
        return text("import.os.no-such-host", errno=found.group(0))
    key = _OS_REASONS.get(number)
    return text("import.os.numbered", errno=found.group(0), reason=text(key)) if key else said


def csv_reason(error: csv.Error) -> Text | str:
    """Why a CSV file cannot be read, in the catalogue's words for the usual two (a quote that
    is never closed, text right after a closing quote); Python's own text otherwise."""
    said = str(error)
    if "unexpected end of data" in said:
        return text("import.csv.unclosed-quote")
    if "expected after" in said:
        return text("import.csv.after-quote")
    return said
