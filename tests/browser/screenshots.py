"""Screenshots of the real data's reports, to look at them as a reader would.

    .venv/bin/python -m tests.browser.screenshots /tmp/shots

writes the reports into ``<folder>/report`` and, from headless Chromium: ``first-page.png``
(the top of the whole report), ``goal-page.png`` (a goal's page of the split report),
``indicator.png`` (one indicator with its chart), ``mobile.png`` (390 px wide), ``english.png``,
``print.pdf`` and, where ``pdftoppm`` (poppler-utils) is installed, ``print-1.png``,
``print-2.png``, … of the first pages of the print view. Nothing here goes into git.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from ambition.report import ReportFormat, write_reports
from ambition.validation.validate import validate
from tests.browser.chromium import chromium, find_chromium
from tests.conftest import PROJECT


def main(folder: Path) -> int:
    """Write the reports and the screenshots into ``folder``; 0 when done, 2 without Chromium."""
    binary = find_chromium()
    if binary is None:
        print("Chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 2
    result = validate(PROJECT)
    assert result.repository is not None, result.diagnostics
    repository = result.repository
    period = repository.period()
    out = folder / "report"
    (whole,) = write_reports(repository, period, [ReportFormat.HTML], out)
    (english,) = write_reports(repository, period, [ReportFormat.HTML], out / "en", lang="en")
    split = write_reports(repository, period, [ReportFormat.HTML], out / "split", split=True)
    with chromium(binary) as browser:
        browser.open(whole.as_uri(), width=1280, height=2000)
        browser.screenshot(folder / "first-page.png")
        top = browser.evaluate(
            "Math.round(document.getElementById('indicator-vaxthusgasutslapp')"
            ".getBoundingClientRect().top + window.scrollY) - 16"
        )
        browser.screenshot(folder / "indicator.png", y=int(top), height=900)
        browser.open(split[1].as_uri(), width=1280, height=2000)
        browser.screenshot(folder / "goal-page.png")
        browser.open(whole.as_uri(), width=390, height=1600)
        browser.screenshot(folder / "mobile.png")
        browser.open(english.as_uri(), width=1280, height=1400)
        browser.screenshot(folder / "english.png")
        browser.open(whole.as_uri())
        browser.pdf(folder / "print.pdf")
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "6", "print.pdf", "print"],
            cwd=folder,
            check=True,
        )
    for path in sorted(folder.glob("*.png")):
        print(path)
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    sys.exit(main(target))
