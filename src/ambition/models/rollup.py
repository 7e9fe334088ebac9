"""The roll-up from indicators to measurement areas, sub-goals and goals: its rule, thresholds
and, per level, its own (``rollup`` and ``rollup_by_level`` in ``data/method.yaml``; formulas
in docs/method.md and ``method/rollup.py``)."""

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from ambition.models.common import Id, Model, Number, ShareThreshold
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


class Rollup(Model):
    """Parameters of the roll-up from indicators to areas and goals (formulas in docs/method.md).

    Scores: achieved 1, partly achieved 0.5, not achieved 0; indicators not assessed are left
    out and counted apart; shares and means are weighted by each indicator's ``weight``. The
    two thresholds are written as decimals (0.667) or fractions (2/3) and compared exactly. A
    goal or a sub-goal rolls up ``over`` its indicators (default) or its parts.
    """

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

    @model_validator(mode="after")
    def _ordered(self) -> "Rollup":
        if self.partly_share.exact > self.achieved_share.exact:
            raise ValueError(
                f"partly_share ({self.partly_share.written}) must not exceed achieved_share "
                f"({self.achieved_share.written})"
            )
        return self


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
