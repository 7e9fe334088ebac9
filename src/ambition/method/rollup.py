"""Roll-up of indicator statuses to a measurement area or a goal.

Scores are evenly spaced over the period's scale, the best degree 1 and the worst 0, exact
(``models.scale.scores``): on the common three-level scale achieved 1, partly achieved ½, not
achieved 0; on four levels 1, ⅔, ⅓, 0; on five 1, ¾, ½, ¼, 0. A status off the period's scale
counts as the next worse degree on it (``models.scale.fold_to``). Indicators not assessed are
left out and counted apart; with no assessed indicator the roll-up is 'not assessed'. Shares
and means are weighted by the indicators' weights wᵢ (1 unless set).

The degrees compared with a threshold, best first, are those of the scale other than 'not
achieved', and always 'partly achieved' (its threshold is always there, and on a scale without
it the engine folds the outcome to 'not achieved', saying so); their thresholds are
``achieved_share``, ``largely_share``, ``partly_share`` and ``slightly_share``.

- ``share``: the best degree D whose share of the assessed weight at D or better,
  Σw(D or better)/Σw, meets D's threshold; else not achieved. On the common scale: achieved
  when Σw(achieved)/Σw ≥ ``achieved_share``; partly achieved when Σw(achieved or partly)/Σw ≥
  ``partly_share``.
- ``mean_score``: m = Σ wᵢ·scoreᵢ / Σ wᵢ; the best degree whose threshold m meets; else not
  achieved.
- ``worst``: the worst status of the assessed indicators, in the scale's order.
- ``all``: achieved only when every assessed indicator is; otherwise as ``share``.
- ``two_worst``: the mean score of the two worst indicators (the one, if there is one), with the
  thresholds of ``mean_score``.
- ``majority``: the status with the largest weight Σw; on a tie the worse of the tied statuses
  (fact ``tie``).
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from fractions import Fraction

from ambition.method.explanation import Explanation
from ambition.method.results import StatusProposal
from ambition.method.sentences.reader import Fact
from ambition.models import Status
from ambition.models.rollup import THRESHOLD_RULES, Rollup, RollupRule
from ambition.models.scale import COMMON, DEGREES, fold_to, scores
from ambition.numbers import Threshold, exact, faithful_decimals

SCORES = {status: float(score) for status, score in scores(COMMON).items()}
"""The scores on the common three-level scale: achieved 1, partly achieved 0.5, not achieved 0."""

CASES = ("none_assessed", *(status.value for status in DEGREES))
"""Every case a roll-up's explanation can name: 'none_assessed', or the status proposed."""

COUNTED = ("indicator", "measurement_area", "sub_goal", "part")
"""What a roll-up counts (its explanation's fact ``counted``): an area's or a goal's indicators,
or the parts of a goal or a sub-goal: its measurement areas, its sub-goals, or both ('part')."""

_OPTIONAL = {Status.LARGELY_ACHIEVED: "largely", Status.SLIGHTLY_ACHIEVED: "slightly"}
_SHORT = {
    Status.ACHIEVED: "achieved",
    Status.LARGELY_ACHIEVED: "largely",
    Status.PARTLY_ACHIEVED: "partly",
    Status.SLIGHTLY_ACHIEVED: "slightly",
}


def counts_case(counted: str, levels: Sequence[Status]) -> str:
    """The case of the counts' sentence (``rollup_counts``): ``counted`` on the common scale,
    with '_largely', '_slightly' or '_five' for a scale with those degrees."""
    extra = [name for degree, name in _OPTIONAL.items() if degree in levels]
    if not extra:
        return counted
    return f"{counted}_{'five' if len(extra) == 2 else extra[0]}"


def _compared(levels: Sequence[Status]) -> list[Status]:
    """The degrees compared with a threshold, best first (module docstring)."""
    return [d for d in DEGREES[:-1] if d in levels or d is Status.PARTLY_ACHIEVED]


