"""The roll-up from indicators to measurement areas, sub-goals and goals: its rule, thresholds
and, per level, its own (``rollup`` and ``rollup_by_level`` in ``data/method.yaml``; formulas
in docs/method.md and ``method/rollup.py``)."""

import itertools
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from ambition.models.common import Id, Model, Number, ShareThreshold, Status, WithOptionalDegrees
from ambition.numbers import Threshold

Share = Annotated[Number, Field(ge=0.0, le=1.0, description="A share between 0 and 1.")]

RollupLevel = Literal["measurement_area", "sub_goal", "goal"]
"""The levels above the indicators, each of which may have its own roll-up."""


class RollupRule(StrEnum):
    """How indicator statuses roll up to a measurement area and a goal."""

    SHARE = "share"
    MEAN_SCORE = "mean_score"
    WORST = "worst"
    ALL = "all"
    TWO_WORST = "two_worst"
    MAJORITY = "majority"


class RollupOver(StrEnum):
    """What a goal or a sub-goal rolls up: every indicator below it, or its parts' statuses."""

    INDICATORS = "indicators"
    PARTS = "parts"


class Rollup(WithOptionalDegrees):
    """Parameters of the roll-up from indicators to areas and goals (formulas in docs/method.md).

    Scores: evenly spaced over the period's scale, achieved 1 and not achieved 0 (on the
    common three, partly achieved 0.5); indicators not assessed are left out and counted
    apart; shares and means are weighted by each indicator's ``weight``. The thresholds are
    written as decimals (0.667) or fractions (2/3) and compared exactly; ``largely_share`` and
    ``slightly_share`` are the thresholds of a scale's fourth and fifth degree, needed (and
    read) only when the scale uses that degree. A goal or a sub-goal rolls up ``over`` its
    indicators (default) or its parts.
    """

    OPTIONAL = ("largely_share", "slightly_share")

    rule: RollupRule = RollupRule.SHARE
    achieved_share: ShareThreshold = Threshold.parse("2/3")
    partly_share: ShareThreshold = Threshold.parse(0.5)
    over: RollupOver = Field(
        default=RollupOver.INDICATORS,
        description="A goal's or sub-goal's roll-up: 'indicators' (all below) or 'parts'.",
    )
    breakdown: Id | None = Field(
        default=None,
        description="A breakdown row (e.g. 'kvinnor') whose final status the roll-up counts for "
        "each indicator that has the row; an indicator without it counts with its total.",
    )
    largely_share: ShareThreshold | None = Field(
        default=None, description="Threshold of 'largely achieved', on a scale that uses it."
    )
    slightly_share: ShareThreshold | None = Field(
        default=None, description="Threshold of 'slightly achieved', on a scale that uses it."
    )

    @model_validator(mode="after")
    def _ordered(self) -> "Rollup":
        named = [
            (name, threshold)
            for name in ("slightly_share", "partly_share", "largely_share", "achieved_share")
            if (threshold := getattr(self, name)) is not None
        ]
        for (lower, low), (higher, high) in itertools.pairwise(named):
            if low.exact > high.exact:
                raise ValueError(
                    f"{lower} ({low.written}) must not exceed {higher} ({high.written})"
                )
        return self

    def threshold(self, degree: Status) -> Threshold | None:
        """The threshold of ``degree`` (achieved, largely, partly or slightly achieved), None
        when not given."""
        name = degree.value.replace("_achieved", "") + "_share"
        threshold: Threshold | None = getattr(self, name)
        return threshold


THRESHOLD_RULES = (RollupRule.SHARE, RollupRule.ALL, RollupRule.MEAN_SCORE, RollupRule.TWO_WORST)
"""The roll-ups that compare with a threshold per degree (``majority`` and ``worst`` do not)."""


def check_thresholds(degrees: tuple[Status, ...], rollup: "Rollup | RollupByLevel") -> None:
    """Refuse (ValueError) a roll-up with thresholds that lacks the threshold of a degree the
    scale uses (``degrees``: every degree in use): 'largely_achieved' needs ``largely_share``,
    'slightly_achieved' ``slightly_share``. ``rollup`` is the method's ``rollup`` or its
    ``rollup_by_level``, each level's checked."""
    levels = (
        [("rollup", rollup)]
        if isinstance(rollup, Rollup)
        else [
            (f"rollup_by_level.{name}", own)
            for name in ("measurement_area", "sub_goal", "goal")
            if (own := getattr(rollup, name)) is not None
        ]
    )
    for where, own in levels:
        if own.rule not in THRESHOLD_RULES:
            continue
        for degree in (Status.LARGELY_ACHIEVED, Status.SLIGHTLY_ACHIEVED):
            name = degree.value.replace("_achieved", "_share")
            if degree in degrees and own.threshold(degree) is None:
                raise ValueError(
                    f"the scale uses '{degree.value}', so the '{own.rule.value}' roll-up needs "
                    f"'{name}': add {name}: <share> to {where}"
                )


class RollupByLevel(Model):
    """Each level's own roll-up; a level without one uses the method's ``rollup`` over its
    indicators."""

    measurement_area: Rollup | None = None
    sub_goal: Rollup | None = None
    goal: Rollup | None = None

    @field_validator("measurement_area")
    @classmethod
    def _areas_roll_up_indicators(cls, rollup: Rollup | None) -> Rollup | None:
        if rollup is not None and rollup.over is RollupOver.PARTS:
            raise ValueError(
                "a measurement area has no parts, only indicators: leave 'over' out here"
            )
        return rollup

    @field_validator("sub_goal", "goal")
    @classmethod
    def _rows_of_indicators(cls, rollup: Rollup | None) -> Rollup | None:
        if rollup is not None and rollup.over is RollupOver.PARTS and rollup.breakdown:
            raise ValueError(
                "a roll-up over parts counts its parts' statuses, not breakdown rows: "
                "write 'breakdown' on the measurement_area level, or leave 'over' out"
            )
        return rollup
