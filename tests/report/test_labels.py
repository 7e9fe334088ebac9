"""ambition.report.labels: the one label catalogue, in Swedish and English."""

import re

import pytest

from ambition.models import Direction, Trend
from ambition.report.labels import diff_labels, labels, unfinished_note, value_arrow
from tests.conftest import PROJECT

TEMPLATES = PROJECT / "templates"


def test_every_label_in_the_templates_is_in_the_catalogue() -> None:
    used = set()
    for path in TEMPLATES.glob("*.j2"):
        used |= set(re.findall(r"\bL\.(\w+)", path.read_text(encoding="utf-8")))
    catalogue = set(labels("sv"))
    assert used - catalogue == set()
    assert set(labels("en")) == catalogue


def test_every_label_of_the_appendix_template_is_in_its_catalogue() -> None:
    template = (TEMPLATES / "diff.md.j2").read_text(encoding="utf-8")
    used = set(re.findall(r"\bw\[\"(\w+)\"\]", template))
    assert {"title", "dnr", "subject", "method", "new_measurements_note"} <= used
    catalogue = set(diff_labels("sv"))
    assert used - catalogue == set()
    assert set(diff_labels("en")) == catalogue
    assert (diff_labels("sv")["goal"], labels("sv")["goal"]) == ("Mål {number}", "Mål")


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        labels("de")
    with pytest.raises(ValueError):
        diff_labels("de")


def test_the_arrow_is_the_values_movement_not_the_judgement() -> None:
    # Issue 14, item 5: falling emissions are "↓ Förbättring".
    assert [value_arrow(t, Direction.DECREASE) for t in Trend] == ["↓", "→", "↑", "·"]
    assert [value_arrow(t, Direction.INCREASE) for t in Trend] == ["↑", "→", "↓", "·"]


def test_an_unfinished_assessment_says_what_it_lacks() -> None:
    assert unfinished_note((), "sv") == ""
    assert unfinished_note(("justification-missing",), "sv") == (
        "Bedömningen är inte klar: motivering saknas"
    )
    assert unfinished_note(("justification-missing", "analysis-missing"), "sv") == (
        "Bedömningen är inte klar: motivering saknas och analys saknas"
    )
    assert unfinished_note(("analysis-missing",), "en") == (
        "The assessment is not finished: analysis missing"
    )
