"""Roll-up of indicator statuses, hand-counted."""

from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ambition.method.rollup import roll_up
from ambition.models import Status
from ambition.models.method import Rollup, RollupRule

A, P, N, X = (Status.ACHIEVED, Status.PARTLY_ACHIEVED, Status.NOT_ACHIEVED, Status.NOT_ASSESSED)


def unweighted(*statuses: Status) -> list[tuple[Status, float]]:
    return [(s, 1.0) for s in statuses]


def test_share_partly_when_half_are_at_least_partly() -> None:
    proposal = roll_up(unweighted(A, A, P, N, X), Rollup(achieved_share=0.667, partly_share=0.5))
    # 2 of 4 assessed achieved (0.5 < 0.667); 3 of 4 at least partly (0.75 ≥ 0.5).
    assert proposal.status is Status.PARTLY_ACHIEVED
    assert proposal.explanation.computed == {"share_achieved": 0.5, "share_partly_or_better": 0.75}
    assert proposal.explanation.sentence("en") == (
        "Of 4 assessed indicators, 2 are achieved, 1 partly achieved and 1 not achieved. The "
        "share achieved (50%) is below 66.7%, but the share at least partly achieved (75%) "
        "is at least 50%. 1 not assessed is left out."
    )


def test_share_two_thirds_boundary() -> None:
    # 2/3 = 0.6667 is below 0.667 but reaches an exact 2/3 threshold.
    assert roll_up(unweighted(A, A, N), Rollup(achieved_share=0.667)).status is (
        Status.PARTLY_ACHIEVED
    )
    assert roll_up(unweighted(A, A, N), Rollup(achieved_share="2/3")).status is Status.ACHIEVED
    # A decimal is the decimal written: 0.6666666666666666 is a little less than two thirds,
    # so two thirds meet it too.
    assert roll_up(unweighted(A, A, N), Rollup(achieved_share=2 / 3)).status is Status.ACHIEVED


def test_share_not_achieved() -> None:
    assert roll_up(unweighted(A, N, N, N), Rollup()).status is Status.NOT_ACHIEVED  # 1/4 < 0.5


def test_weights() -> None:
    # Achieved weighs 3, not achieved 1: 3/4 = 0.75 ≥ 2/3 → achieved; unweighted 1/2 would not be.
    proposal = roll_up([(A, 3.0), (N, 1.0)], Rollup())
    assert proposal.status is Status.ACHIEVED
    assert proposal.explanation.computed["share_achieved"] == 0.75
    assert "Andelen uppfyllda (viktat) (75\u00a0%)" in proposal.explanation.sentence("sv")


def test_nothing_assessed() -> None:
    proposal = roll_up(unweighted(X, X), Rollup())
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ASSESSED, "none_assessed")
    assert roll_up([], Rollup()).status is Status.NOT_ASSESSED


def test_mean_score() -> None:
    rule = Rollup(rule=RollupRule.MEAN_SCORE, achieved_share=0.75, partly_share=0.5)
    assert roll_up(unweighted(A, P, N), rule).status is Status.PARTLY_ACHIEVED  # 1.5/3 = 0.5
    assert roll_up(unweighted(A, A, P), rule).status is Status.ACHIEVED  # 2.5/3 = 0.833
    assert roll_up(unweighted(P, N), rule).status is Status.NOT_ACHIEVED  # 0.25
    assert roll_up([(A, 1.0), (N, 3.0)], rule).explanation.computed == {"mean_score": 0.25}


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ((A, A, P, X), P),
        ((A, A), A),
        ((A, N, P), N),
    ],
)
def test_worst(statuses: tuple[Status, ...], expected: Status) -> None:
    assert roll_up(unweighted(*statuses), Rollup(rule=RollupRule.WORST)).status is expected


def test_all() -> None:
    rule = Rollup(rule=RollupRule.ALL)
    assert roll_up(unweighted(A, A, A, X), rule).status is Status.ACHIEVED
    # Not all achieved; 3 of 4 at least partly (0.75 ≥ 0.5) → partly achieved.
    proposal = roll_up(unweighted(A, A, P, N), rule)
    assert proposal.status is Status.PARTLY_ACHIEVED
    assert proposal.explanation.sentence("en").endswith(
        "Not every assessed indicator is achieved, but the share at least partly achieved (75%) "
        "is at least 50%."
    )


