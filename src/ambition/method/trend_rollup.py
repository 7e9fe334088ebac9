"""A goal's or an area's trend from its indicators' trends: the majority, 'unclear' on a tie.

Uppsala's follow-up ("Uppföljning under året", uppsala.se): "Ju fler indikatorer som pekar åt
rätt håll, desto mer säkra kan vi vara på att vi är på rätt väg." The trend of a goal is the
trend most of its indicators have (improving, stable or worsening, each indicator's final trend:
the expert's where written); when two of them have the same largest count, it is unclear
(oklar). Indicators without a trend (insufficient data) are left out and counted apart.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ambition.method.explanation import Explanation
from ambition.models import Trend

RULE = "trend_majority"
"""The name (and catalogue section) of the roll-up of trends."""

CASES = ("improving", "stable", "worsening", "unclear", "no_trend")
"""Every case a roll-up of trends can name: the majority's trend, a tie, or none to count."""

_COUNTED = (Trend.IMPROVING, Trend.STABLE, Trend.WORSENING)


@dataclass(frozen=True)
class TrendRollup:
    """The majority trend (None when unclear or nothing to count) with its explanation; the
    explanation's inputs give the count of each trend."""

    trend: Trend | None
    explanation: Explanation


def roll_up_trends(trends: Iterable[Trend]) -> TrendRollup:
    """The majority of ``trends``; a tie for the largest count is 'unclear'. E.g. 3 improving,
    1 stable, 3 worsening: unclear; 3 improving, 2 worsening: improving."""
    counts = Counter(trends)
    inputs: dict[str, float | int | str | None] = {
        "improving": counts[Trend.IMPROVING],
        "stable": counts[Trend.STABLE],
        "worsening": counts[Trend.WORSENING],
        "insufficient_data": counts[Trend.INSUFFICIENT_DATA],
    }
    largest = max(counts[t] for t in _COUNTED)
    leaders = [t for t in _COUNTED if counts[t] == largest]
    if largest == 0:
        trend, case = None, "no_trend"
    elif len(leaders) > 1:
        trend, case = None, "unclear"
    else:
        trend, case = leaders[0], leaders[0].value
    explanation = Explanation(rule=RULE, kind=RULE, case=case, outcome=case, inputs=inputs)
    return TrendRollup(trend, explanation)
