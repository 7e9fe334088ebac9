"""Targets: which one applies to a period, whether a value meets it, how far it is, the path
through the targets, and judging a value against a target (``target_level``, ``rolling_mean``).

Judging a value v against a target t (``judge``):

- achieved: the value meets the target (``at_least`` v ≥ t, ``at_most`` v ≤ t, ``above`` v > t,
  ``below`` v < t, ``between`` lo ≤ v ≤ hi);
- partly achieved: it misses the target but meets the target's ``acceptable`` short-term value,
  or, where none is given, lies within the method's partly band: a fulfilment of at least a share
  (fulfilment is value/target when higher is better and target/value when lower is better,
  defined for positive numbers only), or an absolute or relative distance from the target;
- not achieved: otherwise.

On a scale with more degrees, a ``largely_band`` and a ``slightly_band`` (the same measure as
the partly band, validated to be narrower and wider) are read in order, best first: largely
achieved within the largely band, partly within the partly band, slightly within the slightly
band; not achieved outside every band given. An explanation names only the bands given.

The applicable target is the first one whose year is the period's year or later (an interim
target before the final one); once every target year has passed, the last target.
The path (``path_value``) runs in straight lines through (year, value) points, e.g. from the
baseline through each target, and stays at the first and last values outside them.
"""

import itertools
from dataclasses import dataclass, field

from ambition.method.sentences.catalogue import write
from ambition.method.sentences.reader import Fact
from ambition.models import Comparison, Indicator, Status, Target
from ambition.models.method import PartlyBand

JUDGE_CASES = (
    "target_met",
    "direction_met",
    "direction_missed",
    "acceptable_met",
    "acceptable_missed",
    "fulfilment_undefined",
    "fulfilment_partly",
    "fulfilment_low",
    "within_band",
    "outside_band",
    "fulfilment_largely",
    "fulfilment_slightly",
    "fulfilment_below_slightly",
    "within_largely_band",
    "within_slightly_band",
    "outside_slightly_band",
)
"""The cases ``judge`` decides between."""


def applicable_target(indicator: Indicator, year: int) -> Target | None:
    """The first target in ``year`` or later; once all have passed, the latest; None if none."""
    if not indicator.targets:
        return None
    ordered = sorted(indicator.targets, key=lambda t: t.year)
    for target in ordered:
        if target.year >= year:
            return target
    return ordered[-1]


def meets(
    value: float,
    comparison: Comparison,
    bound: float,
    upper: float | None = None,
    tolerance: float | None = None,
) -> bool:
    """True when ``value`` satisfies ``comparison`` against ``bound`` (``upper`` for between).

    A directional target's ``bound`` is the reference year's value: ``increase`` is met above
    it, ``decrease`` below it, ``unchanged`` within ``tolerance`` · |bound| of it (0 by
    default: equal).
    """
    if comparison is Comparison.INCREASE:
        return value > bound
    if comparison is Comparison.DECREASE:
        return value < bound
    if comparison is Comparison.UNCHANGED:
        return abs(value - bound) <= (tolerance or 0.0) * abs(bound)
    if comparison is Comparison.AT_LEAST:
        return value >= bound
    if comparison is Comparison.AT_MOST:
        return value <= bound
    if comparison is Comparison.ABOVE:
        return value > bound
    if comparison is Comparison.BELOW:
        return value < bound
    assert upper is not None, "a 'between' target always has an upper bound (model validated)"
    return bound <= value <= upper


def _bound_missed(value: float, target: Target) -> tuple[float, bool]:
    """The bound the value misses and whether lower values are better on that side."""
    if target.comparison is Comparison.BETWEEN and target.upper is not None:
        if value > target.upper:
            return target.upper, True
        return target.value, False
    return target.value, target.comparison in (Comparison.AT_MOST, Comparison.BELOW)