def test_two_worst() -> None:
    rule = Rollup(rule=RollupRule.TWO_WORST, achieved_share=0.75, partly_share=0.5)
    # Two worst of (A, A, A, P, N) are P and N: (0.5 + 0)/2 = 0.25 → not achieved.
    assert roll_up(unweighted(A, A, A, P, N), rule).status is Status.NOT_ACHIEVED
    # Two worst of (A, A, P) are P and A: 0.75 → achieved.
    assert roll_up(unweighted(A, A, P), rule).status is Status.ACHIEVED
    assert roll_up(unweighted(P), rule).explanation.computed == {"mean_score": 0.5}


def test_a_share_just_under_its_threshold_is_written_with_telling_decimals() -> None:
    # 6 of 9 achieved = 0.6667 against 0.667. Rounded to whole percent the share is 67 %,
    # which would read "67 % is below 66.7 %"; two decimals put it on its side of the threshold,
    # and the threshold keeps the decimals it was written with (66,7 %, not 66,70 %).
    proposal = roll_up(unweighted(*([A] * 6 + [P] * 2 + [N])), Rollup(achieved_share=0.667))
    assert proposal.status is Status.PARTLY_ACHIEVED
    assert "Andelen uppfyllda (66,67\u00a0%) är under 66,7\u00a0%" in (
        proposal.explanation.sentence("sv")
    )


def test_six_of_nine_meet_two_thirds_as_decided() -> None:
    # Goal 2 of the shipped data: 6 of 9 achieved, 2 partly, 1 not; 6/9 = 2/3 exactly.
    proposal = roll_up(unweighted(*([A] * 6 + [P] * 2 + [N])), Rollup(achieved_share="2/3"))
    assert proposal.status is Status.ACHIEVED
    assert proposal.explanation.sentence("sv") == (
        "Av 9 bedömda indikatorer är 6 uppfyllda, 2 delvis uppfyllda och 1 ej uppfylld. "
        "Andelen uppfyllda (67\u00a0%) är minst två tredjedelar."
    )
    assert proposal.explanation.sentence("en").endswith(
        "The share achieved (67%) is at least two thirds."
    )
    # 5 of 9 = 0.5556 is under two thirds; 8 of 9 at least partly, at least half.
    below = roll_up(unweighted(*([A] * 5 + [P] * 3 + [N])), Rollup(achieved_share="2/3"))
    assert below.status is Status.PARTLY_ACHIEVED
    assert "Andelen uppfyllda (56\u00a0%) är under två tredjedelar, men andelen minst delvis " in (
        below.explanation.sentence("sv")
    )


def test_weights_are_the_decimals_written() -> None:
    # Weights 0.1 + 0.2 achieved against 0.3 not achieved: exactly half (0.1 + 0.2 is
    # 0.30000000000000004 in binary floats, which would put the share above 1/2).
    proposal = roll_up([(A, 0.1), (A, 0.2), (N, 0.3)], Rollup(achieved_share="1/2"))
    assert proposal.status is Status.ACHIEVED
    assert proposal.explanation.computed["share_achieved"] == 0.5
    assert proposal.explanation.sentence("sv").endswith("(50\u00a0%) är minst hälften.")


def test_mean_score_against_a_fraction() -> None:
    # A, A, P, N: (1 + 1 + 0.5 + 0)/4 = 0.625, under 2/3 but at least 1/2.
    rule = Rollup(rule=RollupRule.MEAN_SCORE, achieved_share="2/3", partly_share="1/2")
    proposal = roll_up(unweighted(A, A, P, N), rule)
    assert proposal.status is Status.PARTLY_ACHIEVED
    assert "Medelpoängen 0,63 är under 2/3 men minst 1/2." in proposal.explanation.sentence("sv")


