"""The expert rule: no proposal, whatever the data, and the reason in words."""

from ambition.models import Status
from tests.method.builders import indicator, propose

TARGET = [{"year": 2026, "value": 60, "comparison": "at_least"}]


def test_expert_proposes_nothing_even_without_a_value() -> None:
    proposal = propose(indicator({}, TARGET, rule="expert"))
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ASSESSED, "no_value")
    assert proposal.explanation.sentence("sv") == (
        "Inget värde finns ännu för 2022 eller tidigare; sakkunnig bedömer utan regel."
    )


def test_a_named_expert_rule_keeps_its_name() -> None:
    item = indicator({2021: 68.0, 2022: 70.0}, TARGET, rule="sakkunnig")
    proposal = propose(item, rules={"sakkunnig": {"kind": "expert"}})
    assert (proposal.explanation.rule, proposal.explanation.case) == ("sakkunnig", "expert_only")
    assert proposal.explanation.sentence("en") == (
        "The indicator is assessed by an expert without a rule: the method proposes no status."
    )


def test_the_reason_differs_with_what_is_known() -> None:
    # Vaggeryd's "bra plats att bo" has only its 2022 value; turnout was last measured in 2018.
    one = propose(indicator({2022: 70.0}, rule="expert"))
    assert one.explanation.sentence("sv") == (
        "Bara värdet för 2022 (70,0 procent) finns, så ingen utveckling kan jämföras; sakkunnig "
        "bedömer utan regel."
    )
    old = propose(indicator({2014: 84.0, 2018: 86.2}, rule="expert"))
    assert old.explanation.sentence("sv") == (
        "Det senaste värdet är från 2018 (86,2 procent), före 2022; sakkunnig bedömer utan regel."
    )
