"""The HTML report on a phone (390 px) and a desktop (1280 px) in headless Chromium: nothing
scrolls sideways, neither the page nor a box in it, with every folded table unfolded; no chart
text is smaller than 12 CSS px; and axe-core finds no WCAG 2.1 AA violation at phone width,
where the tables are stacked cards.

Screenshots of every page at both widths are kept under ``build/browser/`` as artefacts of the
run, to look at as a reader would. Skipped with the reason where Chromium or axe-core is missing.
"""

import json
from pathlib import Path
from typing import Any

import pytest

from tests.browser.chromium import Browser
from tests.browser.test_browser import axe_report
from tests.conftest import PROJECT

ARTEFACTS = PROJECT / "build" / "browser"
WIDTHS = (390, 1280)
MIN_CHART_TEXT_PX = 12.0

LAYOUT = """
(() => {
  // Measured with every folded table unfolded, as a reader opens them ("Tabell med värdena").
  document.querySelectorAll("details").forEach((d) => { d.open = true; });
  const name = (e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
    (e.className && typeof e.className === "string" ? "." + e.className.split(" ").join(".") : "");
  // A box scrolls sideways when its content is wider than it and it scrolls or clips.
  const scrollers = [...document.querySelectorAll("body *")].filter((e) => {
    const overflow = getComputedStyle(e).overflowX;
    return ["auto", "scroll", "hidden"].includes(overflow) && e.scrollWidth > e.clientWidth + 1
      && e.clientWidth > 1;
  }).map(name);
  // Chart text in CSS px: its font size in user units times the chart's scale on screen.
  const sizes = [...document.querySelectorAll("svg.chart text")].map((t) =>
    parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
  return {
    viewport: window.innerWidth,
    page: document.documentElement.scrollWidth,
    scrollers: scrollers,
    charts: document.querySelectorAll("svg.chart").length,
    smallestChartText: sizes.length ? Math.round(Math.min(...sizes) * 10) / 10 : null,
    // A rule across a stacked card, above one of its cells but the first (each cell of a
    // goal's card among the forecasts had one).
    innerRules: [...document.querySelectorAll("table.cards tr")].filter((row) =>
      getComputedStyle(row).display === "block" && [...row.children].slice(1).some((cell) =>
        parseFloat(getComputedStyle(cell).borderTopWidth) > 0)).map(name),
    // A stacked card's cell shown with its label and nothing after it ("Beslut:").
    bareLabels: [...document.querySelectorAll("table.cards td[data-label]")].filter((e) =>
      e.offsetParent !== null && getComputedStyle(e).display === "block" &&
      e.textContent.trim() === "").map((e) => e.dataset.label),
  };
})()
"""


@pytest.fixture(scope="module")
def pages(real_pages: dict[str, Path]) -> dict[str, Path]:
    """The whole report, a split report's index and goal page, and an organisation's report."""
    return {"whole": real_pages["sv"], **{k: real_pages[k] for k in ("index", "goal", "org")}}


def layout(browser: Browser, page: Path, width: int, name: str) -> dict[str, Any]:
    browser.open(page.as_uri(), width=width, height=1600 if width < 600 else 1000)
    result: dict[str, Any] = browser.evaluate(LAYOUT)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(ARTEFACTS / f"{name}-{width}.png")
    return result


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["whole", "index", "goal", "org"])
def test_nothing_scrolls_sideways_and_chart_text_is_legible(
    browser: Browser, pages: dict[str, Path], name: str, width: int
) -> None:
    result = layout(browser, pages[name], width, name)
    assert result["viewport"] == width
    assert result["page"] == width, result
    assert result["scrollers"] == [], result
    assert result["bareLabels"] == [], result
    assert result["innerRules"] == [], result
    if name != "index":  # the index holds no indicator, so no chart
        assert result["charts"] > 0
        assert result["smallestChartText"] >= MIN_CHART_TEXT_PX, result


def test_an_indicator_on_a_phone_is_kept_as_an_artefact(
    browser: Browser, pages: dict[str, Path]
) -> None:
    browser.open(pages["whole"].as_uri(), width=390, height=1600)
    top = browser.evaluate(
        "Math.round(document.getElementById('indicator-vaxthusgasutslapp')"
        ".getBoundingClientRect().top + window.scrollY) - 8"
    )
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(ARTEFACTS / "indicator-390.png", y=int(top), height=1500)
    assert (ARTEFACTS / "indicator-390.png").stat().st_size > 10_000


@pytest.mark.parametrize("name", ["whole", "index"])
def test_axe_finds_no_violation_at_phone_width(
    browser: Browser, axe_source: str, pages: dict[str, Path], name: str
) -> None:
    result = axe_report(browser, axe_source, pages[name], width=390)
    assert result["violations"] == [], json.dumps(
        result["violations"], indent=2, ensure_ascii=False
    )
