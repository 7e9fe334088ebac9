"""ambition.report.chart_references: reference lines, the path to a trajectory target and their
table, checked against coordinates computed by hand (the plot area of tests/report/test_chart.py:
top 34, bottom 196, right 316, left 16 + 8 × the longest y label)."""

import datetime as dt

from ambition.models import Period, PeriodKind
from ambition.report import ReportFormat, render_report
from ambition.report.chart import build_chart
from ambition.report.chart_references import MAX_LINES, ReferenceSeriesDrawn, fitting
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


def test_at_most_six_styles_are_drawn_and_a_series_keeps_its_style() -> None:
    series = [ReferenceSeriesDrawn(f"r{i}", f"R{i}", {2020: 10.0 + i}, i) for i in range(8)]
    drawn, left = fitting(series, [10.0, 20.0], 0.15)
    assert [s.style for s in drawn] == list(range(MAX_LINES))
    assert [s.id for s in left] == ["r6", "r7"]


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
