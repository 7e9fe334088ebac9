"""Every (section, case) the method can emit, derived from what the code declares: each rule's
``cases``, the engine's ``ENGINE_CASES``, the trend's and the roll-up's ``CASES``.

Used by the tests of each language's catalogue (test_sv.py, test_en.py).
"""

from collections.abc import Mapping

from ambition.method.engine import ENGINE, ENGINE_CASES
from ambition.method.forecast import FORECAST, PUBLISHED, Basis
from ambition.method.results import ROW, ROW_CASES
from ambition.method.rollup import CASES as ROLLUP_CASES
from ambition.method.rollup import COUNTED
from ambition.method.rules.registry import RULES
from ambition.method.sentences.reader import Key, Sentence
from ambition.method.targets import JUDGE_CASES
from ambition.method.trend import CASES as TREND_CASES
from ambition.method.trend import RULE as TREND
from ambition.method.trend_rollup import CASES as MAJORITY_CASES
from ambition.method.trend_rollup import RULE as MAJORITY
from ambition.models import Comparison, Direction, PeriodKind
from ambition.models.method import ProgressClass, RollupRule
from ambition.models.value import Marker

PIECES: dict[str, set[str]] = {
    "head": {
        "value",
        "mean",
        "against_target",
        "value_against_target",
        "mean_against_target",
        "value_against_reference",
        "trend_only",
        "path",
        "growth",
        "trend_last_two",
        "trend_start_latest",
        "trend_linear_regression",
        "trend_theil_sen",
        "trend_counts",
    },
    "comparison": {c.value for c in Comparison},
    "direction": {d.value for d in Direction},
    "progress": {p.value for p in ProgressClass},
    "status": {
        "achieved",
        "largely_achieved",
        "partly_achieved",
        "slightly_achieved",
        "not_achieved",
        "not_assessed",
    },
    "change": {"relative", "points"},
    "tolerance": {"relative", "points"},
    "limit": {"relative", "points"},
    "of_start": {"relative", "points"},
    "of_mean": {"relative", "points"},
    "of_median": {"relative", "points"},
    "judged": set(JUDGE_CASES),
    "allowed": {"absolute", "relative"},
    "target_time": {"ahead", "passed"},
    "growth_undefined": {
        "base_value_or_target_not_positive",
        "base_or_value_not_positive",
        "overflow",
    },
    "zero_previous": {"zero", "near_zero"},
    "left_out": {"some", "none"},
    "weighted": {"weighted", "unweighted"},
    "short": {"share", "all"},
    "mean": {"mean_score", "two_worst"},
    "scale": {"no_partly_level", "folded"},
    "tie": {"none", "tie"},
    "annual": {"relative", "points"},
    "no_target_progress": {"on_track", "acceleration_needed", "limited_progress", "deterioration"},
    "target": {"described", "dated"},
    "against": {"value", "direction"},
    "dated": {"value", "direction"},
    "until": {c.value for c in Comparison if c.value in ("increase", "decrease", "unchanged")},
    "derived": {"none", "baseline", "mean"},
    "within": {"none", "some"},
    "period_kind": {k.value for k in PeriodKind},
    "points": {"one", "many"},
    "list": {"and"},
    "step": {"points", "relative", "signed"},
    "trend_only_lead": {"none", "some"},
    "difference": {"relative", "points"},
    "band_difference": {"relative", "points"},
    "allowed_difference": {"relative", "points"},
    # The pieces of a scale with more than three degrees (method/sentences/degrees.py, the
    # roll-up's sentences).
    **{f"allowed_{d}": {"absolute", "relative"} for d in ("largely", "slightly")},
    **{
        f"{section}_{d}": {"relative", "points"}
        for section in ("band_difference", "allowed_difference")
        for d in ("largely", "slightly")
    },
    **{
        section: {"none", "missed"}
        for section in ("largely_missed", "slightly_missed", "above_partly", "lowest")
    },
    "rollup_counts": {
        *COUNTED,
        *(f"{c}_{extra}" for c in COUNTED for extra in ("largely", "slightly", "five")),
    },
    **{
        section: set(COUNTED)
        for section in (
            "counted_many",
            "counted_definite",
            "counted_one",
            "the_worst",
            "none_assessed",
        )
    },
    FORECAST: {b.value for b in Basis},
    PUBLISHED: {"kolada", "unknown"},
    "marker": {m.value for m in Marker},
    "value_note": {"preliminary"},
    "reference": {"series", "mean", "median"},
    ROW: set(ROW_CASES),
}
"""The pieces the sentences embed (``{=section:case}``), by section: the shared heads and words,
the bodies of judging, and the choices made by a fact."""


def declared() -> dict[str, tuple[str, ...]]:
    """The cases of every catalogue section the method's explanations use, by section."""
    sections: dict[str, tuple[str, ...]] = {
        ENGINE: ENGINE_CASES,
        TREND: TREND_CASES,
        MAJORITY: MAJORITY_CASES,
    }
    sections.update({kind: rule.cases for kind, rule in RULES.items()})
    sections.update({rule.value: ROLLUP_CASES for rule in RollupRule})
    return sections


def declared_keys() -> set[Key]:
    """Every (section, case) an explanation can name."""
    return {(section, case) for section, cases in declared().items() for case in cases}


def check_catalogue(catalogue: Mapping[Key, Sentence]) -> None:
    """Assert that ``catalogue`` words every declared case and every piece, and nothing else."""
    keys = set(catalogue)
    assert declared_keys() - keys == set(), "declared cases without a sentence"
    pieces = {(section, case) for section, cases in PIECES.items() for case in cases}
    assert pieces - keys == set(), "pieces missing"
    assert keys - declared_keys() - pieces == set(), "entries nothing uses"
