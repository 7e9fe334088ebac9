"""Growth rates for the rules after Eurostat's method as implemented by Statistics Canada and Open SDG
(open-sdg/open-sdg, docs/progress-methodology.md).

The compound annual growth rate (CAGR) from the base (year t₀, value y₀) to the latest value
(year tᵢ, value yᵢ) is CAGRᵢ = (yᵢ / y₀)^(1 / (tᵢ − t₀)) − 1; d is +1 when an increase is desired
and −1 when a decrease is.

- ``growth_ratio`` (a target y_T in year t_T): "target achieved" is checked first; otherwise
  CAGR_T = (y_T / y₀)^(1 / (t_T − t₀)) − 1 and R = d · CAGRᵢ / |CAGR_T|; on track when
  R ≥ 0.95, acceleration needed when 0.60 ≤ R < 0.95, limited progress when 0 ≤ R < 0.60,
  deterioration when R < 0. Worked example (Statistics Canada): 20 % in 2015, 32 % in 2022,
  target 60 % by 2030: R = 0.914, acceleration needed.
- ``trend_only`` (no target): d · CAGRᵢ is classed with the thresholds 1.5 % (on track) and
  0.5 % (acceleration needed) a year; limited progress from 0; deterioration below.

Growth rates are defined only for positive values; the base is the baseline, else the first
value of the comparable series (after the last series break).
"""

import math

from ambition.method.results import Observation
from ambition.method.series import comparable
from ambition.models import Indicator
from ambition.models.method import ProgressClass

PROGRESS_CASES = tuple(c.value for c in ProgressClass if c is not ProgressClass.TARGET_ACHIEVED)
"""The progress classes a growth rate is classed in ('on_track', …, 'deterioration'), each also
a case of the rules that class one."""


def cagr(first: float, last: float, years: int) -> float:
    """Compound annual growth rate from ``first`` to ``last`` over ``years`` (> 0) years.

    Both values must be positive (callers check); e.g. cagr(20, 32, 7) = 0.06945. Returns inf
    when the ratio overflows.
    """
    try:
        return float((last / first) ** (1.0 / years) - 1.0)
    except (OverflowError, ZeroDivisionError):
        return math.inf


def growth_base(indicator: Indicator, latest: Observation) -> Observation | None:
    """The base of a growth rate up to ``latest``: the baseline when it is earlier, else the first
    comparable value when it is earlier, else None."""
    baseline = indicator.baseline
    if baseline is not None and baseline.year < latest.year:
        return Observation(baseline.year, baseline.value)
    series = comparable(indicator, latest.year)
    if series and series[0].year < latest.year:
        return series[0]
    return None


def classify(value: float, on_track: float, acceleration: float) -> ProgressClass:
    """The progress class of ``value`` (a ratio R, or a directed growth rate): on track from
    ``on_track``, acceleration needed from ``acceleration``, limited progress from 0, else
    deterioration."""
    if value >= on_track:
        return ProgressClass.ON_TRACK
    if value >= acceleration:
        return ProgressClass.ACCELERATION_NEEDED
    if value >= 0:
        return ProgressClass.LIMITED_PROGRESS
    return ProgressClass.DETERIORATION
