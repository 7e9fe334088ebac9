"""``data/method.yaml``: the common method (gemensam metodik) as data, with its decision.

The method's parameters are decided politically and versioned like a target, so every threshold
lives here and nowhere in the code. The formulas and their sources are in docs/method.md.
"""

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ambition.models.common import (
    Decision,
    Id,
    Model,
    Number,
    RuleName,
    Status,
    WholeNumber,
    WithOptionalDegrees,
)
from ambition.models.ranking import RankRule
from ambition.models.rollup import Rollup, RollupByLevel, RollupLevel, Share, check_thresholds
from ambition.models.rollup import RollupRule as RollupRule  # where it was defined before
from ambition.models.scale import DEGREES as DEGREES  # where they were defined before
from ambition.models.scale import Labels as Labels
from ambition.models.scale import Scale, check_ascending
from ambition.models.scale import Shape as Shape
from ambition.models.scale import StatusStyle as StatusStyle


class PartlyBand(Model):
    """When a value that misses its target is still 'partly achieved': give exactly one.

    ``fulfilment``: fulfilment (value/target, or target/value when lower is better) of at least
    this share; ``absolute``: within this distance of the target, in the indicator's unit;
    ``relative``: within this share of the target's magnitude.
    """

    fulfilment: Share | None = None
    absolute: Annotated[Number, Field(ge=0.0)] | None = None
    relative: Share | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> "PartlyBand":
        given = [n for n in ("fulfilment", "absolute", "relative") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError(
                "give exactly one of 'fulfilment', 'absolute' or 'relative' for the partly band"
            )
        return self

    @property
    def measure(self) -> Literal["fulfilment", "absolute", "relative"]:
        """Which of the three the band gives."""
        if self.fulfilment is not None:
            return "fulfilment"
        return "absolute" if self.absolute is not None else "relative"

    @property
    def limit(self) -> float:
        """The band's number: the least fulfilment, or the largest distance."""
        limit: float = getattr(self, self.measure)
        return limit


DEFAULT_BAND = PartlyBand(fulfilment=0.8)


def check_bands(
    largely: PartlyBand | None, partly: PartlyBand, slightly: PartlyBand | None
) -> None:
    """Refuse (ValueError) a largely or slightly band of another measure than the partly band,
    and bands out of order: 'largely' is the narrowest (the highest fulfilment, the shortest
    distance), 'slightly' the widest."""
    for name, band in (("largely_band", largely), ("slightly_band", slightly)):
        if band is not None and band.measure != partly.measure:
            raise ValueError(
                f"{name} must use the same measure as partly_band: write {name}: "
                f"{{{partly.measure}: <number>}}"
            )
    named = [("largely_band", largely), ("partly_band", partly), ("slightly_band", slightly)]
    widths = [(name, band.limit) for name, band in named if band is not None]
    check_ascending(widths[::-1] if partly.measure == "fulfilment" else widths)


class TrendMethod(StrEnum):
    """How the trend is computed (formulas in docs/method.md)."""

    LAST_TWO = "last_two"
    START_LATEST = "start_latest"
    LINEAR_REGRESSION = "linear_regression"
    THEIL_SEN = "theil_sen"
    EXPERT = "expert"


class TrendParameters(Model):
    """Parameters of the trend.

    ``last_two``: the change between the last two values; ``start_latest``: the start value
    (from ``start_year``, else the first comparable value) against the latest, per year;
    ``linear_regression``: the least-squares slope over the values since ``start_year``;
    ``theil_sen``: the median of the pairwise slopes over the last ``window`` values, only with
    at least ``min_points`` values (never fewer than 5: with four points or fewer no trend test
    can be significant); ``expert``: the expert's own word, no proposal.

    A change of a percentage is measured in percentage points (procentenheter) and is stable
    within ``tolerance_points``; any other change relative to the value, stable within
    ``tolerance``. A change at least ``strong`` (relative) or ``strong_points`` is strong, a
    smaller one weak: a rule may use the strength (``trend_strength``).
    """

    method: TrendMethod = TrendMethod.LAST_TWO
    tolerance: Share = Field(
        default=0.01, description="Relative change counted as stable, e.g. 0.01 for 1 %."
    )
    tolerance_points: Annotated[Number, Field(ge=0.0, le=100.0)] = Field(
        default=0.5, description="Change of a percentage counted as stable, in procentenheter."
    )
    strong: Share = Field(default=0.03, description="Relative change counted as strong.")
    strong_points: Annotated[Number, Field(ge=0.0, le=100.0)] = Field(
        default=2.0, description="Change of a percentage counted as strong, in procentenheter."
    )
    start_year: Annotated[WholeNumber, Field(ge=1900, le=2200)] | None = Field(
        default=None, description="First year of start_latest and linear_regression."
    )
    window: Annotated[WholeNumber, Field(ge=5, le=50)] = 5
    min_points: Annotated[WholeNumber, Field(ge=5, le=50)] = 5

    @model_validator(mode="after")
    def _fits(self) -> "TrendParameters":
        if self.min_points > self.window:
            raise ValueError("min_points must not exceed window")
        if self.strong < self.tolerance or self.strong_points < self.tolerance_points:
            raise ValueError("a strong change must not be smaller than the tolerance")
        return self


class TargetLevelRule(WithOptionalDegrees):
    """``target_level``: the period's value against the period's target, with a partly band."""

    OPTIONAL = ("largely_band", "slightly_band")

    kind: Literal["target_level"] = "target_level"
    partly_band: PartlyBand = DEFAULT_BAND
    largely_band: PartlyBand | None = Field(
        default=None, description="When a missed target is still 'largely achieved'."
    )
    slightly_band: PartlyBand | None = Field(
        default=None, description="When a missed target is still 'slightly achieved'."
    )

    @model_validator(mode="after")
    def _ordered(self) -> "TargetLevelRule":
        check_bands(self.largely_band, self.partly_band, self.slightly_band)
        return self


class TrajectoryRule(WithOptionalDegrees):
    """``trajectory``: progress made since the baseline against the progress a straight line from
    the baseline to the final target requires by the period.

    Achieved when progress made/required ≥ ``achieved_from``; partly from ``partly_from``;
    on a scale with them, largely from ``largely_from`` and slightly from ``slightly_from``.
    """

    OPTIONAL = ("largely_from", "slightly_from")

    kind: Literal["trajectory"] = "trajectory"
    achieved_from: Annotated[Number, Field(ge=0.0)] = 1.0
    partly_from: Annotated[Number, Field(ge=0.0)] = 0.5
    largely_from: Annotated[Number, Field(ge=0.0)] | None = None
    slightly_from: Annotated[Number, Field(ge=0.0)] | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "TrajectoryRule":
        if self.partly_from > self.achieved_from:
            raise ValueError("partly_from must not exceed achieved_from")
        named = [
            ("slightly_from", self.slightly_from),
            ("partly_from", self.partly_from),
            ("largely_from", self.largely_from),
            ("achieved_from", self.achieved_from),
        ]
        check_ascending([(name, value) for name, value in named if value is not None])
        return self


class ProgressClass(StrEnum):
    """The progress categories of Statistics Canada's method (used by Open SDG)."""

    TARGET_ACHIEVED = "target_achieved"
    ON_TRACK = "on_track"
    ACCELERATION_NEEDED = "acceleration_needed"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATION = "deterioration"


class ProgressStatuses(Model):
    """Which status each progress category proposes."""

    target_achieved: Status = Status.ACHIEVED
    on_track: Status = Status.ACHIEVED
    acceleration_needed: Status = Status.PARTLY_ACHIEVED
    limited_progress: Status = Status.NOT_ACHIEVED
    deterioration: Status = Status.NOT_ACHIEVED

    def status(self, progress: ProgressClass) -> Status:
        """The status proposed for ``progress``."""
        status: Status = getattr(self, progress.value)
        return status


class GrowthRatioRule(Model):
    """``growth_ratio``: observed against required compound annual growth (Eurostat; Statistics
    Canada; Open SDG). Cut-offs on the ratio: on track from ``on_track`` (0.95), acceleration
    needed from ``acceleration_needed`` (0.60), limited progress from 0, deterioration below."""

    kind: Literal["growth_ratio"] = "growth_ratio"
    on_track: Number = 0.95
    acceleration_needed: Number = 0.60
    statuses: ProgressStatuses = ProgressStatuses()


class TrendOnlyRule(Model):
    """``trend_only``: a desired direction without a number; the compound annual growth rate in
    the desired direction from the baseline (else the first value) is classed: on track from
    ``on_track`` (1.5 % a year), acceleration needed from ``acceleration_needed`` (0.5 %),
    limited progress from 0, deterioration below (Statistics Canada; Open SDG)."""

    kind: Literal["trend_only"] = "trend_only"
    on_track: Number = 0.015
    acceleration_needed: Number = 0.005
    statuses: ProgressStatuses = ProgressStatuses()


class RollingMeanRule(WithOptionalDegrees):
    """``rolling_mean``: the mean of the last ``values`` values up to the period against the
    period's target, with the same partly band as ``target_level``."""

    OPTIONAL = ("largely_band", "slightly_band")

    kind: Literal["rolling_mean"] = "rolling_mean"
    values: Annotated[WholeNumber, Field(ge=2, le=20)] = 3
    partly_band: PartlyBand = DEFAULT_BAND
    largely_band: PartlyBand | None = None
    slightly_band: PartlyBand | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "RollingMeanRule":
        check_bands(self.largely_band, self.partly_band, self.slightly_band)
        return self


class RelativeRule(WithOptionalDegrees):
    """``relative``: the value against a reference series kept with the indicator (the country,
    a group of municipalities), in the desired direction.

    Achieved when at least as good as the reference; partly achieved when worse by no more than
    ``partly_band`` (a share of the reference's magnitude); not achieved otherwise; on a scale
    with them, largely achieved within ``largely_band`` and slightly within ``slightly_band``.
    When the reference is a group (``members``), it is compared with the members' ``statistic`` (mean or
    median) in the same year.
    """

    OPTIONAL = ("largely_band", "slightly_band")

    kind: Literal["relative"] = "relative"
    reference: Id = Field(description="Id of the reference series, e.g. 'riket'.")
    partly_band: Share = 0.05
    statistic: Literal["mean", "median"] = Field(
        default="mean", description="For a group reference: its members' mean or median."
    )
    largely_band: Share | None = Field(
        default=None, description="Worse by at most this share: 'largely achieved'."
    )
    slightly_band: Share | None = Field(
        default=None, description="Worse by at most this share: 'slightly achieved'."
    )

    @model_validator(mode="after")
    def _ordered(self) -> "RelativeRule":
        named = [
            ("largely_band", self.largely_band),
            ("partly_band", self.partly_band),
            ("slightly_band", self.slightly_band),
        ]
        check_ascending([(name, value) for name, value in named if value is not None])
        return self


class TrendStrengths(Model):
    """Which status each strength of the trend proposes."""

    strong: Status = Status.ACHIEVED
    weak: Status = Status.PARTLY_ACHIEVED
    stable: Status = Status.NOT_ACHIEVED
    worsening: Status = Status.NOT_ACHIEVED


class TrendStrengthRule(Model):
    """``trend_strength``: the trend's strength in the desired direction, e.g. "helt uppfyllt
    när trenden är stark i rätt riktning, delvis när den är svag" (``statuses``); the trend is
    computed with ``trend``, this rule's own setting."""

    kind: Literal["trend_strength"] = "trend_strength"
    trend: TrendParameters = TrendParameters()
    statuses: TrendStrengths = TrendStrengths()


class ExpertRule(Model):
    """``expert``: no proposal; the expert must assess."""

    kind: Literal["expert"] = "expert"


RuleParameters = Annotated[
    TargetLevelRule
    | TrajectoryRule
    | GrowthRatioRule
    | TrendOnlyRule
    | RollingMeanRule
    | RelativeRule
    | TrendStrengthRule
    | ExpertRule
    | RankRule,
    Field(discriminator="kind"),
]

BUILT_IN_RULES: dict[str, RuleParameters] = {
    "target_level": TargetLevelRule(),
    "trajectory": TrajectoryRule(),
    "growth_ratio": GrowthRatioRule(),
    "trend_only": TrendOnlyRule(),
    "rolling_mean": RollingMeanRule(),
    "trend_strength": TrendStrengthRule(),
    "expert": ExpertRule(),
}
"""Rules available by their kind's name with default parameters (``relative`` needs a
reference and ``rank`` a group, so they are only available as named rules in ``rules``)."""


class Method(Model):
    """The whole method file: decision, scale, rules and their parameters."""

    decision: Decision
    scale: Scale
    rules: dict[RuleName, RuleParameters] = Field(
        default_factory=dict,
        description="Named rules with parameters; the built-in names work without an entry.",
    )
    default_rule: RuleName = Field(
        default="target_level", description="Rule of indicators with a target and no rule."
    )
    default_rule_without_target: RuleName = Field(
        default="expert", description="Rule of indicators without a target and no rule."
    )
    trend: TrendParameters = TrendParameters()
    rollup: Rollup = Rollup()
    rollup_by_level: RollupByLevel = RollupByLevel()
    stale_after_years: WholeNumber = Field(
        default=2, ge=0, le=50, description="Older values than this are not assessed."
    )
    analysis_required: bool = Field(
        default=False,
        description="True when every assessment with a status must also have an analysis.",
    )

    @model_validator(mode="after")
    def _defaults_exist(self) -> "Method":
        for name in (self.default_rule, self.default_rule_without_target):
            if name not in self.all_rules():
                raise ValueError(f"the default rule '{name}' is neither built in nor in 'rules'")
        return self

    @field_validator("rollup", "rollup_by_level")
    @classmethod
    def _thresholds_of_the_scale(
        cls, rollup: Rollup | RollupByLevel, info: ValidationInfo
    ) -> Rollup | RollupByLevel:
        # The scale is validated before the roll-ups (the field order), so it is known here
        # and the problem is located at the roll-up that lacks a threshold.
        scale = info.data.get("scale")
        if isinstance(scale, Scale):
            check_thresholds(scale.in_use, rollup)
        return rollup

    def rollup_of(self, level: RollupLevel) -> Rollup:
        """The roll-up of ``level`` ('measurement_area', 'sub_goal', 'goal'): its own in
        ``rollup_by_level``, else ``rollup`` (over the indicators)."""
        own: Rollup | None = getattr(self.rollup_by_level, level)
        return own if own is not None else self.rollup

    def all_rules(self) -> dict[str, RuleParameters]:
        """The built-in rules, overridden and extended by the named ``rules``."""
        return {**BUILT_IN_RULES, **self.rules}
