"""The rules of the method by their kind, the ``kind`` written in ``method.yaml``.

Adding a rule: its module in ``method/rules/``, its parameter model in ``models/method.py``
(a member of ``RuleParameters``), and one entry here.
"""

from collections.abc import Mapping
from typing import Any

from ambition.method.rules.base import Rule
from ambition.method.rules.expert import Expert
from ambition.method.rules.growth_ratio import GrowthRatio
from ambition.method.rules.rank import Rank
from ambition.method.rules.relative import Relative
from ambition.method.rules.rolling_mean import RollingMean
from ambition.method.rules.target_level import TargetLevel
from ambition.method.rules.trajectory import Trajectory
from ambition.method.rules.trend_only import TrendOnly
from ambition.method.rules.trend_strength import TrendStrength

RULES: Mapping[str, Rule[Any]] = {
    rule.kind: rule
    for rule in (
        TargetLevel(),
        Trajectory(),
        GrowthRatio(),
        TrendOnly(),
        RollingMean(),
        Relative(),
        TrendStrength(),
        Expert(),
        Rank(),
    )
}
"""Every rule by its kind, e.g. ``RULES['target_level']``."""
