"""The rolling_mean rule, hand-computed."""

import pytest

from ambition.models import Status
from tests.method.builders import indicator, propose


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
    # The values averaged are named, so the reader can check the mean (issue 13, item 8).
    assert proposal.explanation.sentence("en") == (
        "The mean (60.3 procent) of 58.0 (2020), 61.0 (2021) and 62.0 (2022) is compared with "
        "the 2022 target (at least 60.0 procent): the target is met."
    )
    assert proposal.explanation.sentence("sv") == (
        "Medelvärdet (60,3 procent) av 58,0 (2020), 61,0 (2021) och 62,0 (2022) jämförs med "
        "målvärdet för 2022 (minst 60,0 procent): målvärdet är nått."
    )


def test_the_mean_is_of_the_unrounded_values() -> None:
    # 0.04 + 0.04 + 0.05 shown with no decimals are 0, 0 and 0, yet their mean 0.04333 is
    # compared unrounded: at most 0.0433 is missed by 0.00003.
    item = indicator(
        {2020: 0.04, 2021: 0.04, 2022: 0.05},
        [{"year": 2022, "value": 0.0433, "comparison": "at_most"}],
        direction="decrease",
        decimals=4,
        rule="rolling_mean",
    )
    proposal = propose(item)
    assert proposal.explanation.computed["mean"] == pytest.approx(0.0433333)
    assert proposal.explanation.sentence("sv").startswith(
        "Medelvärdet (0,0433 procent) av 0,0400 (2020), 0,0400 (2021) och 0,0500 (2022) jämförs"
    )
    # Fulfilment 0.0433 / 0.043333 = 0.9992 ≥ 0.8: partly achieved.
    assert proposal.status is Status.PARTLY_ACHIEVED


def test_rolling_mean_needs_enough_values_after_a_break() -> None:
    item = indicator(
        {2020: 58.0, 2021: 61.0, 2022: 62.0},
        [{"year": 2022, "value": 60, "comparison": "at_least"}],
        rule="rolling_mean",
        series_breaks={2021: "Ny definition"},
    )
    assert propose(item).explanation.case == "too_few_values"
