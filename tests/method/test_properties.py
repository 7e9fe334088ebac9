"""Properties of the method that must hold for every input (hypothesis).

- A better value never gives a worse status (for every rule with a number).
- Mirroring every value and the target (×−1) together with the direction and the comparison
  gives the same status, for the rules whose formulas are symmetric: target_level with an
  absolute band, trajectory, and the trend.
- The same for a directional target (increase ↔ decrease) and for trend_strength.
- No input makes the method crash or produce NaN.
- Markers never change a numeric result (issue 13, item 11): adding marked years to a series
  leaves every rule's status, inputs and computed numbers, and the trend, as they were.
"""

import math
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ambition.method.engine import propose_status
from ambition.method.rollup import roll_up
from ambition.method.trend import propose_trend
from ambition.models import Status
from ambition.models.method import TrendParameters
from ambition.models.rollup import Rollup, RollupRule
from tests.method.builders import annual, indicator, method

RANK = {Status.NOT_ACHIEVED: 0, Status.PARTLY_ACHIEVED: 1, Status.ACHIEVED: 2}
MIRROR = {"at_least": "at_most", "at_most": "at_least", "above": "below", "below": "above"}
FLIP = {"increase": "decrease", "decrease": "increase"}

numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False, allow_infinity=False)
comparisons = st.sampled_from(["at_least", "at_most", "above", "below"])
RULES = {
    "target_level": {},
    "absolute": {"rules": {"absolute": {"kind": "target_level", "partly_band": {"absolute": 5.0}}}},
    "relative-band": {
        "rules": {"relative-band": {"kind": "target_level", "partly_band": {"relative": 0.1}}}
    },
    "trajectory": {},
    "growth_ratio": {},
    "rolling_mean": {"rules": {"rolling_mean": {"kind": "rolling_mean", "values": 2}}},
}


def status(
    rule: str,
    direction: str,
    comparison: str,
    target: float,
    baseline: float,
    previous: float,
    value: float,
) -> Status:
    item = indicator(
        {2018: baseline, 2021: previous, 2022: value},
        [{"year": 2026, "value": target, "comparison": comparison}],
        direction=direction,
        baseline={"year": 2018, "value": baseline},
        rule=rule,
    )
    proposal = propose_status(item, annual(2022), method(**RULES[rule]))
    assert all(math.isfinite(v) for v in proposal.explanation.computed.values())
    return proposal.status


def direction_of(comparison: str) -> str:
    return "increase" if comparison in ("at_least", "above") else "decrease"


@settings(max_examples=300)
@given(
    st.sampled_from(sorted(RULES)), comparisons, positive, positive, positive, positive, positive
)
def test_a_better_value_never_gives_a_worse_status(
    rule: str,
    comparison: str,
    target: float,
    baseline: float,
    previous: float,
    value: float,
    better_by: float,
) -> None:
    direction = direction_of(comparison)
    better = value + better_by if direction == "increase" else value / (1 + better_by)
    args: Any = (rule, direction, comparison, target, baseline, previous)
    worse_status, better_status = status(*args, value), status(*args, better)
    if Status.NOT_ASSESSED in (worse_status, better_status):
        assert worse_status == better_status
    else:
        assert RANK[better_status] >= RANK[worse_status]


@settings(max_examples=300)
@given(st.sampled_from(["absolute", "trajectory"]), comparisons, numbers, numbers, numbers, numbers)
def test_mirroring_values_and_direction_keeps_the_status(
    rule: str, comparison: str, target: float, baseline: float, previous: float, value: float
) -> None:
    direction = direction_of(comparison)
    original = status(rule, direction, comparison, target, baseline, previous, value)
    mirrored = status(
        rule, FLIP[direction], MIRROR[comparison], -target, -baseline, -previous, -value
    )
    assert original is mirrored


@settings(max_examples=300)
@given(
    st.sampled_from(["increase", "decrease"]),
    st.sampled_from(["last_two", "theil_sen", "start_latest", "linear_regression"]),
    st.lists(numbers, min_size=0, max_size=8),
)
def test_mirroring_the_series_keeps_the_trend(
    direction: str, how: str, values: list[float]
) -> None:
    series = {2015 + i: v for i, v in enumerate(values)}
    parameters = TrendParameters(method=how)
    original = propose_trend(indicator(series, direction=direction), 2022, parameters)
    mirrored = propose_trend(
        indicator({y: -v for y, v in series.items()}, direction=FLIP[direction]), 2022, parameters
    )
    assert original.trend is mirrored.trend
    assert all(math.isfinite(v) for v in original.explanation.computed.values())


