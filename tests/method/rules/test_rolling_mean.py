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