def fulfilment(value: float, target: Target) -> float | None:
    """Fulfilment of ``target`` by ``value`` as a ratio (1.0 = met), or None when undefined.

    Higher is better (at_least, above, under a range): value/target; lower is better (at_most,
    below, over a range): target/value. Defined only when both numbers are positive.
    """
    bound, lower_is_better = _bound_missed(value, target)
    if value <= 0 or bound <= 0:
        return None
    return bound / value if lower_is_better else value / bound


def distance(value: float, target: Target) -> float:
    """How far ``value`` lies on the wrong side of the target, in the unit (0 when met)."""
    bound, lower_is_better = _bound_missed(value, target)
    gap = value - bound if lower_is_better else bound - value
    return max(gap, 0.0)


def describe_target(
    target: Target, unit: str, decimals: int, lang: str, *, dated: bool = False
) -> str:
    """A target's comparison and value(s) in words ('sv' for Swedish, English otherwise), from
    the catalogue's entry ('target', 'described'): 'minst 60,0 procent', 'öka från 10,6 procent
    (2020)'; with ``dated``, with its year, from ('target', 'dated'): 'minst 60,0 procent
    (2025)', 'öka från 10,6 procent (2020) till 2022', as the report's target column and the
    sentences write it."""
    facts: dict[str, Fact] = {
        **target_facts(target, target.year),
        "target": target.value,
        "upper": target.upper or 0.0,
        "unit": unit,
        "decimals": decimals,
    }
    key = ("target", "dated" if dated else "described")
    return write(key, "sv" if lang == "sv" else "en", {"facts": facts})


def target_facts(target: Target, period_year: int) -> dict[str, Fact]:
    """What a sentence needs to describe ``target`` beside its value: its year, the comparison,
    the upper bound, ``target_time`` ('passed' when the target's year is before
    ``period_year``, else 'ahead'), ``target_kind`` ('direction' for a directional target, else
    'value') with its ``reference_year``, and ``derived`` ('none', 'baseline' or 'mean') with
    the formula's ``derived_change``, ``derived_first`` and ``derived_last``."""
    derived = target.derived
    facts: dict[str, Fact] = {
        "comparison": target.comparison.value,
        "upper": target.upper,
        "target_year": target.year,
        "target_time": "passed" if period_year > target.year else "ahead",
        "target_kind": "direction" if target.directional else "value",
        "reference_year": target.reference_year,
        "derived": "none",
        "within": "some" if target.tolerance else "none",
        "target_tolerance": target.tolerance or 0.0,
    }
    if derived is not None:
        facts.update(
            derived="mean" if derived.first_year is not None else "baseline",
            derived_change=derived.change,
            derived_first=derived.first_year,
            derived_last=derived.last_year,
            derived_base=target.value / (1.0 + derived.change) if derived.change != -1 else 0.0,
        )
    return facts


@dataclass(frozen=True)
class Verdict:
    """A value judged against a target: the status, the case that decided (one of
    ``JUDGE_CASES``), the numbers computed and the thresholds compared with, unrounded, and for
    the sentence which partly band decided (``band``: 'absolute' or 'relative')."""

    status: Status
    case: str
    computed: dict[str, float] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)


_CASES = {
    # (measure kind, degree) → case; the partly band's cases are those of the common scale.
    ("fulfilment", Status.LARGELY_ACHIEVED): "fulfilment_largely",
    ("fulfilment", Status.PARTLY_ACHIEVED): "fulfilment_partly",
    ("fulfilment", Status.SLIGHTLY_ACHIEVED): "fulfilment_slightly",
    ("fulfilment", Status.NOT_ACHIEVED): "fulfilment_low",
    ("fulfilment", None): "fulfilment_below_slightly",
    ("distance", Status.LARGELY_ACHIEVED): "within_largely_band",
    ("distance", Status.PARTLY_ACHIEVED): "within_band",
    ("distance", Status.SLIGHTLY_ACHIEVED): "within_slightly_band",
    ("distance", Status.NOT_ACHIEVED): "outside_band",
    ("distance", None): "outside_slightly_band",
}
_NAME = {
    Status.LARGELY_ACHIEVED: "largely",
    Status.PARTLY_ACHIEVED: "partly",
    Status.SLIGHTLY_ACHIEVED: "slightly",
}


