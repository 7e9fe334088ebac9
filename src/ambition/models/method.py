"""``data/method.yaml``: the common method (gemensam metodik) as data, with its decision.

The method's parameters are decided politically and versioned like a target, so every threshold
lives here and nowhere in the code. The formulas and their sources are in docs/method.md.
"""

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from ambition.models.common import (
    Decision,
    Id,
    Model,
    NonEmptyText,
    Number,
    RuleName,
    Status,
    WholeNumber,
)

Share = Annotated[Number, Field(ge=0.0, le=1.0, description="A share between 0 and 1.")]


class Labels(Model):
    """A text in Swedish and English."""

    sv: NonEmptyText
    en: NonEmptyText


class StatusStyle(Model):
    """How a status is shown: label, symbol, colour and a text alternative for the symbol.

    The colour is never the only carrier of meaning; reports always show the label and symbol.
    """

    label: Labels
    symbol: NonEmptyText
    colour: Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$", description="e.g. '#1a7f37'.")]
    description: Labels = Field(description="Text alternative that explains the status.")


class Scale(Model):
    """The status scale, best first; 'not assessed' is not a degree of achievement."""

    achieved: StatusStyle
    partly_achieved: StatusStyle
    not_achieved: StatusStyle
    not_assessed: StatusStyle

    def style(self, status: Status) -> StatusStyle:
        """The style of ``status``."""
        style: StatusStyle = getattr(self, status.value)
        return style


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


DEFAULT_BAND = PartlyBand(fulfilment=0.8)


class TargetLevelRule(Model):
    """``target_level``: the period's value against the period's target, with a partly band."""

    kind: Literal["target_level"] = "target_level"
    partly_band: PartlyBand = DEFAULT_BAND


class TrajectoryRule(Model):
    """``trajectory``: progress made since the baseline against the progress a straight line from
    the baseline to the final target requires by the period.

    Achieved when progress made/required ≥ ``achieved_from``; partly from ``partly_from``.
    """

    kind: Literal["trajectory"] = "trajectory"
    achieved_from: Annotated[Number, Field(ge=0.0)] = 1.0
    partly_from: Annotated[Number, Field(ge=0.0)] = 0.5

    @model_validator(mode="after")
    def _ordered(self) -> "TrajectoryRule":
        if self.partly_from > self.achieved_from:
            raise ValueError("partly_from must not exceed achieved_from")
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


class RollingMeanRule(Model):
    """``rolling_mean``: the mean of the last ``values`` values up to the period against the
    period's target, with the same partly band as ``target_level``."""

    kind: Literal["rolling_mean"] = "rolling_mean"
    values: Annotated[WholeNumber, Field(ge=2, le=20)] = 3
    partly_band: PartlyBand = DEFAULT_BAND


class RelativeRule(Model):
    """``relative``: the value against a reference series kept with the indicator (the country,
    a group of municipalities), in the desired direction.

    Achieved when at least as good as the reference; partly achieved when worse by no more than
    ``partly_band`` (a share of the reference's magnitude); not achieved otherwise.
    """

    kind: Literal["relative"] = "relative"
    reference: Id = Field(description="Id of the reference series, e.g. 'riket'.")
    partly_band: Share = 0.05


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
    | ExpertRule,
    Field(discriminator="kind"),
]

BUILT_IN_RULES: dict[str, RuleParameters] = {
    "target_level": TargetLevelRule(),
    "trajectory": TrajectoryRule(),
    "growth_ratio": GrowthRatioRule(),
    "trend_only": TrendOnlyRule(),
    "rolling_mean": RollingMeanRule(),
    "expert": ExpertRule(),
}
"""Rules available by their kind's name with default parameters (``relative`` needs a
reference, so it is only available as a named rule in ``rules``)."""


class TrendMethod(StrEnum):
    """How the trend is computed."""

    LAST_TWO = "last_two"
    THEIL_SEN = "theil_sen"


class TrendParameters(Model):
    """Parameters of the trend.

    ``last_two``: the relative change between the last two values; ``theil_sen``: the median of
    the pairwise slopes over the last ``window`` values, relative to their median, per year,
    and only with at least ``min_points`` values (never fewer than 5: with four points or fewer
    no trend test can be significant). Within ``tolerance`` the trend is stable.
    """

    method: TrendMethod = TrendMethod.LAST_TWO
    tolerance: Share = Field(
        default=0.01, description="Relative change counted as stable, e.g. 0.01 for 1 %."
    )
    window: Annotated[WholeNumber, Field(ge=5, le=50)] = 5
    min_points: Annotated[WholeNumber, Field(ge=5, le=50)] = 5

    @model_validator(mode="after")
    def _fits(self) -> "TrendParameters":
        if self.min_points > self.window:
            raise ValueError("min_points must not exceed window")
        return self


class RollupRule(StrEnum):
    """How indicator statuses roll up to a measurement area and a goal."""

    SHARE = "share"
    MEAN_SCORE = "mean_score"
    WORST = "worst"
    ALL = "all"
    TWO_WORST = "two_worst"


class Rollup(Model):
    """Parameters of the roll-up from indicators to areas and goals (formulas in docs/method.md).

    Scores: achieved 1, partly achieved 0.5, not achieved 0; indicators not assessed are left
    out and counted apart; shares and means are weighted by each indicator's ``weight``.
    """

    rule: RollupRule = RollupRule.SHARE
    achieved_share: Share = 2 / 3
    partly_share: Share = 0.5

    @model_validator(mode="after")
    def _ordered(self) -> "Rollup":
        if self.partly_share > self.achieved_share:
            raise ValueError(
                f"partly_share ({self.partly_share}) must not exceed achieved_share "
                f"({self.achieved_share})"
            )
        return self


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

    def all_rules(self) -> dict[str, RuleParameters]:
        """The built-in rules, overridden and extended by the named ``rules``."""
        return {**BUILT_IN_RULES, **self.rules}