def test_majority_with_the_counts_and_a_tie_to_the_worse() -> None:
    from ambition.models.method import Rollup, RollupRule

    majority = Rollup(rule=RollupRule.MAJORITY)
    a, p, n = Status.ACHIEVED, Status.PARTLY_ACHIEVED, Status.NOT_ACHIEVED
    # 3 achieved, 2 partly, 1 not achieved: achieved has the largest count.
    proposal = roll_up([(a, 1.0)] * 3 + [(p, 1.0)] * 2 + [(n, 1.0)], majority)
    assert proposal.status is Status.ACHIEVED
    assert proposal.explanation.sentence("sv") == (
        "Av 6 bedömda indikatorer är 3 uppfyllda, 2 delvis uppfyllda och 1 ej uppfylld. Den "
        "vanligaste statusen bland de bedömda indikatorerna är uppfyllt."
    )
    # 2 achieved, 2 not achieved: a tie, the worse counts.
    tie = roll_up([(a, 1.0), (a, 1.0), (n, 1.0), (n, 1.0)], majority)
    assert tie.status is Status.NOT_ACHIEVED
    assert tie.explanation.sentence("sv").endswith(
        "Den vanligaste statusen bland de bedömda indikatorerna är ej uppfyllt (lika många har en "
        "bättre status, och den sämre gäller)."
    )


@pytest.mark.parametrize(
    ("rule", "statuses", "expected"),
    [
        # docs/method.md, "Where each rule is used": the worked examples, by hand.
        ("share", "AAAAPN", Status.PARTLY_ACHIEVED),  # 4/6 = 0.6667 < 0.667; 5/6 ≥ 0.5
        ("all", "AAP", Status.PARTLY_ACHIEVED),  # not all achieved; 3/3 at least partly
        ("majority", "AAPN", Status.ACHIEVED),  # achieved 2 of 4
        ("majority", "AAPP", Status.PARTLY_ACHIEVED),  # a tie: the worse counts
        ("mean_score", "APN", Status.PARTLY_ACHIEVED),  # (1 + 0.5 + 0)/3 = 0.5
        ("worst", "APN", Status.NOT_ACHIEVED),
        ("two_worst", "AAPN", Status.NOT_ACHIEVED),  # (0.5 + 0)/2 = 0.25 < 0.5
    ],
)
def test_the_worked_examples_of_the_docs(rule: str, statuses: str, expected: Status) -> None:
    letters = {"A": Status.ACHIEVED, "P": Status.PARTLY_ACHIEVED, "N": Status.NOT_ACHIEVED}
    parameters = Rollup(rule=RollupRule(rule), achieved_share=0.667, partly_share=0.5)
    assert roll_up([(letters[s], 1.0) for s in statuses], parameters).status is expected


def test_a_roll_up_of_parts_names_what_it_counts() -> None:
    # Three sub-goals A, A, N under `all`: not all achieved, 2/3 at least partly ≥ 0.5 → partly.
    proposal = roll_up(
        [(Status.ACHIEVED, 1.0), (Status.ACHIEVED, 1.0), (Status.NOT_ACHIEVED, 1.0)],
        Rollup(rule=RollupRule.ALL),
        "sub_goal",
    )
    assert proposal.status is Status.PARTLY_ACHIEVED
    assert proposal.explanation.sentence("sv").startswith(
        "Av 3 bedömda delmål är 2 uppfyllda, 0 delvis uppfyllda och 1 ej uppfyllt. Inte alla "
        "bedömda delmål är uppfyllda"
    )
    assert roll_up([], Rollup(), "measurement_area").explanation.sentence("sv") == (
        "Inget mätområde är bedömt, så ingen sammanvägning kan göras."
    )
    with pytest.raises(ValueError, match="a roll-up counts one of"):
        roll_up([], Rollup(), "goal")


