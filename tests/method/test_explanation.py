"""Explanations: the structure the rules return, the sentences the catalogue writes from it."""

import pytest

from ambition.method.explanation import Explanation
from tests.method.builders import indicator, propose


def test_text_and_record_have_both_languages_and_no_formatting_facts() -> None:
    explanation = propose(indicator({2022: 36.0}, rule="finns-inte")).explanation
    record = explanation.as_record()
    assert list(record) == ["rule", "case", "outcome", "inputs", "computed", "thresholds", "text"]
    assert record["text"] == {
        "sv": "Regeln 'finns-inte' finns inte i metoden, så ingen status föreslås.",
        "en": "The rule 'finns-inte' is not in the method, so no status is proposed.",
    }
    assert dict(explanation.text) == record["text"]


def test_facts_serve_the_sentence_only() -> None:
    item = indicator({2022: 50.0}, [{"year": 2026, "value": 60, "comparison": "at_least"}])
    explanation = propose(item).explanation
    assert explanation.facts["unit"] == "procent"
    assert "facts" not in explanation.as_record()
    assert "unit" not in explanation.as_record()["inputs"]


def test_mappings_are_read_only_and_sentences_are_written_once() -> None:
    explanation = Explanation(
        rule="share",
        kind="share",
        case="none_assessed",
        outcome="not_assessed",
        facts={"counted": "indicator"},
    )
    with pytest.raises(TypeError):
        explanation.inputs["x"] = 1  # type: ignore[index]
    assert explanation.sentence("sv") is explanation.sentence("sv")
    assert explanation.sentence("en") == "No indicator is assessed, so there is nothing to roll up."
