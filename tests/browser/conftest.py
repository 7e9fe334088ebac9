"""The browser tests' fixtures: one headless Chromium per module, and axe-core's source."""

from collections.abc import Iterator

import pytest

from tests.browser.chromium import Browser, chromium, find_chromium
from tests.conftest import PROJECT

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
