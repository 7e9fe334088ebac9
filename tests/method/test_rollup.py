"""Roll-up of indicator statuses, hand-counted."""

from ambition.method.rollup import roll_up
from ambition.models import Status
from ambition.models.method import Rollup

A, P, N, X = (Status.ACHIEVED, Status.PARTLY_ACHIEVED, Status.NOT_ACHIEVED, Status.NOT_ASSESSED)


def test_share_partly_when_half_are_at_least_partly() -> None:
    proposal = roll_up([A, A, P, N, X], Rollup(achieved_share=0.667, partly_share=0.5))
    # 2 of 4 assessed achieved (0.5 < 0.667); 3 of 4 at least partly (0.75 ≥ 0.5).
    assert proposal.status is Status.PARTLY_ACHIEVED
    assert proposal.explanation.computed == {"share_achieved": 0.5, "share_partly_or_better": 0.75}
    assert proposal.explanation.sentence("en") == (
        "2 of 4 assessed indicators are achieved, 1 partly achieved and 1 not achieved. The "
        "share achieved (50%) is below 67%, but the share at least partly achieved (75%) "
        "reaches 50%. 1 not assessed are left out."
    )


def test_share_two_thirds_boundary() -> None:
    # 2/3 = 0.6667 is below 0.667 but reaches an exact 2/3 threshold.
    assert roll_up([A, A, N], Rollup(achieved_share=0.667)).status is Status.PARTLY_ACHIEVED
    assert roll_up([A, A, N], Rollup(achieved_share=2 / 3)).status is Status.ACHIEVED


def test_share_not_achieved() -> None:
    assert roll_up([A, N, N, N], Rollup()).status is Status.NOT_ACHIEVED  # 1/4 < 0.5


def test_nothing_assessed() -> None:
    proposal = roll_up([X, X], Rollup())
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ASSESSED, "none_assessed")
    assert roll_up([], Rollup()).status is Status.NOT_ASSESSED


def test_mean_score() -> None:
    rule = Rollup(rule="mean_score", achieved_share=0.75, partly_share=0.5)
    assert roll_up([A, P, N], rule).status is Status.PARTLY_ACHIEVED  # (1 + 0.5 + 0)/3 = 0.5
    assert roll_up([A, A, P], rule).status is Status.ACHIEVED  # 2.5/3 = 0.833
    assert roll_up([P, N], rule).status is Status.NOT_ACHIEVED  # 0.25
