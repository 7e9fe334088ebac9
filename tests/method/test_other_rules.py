"""trajectory, rolling_mean, relative and expert, hand-computed."""

import pytest

from ambition.method.trajectory import path_value
from ambition.models import Status
from tests.method.builders import indicator, propose

BASELINE_2018 = {"year": 2018, "value": 30.0}
TARGET_2026 = [{"year": 2026, "value": 50, "comparison": "at_least"}]


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


@pytest.mark.parametrize(
    ("value", "status", "case"),
    [
        # Path 30 (2018) → 50 (2026): 40 required in 2022, i.e. +10 since the baseline.
        (40.0, Status.ACHIEVED, "on_path"),  # made 10 / required 10 = 1.0
        (36.0, Status.PARTLY_ACHIEVED, "behind_path"),  # 6/10 = 0.6
        (34.0, Status.NOT_ACHIEVED, "far_behind_path"),  # 4/10 = 0.4
        (28.0, Status.NOT_ACHIEVED, "far_behind_path"),  # −2/10 = −0.2
        (50.0, Status.ACHIEVED, "target_met"),
    ],
)
def test_trajectory(value: float, status: Status, case: str) -> None:
    item = indicator({2022: value}, TARGET_2026, baseline=BASELINE_2018, rule="trajectory")
    proposal = propose(item)
    assert (proposal.status, proposal.explanation.case) == (status, case)


def test_trajectory_sentence() -> None:
    item = indicator({2022: 36.0}, TARGET_2026, baseline=BASELINE_2018, rule="trajectory")
    assert propose(item).explanation.sentence("sv") == (
        "Värdet 2022 (36,0 procent) jämförs med målvärdet för 2026 (minst 50,0 procent): banan "
        "från utgångsvärdet 30,0 (2018) kräver 40,0 procent 2022; gjord förändring är 60\u00a0% "
        "av den som krävs, under 100\u00a0% men minst 50\u00a0%."
    )


def test_trajectory_through_an_interim_target() -> None:
    # Interim 45 in 2022, final 50 in 2026: 45 is required in 2022 (+15), 39 made +9: 0.6.
    targets = [*TARGET_2026, {"year": 2022, "value": 45, "comparison": "at_least"}]
    item = indicator({2022: 39.0}, targets, baseline=BASELINE_2018, rule="trajectory")
    proposal = propose(item)
    assert proposal.explanation.computed["ratio"] == pytest.approx(0.6)


def test_trajectory_needs_a_baseline() -> None:
    item = indicator({2022: 36.0}, TARGET_2026, rule="trajectory")
    assert propose(item).explanation.case == "no_baseline"


def test_rolling_mean() -> None:
    # Mean of 2020–2022: (58 + 61 + 62)/3 = 60.333 ≥ 60 → achieved, although 2020 misses.
    item = indicator(
        {2019: 10.0, 2020: 58.0, 2021: 61.0, 2022: 62.0},
        [{"year": 2022, "value": 60, "comparison": "at_least"}],
        rule="rolling_mean",
    )
    proposal = propose(item)
    assert proposal.status is Status.ACHIEVED
    assert proposal.explanation.computed["mean"] == pytest.approx(60.333333)
    assert proposal.explanation.sentence("en").startswith(
        "The mean of 2020–2022 (60.3 procent, 3 values) is compared with the 2022 target"
    )


def test_rolling_mean_needs_enough_values_after_a_break() -> None:
    item = indicator(
        {2020: 58.0, 2021: 61.0, 2022: 62.0},
        [{"year": 2022, "value": 60, "comparison": "at_least"}],
        rule="rolling_mean",
        series_breaks={2021: "Ny definition"},
    )
    assert propose(item).explanation.case == "too_few_values"


RELATIVE = {"rules": {"som-riket": {"kind": "relative", "reference": "riket", "partly_band": 0.05}}}


@pytest.mark.parametrize(
    ("value", "status"),
    [
        # Unemployment (decrease desired) against Riket 6.0: 5.5 is better, 6.3 within 5 % (0.3).
        (5.5, Status.ACHIEVED),
        (6.0, Status.ACHIEVED),
        (6.3, Status.PARTLY_ACHIEVED),
        (6.31, Status.NOT_ACHIEVED),
    ],
)
def test_relative(value: float, status: Status) -> None:
    item = indicator(
        {2022: value},
        direction="decrease",
        rule="som-riket",
        references={"riket": {"name": "Riket", "values": {2022: 6.0}}},
    )
    assert propose(item, **RELATIVE).status is status


def test_relative_without_a_reference_value() -> None:
    item = indicator(
        {2022: 5.0},
        rule="som-riket",
        references={"riket": {"name": "Riket", "values": {2021: 6.0}}},
    )
    proposal = propose(item, **RELATIVE)
    assert (proposal.status, proposal.explanation.case) == (
        Status.NOT_ASSESSED,
        "no_reference_value",
    )


def test_unknown_rule_is_not_assessed() -> None:
    proposal = propose(indicator({2022: 5.0}, rule="finns-inte"))
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ASSESSED, "unknown_rule")