def roll_up(
    items: Iterable[tuple[Status, float]],
    parameters: Rollup,
    counted: str = "indicator",
    levels: Sequence[Status] = COMMON,
) -> StatusProposal:
    """Propose a status from (status, weight) pairs: the final statuses of indicators (the
    expert's where written), or of the parts of a goal or sub-goal, as ``counted`` (one of
    ``COUNTED``) says, on a scale of ``levels`` (the period's degrees; the common three by
    default).

    The explanation is named after the roll-up rule ('share', …), its case is 'none_assessed'
    or the status proposed; its sentence gives the counts and, when shares or means are shown,
    as many decimals as it takes for them to stand on the same side of their thresholds as
    they do, and the thresholds as decided ('två tredjedelar', '66,7 %').

    Shares and means are compared exactly (``fractions.Fraction``): the weights as the decimals
    they are written as, the thresholds as written, so 6 of 9 meets 2/3 and misses 0.667.
    Raises ValueError for another ``counted``, or for a roll-up with thresholds that lacks the
    threshold of a degree in ``levels`` (the method's validation refuses such a method).
    """
    if counted not in COUNTED:
        raise ValueError(f"a roll-up counts one of {COUNTED}, not {counted!r}")
    levels = tuple(d for d in DEGREES if d in levels)
    score = scores(levels)
    pairs = [(fold_to(status, levels), weight) for status, weight in items]
    counts = Counter(status for status, _ in pairs)
    assessed = [(s, w) for s, w in pairs if s is not Status.NOT_ASSESSED]
    rule = parameters.rule.value
    inputs: dict[str, float | int | str | None] = {
        s.value: counts[s] for s in DEGREES if s in levels or s in COMMON
    }
    inputs.update(not_assessed=counts[Status.NOT_ASSESSED], assessed=len(assessed))
    compared = _compared(levels)
    limits: dict[Status, Threshold] = {}
    for degree in compared:
        threshold = parameters.threshold(degree)
        if threshold is None and parameters.rule in THRESHOLD_RULES:
            name = f"{_SHORT[degree]}_share"
            raise ValueError(f"the scale uses '{degree.value}', so the roll-up needs '{name}'")
        if threshold is not None:
            limits[degree] = threshold
    thresholds = {f"{_SHORT[d]}_share": limits[d] for d in compared if d in limits}
    facts: dict[str, Fact] = {"counted": counted, "counts_case": counts_case(counted, levels)}

    def proposal(status: Status, computed: dict[str, float]) -> StatusProposal:
        # Which thresholds above (or, for 'slightly', below) the outcome a sentence names.
        rank = DEGREES.index(status) if status is not Status.NOT_ASSESSED else -1
        for degree, name in _OPTIONAL.items():
            on = degree in limits and rank > DEGREES.index(degree)
            facts[name] = "missed" if on else "none"
        case = "none_assessed" if status is Status.NOT_ASSESSED else status.value
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
        return proposal(Status.NOT_ASSESSED, {})

    exact_weights = [(s, exact(w)) for s, w in assessed]
    total = sum((w for _, w in exact_weights), Fraction(0))
    at_or_better = {
        d: sum((w for s, w in exact_weights if DEGREES.index(s) <= DEGREES.index(d)), Fraction(0))
        / total
        for d in compared
    }
    facts.update(
        weighted="weighted" if any(w != 1.0 for _, w in assessed) else "unweighted",
        left_out="some" if counts[Status.NOT_ASSESSED] else "none",
    )
    for degree, limit in limits.items():
        # As many decimals as it takes for a share to stand on its side of the threshold.
        facts[f"{_SHORT[degree]}_decimals"] = faithful_decimals(
            at_or_better[degree], limit.exact, 100
        )
    computed: dict[str, float]

    if parameters.rule in (RollupRule.SHARE, RollupRule.ALL):
        computed = {"share_achieved": float(at_or_better[Status.ACHIEVED])}
        computed.update(
            (f"share_{_SHORT[d]}_or_better", float(at_or_better[d])) for d in compared[1:]
        )
        status = Status.NOT_ACHIEVED
        for degree in compared:
            if degree is Status.ACHIEVED and parameters.rule is RollupRule.ALL:
                met = at_or_better[degree] == 1
            else:
                met = at_or_better[degree] >= limits[degree].exact
            if met:
                status = degree
                break
    elif parameters.rule is RollupRule.MAJORITY:
        weights = {s: sum((w for t, w in exact_weights if t is s), Fraction(0)) for s in levels}
        largest = max(weights.values())
        tied = [s for s, w in weights.items() if w == largest]
        status = max(tied, key=DEGREES.index)
        computed = {"majority_weight": float(largest)}
        facts["tie"] = "tie" if len(tied) > 1 else "none"
    elif parameters.rule is RollupRule.WORST:
        status = max((s for s, _ in assessed), key=DEGREES.index)
        computed = {"worst_score": float(score[status])}
    else:
        mean: Fraction
        if parameters.rule is RollupRule.MEAN_SCORE:
            mean = sum((score[s] * w for s, w in exact_weights), Fraction(0)) / total
        else:
            lowest = sorted(score[s] for s, _ in assessed)[:2]
            mean = sum(lowest, Fraction(0)) / len(lowest)
        computed = {"mean_score": float(mean)}
        status = next((d for d in compared if mean >= limits[d].exact), Status.NOT_ACHIEVED)
        # The threshold the sentence compares with decides how many decimals tell them apart:
        # the status's own for achieved, else the one just above it, the lowest when none met.
        above = [d for d in compared if DEGREES.index(d) < DEGREES.index(status)]
        limit = limits[status if status is Status.ACHIEVED else above[-1]]
        facts["places"] = faithful_decimals(mean, limit.exact, 1, 2)
    return proposal(status, computed)
