"""The browser tests' fixtures: one headless Chromium per module, axe-core's source, and the
real data's report pages."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from ambition.report import ReportFormat, Scope, write_reports
from ambition.repository import Repository
from ambition.validation.validate import validate
from tests.browser.chromium import Browser, chromium, find_chromium
from tests.conftest import PROJECT, copy_repository

AXE = PROJECT / "tools" / "browser" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    binary = find_chromium()
    if binary is None:
        pytest.skip(
            "Chromium is not installed, so the browser check cannot run: install Debian's "
            "'chromium' package (make test does it when run as root), or set CHROMIUM to a binary"
        )
    with chromium(binary) as running:
        yield running


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.skip(
            f"axe-core is not installed ({AXE.relative_to(PROJECT)} is missing): run "
            "'npm ci --prefix tools/browser' (make test does it)"
        )
    return AXE.read_text(encoding="utf-8")


def load(root: Path) -> Repository:
    result = validate(root)
    assert result.repository is not None, result.diagnostics
    return result.repository


@pytest.fixture(scope="module")
def real_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The real data's report in Swedish and English, and a split report's index and a goal."""
    repository = load(copy_repository(PROJECT, tmp_path_factory.mktemp("vaggeryd")))
    out = tmp_path_factory.mktemp("report")
    period = repository.period()
    pages = {}
    (whole,) = write_reports(repository, period, [ReportFormat.HTML], out / "sv")
    pages["sv"] = whole
    (english,) = write_reports(repository, period, [ReportFormat.HTML], out / "en", lang="en")
    pages["en"] = english
    split = write_reports(repository, period, [ReportFormat.HTML], out / "split", split=True)
    pages["index"], pages["goal"] = split[0], split[1]
    (org,) = write_reports(
        repository,
        period,
        [ReportFormat.HTML],
        out / "org",
        scope=Scope(organisation="socialnamnden"),
    )
    pages["org"] = org
    return pages
