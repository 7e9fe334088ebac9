"""A goal's trend as the majority of its indicators' trends, 'oklar' on a tie (hand counts)."""

from ambition.method.trend_rollup import roll_up_trends
from ambition.models import Trend

UP, S, W, N = Trend.IMPROVING, Trend.STABLE, Trend.WORSENING, Trend.INSUFFICIENT_DATA


def test_the_majority_decides() -> None:
    rollup = roll_up_trends([UP, UP, UP, W, W, S, N])
    assert rollup.trend is Trend.IMPROVING
    assert dict(rollup.explanation.inputs) == {
        "improving": 3,
        "stable": 1,
        "worsening": 2,
        "insufficient_data": 1,
    }
    assert rollup.explanation.sentence("sv") == (
        "Indikatorernas trender: förbättring 3, oförändrad 1, försämring 2, så den sammanvägda "
        "trenden är förbättring."
    )


def test_a_tie_is_unclear() -> None:
    # 2 improving, 2 worsening, 1 stable: two directions share the largest count.
    rollup = roll_up_trends([UP, W, UP, W, S])
    assert (rollup.trend, rollup.explanation.case) == (None, "unclear")
    assert rollup.explanation.sentence("en") == (
        "The indicators' trends: improving 2, stable 1, worsening 2: as many in two directions, "
        "so the combined trend is unclear."
    )


def test_nothing_to_count() -> None:
    assert roll_up_trends([N, N]).explanation.case == "no_trend"
    assert roll_up_trends([]).trend is None