@given(
    statuses=st.lists(st.sampled_from([A, P, N, X]), min_size=1, max_size=30),
    weights=st.lists(st.integers(min_value=1, max_value=1000), min_size=30, max_size=30),
    numerator=st.integers(min_value=0, max_value=12),
    denominator=st.integers(min_value=1, max_value=12),
)
def test_share_agrees_with_exact_rational_arithmetic(
    statuses: list[Status], weights: list[int], numerator: int, denominator: int
) -> None:
    # Weights in hundredths (0.01 … 10.00), a threshold a/b: the status is what exact rational
    # arithmetic says, Σw(achieved)/Σw ≥ a/b, never what a rounded float would.
    assume(numerator <= denominator)
    pairs = [(s, w / 100) for s, w in zip(statuses, weights, strict=False)]
    rule = Rollup(achieved_share=f"{numerator}/{denominator}", partly_share=0)
    proposal = roll_up(pairs, rule)
    assessed = [
        (s, Fraction(w, 100)) for s, w in zip(statuses, weights, strict=False) if s is not X
    ]
    if not assessed:
        assert proposal.status is Status.NOT_ASSESSED
        return
    share = sum((w for s, w in assessed if s is A), Fraction(0)) / sum(w for _, w in assessed)
    expected = Status.ACHIEVED if share >= Fraction(numerator, denominator) else P
    assert proposal.status is expected


def test_counts_agree_with_their_numbers() -> None:
    # "1 av 1 bedömd indikator är uppfylld", never "1 av 1 bedömda indikatorer är uppfyllda".
    one = roll_up(unweighted(A, X), Rollup())
    assert one.explanation.sentence("sv").startswith(
        "Av 1 bedömd indikator är 1 uppfylld, 0 delvis uppfyllda och 0 ej uppfyllda. "
    )
    assert one.explanation.sentence("sv").endswith(" 1 ej bedömd räknas inte.")
    assert one.explanation.sentence("en").startswith(
        "Of 1 assessed indicator, 1 is achieved, 0 partly achieved and 0 not achieved. "
    )
    two = roll_up(unweighted(A, P, N, N, X, X), Rollup())
    assert two.explanation.sentence("sv").startswith(
        "Av 4 bedömda indikatorer är 1 uppfylld, 1 delvis uppfylld och 2 ej uppfyllda. "
    )
    assert two.explanation.sentence("sv").endswith(" 2 ej bedömda räknas inte.")


# Scales of four and five degrees (issue 13.1). Scores evenly spaced over the scale: four
# levels 1, 2/3, 1/3, 0; five 1, 3/4, 1/2, 1/4, 0 (models/scale.py).
L, S = Status.LARGELY_ACHIEVED, Status.SLIGHTLY_ACHIEVED
FOUR = (A, L, P, N)
FIVE = (A, L, P, S, N)
SHARES_FOUR = Rollup(achieved_share="2/3", largely_share=0.6, partly_share="1/2")


def test_share_on_four_levels_is_the_best_degree_whose_share_at_it_or_better_meets_it() -> None:
    proposal = roll_up(unweighted(A, L, L, P, N, X), SHARES_FOUR, levels=FOUR)
    # Of 5 assessed: achieved 1/5 = 0.2 < 2/3; largely or better 3/5 = 0.6 ≥ 0.6 → largely.
    assert proposal.status is L
    assert proposal.explanation.computed == {
        "share_achieved": 0.2,
        "share_largely_or_better": 0.6,
        "share_partly_or_better": 0.8,
    }
    assert proposal.explanation.inputs == {
        "achieved": 1,
        "largely_achieved": 2,
        "partly_achieved": 1,
        "not_achieved": 1,
        "not_assessed": 1,
        "assessed": 5,
    }
    assert proposal.explanation.sentence("sv") == (
        "Av 5 bedömda indikatorer är 1 uppfylld, 2 till stor del uppfyllda, 1 delvis uppfylld "
        "och 1 ej uppfylld. Andelen uppfyllda (20\u00a0%) är under två tredjedelar, men andelen "
        "minst till stor del uppfyllda (60\u00a0%) är minst 60\u00a0%. 1 ej bedömd räknas inte."
    )


def test_share_on_four_levels_partly_says_which_thresholds_it_missed() -> None:
    proposal = roll_up(unweighted(A, L, P, P, N), SHARES_FOUR, levels=FOUR)
    # Achieved 1/5 = 0.2 < 2/3; largely or better 2/5 = 0.4 < 0.6; partly or better 4/5 ≥ 1/2.
    assert proposal.status is P
    assert proposal.explanation.sentence("en") == (
        "Of 5 assessed indicators, 1 is achieved, 1 largely achieved, 2 partly achieved and 1 "
        "not achieved. The share achieved (20%) is below two thirds, the share at least largely "
        "achieved (40%) is below 60%, but the share at least partly achieved (80%) is at least "
        "half."
    )


