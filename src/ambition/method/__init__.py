"""The common method (gemensam metodik): proposals with explanations, beside the expert's word.

``assess_period`` is the entry point: it applies each indicator's rule, the trend and the
roll-up to every goal of a repository for one period.
"""

from ambition.method.engine import assess_indicator, assess_period
from ambition.method.explanation import Explanation
from ambition.method.results import (
    AreaResult,
    GoalResult,
    IndicatorResult,
    Observation,
    PeriodResult,
    StatusProposal,
    TrendProposal,
)

__all__ = [
    "AreaResult",
    "Explanation",
    "GoalResult",
    "IndicatorResult",
    "Observation",
    "PeriodResult",
    "StatusProposal",
    "TrendProposal",
    "assess_indicator",
    "assess_period",
]
