"""Targets: which applies, fulfilment, the path through them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambition.method.targets import applicable_target, describe_target, judge, meets, path_value
from ambition.models import Comparison, Status, Target
from ambition.models.method import PartlyBand
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


@pytest.mark.parametrize(
    ("value", "comparison", "tolerance", "expected"),
    [
        (30.1, Comparison.INCREASE, None, True),
        (30.0, Comparison.INCREASE, None, False),
        (29.9, Comparison.DECREASE, None, True),
        (30.0, Comparison.DECREASE, None, False),
        (30.0, Comparison.UNCHANGED, None, True),
        (30.3, Comparison.UNCHANGED, None, False),
        # within 1 % of 30: |30.2 − 30| = 0.2 ≤ 0.01 · 30 = 0.3
        (30.2, Comparison.UNCHANGED, 0.01, True),
        (30.31, Comparison.UNCHANGED, 0.01, False),
    ],
)
def test_a_directional_target_against_its_reference_value_30(
    value: float, comparison: Comparison, tolerance: float | None, expected: bool
) -> None:
    assert meets(value, comparison, 30.0, tolerance=tolerance) is expected


def test_a_missed_direction_has_no_partly_band() -> None:
    # 29 against "increase from 30": fulfilment would be 97 %, but a direction has no band.
    item = indicator(
        {2018: 30.0, 2022: 29.0},
        [{"year": 2022, "comparison": "increase"}],
        baseline={"year": 2018, "value": 30.0},
    )
    verdict = judge(29.0, item.targets[0], PartlyBand(fulfilment=0.8))
    assert (verdict.status, verdict.case, verdict.thresholds) == (
        Status.NOT_ACHIEVED,
        "direction_missed",
        {},
    )
    assert judge(31.0, item.targets[0], PartlyBand(fulfilment=0.8)).case == "direction_met"


def test_targets_are_described_as_they_are_stated() -> None:
    increase = indicator(
        {2018: 30.0},
        [{"year": 2022, "comparison": "increase"}],
        baseline={"year": 2018, "value": 30.0},
    ).targets[0]
    # The reference year beside the value it belongs to, the target's year after "till".
    assert describe_target(increase, "procent", 1, "sv") == "öka från 30,0 procent (2018)"
    assert describe_target(increase, "procent", 1, "en") == "increase from 30.0 procent (2018)"
    assert describe_target(increase, "procent", 1, "sv", dated=True) == (
        "öka från 30,0 procent (2018) till 2022"
    )
    assert describe_target(increase, "procent", 1, "en", dated=True) == (
        "increase from 30.0 procent (2018) by 2022"
    )
    decrease = indicator(
        {2018: 8.55},
        [{"year": 2022, "comparison": "decrease", "reference_year": 2018}],
        direction="decrease",
    ).targets[0]
    assert describe_target(decrease, "ton CO2-ekv per invånare", 2, "sv", dated=True) == (
        "minska från 8,55 ton CO2-ekv per invånare (2018) till 2022"
    )
    unchanged = indicator(
        {2018: 30.0},
        [{"year": 2022, "comparison": "unchanged", "reference_year": 2018, "tolerance": 0.02}],
    ).targets[0]
    assert describe_target(unchanged, "procent", 1, "sv") == (
        "ligga kvar på 30,0 procent (2018), inom ±2\u00a0% av värdet"
    )
    assert describe_target(unchanged, "procent", 1, "sv", dated=True) == (
        "ligga kvar på 30,0 procent (2018) till 2022, inom ±2\u00a0% av värdet"
    )
    assert describe_target(unchanged, "procent", 1, "en", dated=True) == (
        "remain at 30.0 procent (2018) until 2022, within ±2% of it"
    )
    # A target value keeps its year in brackets, as before.
    at_least = indicator({2022: 1.0}, [{"year": 2025, "value": 60, "comparison": "at_least"}])
    assert describe_target(at_least.targets[0], "procent", 1, "sv", dated=True) == (
        "minst 60,0 procent (2025)"
    )
    between = Target(year=2026, value=10, upper=20, comparison="between")
    assert describe_target(between, "procent", 0, "en", dated=True) == (
        "between 10 and 20 procent (2026)"
    )
    derived = indicator(
        {2001: 10.0, 2005: 18.0},
        [
            {
                "year": 2030,
                "comparison": "at_most",
                "derived": {"first_year": 2001, "last_year": 2005, "change": -0.2},
            }
        ],
        direction="decrease",
    ).targets[0]
    # (10 + 18) / 2 = 14, minus 20 % = 11.2
    assert describe_target(derived, "ton", 1, "sv") == (
        "högst 11,2 ton, det vill säga medelvärdet 2001–2005 (14,0) \u221220\u00a0%"
    )


# Bands per degree on a scale of four or five (issue 13.1), checked best first.
def _bands(**bands: dict[str, float]) -> dict[str, PartlyBand]:
    return {name: PartlyBand.model_validate(band) for name, band in bands.items()}


AT_LEAST_100 = Target(year=2026, value=100, comparison="at_least")


@pytest.mark.parametrize(
    ("value", "status", "case"),
    [
        # Fulfilment value/100 against 0.9 (largely), 0.8 (partly), 0.5 (slightly).
        (95.0, Status.LARGELY_ACHIEVED, "fulfilment_largely"),  # 0.95 ≥ 0.9
        (90.0, Status.LARGELY_ACHIEVED, "fulfilment_largely"),  # 0.9 exactly
        (85.0, Status.PARTLY_ACHIEVED, "fulfilment_partly"),  # 0.85 < 0.9, ≥ 0.8
        (60.0, Status.SLIGHTLY_ACHIEVED, "fulfilment_slightly"),  # 0.6 < 0.8, ≥ 0.5
        (40.0, Status.NOT_ACHIEVED, "fulfilment_below_slightly"),  # 0.4 < 0.5
    ],
)
def test_judge_reads_the_fulfilment_bands_best_first(
    value: float, status: Status, case: str
) -> None:
    bands = _bands(
        band={"fulfilment": 0.8}, largely={"fulfilment": 0.9}, slightly={"fulfilment": 0.5}
    )
    verdict = judge(value, AT_LEAST_100, **bands)
    assert (verdict.status, verdict.case) == (status, case)
    assert verdict.thresholds == {
        "largely_band_fulfilment": 0.9,
        "partly_band_fulfilment": 0.8,
        "slightly_band_fulfilment": 0.5,
    }


def test_judge_without_a_slightly_band_names_only_the_partly_band() -> None:
    verdict = judge(
        40.0, AT_LEAST_100, **_bands(band={"fulfilment": 0.8}, largely={"fulfilment": 0.9})
    )
    assert (verdict.status, verdict.case) == (Status.NOT_ACHIEVED, "fulfilment_low")
    assert "slightly_band_fulfilment" not in verdict.thresholds


@pytest.mark.parametrize(
    ("value", "status", "case", "allowed"),
    [
        # At least 100 with relative bands 0.05, 0.1 and 0.3 of 100: allowed 5, 10 and 30.
        (96.0, Status.LARGELY_ACHIEVED, "within_largely_band", 5.0),  # 4 away
        (92.0, Status.PARTLY_ACHIEVED, "within_band", 5.0),  # 8 away
        (75.0, Status.SLIGHTLY_ACHIEVED, "within_slightly_band", 5.0),  # 25 away
        (60.0, Status.NOT_ACHIEVED, "outside_slightly_band", 5.0),  # 40 away
    ],
)
def test_judge_reads_the_distance_bands_best_first(
    value: float, status: Status, case: str, allowed: float
) -> None:
    bands = _bands(band={"relative": 0.1}, largely={"relative": 0.05}, slightly={"relative": 0.3})
    verdict = judge(value, AT_LEAST_100, **bands)
    assert (verdict.status, verdict.case) == (status, case)
    assert verdict.computed["largely_allowed_distance"] == pytest.approx(allowed)
    assert verdict.computed["allowed_distance"] == pytest.approx(10.0)
    assert verdict.computed["slightly_allowed_distance"] == pytest.approx(30.0)


ORDER = [
    Status.NOT_ACHIEVED,
    Status.SLIGHTLY_ACHIEVED,
    Status.PARTLY_ACHIEVED,
    Status.LARGELY_ACHIEVED,
    Status.ACHIEVED,
]


@given(
    st.floats(min_value=-50, max_value=250, allow_nan=False),
    st.floats(min_value=0, max_value=100, allow_nan=False),
    st.sampled_from(["at_least", "at_most"]),
    st.sampled_from(
        [
            {"band": {"fulfilment": 0.8}, "largely": {"fulfilment": 0.9}},
            {"band": {"absolute": 10.0}, "largely": {"absolute": 4.0}},
            {"band": {"relative": 0.2}, "largely": {"relative": 0.1}},
        ]
    ),
)
def test_a_better_value_never_gives_a_worse_status_on_four_levels(
    value: float, step: float, comparison: str, bands: dict[str, dict[str, float]]
) -> None:
    target = Target(year=2026, value=100, comparison=comparison)
    better = value + step if comparison == "at_least" else value - step
    worse, good = judge(value, target, **_bands(**bands)), judge(better, target, **_bands(**bands))
    assert ORDER.index(good.status) >= ORDER.index(worse.status), (worse, good)