def judge(
    value: float,
    target: Target,
    band: PartlyBand,
    largely: PartlyBand | None = None,
    slightly: PartlyBand | None = None,
) -> Verdict:
    """Judge ``value`` against ``target`` with the partly band ``band`` and, on a scale with
    more degrees, the ``largely`` and ``slightly`` bands (module docstring).

    Computed: 'fulfilment' with fulfilment bands; 'distance' (and, with relative bands, the
    'allowed_distance' = relative · |bound missed| of each band, 'largely_allowed_distance' and
    'slightly_allowed_distance' for those) with distance bands. Thresholds: each band given,
    e.g. 'partly_band_fulfilment', 'largely_band_fulfilment'.
    """
    if target.directional:
        # A direction has no partial band: it is followed or it is not.
        if meets(value, target.comparison, target.value, tolerance=target.tolerance):
            return Verdict(Status.ACHIEVED, "direction_met")
        return Verdict(Status.NOT_ACHIEVED, "direction_missed")
    if meets(value, target.comparison, target.value, target.upper):
        return Verdict(Status.ACHIEVED, "target_met")

    if target.acceptable is not None and target.comparison is not Comparison.BETWEEN:
        limit = {"acceptable": target.acceptable}
        if meets(value, target.comparison, target.acceptable):
            return Verdict(Status.PARTLY_ACHIEVED, "acceptable_met", {}, limit)
        return Verdict(Status.NOT_ACHIEVED, "acceptable_missed", {}, limit)

    bands = [
        (degree, given)
        for degree, given in (
            (Status.LARGELY_ACHIEVED, largely),
            (Status.PARTLY_ACHIEVED, band),
            (Status.SLIGHTLY_ACHIEVED, slightly),
        )
        if given is not None
    ]
    # Below the widest band: the common case, or the one that names the slightly band.
    below = Status.NOT_ACHIEVED if slightly is None else None
    thresholds = {f"{_NAME[d]}_band_{b.measure}": b.limit for d, b in bands}
    if band.fulfilment is not None:
        ratio = fulfilment(value, target)
        if ratio is None:
            return Verdict(Status.NOT_ACHIEVED, "fulfilment_undefined", {}, thresholds)
        computed = {"fulfilment": ratio}
        for degree, given in bands:
            if ratio >= given.limit:
                return Verdict(degree, _CASES["fulfilment", degree], computed, thresholds)
        return Verdict(Status.NOT_ACHIEVED, _CASES["fulfilment", below], computed, thresholds)

    gap = distance(value, target)
    facts: dict[str, Fact] = {"band": "absolute" if band.absolute is not None else "relative"}
    computed = {"distance": gap}
    allowed: dict[Status, float] = {}
    for degree, given in bands:
        if given.absolute is not None:
            allowed[degree] = given.absolute
        else:
            bound, _ = _bound_missed(value, target)
            allowed[degree] = given.limit * abs(bound)
            name = "" if degree is Status.PARTLY_ACHIEVED else f"{_NAME[degree]}_"
            computed[f"{name}allowed_distance"] = allowed[degree]
    for degree, _given in bands:
        if gap <= allowed[degree]:
            return Verdict(degree, _CASES["distance", degree], computed, thresholds, facts)
    return Verdict(Status.NOT_ACHIEVED, _CASES["distance", below], computed, thresholds, facts)


def path_value(points: list[tuple[int, float]], year: int) -> float:
    """The value of the piecewise linear path through ``points`` (sorted by year) in ``year``.

    Before the first point the path is at the first value, after the last at the last value.
    """
    if year <= points[0][0]:
        return points[0][1]
    for (y0, v0), (y1, v1) in itertools.pairwise(points):
        if year <= y1:
            return v0 + (v1 - v0) * (year - y0) / (y1 - y0)
    return points[-1][1]
