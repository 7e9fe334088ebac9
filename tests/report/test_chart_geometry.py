"""ambition.report.chart_geometry: nice steps and ticks, year ticks, label placement and the lines
joining the values, checked against numbers computed by hand."""

from decimal import Decimal

import pytest

from ambition.models import Indicator
from ambition.report.chart_geometry import (
    LinearScale,
    Link,
    Point,
    Segment,
    extent,
    label_position,
    links,
    nice_step,
    segments,
    value_ticks,
    year_ticks,
)


@pytest.mark.parametrize(
    ("raw", "step"),
    [(23249.0, "25000"), (501.0, "1000"), (0.552, "1"), (0.3, "0.5"), (4.0, "5"), (2.0, "2")],
)
def test_nice_step(raw: float, step: str) -> None:
    assert nice_step(raw) == Decimal(step)


def test_nice_step_refuses_zero() -> None:
    with pytest.raises(ValueError, match="positive"):
        nice_step(0.0)


def test_value_ticks_are_exact_decimals() -> None:
    ticks, decimals = value_ticks(0.1, 0.35)
    assert ticks == [
        Decimal("0.1"),
        Decimal("0.15"),
        Decimal("0.2"),
        Decimal("0.25"),
        Decimal("0.3"),
        Decimal("0.35"),
    ]
    assert decimals == 2


def test_value_ticks_of_one_value_widen_it() -> None:
    # 94.4 ± 9.44 → span 18.88, a fifth 3.776 → step 5, from 80 to 105.
    ticks, decimals = value_ticks(94.4, 94.4)
    assert [int(t) for t in ticks] == [80, 85, 90, 95, 100, 105]
    assert decimals == 0


def test_year_ticks() -> None:
    assert year_ticks(1993.5, 2022.5) == [1995, 2000, 2005, 2010, 2015, 2020]
    assert year_ticks(1989.5, 2045.5) == [1990, 2000, 2010, 2020, 2030, 2040]
    assert year_ticks(2018.5, 2021.5) == [2019, 2020, 2021]


def test_label_position_keeps_labels_inside() -> None:
    assert label_position(300.0, 100.0, 64.0, 24.0, 576.0) == (300.0, 88.0, "middle")
    assert label_position(550.0, 100.0, 64.0, 24.0, 576.0) == (558.0, 88.0, "end")
    assert label_position(40.0, 100.0, 64.0, 24.0, 576.0, above=False) == (32.0, 124.0, "start")


def test_a_linear_scale_may_run_downwards() -> None:
    y = LinearScale(0.0, 20.0, 236.0, 34.0)
    assert (y(0.0), y(10.0), y(20.0), y(15.0)) == (236.0, 135.0, 34.0, 84.5)


def test_extent_starts_at_zero_only_when_the_values_are_far_from_it() -> None:
    assert extent([40.0, 90.0]) == (0.0, 90.0)
    assert extent([80.0, 90.0]) == (80.0, 90.0)
    assert extent([-90.0, -40.0]) == (-90.0, 0.0)
    assert extent([-2.0, 3.0]) == (-2.0, 3.0)


def test_links_and_segments() -> None:
    indicator = Indicator.model_validate(
        {
            "id": "test",
            "title": "Test",
            "unit": "procent",
            "direction": "increase",
            "responsible": "org",
            "measurement_area": "area",
            "source": {"publisher": "Test"},
            "values": {2014: 1, 2016: 2, 2017: 3, 2021: 4, 2022: 5},
            "series_breaks": {2021: "Ny definition"},
        }
    )
    years = [2014, 2016, 2017, 2021, 2022]
    joins = links(indicator, years)
    assert joins == [Link.GAP, Link.MEASURED, None, Link.MEASURED]
    points = [Point(year, 0.0, float(year - 2000), 1.5, "", False) for year in years]
    runs = segments(points, joins)
    assert [(s.link, [p.year for p in s.points]) for s in runs] == [
        (Link.GAP, [2014, 2016]),
        (Link.MEASURED, [2016, 2017]),
        (Link.MEASURED, [2021, 2022]),
    ]
    assert runs[0].polyline == "14,1.5 16,1.5"
    assert links(indicator, [2022]) == []
    assert Segment(Link.MEASURED, tuple(points[:2])).polyline == "14,1.5 16,1.5"
