"""The system's reasons in the catalogue's words, in both languages: an ``OSError``'s errno
(loading, ``import``, the error boundary) and an ``[Errno N]`` a library wrote as text."""

import errno

import pytest

from ambition.messages.reasons import errno_reason, os_reason
from ambition.messages.text import Text


def said(reason: Text | str) -> tuple[str, str]:
    return (reason.render("sv"), reason.render("en")) if isinstance(reason, Text) else (reason,) * 2


@pytest.mark.parametrize(
    ("number", "swedish", "english"),
    [
        (errno.ENOENT, "filen eller mappen finns inte", "no such file or folder"),
        (errno.EACCES, "behörighet saknas", "permission denied"),
        (errno.EISDIR, "det är en mapp, inte en fil", "it is a folder, not a file"),
        (errno.ENOSPC, "det finns inget utrymme kvar på disken", "no space left on the disk"),
        (errno.EROFS, "filsystemet är skrivskyddat", "the file system is read-only"),
    ],
)
def test_the_usual_system_errors_are_in_words(number: int, swedish: str, english: str) -> None:
    assert said(os_reason(OSError(number, "the system's words"))) == (swedish, english)


def test_another_system_error_keeps_its_own_words() -> None:
    assert said(os_reason(OSError(errno.E2BIG, "Argument list too long"))) == (
        "Argument list too long",
        "Argument list too long",
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
