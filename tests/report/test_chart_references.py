"""ambition.report.chart_references: reference lines, the path to a trajectory target and their
table, checked against coordinates computed by hand (the plot area of tests/report/test_chart.py:
top 34, bottom 196, right 316, left 16 + 8 × the longest y label)."""

import datetime as dt
import re

import pytest

from ambition.models import Period, PeriodKind
from ambition.report import ReportFormat, render_files, render_report
from ambition.report.chart import Chart, build_chart
from ambition.report.chart_references import (
    MAX_LINES,
    ReferenceSeriesDrawn,
    ReferenceStyles,
    fitting,
    reference_styles,
)
from ambition.report.chart_text import LegendEntry
from ambition.report.labels import labels
from ambition.repository import Repository
from tests.report.test_chart import make

SV = labels("sv")
PERIOD = Period(id="ar-2021", kind=PeriodKind.ANNUAL, closing_date=dt.date(2021, 12, 31))
PERIOD_2022 = Period(id="ar-2022", kind=PeriodKind.ANNUAL, closing_date=dt.date(2022, 12, 31))


def test_a_reference_is_a_line_on_the_values_scale_named_in_legend_and_table() -> None:
    # Values 10, 20, 15 as in test_chart.test_three_values: y(v) = 196 − 8.1 v and x(2019, 2020,
    # 2021) = 79.3, 174, 268.7. Riket 12, 18, 16 fits that scale: y = 98.8, 50.2, 66.4. The
    # population of the country (10 million) would squash the values: only in the table.
    references = {
        "riket": {"name": "Riket", "values": {2019: 12, 2020: 18, 2021: 16, 2022: 17}},
        "folk": {"name": "Landet", "values": {2021: 10_000_000}},
        "grupp": {"name": "Gruppen", "members": ["riket"]},
    }
    item = make({2019: 10, 2020: 20, 2021: 15}, references=references)
    chart = build_chart(item, PERIOD, None, "sv", SV)
    assert chart is not None
    assert [t.label for t in chart.y_ticks] == ["0", "5", "10", "15", "20"]
    assert [(r.id, r.style, [s.polyline for s in r.segments]) for r in chart.references] == [
        ("riket", 0, ["79.3,98.8 174,50.2 268.7,66.4"])
    ]
    assert chart.legend[-1] == LegendEntry("reference-0", "Jämförelse: Riket")
    assert chart.description.endswith(
        "Jämförelseserier i diagrammet: Riket. Landet ryms inte i diagrammets skala och finns "
        "bara i tabellen."
    )
    assert chart.reference_table is not None
    assert chart.reference_table.columns == ("Riket", "Landet")
    assert chart.reference_table.rows == (
        (2019, ("12", "")),
        (2020, ("18", "")),
        (2021, ("16", "10\u202f000\u202f000")),
    )
    assert chart.path is None


def test_a_single_year_is_a_short_level_line_and_references_start_at_the_baseline() -> None:
    item = make(
        {2019: 10, 2020: 20, 2021: 15},
        baseline={"year": 2020, "value": 20},
        references={"riket": {"name": "Riket", "values": {2019: 12, 2021: 16}}},
    )
    chart = build_chart(item, PERIOD, None, "sv", SV)
    assert chart is not None
    # Only 2021 from the baseline's year 2020 on: a line of 16 units at y(16) = 66.4.
    assert [s.polyline for s in chart.references[0].segments] == ["260.7,66.4 276.7,66.4"]
    assert chart.reference_table is not None
    assert chart.reference_table.rows == ((2021, ("16",)),)


def test_the_path_runs_from_the_baseline_through_every_target() -> None:
    # Baseline 100 (2018), targets 70 (2024) and 40 (2030), decrease desired. The y axis is
    # 0–100 (left = 16 + 8 × 3 = 40, y(v) = 196 − 1.62 v); x maps 2017.5–2030.5 onto 40–316:
    # x(2018) = 50.6, x(2024) = 178, x(2030) = 305.4; y(100, 70, 40) = 34, 82.6, 131.2.
    item = make(
        {2018: 100, 2020: 90, 2022: 80},
        direction="decrease",
        baseline={"year": 2018, "value": 100},
        targets=[
            {"year": 2024, "value": 70, "comparison": "at_most"},
            {"year": 2030, "value": 40, "comparison": "at_most"},
        ],
    )
    chart = build_chart(item, PERIOD_2022, None, "sv", SV, path=True)
    assert chart is not None and chart.path is not None
    assert chart.path.polyline == "50.6,34 178,82.6 305.4,131.2"
    assert chart.legend[-1] == LegendEntry(
        "path", "Bana från utgångsvärdet 100 (2018) till målvärdet 40 (2030)"
    )
    # The path's value each year of the values: 100, 100 − 30 · 2/6 = 90, 100 − 30 · 4/6 = 80.
    assert chart.reference_table is not None
    assert chart.reference_table.columns == ("Bana till målvärdet",)
    assert chart.reference_table.rows == ((2018, ("100",)), (2020, ("90",)), (2022, ("80",)))
    without = build_chart(item, PERIOD_2022, None, "sv", SV)
    assert without is not None and (without.path, without.reference_table) == (None, None)


