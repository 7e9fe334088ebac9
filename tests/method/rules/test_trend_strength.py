"""``trend_strength``: "helt uppfyllt när trenden är stark i rätt riktning, delvis när den är
svag"; values computed by hand."""

import pytest

from ambition.method.engine import propose_status
from ambition.models import Status
from tests.method.builders import annual, indicator, method


@pytest.mark.parametrize(
    ("values", "direction", "status", "case"),
    [
        ({2021: 30.0, 2022: 32.5}, "increase", Status.ACHIEVED, "strong"),  # +2.5 ≥ 2 p.e.
        ({2021: 30.0, 2022: 31.0}, "increase", Status.PARTLY_ACHIEVED, "weak"),  # +1.0 p.e.
        ({2021: 30.0, 2022: 30.4}, "increase", Status.NOT_ACHIEVED, "stable"),  # within 0.5
        ({2021: 30.0, 2022: 31.0}, "decrease", Status.NOT_ACHIEVED, "worsening"),
        ({2022: 31.0}, "increase", Status.NOT_ASSESSED, "no_trend"),
    ],
)
def test_trend_strength(
    values: dict[int, float], direction: str, status: Status, case: str
) -> None:
    item = indicator(values, direction=direction, rule="trend_strength")
    proposal = propose_status(item, annual(2022), method())
    assert (proposal.status, proposal.explanation.case) == (status, case)


def test_strong_in_words_and_a_stated_mapping() -> None:
    item = indicator({2021: 30.0, 2022: 32.5}, rule="stark")
    rules = {"stark": {"kind": "trend_strength", "statuses": {"weak": "not_achieved"}}}
    proposal = propose_status(item, annual(2022), method(rules=rules))
    assert proposal.explanation.sentence("sv") == (
        "Förändring från 30,0 (2021) till 32,5 (2022), +2,5 procentenheter: i önskad riktning och "
        "minst 2 procentenheter, en stark trend, så förslaget är uppfyllt."
    )
    weak = indicator({2021: 30.0, 2022: 31.0}, rule="stark")
    assert propose_status(weak, annual(2022), method(rules=rules)).status is Status.NOT_ACHIEVED
