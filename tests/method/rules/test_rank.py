"""The rank rule: the place among a group, in Kolada's bands, worked by hand.

The numbers are Ohälsotal 2022 (Kolada N00957, Försäkringskassan; data/sources/kolada-goal3-…
csv), decrease desired: Vaggeryd 23.84 days; the neighbours Aneby 26.29, Gnosjö 21.57,
Gislaved 25.35, Jönköping 23.61, Värnamo 23.88. Two of them are lower, so Vaggeryd is number
3 of 6: not in the best quarter (3 > 0.25 · 6 = 1.5), not in the worst (3 ≤ 0.75 · 6 = 4.5).
"""

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ambition.models import Status
from tests.method.builders import indicator, propose

NEIGHBOURS = {
    "aneby": 26.29,
    "gnosjo": 21.57,
    "gislaved": 25.35,
    "jonkoping": 23.61,
    "varnamo": 23.88,
}


def references(values: dict[str, float], year: int = 2022) -> dict[str, Any]:
    found: dict[str, Any] = {
        name: {"name": name.title(), "values": {year: value}} for name, value in values.items()
    }
    found["grannar"] = {"name": "Grannkommunerna", "members": list(values)}
    return found


def rank(value: float, direction: str = "decrease", **parameters: Any) -> Any:
    item = indicator(
        {2022: value},
        direction=direction,
        unit="dagar",
        decimals=2,
        rule="rank",
        references=references(NEIGHBOURS),
    )
    return propose(item, rules={"rank": {"kind": "rank", "group": "grannar", **parameters}})


def test_vaggeryd_is_third_of_six_in_the_middle_half() -> None:
    proposal = rank(23.84)
    assert proposal.status is Status.PARTLY_ACHIEVED
    assert dict(proposal.explanation.computed) == {
        "place": 3,
        "size": 6,
        "group_best": 21.57,
        "group_worst": 26.29,
    }
    assert proposal.explanation.text["sv"] == (
        "Värdet 2022 (23,84 dagar) har plats 3 av 6 bland Grannkommunerna och kommunen själv, "
        "räknat från det bästa i önskad riktning (bäst 21,57 dagar, sämst 26,29 dagar): varken "
        "bland de bästa 25\u00a0% eller de sämsta 25\u00a0%."
    )
    assert proposal.explanation.text["en"].startswith(
        "The 2022 value (23.84 dagar) is number 3 of 6 among Grannkommunerna"
    )


@pytest.mark.parametrize(
    ("value", "place", "status"),
    [
        (21.0, 1, Status.ACHIEVED),  # lowest: 1 ≤ 1.5
        (21.57, 1, Status.ACHIEVED),  # equal to Gnosjö: an equal value is not better
        (22.0, 2, Status.PARTLY_ACHIEVED),  # 2 > 1.5
        (25.0, 4, Status.PARTLY_ACHIEVED),  # 4 ≤ 4.5
        (25.5, 5, Status.NOT_ACHIEVED),  # 5 > 4.5
        (30.0, 6, Status.NOT_ACHIEVED),
    ],
)
def test_the_bands_at_their_edges(value: float, place: int, status: Status) -> None:
    proposal = rank(value)
    assert (proposal.explanation.computed["place"], proposal.status) == (place, status)


def test_the_quantiles_are_configurable_and_the_direction_counts() -> None:
    # With the best and worst thirds, number 2 of 6 is in the best (2 ≤ 2).
    assert rank(22.0, best=1 / 3, worst=1 / 3).status is Status.ACHIEVED
    # Increase desired: 23.84 has Aneby, Gislaved and Värnamo above it, number 4 of 6.
    assert rank(23.84, direction="increase").explanation.computed["place"] == 4


def test_without_a_group_or_its_values_nothing_is_proposed() -> None:
    item = indicator({2022: 5.0}, rule="rank", references=references({"a": 1.0}, year=2021))
    cases = [
        propose(item, rules={"rank": {"kind": "rank", "group": group}}).explanation.case
        for group in ("grannar", "a", "okand")
    ]
    assert cases == ["no_group_values", "no_group", "no_group"]
    text = propose(item, rules={"rank": {"kind": "rank", "group": "grannar"}}).explanation
    assert text.text["sv"] == "Ingen i Grannkommunerna har något värde för 2022."


def test_bands_wider_than_the_group_are_refused() -> None:
    with pytest.raises(ValueError, match="together exceed the whole group"):
        rank(1.0, best=0.6, worst=0.5)


ORDER = {Status.NOT_ACHIEVED: 0, Status.PARTLY_ACHIEVED: 1, Status.ACHIEVED: 2}
values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(values, min_size=1, max_size=8),
    values,
    st.floats(min_value=0.0, max_value=1e6),
    st.sampled_from(["increase", "decrease"]),
    st.sampled_from([0.1, 0.25, 0.5]),
)
def test_a_better_value_never_gives_a_worse_place_or_status(
    group: list[float], value: float, better_by: float, direction: str, band: float
) -> None:
    better = value + better_by if direction == "increase" else value - better_by
    found = []
    for own in (value, better):
        item = indicator(
            {2022: own},
            direction=direction,
            rule="rank",
            references=references({f"m{i}": v for i, v in enumerate(group)}),
        )
        rules = {"rank": {"kind": "rank", "group": "grannar", "best": band, "worst": band}}
        found.append(propose(item, rules=rules))
    assert found[1].explanation.computed["place"] <= found[0].explanation.computed["place"]
    assert ORDER[found[1].status] >= ORDER[found[0].status]
