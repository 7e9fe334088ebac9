"""The HTML reports in a real browser: axe-core finds no WCAG 2.1 AA violation in the report of
the real data, the page makes no request, and a repository full of injected scripts gives pages
on which no script runs.

Needs Debian's ``chromium`` and axe-core from npm (``tools/browser``); ``make test`` installs
both. Where either is missing, the tests are skipped with the reason, never passed.
"""

import json
from pathlib import Path
from typing import Any

import pytest

from ambition.report import ReportFormat, render_files
from tests.browser.chromium import Browser
from tests.browser.conftest import load
from tests.report.hostile import hostile_repository

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = (
    """
(async () => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: TAGS},
    resultTypes: ["violations", "incomplete"],
  });
  const summary = (rule) => ({
    id: rule.id,
    impact: rule.impact,
    help: rule.help,
    nodes: rule.nodes.slice(0, 5).map((n) => n.target.join(" ") + " | " + n.failureSummary),
    count: rule.nodes.length,
  });
  return {
    violations: result.violations.map(summary),
    incomplete: result.incomplete.map(summary),
    passes: result.passes.length,
  };
})()
"""
).replace("TAGS", json.dumps(WCAG_21_AA))

PROBE = """
(async () => {
  // Give any event handler (onerror, onload) time to fire; then click every link that is not
  // a plain web, mail or in-page link, as a reader might.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const odd = [...document.querySelectorAll("a[href]")].filter(
    (a) => !["http:", "https:", "mailto:", "file:"].includes(a.protocol));
  odd.forEach((a) => a.click());
  await new Promise((resolve) => setTimeout(resolve, 100));
  const handlers = [...document.querySelectorAll("*")].filter(
    (element) => [...element.attributes].some((attribute) => attribute.name.startsWith("on")));
  return {
    pwned: window.__pwned === undefined ? null : String(window.__pwned),
    title: document.title,
    scripts: document.scripts.length,
    handlers: handlers.length,
    oddLinks: odd.map((a) => a.getAttribute("href")),
    shown: document.body.innerText.includes("<script>window.__pwned = 1"),
  };
})()
"""


def axe_report(browser: Browser, axe_source: str, page: Path, width: int = 1280) -> dict[str, Any]:
    browser.open(page.as_uri(), width=width)
    browser.evaluate(axe_source + "\n;true")
    result: dict[str, Any] = browser.evaluate(RUN_AXE)
    return result


@pytest.mark.parametrize("name", ["sv", "en", "index", "goal", "org"])
def test_axe_finds_no_wcag_21_aa_violation(
    browser: Browser, axe_source: str, real_pages: dict[str, Path], name: str
) -> None:
    result = axe_report(browser, axe_source, real_pages[name])
    assert result["violations"] == [], json.dumps(
        result["violations"], indent=2, ensure_ascii=False
    )
    assert result["passes"] > 10


def test_the_report_makes_no_request(browser: Browser, real_pages: dict[str, Path]) -> None:
    url = real_pages["sv"].as_uri()
    browser.events.clear()
    browser.open(url)
    assert browser.requests() == [url]
    assert browser.evaluate("document.querySelectorAll('svg[role=img]').length") == 39


@pytest.mark.parametrize("csp", ["bypassed", "enforced"])
def test_injected_scripts_never_run(browser: Browser, tmp_path: Path, csp: str) -> None:
    repository = load(hostile_repository(tmp_path / "hostile"))
    out = tmp_path / "report"
    files = render_files(repository, repository.period(), [ReportFormat.HTML], split=True)
    files += render_files(repository, repository.period(), [ReportFormat.HTML])
    # The pages, not the bulk download (CSV) written beside them.
    files = [f for f in files if f.report]
    for index, file in enumerate(files):
        path = out / str(index) / file.name
        path.parent.mkdir(parents=True)
        path.write_text(file.text, encoding="utf-8")
        # With the page's Content-Security-Policy bypassed, only the escaping and the
        # sanitising stand between the payload and the reader.
        browser.open(path.as_uri(), bypass_csp=csp == "bypassed")
        probe = browser.evaluate(PROBE)
        assert probe == {
            "pwned": None,
            "title": probe["title"],
            "scripts": 0,
            "handlers": 0,
            "oddLinks": [],
            "shown": True,
        }, file.name
        # The title holds the payload as text (the municipality's name), never the word a
        # script would have set.
        assert probe["title"] != "pwned"
        assert probe["title"].startswith(("Uppföljning av fullmäktiges mål: ", "Mål 1: "))
