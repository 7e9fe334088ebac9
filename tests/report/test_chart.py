"""ambition.report.chart: whole charts, checked against coordinates computed by hand.

The plot area is fixed: top 34, bottom 230 − 34 = 196, right 340 − 24 = 316; the left edge is
16 + 8 × the longest y label. x maps [first year − 0.5, last year + 0.5] onto [left, 316]; y maps
[lowest tick, highest tick] onto [196, 34].
"""

import datetime as dt
from typing import Any
from xml.etree import ElementTree

from ambition.models import Indicator, Period, PeriodKind
from ambition.report.chart import build_chart
from ambition.report.chart_geometry import Link, OffScale
from ambition.report.environment import build_environment
from ambition.report.labels import labels

SV = labels("sv")
SVG = "{http://www.w3.org/2000/svg}"
PERIOD_2021 = Period(id="ar-2021", kind=PeriodKind.ANNUAL, closing_date=dt.date(2021, 12, 31))
PERIOD_2022 = Period(
    id="ar-2022", kind=PeriodKind.ANNUAL, title="Helår 2022", closing_date=dt.date(2022, 12, 31)
)


def make(values: dict[int, float], decimals: int = 0, **extra: Any) -> Indicator:
    return Indicator.model_validate(
        {
            "id": "test",
            "title": "Test",
            "unit": "procent",
            "decimals": decimals,
            "direction": "increase",
            "responsible": "org",
            "measurement_area": "area",
            "source": {"publisher": "Test"},
            "values": values,
            **extra,
        }
    )


def test_three_values() -> None:
    # Values 10, 20, 15: the smallest is half the largest, so the axis starts at zero; step 5.
    # left = 16 + 8 × len("20") = 32; y(v) = 196 − 8.1 v; x(year) = 32 + (year − 2018.5)/3 × 284.
    chart = build_chart(make({2019: 10, 2020: 20, 2021: 15}), PERIOD_2021, None, "sv", SV)
    assert chart is not None
    assert (chart.left, chart.top, chart.right, chart.bottom) == (32.0, 34.0, 316.0, 196.0)
    assert [(t.label, t.position) for t in chart.y_ticks] == [
        ("0", 196.0),
        ("5", 155.5),
        ("10", 115.0),
        ("15", 74.5),
        ("20", 34.0),
    ]
    assert [(t.label, t.position) for t in chart.x_ticks] == [
        ("2019", 79.3),
        ("2020", 174.0),
        ("2021", 268.7),
    ]
    assert [(s.link, s.polyline) for s in chart.segments] == [
        (Link.MEASURED, "79.3,115 174,34 268.7,74.5")
    ]
    assert chart.zero_y is None
    assert chart.current.year == 2021
    assert (chart.period_x, chart.period_label_x, chart.period_anchor) == (268.7, 262.7, "end")
    assert chart.title == "Test, 2019–2021"
    assert chart.description == (
        "Linjediagram med 3 värden i procent från 2019 till 2021. Första värdet är 10 (2019) och "
        "det senaste 15 (2021); lägst 10 (2019), högst 20 (2020). Perioden som följs upp: 2021. "
        "Alla värden finns i tabellen intill."
    )


def test_negative_values_get_a_zero_line_and_minus_signs() -> None:
    # −2 and 3: step 1 from −2 to 3; y(v) = 196 − 32.4 (v + 2), so zero is at 131.2;
    # x(year) = 32 + (year − 2019.5)/2 × 284.
    chart = build_chart(make({2020: -2, 2021: 3}, decimals=1), PERIOD_2021, None, "sv", SV)
    assert chart is not None
    assert [t.label for t in chart.y_ticks] == ["\u22122", "\u22121", "0", "1", "2", "3"]
    assert chart.zero_y == 131.2
    assert [(p.x, p.y, p.label) for p in chart.points] == [
        (103.0, 196.0, "\u22122,0"),
        (245.0, 34.0, "3,0"),
    ]


