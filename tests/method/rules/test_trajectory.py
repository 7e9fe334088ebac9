"""The trajectory rule, hand-computed."""

import pytest

from ambition.models import Status
from tests.method.builders import FIVE_LEVELS, FOUR_LEVELS, indicator, more_levels, propose

BASELINE_2018 = {"year": 2018, "value": 30.0}


TARGET_2026 = [{"year": 2026, "value": 50, "comparison": "at_least"}]


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


def test_a_ratio_just_under_its_threshold_does_not_look_equal() -> None:
    # Baseline 30 (2018), target 50 (2026): 40 is required in 2022; 34.998 has made 4.998 of
    # the 10 required, 0.4998 < 0.5: far behind. In whole percent 50 % would read "50 %,
    # under 50 %"; two decimals put it under.
    item = indicator(
        {2018: 30.0, 2022: 34.998},
        [{"year": 2026, "value": 50, "comparison": "at_least"}],
        baseline={"year": 2018, "value": 30.0},
        rule="trajectory",
    )
    proposal = propose(item)
    assert proposal.explanation.case == "far_behind_path"
    assert proposal.explanation.sentence("sv").endswith(
        "gjord förändring är 49,98\u00a0% av den som krävs, under 50\u00a0%."
    )


@pytest.mark.parametrize(
    ("value", "levels", "status", "case"),
    [
        # The same path (+10 required by 2022) with largely from 0.8 and slightly from 0.2.
        (39.0, FIVE_LEVELS, Status.LARGELY_ACHIEVED, "largely_on_path"),  # 9/10 = 0.9
        (36.0, FIVE_LEVELS, Status.PARTLY_ACHIEVED, "behind_largely"),  # 0.6
        (33.0, FIVE_LEVELS, Status.SLIGHTLY_ACHIEVED, "slightly_on_path"),  # 0.3
        (31.0, FIVE_LEVELS, Status.NOT_ACHIEVED, "below_slightly"),  # 0.1
        # On four levels (no slightly), 0.9 is still largely.
        (39.0, FOUR_LEVELS, Status.LARGELY_ACHIEVED, "largely_on_path"),
    ],
)
def test_trajectory_on_more_levels(
    value: float, levels: list[str], status: Status, case: str
) -> None:
    rule = {"kind": "trajectory", "largely_from": 0.8, "slightly_from": 0.2}
    item = indicator({2018: 30.0, 2022: value}, TARGET_2026, baseline=BASELINE_2018, rule="t")
    proposal = propose(item, **more_levels(levels), rules={"t": rule})
    assert (proposal.status, proposal.explanation.case) == (status, case)
    if case == "behind_largely":
        assert proposal.explanation.sentence("sv").endswith("under 80\u00a0% men minst 50\u00a0%.")


def test_trajectory_thresholds_out_of_order_are_refused() -> None:
    from pydantic import ValidationError

    from ambition.models.method import TrajectoryRule

    with pytest.raises(
        ValidationError, match=r"largely_from \(1.2\) must not exceed achieved_from \(1\)"
    ):
        TrajectoryRule(largely_from=1.2)
