"""ambition.report.values: the year of a value (tests/report/test_render.py shows it in the
report) and a number that never breaks from its unit in the HTML report's tables and cards."""

from ambition.report import ReportFormat, render_files
from ambition.report.values import NO_BREAK_SPACE, unit_kept, with_unit
from ambition.repository import Repository

NNBSP = "\u202f"
"""The thousands separator of ``numbers.format_number`` in Swedish."""


def test_a_number_and_its_unit_are_joined_by_a_no_break_space() -> None:
    assert NO_BREAK_SPACE == "\u00a0"
    assert with_unit("30,0", "procent") == "30,0\u00a0procent"
    assert with_unit(f"79{NNBSP}385", "ton CO2-ekv") == "79\u202f385\u00a0ton CO2-ekv"
    assert with_unit("79", "") == "79"


def test_a_unit_after_a_number_in_a_text_is_kept_with_it() -> None:
    target = f"högst 15{NNBSP}668 ton CO2-ekv (2045), nationellt mål"
    assert (
        unit_kept(target, "ton CO2-ekv")
        == "högst 15\u202f668\u00a0ton CO2-ekv (2045), nationellt mål"
    )
    trend = "Förändring från 14 746 (2021) till 14 854 (2022), +108 invånare (+0,7 %)."
    # Only the space before the unit: 14 746 is the test's own (not the report's) spacing.
    assert unit_kept(trend, "invånare") == (
        "Förändring från 14 746 (2021) till 14 854 (2022), +108\u00a0invånare (+0,7 %)."
    )
    # A word that starts like the unit, a unit after a word, and no unit are left alone.
    assert unit_kept("1 år, 2020 året, fler år", "år") == "1\u00a0år, 2020 året, fler år"
    assert unit_kept("−4,1 procentenheter", "procent") == "−4,1 procentenheter"
    assert unit_kept("12 ton", "") == "12 ton"
    # The unit is text, not a pattern.
    assert unit_kept("79 index (0–100) (2022)", "index (0–100)") == "79\u00a0index (0–100) (2022)"


def test_the_html_report_keeps_numbers_with_their_units_and_the_markdown_is_as_before(
    real: Repository,
) -> None:
    formats = [ReportFormat.HTML, ReportFormat.MARKDOWN]
    files = {f.name: f.text for f in render_files(real, real.period(), formats)}
    html, markdown = files["helar-2022.html"], files["helar-2022.md"]
    assert isinstance(html, str) and isinstance(markdown, str)
    # data/indicators/vaxthusgasutslapp.yaml: 79 385 ton CO2-ekv in 2022, 15 668 by 2045.
    assert (
        '<td class="num" data-label="Senaste värde">79\u202f385\u00a0ton CO2-ekv (2022)</td>'
        in html
    )
    assert (
        '<td data-label="Målvärde">högst 15\u202f668\u00a0ton CO2-ekv (2045), nationellt mål'
        in html
    )
    start = html.index('id="indicator-ekologiska-livsmedel"')
    card = html[start : html.index("</article>", start)]
    assert "<dt>Senaste värde</dt><dd>30,0\u00a0procent (2022)</dd>" in card
    assert "<dt>Utgångsvärde</dt><dd>30,0\u00a0procent (2018)</dd>" in card
    start = html.index('id="indicator-folkmangd"')
    card = html[start : html.index("</article>", start)]
    assert "+108\u00a0invånare (+0,7\u00a0%)" in card  # the trend's explanation
    assert "<td>Målvärde: öka från 13\u202f980\u00a0invånare (2018) till 2022</td>" in card
    # The Markdown's tables are as they were: a plain space before the unit.
    assert "| 79\u202f385 ton CO2-ekv (2022) | högst 15\u202f668 ton CO2-ekv (2045" in markdown
    assert "385\u00a0ton" not in markdown