def test_share_on_five_levels_slightly_and_not_achieved() -> None:
    five = Rollup(achieved_share="2/3", largely_share=0.6, partly_share=0.5, slightly_share=0.4)
    # A, P, S, S, N: achieved 0.2, largely or better 0.2, partly or better 0.4 < 0.5,
    # slightly or better 4/5 = 0.8 ≥ 0.4 → slightly.
    slightly = roll_up(unweighted(A, P, S, S, N), five, levels=FIVE)
    assert slightly.status is S
    assert slightly.explanation.computed["share_slightly_or_better"] == 0.8
    # A, N, N, N, N: every share 0.2, below 0.4 too → not achieved, naming both lowest shares.
    none = roll_up(unweighted(A, N, N, N, N), five, levels=FIVE)
    assert none.status is N
    assert none.explanation.sentence("sv").endswith(
        "och andelen minst delvis uppfyllda (20\u00a0%) är under 50\u00a0%. Andelen minst i låg "
        "grad uppfyllda (20\u00a0%) är under 40\u00a0%."
    )


def test_mean_score_on_four_levels_uses_the_evenly_spaced_scores() -> None:
    rule = Rollup(
        rule=RollupRule.MEAN_SCORE, achieved_share=0.75, largely_share=0.6, partly_share=0.4
    )
    # (1 + 2/3 + 1/3 + 0)/4 = 1/2: below 0.6, at least 0.4 → partly.
    proposal = roll_up(unweighted(A, L, P, N), rule, levels=FOUR)
    assert (proposal.status, proposal.explanation.computed) == (P, {"mean_score": 0.5})
    assert proposal.explanation.sentence("sv").endswith(
        "Medelpoängen 0,50 är under 0,6 men minst 0,4."
    )
    # On the common three the same indicators score (1 + 1/2 + 1/2 + 0)/4 = 1/2 as well
    # ('largely' counts as 'partly' there), with the thresholds of three levels.
    assert roll_up(unweighted(A, L, P, N), Rollup(rule=RollupRule.MEAN_SCORE)).status is P


def test_mean_score_is_exact_against_a_fraction() -> None:
    # (1 + 2/3 + 0)/3 = 5/9 exactly: it meets a threshold of 5/9 and misses 0.556.
    def largely_from(threshold: object) -> Status:
        rule = Rollup.model_validate(
            {
                "rule": "mean_score",
                "achieved_share": 0.75,
                "largely_share": threshold,
                "partly_share": 0.4,
            }
        )
        return roll_up(unweighted(A, L, N), rule, levels=FOUR).status

    assert largely_from("5/9") is L
    assert largely_from(0.556) is P


def test_two_worst_worst_majority_and_all_on_more_levels() -> None:
    two_worst = Rollup(
        rule=RollupRule.TWO_WORST, achieved_share=0.75, largely_share=0.6, partly_share=0.4
    )
    # The two worst of A, L, L are L, L: (2/3 + 2/3)/2 = 2/3 ≥ 0.6, < 0.75 → largely.
    assert roll_up(unweighted(A, L, L), two_worst, levels=FOUR).status is L
    # The worst of A, L, S in the scale's order is S, score 1/4 on five levels.
    worst = roll_up(unweighted(A, L, S, X), Rollup(rule=RollupRule.WORST), levels=FIVE)
    assert (worst.status, worst.explanation.computed) == (S, {"worst_score": 0.25})
    # L and S twice each, A once: a tie, and the worse (S) counts.
    majority = roll_up(unweighted(L, L, S, S, A), Rollup(rule=RollupRule.MAJORITY), levels=FIVE)
    assert (majority.status, majority.explanation.facts["tie"]) == (S, "tie")
    # Not all achieved; largely or better 3/3 ≥ 0.6 → largely.
    every = Rollup(rule=RollupRule.ALL, largely_share=0.6)
    assert roll_up(unweighted(A, A, L), every, levels=FOUR).status is L


def test_a_status_off_the_scale_counts_as_the_next_worse_degree() -> None:
    # 'largely' on the common three is 'partly': A and P of 2, half at least partly.
    proposal = roll_up(unweighted(L, A), Rollup())
    assert proposal.explanation.inputs["partly_achieved"] == 1
    assert "largely_achieved" not in proposal.explanation.inputs