def test_one_point() -> None:
    # 94.4 alone: ticks 80…105, left = 16 + 8 × 3 = 40; x is the middle of [40, 316];
    # y = 196 − 14.4/25 × 162 = 102.7.
    chart = build_chart(make({2022: 94.4}, decimals=1), PERIOD_2022, None, "sv", SV)
    assert chart is not None
    assert chart.segments == ()
    assert [(p.x, p.y) for p in chart.points] == [(178.0, 102.7)]
    assert chart.title == "Test, 2022"
    assert chart.description.startswith("Diagram med ett enda värde, 94,4 procent (2022).")
    assert [row.value for row in chart.rows] == ["94,4"]


def test_gaps_are_dashed_and_breaks_are_not_joined() -> None:
    indicator = make(
        {2014: 4.5, 2016: 4.3, 2017: 4.2, 2021: 40, 2022: 48},
        decimals=1,
        series_breaks={2021: "Ny definition"},
    )
    chart = build_chart(indicator, PERIOD_2022, None, "sv", SV)
    assert chart is not None
    assert [(s.link, [p.year for p in s.points]) for s in chart.segments] == [
        (Link.GAP, [2014, 2016]),
        (Link.MEASURED, [2016, 2017]),
        (Link.MEASURED, [2021, 2022]),
    ]
    # Ticks 0…50 (step 10), left 32; x(2020.5) = 32 + 7/9 × 284 = 252.9.
    assert [(b.year, b.x) for b in chart.breaks] == [(2021, 252.9)]
    assert [e.kind for e in chart.legend] == ["values", "gap", "break", "period"]
    assert chart.rows[-2].notes == ("Serieavbrott 2021: Ny definition",)
    assert chart.rows[-1].notes == ("Senaste värdet för perioden",)


def test_target_far_from_the_values_stays_off_the_scale() -> None:
    # Values 2 and 4 against 100: the values would fill 4 % of the height, so the axis is 0…4
    # and the target is an arrow at the top; x(2030) = 24 + 10.5/11 × 292 = 302.7.
    indicator = make(
        {2020: 2, 2021: 4}, targets=[{"year": 2030, "value": 100, "comparison": "at_least"}]
    )
    chart = build_chart(indicator, PERIOD_2021, indicator.targets[0], "sv", SV)
    assert chart is not None
    assert [t.label for t in chart.y_ticks] == ["0", "1", "2", "3", "4"]
    (mark,) = chart.targets
    assert (mark.x, mark.y, mark.off_scale, mark.applicable) == (302.7, 34.0, OffScale.ABOVE, True)
    assert (mark.label, mark.label_x, mark.label_y, mark.label_anchor) == (
        "Mål 2030",
        310.7,
        62.0,
        "end",
    )
    assert "Målvärde minst 100 procent (2030) (utanför diagrammets skala)." in chart.description
    assert [e.kind for e in chart.legend] == ["values", "target_off", "period"]
    assert chart.target_rows[0].value == "100"


def test_emissions_target_is_kept_on_the_scale() -> None:
    # Vaggeryd's emissions: 79 385 t in 2022 against 15 668 t in 2045 (minus 85 % from 1990).
    # Values fill (116 244 − 79 385)/116 244 = 32 % ≥ 15 % of 0…116 244, so the target is drawn.
    indicator = make(
        {1990: 104452.909, 2010: 116244.004, 2022: 79384.566},
        baseline={"year": 1990, "value": 104452.909},
        targets=[{"year": 2045, "value": 15667.936, "comparison": "at_most", "national": True}],
        direction="decrease",
    )
    chart = build_chart(indicator, PERIOD_2022, indicator.targets[0], "sv", SV)
    assert chart is not None
    nnbsp = "\u202f"
    assert [t.label for t in chart.y_ticks] == [
        "0",
        f"25{nnbsp}000",
        f"50{nnbsp}000",
        f"75{nnbsp}000",
        f"100{nnbsp}000",
        f"125{nnbsp}000",
    ]
    (mark,) = chart.targets
    # y = 196 − 15 667.936/125 000 × 162 = 175.7.
    assert (mark.y, mark.off_scale) == (175.7, None)
    assert chart.baseline is not None and chart.baseline.year == 1990
    assert f"Målvärde högst 15{nnbsp}668 procent (2045)." in chart.description


