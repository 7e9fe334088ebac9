"""The expert rule: no proposal, whatever the data."""

from ambition.models import Status
from tests.method.builders import indicator, propose

TARGET = [{"year": 2026, "value": 60, "comparison": "at_least"}]


def test_expert_proposes_nothing_even_without_a_value() -> None:
    proposal = propose(indicator({}, TARGET, rule="expert"))
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ASSESSED, "expert_only")


def test_a_named_expert_rule_keeps_its_name() -> None:
    item = indicator({2022: 70.0}, TARGET, rule="sakkunnig")
    proposal = propose(item, rules={"sakkunnig": {"kind": "expert"}})
    assert (proposal.explanation.rule, proposal.explanation.case) == ("sakkunnig", "expert_only")
    assert proposal.explanation.sentence("en") == (
        "The indicator is assessed by an expert without a rule: the method proposes no status."
    )
