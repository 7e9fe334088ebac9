"""growth_ratio, with Statistics Canada's worked examples."""

import pytest

from ambition.models import Status
from tests.method.builders import indicator, propose


def test_statistics_canada_increasing_example() -> None:
    # 20 % in 2015, 32 % in 2022, target 60 % by 2030: required (60/20)^(1/15) − 1 = 0.075989,
    # R = 0.069449 / 0.075990 = 0.914: progress made but acceleration needed.
    item = indicator(
        {2015: 20.0, 2022: 32.0},
        [{"year": 2030, "value": 60, "comparison": "at_least"}],
        baseline={"year": 2015, "value": 20.0},
        rule="growth_ratio",
    )
    proposal = propose(item)
    assert round(proposal.explanation.computed["ratio"], 3) == 0.914
    assert (proposal.status, proposal.explanation.case) == (
        Status.PARTLY_ACHIEVED,
        "acceleration_needed",
    )
    assert proposal.explanation.sentence("en") == (
        "The 2022 value (32.0 procent) is compared with the 2030 target (at least 60.0 procent): "
        "from 20.0 (2015) the change is +1.71 percentage points a year, an annual growth rate of "
        "+6.94% against the +7.60% required; the ratio is 0.914 (progress made but acceleration "
        "needed; cut-offs 0.95 and 0.6)."
    )
    # A percentage's change also in procentenheter a year: (32 − 20) / 7 = 1.714.
    assert proposal.explanation.computed["annual_points"] == pytest.approx(12 / 7)
    # The ratio and its cut-offs in one kind of number, as written in the method (0.95, 0.6).
    assert proposal.explanation.sentence("sv").endswith(
        "kvoten är 0,914 (framsteg, men takten behöver öka; gränser 0,95 och 0,6)."
    )


def test_statistics_canada_decreasing_example() -> None:
    # 5.0 → 4.2 (2015 → 2022) against 2.5 by 2030, a decrease desired:
    # observed 0.84^(1/7) − 1 = −0.024601, required 0.5^(1/15) − 1 = −0.045158,
    # R = −1 · −0.024601 / 0.045158 = 0.545: limited progress.
    item = indicator(
        {2015: 5.0, 2022: 4.2},
        [{"year": 2030, "value": 2.5, "comparison": "at_most"}],
        direction="decrease",
        baseline={"year": 2015, "value": 5.0},
        rule="growth_ratio",
    )
    proposal = propose(item)
    assert round(proposal.explanation.computed["ratio"], 3) == 0.545
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ACHIEVED, "limited_progress")


def test_growth_ratio_deterioration_and_target_achieved_first() -> None:
    target = [{"year": 2030, "value": 2.5, "comparison": "at_most"}]
    worse = indicator(
        {2015: 5.0, 2022: 5.5},
        target,
        direction="decrease",
        baseline={"year": 2015, "value": 5.0},
        rule="growth_ratio",
    )
    assert propose(worse).explanation.case == "deterioration"
    met = indicator(
        {2015: 5.0, 2022: 2.4},
        target,
        direction="decrease",
        baseline={"year": 2015, "value": 5.0},
        rule="growth_ratio",
    )
    assert (propose(met).status, propose(met).explanation.case) == (
        Status.ACHIEVED,
        "target_achieved",
    )


@pytest.mark.parametrize(
    ("values", "case"),
    [
        ({2015: 0.0, 2022: 3.0}, "growth_undefined"),  # zero base
        ({2015: -2.0, 2022: 3.0}, "growth_undefined"),  # negative base
        ({2022: 3.0}, "no_base"),  # one data point, no baseline
    ],
)
def test_growth_ratio_edge_cases(values: dict[int, float], case: str) -> None:
    item = indicator(
        values, [{"year": 2030, "value": 60, "comparison": "at_least"}], rule="growth_ratio"
    )
    proposal = propose(item)
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ASSESSED, case)


def test_growth_ratio_target_passed() -> None:
    item = indicator(
        {2015: 20.0, 2022: 32.0},
        [{"year": 2020, "value": 60, "comparison": "at_least"}],
        baseline={"year": 2015, "value": 20.0},
        rule="growth_ratio",
    )
    assert propose(item).explanation.case == "target_passed"


def test_growth_ratio_baseline_equal_to_target() -> None:
    # The base met the target exactly; the value has since fallen below it.
    item = indicator(
        {2018: 60.0, 2022: 55.0},
        [{"year": 2026, "value": 60, "comparison": "at_least"}],
        baseline={"year": 2018, "value": 60.0},
        rule="growth_ratio",
    )
    proposal = propose(item)
    assert (proposal.status, proposal.explanation.case) == (
        Status.NOT_ACHIEVED,
        "baseline_equals_target",
    )


def test_a_progress_category_may_propose_a_degree_of_a_four_level_scale() -> None:
    """Statistics Canada's increasing example (ratio 0.914: acceleration needed) with the
    category mapped to 'largely achieved' on a four-level scale; on the common three the same
    mapping folds to 'partly achieved'."""
    from tests.method.builders import FOUR_LEVELS, more_levels

    item = indicator(
        {2015: 20.0, 2022: 32.0},
        [{"year": 2030, "value": 60, "comparison": "at_least"}],
        baseline={"year": 2015, "value": 20.0},
        rule="tillvaxt",
    )
    rule = {"kind": "growth_ratio", "statuses": {"acceleration_needed": "largely_achieved"}}
    four = propose(item, **more_levels(FOUR_LEVELS), rules={"tillvaxt": rule})
    assert (four.status, four.explanation.case) == (
        Status.LARGELY_ACHIEVED,
        "acceleration_needed",
    )
    three = propose(item, rules={"tillvaxt": rule})
    assert three.status is Status.PARTLY_ACHIEVED
    assert three.explanation.sentence("sv").endswith(
        "Vid årsbokslutet har skalan ingen nivå till stor del uppfyllt, så förslaget blir delvis "
        "uppfyllt."
    )