def test_acceptable_and_range_targets() -> None:
    indicator = make(
        {2021: 30, 2022: 34},
        targets=[
            {"year": 2022, "value": 40, "comparison": "at_least", "acceptable": 35},
            {"year": 2026, "value": 45, "comparison": "between", "upper": 50},
        ],
    )
    chart = build_chart(indicator, PERIOD_2022, indicator.targets[0], "sv", SV)
    assert chart is not None
    first, second = chart.targets
    assert first.applicable and not second.applicable
    assert first.y_acceptable is not None and first.y_upper is None
    assert second.y_upper is not None and second.y_upper < second.y
    assert [row.value for row in chart.target_rows] == ["40", "45–50"]
    assert "Acceptabel nivå på kort sikt 35 (2022)." in chart.description


def test_values_after_the_period_are_not_drawn() -> None:
    chart = build_chart(make({2020: 1, 2021: 2, 2022: 3}), PERIOD_2021, None, "en", labels("en"))
    assert chart is not None
    assert [p.year for p in chart.points] == [2020, 2021]
    assert chart.description.startswith("Line chart of 2 values in procent from 2020 to 2021.")


def test_no_values_no_chart() -> None:
    assert build_chart(make({}), PERIOD_2022, None, "sv", SV) is None


def test_a_target_s_label_is_drawn_last_on_a_white_box() -> None:
    # The emissions' path from 104 453 t (1990) to 15 668 t (2045) ran through "Mål 2045":
    # the label was drawn before the lines. "Mål 2045" is 8 characters, 8 × 8 = 64 units wide;
    # left = 16 + 8 × len("125 000") = 72, and x maps 1989.5…2045.5 onto 72…316; its mark at
    # 2045 is at x = 316 − 244/56 × 0.5 = 313.8, near the right edge, so the label ends at
    # 313.8 + 8 = 321.8 and starts at 257.8; its baseline is 175.7 − 12 = 163.7.
    indicator = make(
        {1990: 104452.909, 2010: 116244.004, 2022: 79384.566},
        baseline={"year": 1990, "value": 104452.909},
        targets=[{"year": 2045, "value": 15667.936, "comparison": "at_most", "national": True}],
        direction="decrease",
    )
    chart = build_chart(indicator, PERIOD_2022, indicator.targets[0], "sv", SV, path=True)
    assert chart is not None and chart.path is not None
    (mark,) = chart.targets
    assert (mark.label, mark.x, mark.label_x, mark.label_y, mark.label_anchor) == (
        "Mål 2045",
        313.8,
        321.8,
        163.7,
        "end",
    )
    # From 2 units before its start to 2 after its end, 12 above the baseline to 4 below.
    assert mark.label_box == (255.8, 151.7, 68.0, 16.0)
    svg = ElementTree.fromstring(build_environment().globals["chart_svg"](chart))
    drawn = list(svg)
    label = next(k for k, e in enumerate(drawn) if e.tag == f"{SVG}text" and e.text == "Mål 2045")
    box = drawn[label - 1]
    assert box.tag == f"{SVG}rect" and box.get("fill") == "#ffffff"
    assert [box.get(a) for a in ("x", "y", "width", "height")] == ["255.8", "151.7", "68.0", "16.0"]
    # Every line of the chart (the values, the path, the references) lies under it.
    lines = [k for k, e in enumerate(svg.iter()) if e.tag in (f"{SVG}polyline", f"{SVG}line")]
    assert lines and max(lines) < list(svg.iter()).index(box)
