"""Targets: which applies, fulfilment, the path through them."""

from ambition.method.targets import applicable_target, describe_target, path_value
from ambition.models import Target
from tests.method.builders import indicator


def test_applicable_target_is_the_next_one_then_the_last() -> None:
    item = indicator(
        {2022: 1},
        [
            {"year": 2026, "value": 60, "comparison": "at_least"},
            {"year": 2024, "value": 50, "comparison": "at_least"},
        ],
    )
    assert [
        t.year for y in (2022, 2024, 2025, 2030) if (t := applicable_target(item, y)) is not None
    ] == [2024, 2024, 2026, 2026]


def test_path_value() -> None:
    points = [(2018, 30.0), (2022, 40.0), (2026, 50.0)]
    assert [path_value(points, y) for y in (2016, 2018, 2020, 2022, 2024, 2030)] == [
        30.0,
        30.0,
        35.0,
        40.0,
        45.0,
        50.0,
    ]


def test_describe_target() -> None:
    between = Target(year=2030, value=2, upper=4.5, comparison="between")
    at_most = Target(year=2045, value=15667.936, comparison="at_most")
    assert describe_target(between, "procent", 1, "sv") == "mellan 2,0 och 4,5 procent"
    assert describe_target(at_most, "ton", 0, "en") == "at most 15,668 ton"
    assert describe_target(at_most, "ton", 0, "de") == "at most 15,668 ton"  # English otherwise