def directional(
    direction: str, rule: str, reference: float, previous: float, value: float
) -> Status:
    """The status of ``value`` (2022) against "ska öka/minska" from ``reference`` (2018)."""
    item = indicator(
        {2018: reference, 2021: previous, 2022: value},
        [{"year": 2022, "comparison": direction, "reference_year": 2018}],
        direction=direction,
        rule=rule,
        unit="antal",
    )
    return propose_status(item, annual(2022), method()).status


@settings(max_examples=300)
@given(
    st.sampled_from(["increase", "decrease"]),
    st.sampled_from(["target_level", "trend_strength"]),
    numbers,
    numbers,
    numbers,
    positive,
)
def test_a_better_value_is_never_worse_against_a_direction(
    direction: str, rule: str, reference: float, previous: float, value: float, by: float
) -> None:
    better = value + by if direction == "increase" else value - by
    worse_status = directional(direction, rule, reference, previous, value)
    better_status = directional(direction, rule, reference, previous, better)
    # A trend from a previous value next to zero overflows for one value and not the other:
    # 'not assessed' is no degree to compare.
    assume(Status.NOT_ASSESSED not in (worse_status, better_status))
    assert RANK[better_status] >= RANK[worse_status]


@settings(max_examples=300)
@given(
    st.sampled_from(["increase", "decrease"]),
    st.sampled_from(["target_level", "trend_strength"]),
    numbers,
    numbers,
    numbers,
)
def test_mirroring_a_direction_keeps_the_status(
    direction: str, rule: str, reference: float, previous: float, value: float
) -> None:
    original = directional(direction, rule, reference, previous, value)
    mirrored = directional(FLIP[direction], rule, -reference, -previous, -value)
    assert original is mirrored


# --- Roll-up: a better indicator status never gives a worse goal status ------------------------

degrees = st.sampled_from([Status.NOT_ACHIEVED, Status.PARTLY_ACHIEVED, Status.ACHIEVED])
statuses = st.lists(st.one_of(degrees, st.just(Status.NOT_ASSESSED)), min_size=1, max_size=12)
MONOTONE = [r for r in RollupRule if r is not RollupRule.MAJORITY]


@st.composite
def rollups(draw: st.DrawFn, rules: list[RollupRule] = MONOTONE) -> Rollup:
    partly = draw(st.floats(min_value=0.0, max_value=1.0))
    achieved = draw(st.floats(min_value=partly, max_value=1.0))
    return Rollup(rule=draw(st.sampled_from(rules)), achieved_share=achieved, partly_share=partly)


@st.composite
def improvements(draw: st.DrawFn) -> tuple[list[Status], list[Status]]:
    """Statuses, and the same with one assessed status that is not the best made better."""
    items = draw(statuses)
    improvable = [
        i for i, s in enumerate(items) if s in (Status.NOT_ACHIEVED, Status.PARTLY_ACHIEVED)
    ]
    if not improvable:
        items = [Status.NOT_ACHIEVED, *items]
        improvable = [0]
    index = draw(st.sampled_from(improvable))
    better = draw(st.sampled_from([s for s in RANK if RANK[s] > RANK[items[index]]]))
    return items, [better if i == index else s for i, s in enumerate(items)]


def _status(items: list[Status], parameters: Rollup) -> Status:
    return roll_up([(s, 1.0) for s in items], parameters).status


@settings(max_examples=300, deadline=None)
@given(improvements(), rollups())
def test_a_better_indicator_status_never_gives_a_worse_roll_up(
    pair: tuple[list[Status], list[Status]], parameters: Rollup
) -> None:
    items, improved = pair
    assert RANK[_status(improved, parameters)] >= RANK[_status(items, parameters)]


@settings(max_examples=200, deadline=None)
@given(st.lists(statuses, max_size=3), improvements(), rollups(), rollups())
def test_a_better_indicator_status_never_gives_a_worse_goal_through_its_areas(
    others: list[list[Status]],
    pair: tuple[list[Status], list[Status]],
    area_rollup: Rollup,
    goal_rollup: Rollup,
) -> None:
    # indicator → measurement area (its own rule) → goal over its parts (its own rule); one
    # indicator of the first area improves. A goal that was not assessed stays comparable (-1).
    items, improved = pair

    def goal(first: list[Status]) -> Status:
        return _status([_status(a, area_rollup) for a in (first, *others)], goal_rollup)

    assert RANK.get(goal(improved), -1) >= RANK.get(goal(items), -1)


def test_the_majority_is_the_one_rule_where_a_better_status_can_give_a_worse_one() -> None:
    # A, A, P, N: achieved has the largest count (2) → achieved. The not achieved indicator
    # improves to partly: A, A, P, P ties achieved with partly, and the tie goes to the worse.
    majority = Rollup(rule=RollupRule.MAJORITY)
    A, P, N = Status.ACHIEVED, Status.PARTLY_ACHIEVED, Status.NOT_ACHIEVED
    assert _status([A, A, P, N], majority) is A
    assert _status([A, A, P, P], majority) is P


