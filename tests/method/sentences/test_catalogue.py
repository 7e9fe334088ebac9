"""Every explanation the method gives names a declared case and is written in both languages:
for seeded and hypothesis-drawn indicators under every rule kind, the trend and the roll-up, and
for the real data and the minimal fixture in every configured period; and every declared case is
reached by some example."""

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ambition.loading.repository import load_repository
from ambition.method.engine import assess_period, propose_status
from ambition.method.explanation import Explanation
from ambition.method.rollup import roll_up
from ambition.method.sentences.catalogue import LANGUAGES, write
from ambition.method.trend import propose_trend
from ambition.models import Status
from ambition.models.method import Rollup, RollupRule, TrendParameters
from tests.conftest import MINIMAL, PROJECT
from tests.method.builders import annual, indicator, method
from tests.method.sentences.declared import declared, declared_keys
from tests.method.sentences.examples import RULES, explanations

numbers = st.one_of(
    st.sampled_from([0.0, 1.0, 50.0, 60.0, -5.0, 1e-300, 1e300]),
    st.floats(min_value=-1e3, max_value=1e3, allow_nan=False, allow_infinity=False),
)
years = st.integers(min_value=2012, max_value=2024)


@st.composite
def targets(draw: st.DrawFn) -> dict[str, Any]:
    comparison = draw(st.sampled_from(["at_least", "at_most", "above", "below", "between"]))
    target: dict[str, Any] = {
        "year": draw(st.integers(min_value=2014, max_value=2040)),
        "value": draw(numbers),
        "comparison": comparison,
        "against_direction": True,
    }
    if comparison == "between":
        target["upper"] = target["value"] + draw(st.floats(min_value=0, max_value=100))
    elif draw(st.booleans()):
        target["acceptable"] = draw(numbers)
    return target


@st.composite
def indicators(draw: st.DrawFn) -> dict[str, Any]:
    values = draw(st.dictionaries(years, numbers, max_size=7))
    fields: dict[str, Any] = {
        "values": values,
        "targets": draw(st.lists(targets(), max_size=2)),
        "direction": draw(st.sampled_from(["increase", "decrease"])),
        "decimals": draw(st.integers(min_value=0, max_value=2)),
        "rule": draw(st.sampled_from([*RULES, "finns-inte", None])),
        "references": {"riket": {"name": "Riket", "values": draw(st.dictionaries(years, numbers))}},
    }
    if draw(st.booleans()):
        fields["baseline"] = {"year": draw(years), "value": draw(numbers)}
    if values and draw(st.booleans()):
        fields["series_breaks"] = {draw(st.sampled_from(sorted(values))): "Ny definition"}
    return fields


def check(explanation: Explanation) -> None:
    assert explanation.case in declared()[explanation.kind], (explanation.kind, explanation.case)
    for lang in LANGUAGES:
        sentence = explanation.sentence(lang)
        assert sentence.strip() and "{" not in sentence and "}" not in sentence


def test_every_declared_case_is_reached_and_every_case_reached_is_declared() -> None:
    reached = set()
    for explanation in explanations():
        check(explanation)
        reached.add((explanation.kind, explanation.case))
    assert declared_keys() - reached == set()


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(
    indicators(),
    st.integers(min_value=2014, max_value=2030),
    st.sampled_from(["last_two", "theil_sen", "start_latest", "linear_regression", "expert"]),
)
def test_every_rule_and_the_trend_emit_only_declared_cases(
    fields: dict[str, Any], year: int, how: str
) -> None:
    item = indicator(**fields)
    check(propose_status(item, annual(year), method(rules=RULES)).explanation)
    check(propose_trend(item, year, TrendParameters(method=how)).explanation)


@settings(max_examples=200)
@given(
    st.sampled_from(list(RollupRule)),
    st.lists(
        st.tuples(st.sampled_from(list(Status)), st.sampled_from([1.0, 0.5, 2.0])), max_size=9
    ),
    st.sampled_from([(2 / 3, 0.5), (0.667, 0.5), (1.0, 0.0), (0.5, 0.5)]),
)
def test_every_roll_up_emits_only_declared_cases(
    rule: RollupRule, items: list[tuple[Status, float]], shares: tuple[float, float]
) -> None:
    parameters = Rollup(rule=rule, achieved_share=shares[0], partly_share=shares[1])
    check(roll_up(items, parameters).explanation)


@pytest.mark.parametrize("root", [PROJECT, MINIMAL], ids=["data", "minimal"])
def test_the_shipped_repositories_emit_only_declared_cases(root: Path) -> None:
    repository = load_repository(root).repository
    assert repository is not None
    for period in repository.project.periods:
        result = assess_period(repository, period)
        for goal in result.goals:
            check(goal.proposal.explanation)
            for area in goal.areas:
                check(area.proposal.explanation)
                for item in area.indicators:
                    check(item.proposal.explanation)
                    check(item.trend.explanation)


def test_an_unknown_language_is_written_in_swedish() -> None:
    item = indicator({2022: 5.0}, rule="finns-inte")
    explanation = propose_status(item, annual(2022), method()).explanation
    assert explanation.sentence("de") == explanation.sentence("sv")
    facts = {"facts": {"target": 1.5, "upper": None, "unit": "ton", "decimals": 1}}
    assert write(("comparison", "at_least"), "de", facts) == "minst 1,5 ton"


def test_a_key_without_an_entry_is_an_error() -> None:
    with pytest.raises(KeyError):
        write(("target_level", "no_such_case"), "sv", {})
