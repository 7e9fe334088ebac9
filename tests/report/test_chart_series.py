"""A chart's additions for markers, preliminary values and breakdown rows
(report/chart_series.py), worked by hand as in tests/report/test_chart.py.

Values 10 (2019), a marker (2020), 15 preliminary (2021); women 12 and 20, men 8 and 10. The
values span 8–20, so the axis starts at zero with step 5 (as test_three_values): left = 32,
y(v) = 196 − 8.1 v, x(year) = 32 + (year − 2018.5)/3 × 284: x(2019) = 79.3, x(2020) = 174,
x(2021) = 268.7.
"""

from ambition.report.chart import build_chart
from ambition.report.chart_geometry import Link
from ambition.report.chart_series import MarkedYear, SeriesLine
from ambition.report.chart_text import LegendEntry, TableRow
from tests.report.test_chart import PERIOD_2021, PERIOD_2022, SV, make

ITEM = make(
    {2019: 10, 2020: {"marker": "statistics_missing"}, 2021: {"value": 15, "preliminary": True}},
    breakdowns={
        "kvinnor": {"title": "Kvinnor", "values": {2019: 12, 2021: 20}},
        "man": {"title": "Män", "values": {2019: 8, 2021: 10}},
    },
)


def test_a_marked_year_is_a_symbol_never_a_point_and_no_solid_line_crosses_it() -> None:
    chart = build_chart(ITEM, PERIOD_2021, None, "sv", SV)
    assert chart is not None
    assert [(p.year, p.preliminary) for p in chart.points] == [(2019, False), (2021, True)]
    # 2019 and 2021 are the usual two years apart, but 2020 is marked: a dashed line.
    assert [(s.link, s.polyline) for s in chart.segments] == [(Link.GAP, "79.3,115 268.7,74.5")]
    assert chart.marked == (MarkedYear(2020, 174.0, "Statistik saknas"),)


def test_women_and_men_are_lines_of_their_own_labelled_at_their_end() -> None:
    chart = build_chart(ITEM, PERIOD_2021, None, "sv", SV)
    assert chart is not None
    # "Kvinnor" after 268.7 + 6 ends at 330.7 (7 characters of 8 units), inside the 340 width.
    assert chart.lines == (
        SeriesLine(
            "kvinnor", "Kvinnor", ((79.3, 98.8), (268.7, 34.0)), "#a3320b", "8 4", 274.7, 38.0
        ),
        SeriesLine("man", "Män", ((79.3, 131.2), (268.7, 115.0)), "#1d6b57", "2 3", 274.7, 119.0),
    )
    assert chart.legend[-4:] == (
        LegendEntry("line_kvinnor", "Kvinnor"),
        LegendEntry("line_man", "Män"),
        LegendEntry("preliminary", "Preliminärt värde"),
        LegendEntry("marker", "År utan värde: statistik saknas, redovisas senare eller sekretess"),
    )
    assert chart.description.endswith("Kvinnor: 20 (2021). Män: 10 (2021). 2020: Statistik saknas.")


def test_the_data_table_carries_the_same_series() -> None:
    chart = build_chart(ITEM, PERIOD_2021, None, "sv", SV)
    assert chart is not None
    assert chart.columns == ("Kvinnor", "Män")
    assert chart.rows == (
        TableRow(2019, "10", (), ("12", "8")),
        TableRow(2020, "Statistik saknas", (), ("–", "–")),
        TableRow(2021, "15", ("preliminärt", "Senaste värdet för perioden"), ("20", "10")),
    )


def test_a_label_that_would_pass_the_edge_ends_at_its_point() -> None:
    # The last value is at 2021; with the period in 2022 the axis runs to 2022.5 and
    # x(2021) = 32 + (2021 − 2018.5)/4 × 284 = 209.5: "Norra kommundelen" (17 × 8 = 136)
    # would end at 351.5, past 340, so it ends 6 units before the point.
    own = make(
        {2019: 10, 2021: 15},
        breakdowns={"norr": {"title": "Norra kommundelen", "values": {2021: 14}}},
    )
    chart = build_chart(own, PERIOD_2022, None, "sv", SV)
    assert chart is not None
    (line,) = chart.lines
    assert (line.label_x, line.label_anchor, line.colour, line.dash) == (
        203.5,
        "end",
        "#4d555e",
        "12 3 2 3",
    )
