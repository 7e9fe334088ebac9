"""The system's reasons in the catalogue's words: an ``OSError``'s errno, or an ``[Errno N]`` a
library wrote as text, to the texts of ``ambition.messages.system``.

Kept apart from that table because this module needs ``messages.text``, which needs the
catalogue, which holds the table.
"""

import errno
import re

from ambition.messages.text import Text, text

_REASONS = {
    errno.ENOENT: "system.not-found",
    errno.EACCES: "system.denied",
    errno.EPERM: "system.denied",
    errno.EISDIR: "system.is-folder",
    errno.ENOTDIR: "system.not-folder",
    errno.ECONNREFUSED: "system.refused",
    errno.ENETUNREACH: "system.unreachable",
    errno.EHOSTUNREACH: "system.unreachable",
    errno.ENOSPC: "system.no-space",
    errno.EROFS: "system.read-only",
}
"""The system's errors met most, by errno, and the catalogue's words for them."""


def os_reason(error: OSError) -> Text | str:
    """Why a file could not be used, in the catalogue's words for the usual errors (no such
    file, no permission, a folder, a refused connection, a full or read-only disk); the
    system's own text otherwise."""
    key = _REASONS.get(error.errno or 0)
    return text(key) if key else str(error.strerror or error)


def errno_reason(said: str) -> Text | str:
    """The catalogue's words for an ``[Errno N] …`` that a library wrote as text (urllib3's
    connection errors), or ``said`` as it is; the number stays, for a search."""
    found = re.match(r"\[Errno (-?\d+)\]", said)
    if found is None:
        return said
    number = int(found.group(1))
    if number in (-2, -3, -5):  # getaddrinfo: no such name, no answer, no address
        return text("system.no-such-host", errno=found.group(0))
    key = _REASONS.get(number)
    return text("system.numbered", errno=found.group(0), reason=text(key)) if key else said
