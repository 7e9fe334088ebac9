"""Targets: which applies, fulfilment, the path through them."""

from ambition.method.targets import applicable_target, path_value
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