MARKED_RULES = {
    **RULES,
    "trend_strength": {},
    "trend_only": {},
    "som-riket": {"rules": {"som-riket": {"kind": "relative", "reference": "riket"}}},
}
"""Every rule with a number, and those judging a trend or a reference."""


@settings(max_examples=300)
@given(
    st.sampled_from(sorted(MARKED_RULES)),
    st.sampled_from(["last_two", "theil_sen", "start_latest", "linear_regression"]),
    comparisons,
    positive,
    st.dictionaries(st.integers(2012, 2022), positive, max_size=8),
    st.dictionaries(
        st.integers(2010, 2024),
        st.sampled_from(["statistics_missing", "reported_later", "confidential"]),
        min_size=1,
        max_size=6,
    ),
)
def test_markers_never_change_a_numeric_result(
    rule: str,
    how: str,
    comparison: str,
    target: float,
    values: dict[int, float],
    marked: dict[int, str],
) -> None:
    markers = {year: {"marker": m} for year, m in marked.items() if year not in values}
    assume(markers)
    fields: dict[str, Any] = {
        "direction": direction_of(comparison),
        "rule": rule,
        "references": {"riket": {"name": "Riket", "values": {2022: target}}},
    }
    if values:
        first = min(values)
        fields["baseline"] = {"year": first, "value": values[first]}
    targets = [{"year": 2026, "value": target, "comparison": comparison}]
    plain = indicator(values, targets, **fields)
    with_markers = indicator({**values, **markers}, targets, **fields)
    parameters = method(**MARKED_RULES[rule], trend={"method": how})
    for year in (2020, 2022, 2024):
        before = propose_status(plain, annual(year), parameters).explanation
        after = propose_status(with_markers, annual(year), parameters).explanation
        assert after.outcome == before.outcome
        assert (dict(after.inputs), dict(after.computed)) == (
            dict(before.inputs),
            dict(before.computed),
        ) or (before.case in ("no_value", "stale_value") and after.case == "marked_value")
        if before.case != "no_value" and before.case != "stale_value":
            assert after.case == before.case
        trend_before = propose_trend(plain, year, parameters.trend)
        trend_after = propose_trend(with_markers, year, parameters.trend)
        assert trend_after.trend is trend_before.trend
        assert dict(trend_after.explanation.computed) == dict(trend_before.explanation.computed)


# On a scale of five degrees (issue 13.1): the same property for every rule but majority, with
# thresholds drawn in order (achieved ≥ largely ≥ partly ≥ slightly).
FIVE = (
    Status.ACHIEVED,
    Status.LARGELY_ACHIEVED,
    Status.PARTLY_ACHIEVED,
    Status.SLIGHTLY_ACHIEVED,
    Status.NOT_ACHIEVED,
)


@st.composite
def five_level_rollups(draw: st.DrawFn) -> Rollup:
    rule = draw(st.sampled_from([r for r in RollupRule if r is not RollupRule.MAJORITY]))
    limits = sorted(
        draw(
            st.lists(
                st.sampled_from([0.0, 0.25, 1 / 3, 0.5, 0.6, 2 / 3, 1.0]), min_size=4, max_size=4
            )
        )
    )
    slightly, partly, largely, achieved = limits
    return Rollup(
        rule=rule,
        achieved_share=achieved,
        largely_share=largely,
        partly_share=partly,
        slightly_share=slightly,
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*FIVE, Status.NOT_ASSESSED]), min_size=1, max_size=7),
    st.data(),
    five_level_rollups(),
)
def test_a_better_status_never_gives_a_worse_roll_up_on_five_levels(
    items: list[Status], data: st.DataObject, parameters: Rollup
) -> None:
    # One assessed status that is not the best is made better ('not assessed' is no degree).
    improvable = [i for i, s in enumerate(items) if s in FIVE[1:]]
    if not improvable:
        items, improvable = [Status.NOT_ACHIEVED, *items], [0]
    index = data.draw(st.sampled_from(improvable))
    better = data.draw(st.sampled_from(FIVE[: FIVE.index(items[index])]))
    improved = [better if i == index else s for i, s in enumerate(items)]

    def status(these: list[Status]) -> int:
        found = roll_up([(s, 1.0) for s in these], parameters, levels=FIVE).status
        return -1 if found is Status.NOT_ASSESSED else len(FIVE) - FIVE.index(found)

    assert status(improved) >= status(items)
