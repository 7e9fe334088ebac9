"""The stored form of one file's result: text only, so the cache never holds a pickle."""

import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class StoredResult:
    """A file's result as text: ``diagnostics`` a JSON list of ``Diagnostic.as_record`` lists,
    ``has_source`` whether the bytes decoded to text, ``model`` the JSON of the fields the file
    set (so a restored model knows which were set), or None for no model.

    ``ambition.loading.file`` makes and restores it; the cache only keeps it.
    """

    diagnostics: str
    has_source: bool
    model: str | None

    def checksum(self, digest: bytes) -> int:
        """A CRC-32 of the result and the SHA-256 ``digest`` of the file's bytes, so a row
        damaged on disk is not taken for a result."""
        text = f"{self.diagnostics}\0{self.has_source}\0{self.model}"
        return zlib.crc32(digest + text.encode())
