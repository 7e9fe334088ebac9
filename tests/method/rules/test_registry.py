"""The registry: one rule per kind of method.yaml, each declaring what the engine checks."""

from typing import get_args

from ambition.method.rules.registry import RULES
from ambition.models.method import RuleParameters


def parameter_models() -> list[type]:
    union, _field = get_args(RuleParameters)
    return list(get_args(union))


def test_every_kind_in_method_yaml_has_a_rule() -> None:
    kinds = {model.model_fields["kind"].default: model for model in parameter_models()}
    assert set(RULES) == set(kinds)
    for kind, rule in RULES.items():
        assert rule.kind == kind
        assert rule.parameters is kinds[kind]


def test_every_rule_declares_its_needs_and_cases() -> None:
    needs_target = {kind for kind, rule in RULES.items() if rule.needs_target}
    assert needs_target == {"target_level", "trajectory", "growth_ratio", "rolling_mean"}
    assert {kind for kind, rule in RULES.items() if not rule.needs_value} == {"expert"}
    for rule in RULES.values():
        assert rule.cases
        assert len(set(rule.cases)) == len(rule.cases)
