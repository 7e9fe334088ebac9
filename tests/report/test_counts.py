"""ambition.report.counts: the counts beside a rolled-up status, with Swedish agreement.

Swedish grammar (Svenska Akademiens grammatik, kongruens): the noun follows the total ("1 av 1
indikator", "4 av 6 indikatorer"), the participle the count and the noun's gender (en
indikator uppfylld, ett mätområde uppfyllt, två delmål uppfyllda)."""

import pytest

from ambition.method.explanation import Explanation
from ambition.method.rollup import roll_up
from ambition.models import Status
from ambition.models.method import Rollup
from ambition.report.counts import count_text

A, P, N, X = (
    Status.ACHIEVED,
    Status.PARTLY_ACHIEVED,
    Status.NOT_ACHIEVED,
    Status.NOT_ASSESSED,
)


def _counts(statuses: list[Status], counted: str = "indicator") -> Explanation:
    explanation = roll_up([(s, 1.0) for s in statuses], Rollup()).explanation
    facts = {**explanation.facts, "counted": counted}
    return Explanation(
        rule=explanation.rule,
        kind=explanation.kind,
        case=explanation.case,
        outcome=explanation.outcome,
        inputs=explanation.inputs,
        facts=facts,
    )


@pytest.mark.parametrize(
    ("statuses", "counted", "sv", "en"),
    [
        (
            [A, A, A, A, P, N],
            "indicator",
            "4 av 6 indikatorer uppfyllda",
            "4 of 6 indicators achieved",
        ),
        (
            [A, P, P, N, N, N],
            "indicator",
            "1 av 6 indikatorer uppfylld",
            "1 of 6 indicators achieved",
        ),
        ([A], "indicator", "1 av 1 indikator uppfylld", "1 of 1 indicator achieved"),
        ([N], "indicator", "0 av 1 indikator uppfyllda", "0 of 1 indicator achieved"),
        (
            [A, A, N, X],
            "indicator",
            "2 av 3 bedömda indikatorer uppfyllda; 1 ej bedömd",
            "2 of 3 assessed indicators achieved; 1 not assessed",
        ),
        (
            [A, X, X],
            "indicator",
            "1 av 1 bedömd indikator uppfylld; 2 ej bedömda",
            "1 of 1 assessed indicator achieved; 2 not assessed",
        ),
        ([X], "indicator", "1 indikator ej bedömd", "1 indicator not assessed"),
        ([X, X], "indicator", "2 indikatorer ej bedömda", "2 indicators not assessed"),
        (
            [A, P, N],
            "measurement_area",
            "1 av 3 mätområden uppfyllt",
            "1 of 3 measurement areas achieved",
        ),
        (
            [A, P, X],
            "measurement_area",
            "1 av 2 bedömda mätområden uppfyllt; 1 ej bedömt",
            "1 of 2 assessed measurement areas achieved; 1 not assessed",
        ),
        ([A, A, N], "sub_goal", "2 av 3 delmål uppfyllda", "2 of 3 sub-goals achieved"),
        ([A], "sub_goal", "1 av 1 delmål uppfyllt", "1 of 1 sub-goal achieved"),
        ([A, N], "part", "1 av 2 delar uppfylld", "1 of 2 parts achieved"),
    ],
)
def test_counts_agree_in_number_and_gender(
    statuses: list[Status], counted: str, sv: str, en: str
) -> None:
    explanation = _counts(statuses, counted)
    assert (count_text(explanation, "sv"), count_text(explanation, "en")) == (sv, en)


def test_a_roll_up_without_the_fact_counts_indicators() -> None:
    explanation = roll_up([(A, 1.0), (N, 1.0)], Rollup()).explanation
    assert count_text(explanation, "sv") == "1 av 2 indikatorer uppfylld"


def test_the_counts_of_a_four_level_roll_up_name_the_achieved_of_all_assessed() -> None:
    """On four degrees (issue 13.1) 'largely achieved' counts as assessed, not as achieved:
    A, L, L, X → '1 av 3 bedömda indikatorer uppfylld; 1 ej bedömd'."""
    levels = (A, Status.LARGELY_ACHIEVED, P, N)
    rollup = Rollup(largely_share=0.6)
    items = [(s, 1.0) for s in (A, Status.LARGELY_ACHIEVED, Status.LARGELY_ACHIEVED, X)]
    explanation = roll_up(items, rollup, levels=levels).explanation
    assert count_text(explanation, "sv") == "1 av 3 bedömda indikatorer uppfylld; 1 ej bedömd"
    assert count_text(explanation, "en") == "1 of 3 assessed indicators achieved; 1 not assessed"
