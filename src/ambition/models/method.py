"""``data/method.yaml``: the common method (gemensam metodik) as data, with its decision.

The method's parameters are decided politically and versioned like a target, so every threshold
lives here and nowhere in the code.
"""

from enum import StrEnum
from typing import Annotated

from pydantic import Field, model_validator

from ambition.models.common import Decision, Model, NonEmptyText, Status

Share = Annotated[float, Field(ge=0.0, le=1.0, description="A share between 0 and 1.")]


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


class TargetLevel(Model):
    """Parameters of the ``target_level`` rule.

    Fulfilment (måluppfyllelse) is value/target when higher is better and target/value when lower
    is better; at or above ``partly_achieved_fulfilment`` a value that misses the target is partly
    achieved. A target's own ``acceptable`` value, where given, takes precedence.
    """

    partly_achieved_fulfilment: Share = 0.8


class TrendParameters(Model):
    """Parameters of the trend: a relative change within ``tolerance`` is 'stable'."""

    tolerance: Share = Field(
        default=0.01, description="Relative change counted as stable, e.g. 0.01 for 1 %."
    )


class RollupRule(StrEnum):
    """How indicator statuses roll up to a measurement area and a goal."""

    SHARE = "share"
    MEAN_SCORE = "mean_score"


class Rollup(Model):
    """Parameters of the roll-up from indicators to areas and goals.

    ``share``: achieved when at least ``achieved_share`` of the assessed indicators are achieved;
    partly achieved when at least ``partly_share`` are achieved or partly achieved.
    ``mean_score``: scores achieved 1, partly achieved 0.5, not achieved 0; achieved from a mean
    of ``achieved_share``, partly achieved from ``partly_share``. Indicators not assessed are left
    out and counted apart.
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
    """The whole method file: decision, scale and rule parameters."""

    decision: Decision
    scale: Scale
    target_level: TargetLevel = TargetLevel()
    trend: TrendParameters = TrendParameters()
    rollup: Rollup = Rollup()
    stale_after_years: int = Field(
        default=2, ge=0, le=50, description="Warn when the latest value is older than this."
    )