def test_at_most_six_series_are_drawn_in_the_files_order() -> None:
    series = [ReferenceSeriesDrawn(f"r{i}", f"R{i}", {2020: 10.0 + i}) for i in range(8)]
    drawn, left = fitting(series, [10.0, 20.0], 0.15)
    assert [s.id for s in drawn] == ["r0", "r1", "r2", "r3", "r4", "r5"] and len(drawn) == MAX_LINES
    assert [s.id for s in left] == ["r6", "r7"]


def series(*names: str) -> dict[str, dict[str, object]]:
    """Reference series named ``names`` (id the name in lower case), each 12 in 2020, 14 in
    2021: on the scale of values 10, 20, 15."""
    return {n.lower(): {"name": n, "values": {2020: 12, 2021: 14}} for n in names}


def drawn_styles(chart: Chart | None) -> dict[str, int]:
    assert chart is not None
    return {r.id: r.style for r in chart.references}


def test_a_town_keeps_its_style_wherever_it_stands_in_the_files() -> None:
    # Aneby is second in the first file and first in the second: with the file's place as its
    # style it was grey (1) in one chart and orange (0) in the other.
    first = make({2019: 10, 2020: 20, 2021: 15}, references=series("Riket", "Aneby", "Gislaved"))
    second = make({2019: 10, 2020: 20, 2021: 15}, references=series("Aneby", "Gislaved"))
    alone = [build_chart(item, PERIOD, None, "sv", SV) for item in (first, second)]
    assert [drawn_styles(c) for c in alone] == [
        {"riket": 0, "aneby": 1, "gislaved": 2},
        {"aneby": 0, "gislaved": 1},
    ]
    # Riket in one indicator, Aneby and Gislaved in two: ranked Aneby, Gislaved, Riket; three
    # series fit in the palette, so each gets a style in the order they first appear.
    styles = reference_styles([first, second])
    assert styles == ReferenceStyles(
        ("aneby", "gislaved", "riket"), {"riket": 0, "aneby": 1, "gislaved": 2}
    )
    charts = [build_chart(i, PERIOD, None, "sv", SV, styles=styles) for i in (first, second)]
    assert [drawn_styles(c) for c in charts] == [
        {"riket": 0, "aneby": 1, "gislaved": 2},
        {"aneby": 1, "gislaved": 2},
    ]
    assert charts[1] is not None
    assert charts[1].legend[-2:] == (
        LegendEntry("reference-1", "Jämförelse: Aneby"),
        LegendEntry("reference-2", "Jämförelse: Gislaved"),
    )
    # Named in ambition.yaml as Gislaved, Riket (and a county without values): that order
    # comes first, Aneby, not named, after them.
    named = reference_styles([first, second], ["gislaved", "riket", "jonkopings-lan"])
    assert named.fixed == {"gislaved": 0, "riket": 1, "aneby": 2}
    # A group has no line and takes no style; a series without values neither.
    grouped = make(
        {2019: 10},
        references={
            "grupp": {"name": "Grupp", "members": ["aneby"]},
            "aneby": {"name": "Aneby", "values": {2019: 9}},
            "tom": {"name": "Tom"},
        },
    )
    assert reference_styles([grouped]) == ReferenceStyles(("aneby",), {"aneby": 0})


def test_with_more_series_than_styles_the_rarer_ones_give_way_in_a_chart() -> None:
    # Eight towns: A–F in three indicators (fixed, styles 0–5), G in two (rank 6, prefers
    # 6 mod 6 = 0), H in one (rank 7, prefers 1).
    common = make({2019: 10, 2020: 20, 2021: 15}, references=series(*"ABCDEF"))
    seven = make({2019: 10, 2020: 20, 2021: 15}, references=series("G", "B", "C"))
    eight = make({2019: 10, 2020: 20, 2021: 15}, references=series("H", "G", "A"))
    styles = reference_styles([common, common, common, seven, eight])
    assert styles.ranking == ("a", "b", "c", "d", "e", "f", "g", "h")
    assert styles.fixed == {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4, "f": 5}
    chart = build_chart(common, PERIOD, None, "sv", SV, styles=styles)
    assert drawn_styles(chart) == {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4, "f": 5}
    # Without A, G has A's style 0; B and C keep theirs.
    chart = build_chart(seven, PERIOD, None, "sv", SV, styles=styles)
    assert drawn_styles(chart) == {"g": 0, "b": 1, "c": 2}
    # Beside A (0), G takes the lowest free style, 1; then H, whose 1 is taken, 2.
    chart = build_chart(eight, PERIOD, None, "sv", SV, styles=styles)
    assert drawn_styles(chart) == {"h": 2, "g": 1, "a": 0}
    # Three series none of which is fixed, all preferring style 0 (ranks 0, 6 and 12): the
    # most frequent keeps it, the others take the lowest free styles, in the ranking's order;
    # the series stay in the chart's order.
    ranking = ("x0", *"bcdef", "x1", *"ghijk", "x2")
    crowded = [ReferenceSeriesDrawn(i, i.upper(), {2020: 1.0}) for i in ("x2", "x1", "x0")]
    rare = ReferenceStyles(ranking, {})
    assert [(s.id, s.style) for s in rare.apply(crowded)] == [("x2", 2), ("x1", 1), ("x0", 0)]
    # Series the ranking does not know rank after it, in the chart's order: 13 → 1, 14 → 2.
    unknown = [ReferenceSeriesDrawn(i, i, {2020: 1.0}) for i in ("y", "x0", "z")]
    assert [s.style for s in rare.apply(unknown)] == [1, 0, 2]
    with pytest.raises(ValueError, match="7 series in one chart"):
        rare.apply(crowded + crowded + crowded[:1])


