"""ambition.report.download: the bulk download beside the report, its format and size."""

import pytest

from ambition.export.formats import to_csv
from ambition.export.table import export_rows
from ambition.method.engine import assess_period
from ambition.report.download import Download, export_download
from ambition.repository import Repository


@pytest.mark.parametrize(
    ("size", "sv", "en"),
    [
        (850, "850 byte", "850 bytes"),
        (4_213, "4,2 kB", "4.2 kB"),  # 4 213 / 1 000 = 4.213, one decimal under ten
        (97_936, "98 kB", "98 kB"),  # 97.936 rounds half up to 98
        (1_250_000, "1,3 MB", "1.3 MB"),  # 1.25 rounds half up to 1.3
        (12_345_678, "12 MB", "12 MB"),
    ],
)
def test_the_size_in_si_units(size: int, sv: str, en: str) -> None:
    download = Download("x.csv", "CSV", size)
    assert (download.size_text("sv"), download.size_text("en")) == (sv, en)


def test_the_download_is_the_export_of_the_period(real: Repository) -> None:
    result = assess_period(real, real.period())
    download, data = export_download(result)
    assert data == to_csv(export_rows(result))
    assert (download.name, download.format, download.size) == (
        "helar-2022-export.csv",
        "CSV",
        len(data),
    )
