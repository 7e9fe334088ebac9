"""Roll-up of indicator statuses to a measurement area or a goal.

Scores: achieved 1, partly achieved 0.5, not achieved 0. Indicators not assessed are left out
and counted apart; with no assessed indicator the roll-up is 'not assessed'. Shares and means
are weighted by the indicators' weights wᵢ (1 unless set).

- ``share``: achieved when Σw(achieved)/Σw ≥ ``achieved_share``; partly achieved when
  Σw(achieved or partly)/Σw ≥ ``partly_share``; else not achieved.
- ``mean_score``: m = Σ wᵢ·scoreᵢ / Σ wᵢ; achieved when m ≥ ``achieved_share``, partly achieved
  when m ≥ ``partly_share``; else not achieved.
- ``worst``: the worst status of the assessed indicators.
- ``all``: achieved only when every assessed indicator is; otherwise as ``share``.
- ``two_worst``: the mean score of the two worst indicators (the one, if there is one), with the
  thresholds of ``mean_score``.
- ``majority``: the status with the largest weight Σw; on a tie the worse of the tied statuses
  (fact ``tie``).
"""

from collections import Counter
from collections.abc import Iterable
from fractions import Fraction

from ambition.method.explanation import Explanation
from ambition.method.results import StatusProposal
from ambition.method.sentences.reader import Fact
from ambition.models import Status
from ambition.models.rollup import Rollup, RollupRule
from ambition.numbers import exact, faithful_decimals

SCORES = {Status.ACHIEVED: 1.0, Status.PARTLY_ACHIEVED: 0.5, Status.NOT_ACHIEVED: 0.0}
_BY_SCORE = {score: status for status, score in SCORES.items()}

CASES = ("none_assessed", *(status.value for status in SCORES))
"""Every case a roll-up's explanation can name: 'none_assessed', or the status proposed."""

COUNTED = ("indicator", "measurement_area", "sub_goal", "part")
"""What a roll-up counts (its explanation's fact ``counted``): an area's or a goal's indicators,
or the parts of a goal or a sub-goal: its measurement areas, its sub-goals, or both ('part')."""


def _from_mean(mean: Fraction, parameters: Rollup) -> Status:
    if mean >= parameters.achieved_share.exact:
        return Status.ACHIEVED
    if mean >= parameters.partly_share.exact:
        return Status.PARTLY_ACHIEVED
    return Status.NOT_ACHIEVED


def roll_up(
    items: Iterable[tuple[Status, float]], parameters: Rollup, counted: str = "indicator"
) -> StatusProposal:
    """Propose a status from (status, weight) pairs: the final statuses of indicators (the
    expert's where written), or of the parts of a goal or sub-goal, as ``counted`` (one of
    ``COUNTED``) says.

    The explanation is named after the roll-up rule ('share', …), its case is 'none_assessed'
    or the status proposed; its sentence gives the counts and, when shares or means are shown,
    as many decimals as it takes for them to stand on the same side of their thresholds as
    they do, and the thresholds as decided ('två tredjedelar', '66,7 %').

    Shares and means are compared exactly (``fractions.Fraction``): the weights as the decimals
    they are written as, the thresholds as written, so 6 of 9 meets 2/3 and misses 0.667.
    """
    if counted not in COUNTED:
        raise ValueError(f"a roll-up counts one of {COUNTED}, not {counted!r}")
    pairs = list(items)
    counts = Counter(status for status, _ in pairs)
    assessed = [(s, w) for s, w in pairs if s is not Status.NOT_ASSESSED]
    rule = parameters.rule.value
    inputs: dict[str, float | int | str | None] = {
        "achieved": counts[Status.ACHIEVED],
        "partly_achieved": counts[Status.PARTLY_ACHIEVED],
        "not_achieved": counts[Status.NOT_ACHIEVED],
        "not_assessed": counts[Status.NOT_ASSESSED],
        "assessed": len(assessed),
    }
    thresholds = {
        "achieved_share": parameters.achieved_share,
        "partly_share": parameters.partly_share,
    }

    def proposal(
        status: Status, case: str, computed: dict[str, float], facts: dict[str, Fact]
    ) -> StatusProposal:
        explanation = Explanation(
            rule=rule,
            kind=rule,
            case=case,
            outcome=status.value,
            inputs=inputs,
            computed=computed,
            thresholds=thresholds,
            facts=facts,
        )
        return StatusProposal(status, explanation)

    if not assessed:
        return proposal(Status.NOT_ASSESSED, "none_assessed", {}, {"counted": counted})

    exact_weights = [(s, exact(w)) for s, w in assessed]
    total = sum((w for _, w in exact_weights), Fraction(0))
    weight_achieved = sum((w for s, w in exact_weights if s is Status.ACHIEVED), Fraction(0))
    weight_partly = sum((w for s, w in exact_weights if s is Status.PARTLY_ACHIEVED), Fraction(0))
    share_a = weight_achieved / total
    share_p = (weight_achieved + weight_partly) / total
    achieved_limit, partly_limit = parameters.achieved_share.exact, parameters.partly_share.exact
    facts: dict[str, Fact] = {
        "counted": counted,
        "weighted": "weighted" if any(w != 1.0 for _, w in assessed) else "unweighted",
        "left_out": "some" if counts[Status.NOT_ASSESSED] else "none",
        # As many decimals as it takes for a share to stand on its side of the threshold.
        "achieved_decimals": faithful_decimals(share_a, achieved_limit, 100),
        "partly_decimals": faithful_decimals(share_p, partly_limit, 100),
    }
    computed: dict[str, float]

    if parameters.rule in (RollupRule.SHARE, RollupRule.ALL):
        computed = {"share_achieved": float(share_a), "share_partly_or_better": float(share_p)}
        if (parameters.rule is RollupRule.ALL and share_a == 1) or (
            parameters.rule is RollupRule.SHARE and share_a >= achieved_limit
        ):
            status = Status.ACHIEVED
        elif share_p >= partly_limit:
            status = Status.PARTLY_ACHIEVED
        else:
            status = Status.NOT_ACHIEVED
    elif parameters.rule is RollupRule.MAJORITY:
        weights = {s: sum((w for t, w in exact_weights if t is s), Fraction(0)) for s in SCORES}
        largest = max(weights.values())
        tied = [s for s, w in weights.items() if w == largest]
        status = min(tied, key=SCORES.__getitem__)
        computed = {"majority_weight": float(largest)}
        facts["tie"] = "tie" if len(tied) > 1 else "none"
    elif parameters.rule is RollupRule.WORST:
        worst = min(SCORES[s] for s, _ in assessed)
        status = _BY_SCORE[worst]
        computed = {"worst_score": worst}
    else:
        mean: Fraction
        if parameters.rule is RollupRule.MEAN_SCORE:
            mean = sum((exact(SCORES[s]) * w for s, w in exact_weights), Fraction(0)) / total
        else:
            lowest = sorted(exact(SCORES[s]) for s, _ in assessed)[:2]
            mean = sum(lowest, Fraction(0)) / len(lowest)
        computed = {"mean_score": float(mean)}
        status = _from_mean(mean, parameters)
        # The threshold the sentence compares with decides how many decimals tell them apart.
        limit = achieved_limit if status is not Status.NOT_ACHIEVED else partly_limit
        facts["places"] = faithful_decimals(mean, limit, 1, 2)
    return proposal(status, status.value, computed, facts)