def test_a_threshold_roll_up_needs_the_threshold_of_each_degree_in_use() -> None:
    with pytest.raises(ValueError, match="needs 'largely_share'"):
        roll_up(unweighted(A), Rollup(), levels=FOUR)
    # Majority and worst compare with no threshold, so they need none.
    assert roll_up(unweighted(A), Rollup(rule=RollupRule.WORST), levels=FIVE).status is A


def _as_before(statuses: list[Status], rule: RollupRule) -> Status:
    """The three-level roll-up as it was before more degrees (scores 1, 0.5, 0; default
    thresholds 2/3 and 1/2), written out again independently."""
    assessed = [s for s in statuses if s is not X]
    if not assessed:
        return X
    n = len(assessed)
    achieved, partly = assessed.count(A), assessed.count(P)
    if rule is RollupRule.WORST:
        return N if N in assessed else P if P in assessed else A
    share = Fraction(2 * achieved + partly, 2 * n) if rule is RollupRule.MEAN_SCORE else None
    if share is not None:
        return A if share >= Fraction(2, 3) else P if share >= Fraction(1, 2) else N
    if Fraction(achieved, n) >= Fraction(2, 3):
        return A
    return P if Fraction(achieved + partly, n) >= Fraction(1, 2) else N


@given(
    st.lists(st.sampled_from([A, P, N, X]), max_size=8),
    st.sampled_from([RollupRule.SHARE, RollupRule.MEAN_SCORE, RollupRule.WORST]),
)
def test_three_level_results_are_unchanged(statuses: list[Status], rule: RollupRule) -> None:
    proposal = roll_up(unweighted(*statuses), Rollup(rule=rule), levels=(A, P, N))
    assert proposal.status is _as_before(statuses, rule)


def test_the_four_level_worked_example_of_docs_method() -> None:
    """docs/method.md, "Worked example, four levels": 62, 57, 50 and 40 against at least 60
    with bands 0.9 and 0.8, rolled up with 2/3, 0.6 and 1/2."""
    from tests.method.builders import FOUR_LEVELS, indicator, more_levels, propose

    rule = {
        "kind": "target_level",
        "largely_band": {"fulfilment": 0.9},
        "partly_band": {"fulfilment": 0.8},
    }
    target = [{"year": 2026, "value": 60, "comparison": "at_least"}]
    statuses = [
        propose(
            indicator({2022: value}, target),
            **more_levels(FOUR_LEVELS),
            rules={"target_level": rule},
        ).status
        for value in (62.0, 57.0, 50.0, 40.0)
    ]
    assert statuses == [A, L, P, N]  # met; 0.95 ≥ 0.9; 0.833 ≥ 0.8; 0.667 < 0.8
    share = roll_up(unweighted(*statuses), SHARES_FOUR, levels=FOUR)
    # 1/4 < 2/3; 2/4 < 0.6; 3/4 ≥ 1/2 → partly.
    assert share.status is P
    assert share.explanation.sentence("sv") == (
        "Av 4 bedömda indikatorer är 1 uppfylld, 1 till stor del uppfylld, 1 delvis uppfylld "
        "och 1 ej uppfylld. Andelen uppfyllda (25\u00a0%) är under två tredjedelar, andelen "
        "minst till stor del uppfyllda (50\u00a0%) är under 60\u00a0%, men andelen minst "
        "delvis uppfyllda (75\u00a0%) är minst hälften."
    )
    means = {"achieved_share": 0.75, "largely_share": 0.6, "partly_share": 0.4}
    mean = roll_up(unweighted(*statuses), Rollup(rule=RollupRule.MEAN_SCORE, **means), levels=FOUR)
    assert (mean.status, mean.explanation.computed) == (P, {"mean_score": 0.5})  # (1+⅔+⅓+0)/4
    two = roll_up(unweighted(*statuses), Rollup(rule=RollupRule.TWO_WORST, **means), levels=FOUR)
    assert two.status is N
    assert two.explanation.computed["mean_score"] == pytest.approx(1 / 6)  # (⅓ + 0)/2 < 0.4