REFERENCE = re.compile(
    r'<g class="reference" data-reference="([^"]+)">\n<polyline [^>]*stroke="(#\w+)"'
)
LEGEND = re.compile(r'stroke="(#\w+)"[^>]*/></svg><span>Jämförelse: ([^<]+)</span>')
PALETTE = ["#b35900", "#4d555e", "#007a6c", "#a3223a", "#5c6b00", "#6b4b2a"]
"""The colours of templates/_chart_references.svg.j2's ``styles``, style 0 first."""
TOWNS = {"riket": 0, "aneby": 1, "gnosjo": 2, "gislaved": 3, "jonkoping": 4, "varnamo": 5}
"""Vaggeryd's comparison series in ``ambition.yaml``'s order (the county, named second, has no
values in data/indicators/); each is in 33 or 34 of the 39 indicators."""


def test_the_real_report_draws_each_town_in_one_style_in_every_chart_and_page(
    real: Repository,
) -> None:
    styles = reference_styles(real.indicators.values(), list(real.project.references))
    assert styles.fixed == TOWNS
    expected = {town: PALETTE[style] for town, style in TOWNS.items()}
    names = {"riket": "Riket", "aneby": "Aneby", "gnosjo": "Gnosjö", "gislaved": "Gislaved"}
    names |= {"jonkoping": "Jönköping", "varnamo": "Värnamo"}
    formats = [ReportFormat.HTML, ReportFormat.MARKDOWN]
    files = render_files(real, real.period(), formats, split=True)
    whole = render_files(real, real.period(), [ReportFormat.HTML])
    pages = [f for f in files + whole if f.name.endswith((".html", ".svg"))]
    # The index, the four goal pages, the organisations' pages, the whole page; a Markdown
    # chart per indicator (each of the 39 has values).
    assert sum(f.name.endswith(".svg") for f in pages) == 39
    drawn: dict[str, set[str]] = {}
    legends = 0
    for page in pages:
        assert isinstance(page.text, str)
        for chart in page.text.split('<svg xmlns="http://www.w3.org/2000/svg" class="chart"')[1:]:
            lines = REFERENCE.findall(chart)
            assert len({colour for _, colour in lines}) == len(lines)  # no clash in a chart
            for town, colour in lines:
                drawn.setdefault(town, set()).add(colour)
        for colour, name in LEGEND.findall(page.text):
            assert colour == expected[next(t for t, n in names.items() if n == name)]
            legends += 1
    assert drawn == {town: {colour} for town, colour in expected.items()}
    # Before, Aneby was orange in ekologiska-livsmedel (first in its file) and grey elsewhere.
    assert legends > 2 * 180  # the whole page and the goal pages, 5 or 6 towns in most charts
    html = next(f.text for f in whole if f.name.endswith(".html"))
    assert isinstance(html, str)
    start = html.index('id="indicator-ekologiska-livsmedel"')
    card = html[start : html.index("</article>", start)]
    assert '<g class="reference" data-reference="aneby">\n<polyline' in card
    assert dict(REFERENCE.findall(card))["aneby"] == "#4d555e"


def test_the_report_draws_the_shipped_references_with_their_dashes(real: Repository) -> None:
    page = render_report(real, real.period(), ReportFormat.HTML)
    start = page.index('id="indicator-ohalsotal"')
    card = page[start : page.index("</article>", start)]
    assert '<g class="reference" data-reference="riket">' in card
    assert 'stroke="#b35900" stroke-width="2" stroke-dasharray="8 4"' in card
    assert '<li class="reference">' in card and "Jämförelse: Värnamo" in card
    assert "Tabell med jämförelseserierna" in card
    emissions = page[page.index('id="indicator-vaxthusgasutslapp"') :]
    assert 'stroke-dasharray="1 4"' in emissions[: emissions.index("</article>")]
