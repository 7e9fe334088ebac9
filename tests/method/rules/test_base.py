"""The context a rule is applied in: what the engine guarantees, and what it does not."""

import pytest

from ambition.method.results import Observation
from ambition.method.rules.base import RuleContext
from ambition.models.method import TargetLevelRule
from tests.method.builders import indicator


def context(latest: Observation | None) -> RuleContext[TargetLevelRule]:
    item = indicator({2020: 1.0, 2021: 2.0, 2022: 3.0}, series_breaks={2021: "Ny definition"})
    return RuleContext("mål", "target_level", item, 2022, TargetLevelRule(), latest, None)


def test_a_rule_applied_without_what_it_needs_is_an_error() -> None:
    with pytest.raises(LookupError, match="without a value"):
        context(None).require_latest()
    with pytest.raises(LookupError, match="without a target"):
        context(Observation(2022, 3.0)).require_target()


def test_comparable_values_start_at_the_last_break() -> None:
    assert context(Observation(2022, 3.0)).comparable() == [
        Observation(2021, 2.0),
        Observation(2022, 3.0),
    ]
