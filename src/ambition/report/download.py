"""The bulk download beside the report: the period's export (``ambition export csv``) written
as ``<period>-export.csv`` in the report's folder, and linked from the report's start page with
its format and size (issue 15, item 4).

The export is of the whole period, so it sits beside the whole report (and its split pages);
a report narrowed with ``--goal`` or ``--org`` links to none, as it would offer more than it
shows.
"""

from dataclasses import dataclass

from ambition.export.formats import to_csv
from ambition.export.table import export_rows
from ambition.method.results import PeriodResult
from ambition.numbers import format_number


@dataclass(frozen=True)
class Download:
    """A file beside the report: its ``name`` (relative to the report), its ``format`` as
    readers know it ('CSV') and its ``size`` in bytes."""

    name: str
    format: str
    size: int

    def size_text(self, lang: str) -> str:
        """The size in SI units in ``lang``: '850 byte', '4,2 kB', '38 kB', '1,3 MB' (kB =
        1 000 bytes, one decimal under ten)."""
        if self.size < 1000:
            return f"{self.size} {'byte' if lang == 'sv' else 'bytes'}"
        value, unit = (self.size / 1e3, "kB") if self.size < 1e6 else (self.size / 1e6, "MB")
        return f"{format_number(value, 1 if value < 10 else 0, lang)} {unit}"


def export_download(result: PeriodResult) -> tuple[Download, bytes]:
    """The CSV export of ``result`` (every goal of the period) and its ``Download``, named
    ``<period>-export.csv``."""
    data = to_csv(export_rows(result))
    return Download(f"{result.period.id}-export.csv", "CSV", len(data)), data
