"""The scale of four and five degrees (issue 13.1): the levels in use, the styles they need,
folding onto a period's scale and the roll-up's scores, each computed by hand."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from ambition.models import PeriodKind, Status
from ambition.models.scale import COMMON, DEGREES, Scale, fold_to, scores
from tests.method.builders import STYLE

A, L, P, S, N, X = (
    Status.ACHIEVED,
    Status.LARGELY_ACHIEVED,
    Status.PARTLY_ACHIEVED,
    Status.SLIGHTLY_ACHIEVED,
    Status.NOT_ACHIEVED,
    Status.NOT_ASSESSED,
)
THREE = {s: STYLE for s in ("achieved", "partly_achieved", "not_achieved", "not_assessed")}


def scale(**fields: object) -> Scale:
    return Scale.model_validate({**THREE, **fields})


def test_a_four_level_scale_is_written_as_its_levels_with_a_style_for_the_new_degree() -> None:
    # "Uppfyllt / Till stor del uppfyllt / Delvis uppfyllt / Ej uppfyllt", written in any order.
    four = scale(
        largely_achieved=STYLE,
        levels=["not_achieved", "partly_achieved", "largely_achieved", "achieved"],
    )
    assert four.levels_for(PeriodKind.ANNUAL) == (A, L, P, N)
    assert four.in_use == (A, L, P, N)
    assert four.has_style(L) and not four.has_style(S)


def test_a_degree_in_use_without_its_style_is_refused_saying_where_and_how_to_fix() -> None:
    with pytest.raises(ValidationError) as raised:
        scale(levels=["achieved", "largely_achieved", "not_achieved"])
    assert (
        "levels: 'largely_achieved' is in use but the scale has no style for it; add "
        "'largely_achieved:' under 'scale' with label, symbol, colour and description, or leave "
        "it out of the levels"
    ) in str(raised.value)
    with pytest.raises(ValidationError, match=r"by_period_kind\.interim: 'slightly_achieved'"):
        scale(by_period_kind={"interim": ["achieved", "slightly_achieved", "not_achieved"]})


def test_a_style_without_its_degree_in_use_is_allowed_and_the_dump_leaves_unset_ones_out() -> None:
    assert scale(largely_achieved=STYLE).levels_for(PeriodKind.ANNUAL) == COMMON
    assert "largely_achieved" not in scale().model_dump(mode="json")
    assert "largely_achieved" in scale(largely_achieved=STYLE).model_dump(mode="json")


@pytest.mark.parametrize(
    ("levels", "status", "folded"),
    [
        # Each the next worse degree on the scale, by hand from DEGREES' order.
        (COMMON, L, P),  # largely → partly on the common three
        (COMMON, S, N),  # slightly → not achieved
        ((A, N), P, N),  # partly → not achieved on two levels, as before
        ((A, N), L, N),  # largely → (partly is not there) → not achieved
        ((A, L, N), P, N),
        ((A, P, S, N), L, P),
        (DEGREES, S, S),  # on the scale: kept
        ((A, N), X, X),  # 'not assessed' is never folded
    ],
)
def test_a_degree_off_the_scale_becomes_the_next_worse_degree_on_it(
    levels: tuple[Status, ...], status: Status, folded: Status
) -> None:
    assert fold_to(status, levels) is folded


def test_folding_per_kind_of_period() -> None:
    # Four degrees at the interim report, the common three at the annual accounts.
    yearly = scale(
        largely_achieved=STYLE,
        levels=["achieved", "largely_achieved", "partly_achieved", "not_achieved"],
        by_period_kind={"annual": ["achieved", "partly_achieved", "not_achieved"]},
    )
    assert yearly.fold(L, PeriodKind.INTERIM) is L
    assert yearly.fold(L, PeriodKind.ANNUAL) is P
    assert yearly.in_use == (A, L, P, N)


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        # Evenly spaced, best 1, worst 0: (n − 1 − i)/(n − 1) for the i-th of n levels.
        ((A, N), {A: Fraction(1), N: Fraction(0)}),
        (COMMON, {A: Fraction(1), P: Fraction(1, 2), N: Fraction(0)}),
        ((A, L, P, N), {A: Fraction(1), L: Fraction(2, 3), P: Fraction(1, 3), N: Fraction(0)}),
        ((A, P, S, N), {A: Fraction(1), P: Fraction(2, 3), S: Fraction(1, 3), N: Fraction(0)}),
        (
            DEGREES,
            {A: Fraction(1), L: Fraction(3, 4), P: Fraction(1, 2), S: Fraction(1, 4), N: 0},
        ),
    ],
)
def test_the_scores_are_evenly_spaced_and_exact(
    levels: tuple[Status, ...], expected: dict[Status, Fraction]
) -> None:
    assert scores(levels) == expected


scales = st.sets(st.sampled_from([L, P, S])).map(
    lambda middle: tuple(d for d in DEGREES if d in {A, N, *middle})
)


@given(st.sampled_from([*DEGREES, X]), scales)
def test_folding_never_gives_a_better_status(status: Status, levels: tuple[Status, ...]) -> None:
    folded = fold_to(status, levels)
    assert folded in (*levels, X)
    if status is not X:
        assert DEGREES.index(folded) >= DEGREES.index(status)
        # And nothing on the scale lies between the two: the next worse degree, not any.
        between = DEGREES[DEGREES.index(status) : DEGREES.index(folded)]
        assert not set(between) & set(levels)
