"""The geometry of an indicator's chart, in SVG user units: linear scales, "nice" value ticks,
year ticks, where a label goes, and the parts drawn (the points, the lines joining them, the
target marks, the baseline, the series breaks).

The view box has its origin top left and y downwards; positions are rounded to 0.1. What the
chart shows, and why, is said in :mod:`ambition.report.chart`.
"""

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import StrEnum

from ambition.models import Indicator

MAX_YEAR_TICKS = 6
YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
Y_INTERVALS = 5
"""The y step is the nice number at or above a fifth of the span."""


class Link(StrEnum):
    """How two consecutive values are joined."""

    MEASURED = "measured"
    GAP = "gap"


class OffScale(StrEnum):
    """Where a target outside the y axis lies."""

    ABOVE = "above"
    BELOW = "below"


@dataclass(frozen=True)
class Tick:
    """An axis tick: the value (a year on the x axis), its position in user units and label."""

    value: float
    position: float
    label: str


@dataclass(frozen=True)
class Point:
    """A measured value at ``(x, y)``; ``current`` marks the value the period is assessed on,
    ``preliminary`` a preliminary value (drawn hollow)."""

    year: int
    value: float
    x: float
    y: float
    label: str
    current: bool
    preliminary: bool = False


@dataclass(frozen=True)
class Segment:
    """A run of points joined by one kind of line."""

    link: Link
    points: tuple[Point, ...]

    @property
    def polyline(self) -> str:
        """The ``points`` attribute of an SVG polyline: 'x,y x,y …'."""
        return " ".join(f"{_fmt(p.x)},{_fmt(p.y)}" for p in self.points)


@dataclass(frozen=True)
class TargetMark:
    """A target drawn at its year: ``y`` its value, ``y_upper`` the upper bound of a range.

    ``off_scale`` says where it lies when it is outside the y axis (then ``y`` is at the edge);
    ``y_acceptable`` is the level acceptable in the shorter term, when given and on the scale.
    ``applicable`` marks the target the period is assessed against (it gets a guide line).
    ``label`` is written at ``(label_x, label_y)`` with SVG ``text-anchor`` ``label_anchor``;
    ``label_width`` is its generous width in user units, for ``label_box``.
    """

    year: int
    x: float
    y: float
    y_upper: float | None
    y_acceptable: float | None
    off_scale: OffScale | None
    label: str
    label_x: float
    label_y: float
    label_anchor: str
    applicable: bool
    label_width: float = 0.0

    @property
    def label_box(self) -> tuple[float, float, float, float]:
        """The box behind the label, x, y, width and height in user units: the label's width
        and 2 units more each side, from 12 above its baseline to 4 below (a 13-unit font's
        capitals and descenders). The chart draws it in white under the label, over the lines,
        so no line crosses the words ("Mål 2045" on the path to the target)."""
        start = {"start": self.label_x, "middle": self.label_x - self.label_width / 2}.get(
            self.label_anchor, self.label_x - self.label_width
        )
        return (
            round(start - 2, 1),
            round(self.label_y - 12, 1),
            round(self.label_width + 4.0, 1),
            16.0,
        )


@dataclass(frozen=True)
class Marker:
    """A single marked value, such as the baseline."""

    year: int
    value: float
    x: float
    y: float


@dataclass(frozen=True)
class Break:
    """A series break: the definition changed from ``year``; drawn half a year before it."""

    year: int
    x: float
    note: str


@dataclass(frozen=True)
class LinearScale:
    """Maps ``[low, high]`` onto ``[start, end]`` in user units (``end`` may be below ``start``)."""

    low: float
    high: float
    start: float
    end: float

    def __call__(self, value: float) -> float:
        """The position of ``value``, rounded to 0.1."""
        share = (value - self.low) / (self.high - self.low)
        return round(self.start + share * (self.end - self.start), 1)


def nice_step(raw: float) -> Decimal:
    """The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above ``raw`` (> 0), as an exact Decimal.

    Examples: 23 249 → 25 000, 501 → 1 000, 0.552 → 1, 0.3 → 0.5.
    """
    if raw <= 0 or not math.isfinite(raw):
        raise ValueError(f"a step must be a positive finite number, not {raw}")
    exponent = math.floor(math.log10(raw))
    base = Decimal(1).scaleb(exponent)
    for factor in ("1", "2", "2.5", "5", "10"):
        step = base * Decimal(factor)
        if Decimal(repr(raw)) <= step:
            return step.normalize()
    return (base * 10).normalize()


def value_ticks(low: float, high: float) -> tuple[list[Decimal], int]:
    """Nice ticks covering ``[low, high]`` and the decimals their labels need.

    The step is :func:`nice_step` of a ``Y_INTERVALS``-th of the span; the first tick is the
    largest multiple of the step at or below ``low``, the last the smallest at or above ``high``.
    ``low == high`` is widened by a tenth of the value (1 for zero) on each side.
    """
    if high < low:
        raise ValueError(f"high ({high}) is below low ({low})")
    if high == low:
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = nice_step((high - low) / Y_INTERVALS)
    first = (Decimal(repr(low)) / step).to_integral_value(rounding=ROUND_FLOOR) * step
    last = (Decimal(repr(high)) / step).to_integral_value(rounding=ROUND_CEILING) * step
    count = int((last - first) / step)
    ticks = [first + step * i for i in range(count + 1)]
    exponent = step.as_tuple().exponent
    decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    return ticks, decimals


def year_ticks(first: float, last: float) -> list[int]:
    """Years in ``[first, last]`` that are multiples of the smallest step in ``YEAR_STEPS`` giving
    at most ``MAX_YEAR_TICKS`` ticks, e.g. 1994–2022 → 1995, 2000, …, 2020."""
    for step in YEAR_STEPS:
        start = math.ceil(first / step) * step
        years = list(range(start, math.floor(last) + 1, step))
        if len(years) <= MAX_YEAR_TICKS:
            return years
    return [round((first + last) / 2)]


def links(indicator: Indicator, years: Sequence[int]) -> list[Link | None]:
    """How each pair of consecutive ``years`` is joined: None across a series break, GAP where
    they are further apart than the smallest interval of the series or a marked year lies
    between them (a marker is not a measurement), else MEASURED."""
    if len(years) < 2:
        return []
    usual = min(b - a for a, b in itertools.pairwise(years))
    breaks, marked = indicator.series_breaks, indicator.markers  # markers: built on each access
    result: list[Link | None] = []
    for a, b in itertools.pairwise(years):
        if any(a < year <= b for year in breaks):
            result.append(None)
        elif b - a > usual or any(a < year < b for year in marked):
            result.append(Link.GAP)
        else:
            result.append(Link.MEASURED)
    return result


def segments(points: Sequence[Point], joins: Sequence[Link | None]) -> list[Segment]:
    """Runs of ``points`` joined the same way; ``joins[i]`` joins ``points[i]`` and ``[i + 1]``.

    A run of one point is no line and is left out (every point is drawn as a dot anyway).
    """
    runs: list[Segment] = []
    current: list[Point] = []
    kind: Link | None = None
    for index, join in enumerate(joins):
        a, b = points[index], points[index + 1]
        if join is None:
            if len(current) > 1 and kind is not None:
                runs.append(Segment(kind, tuple(current)))
            current, kind = [], None
            continue
        if join is kind and current:
            current.append(b)
        else:
            if len(current) > 1 and kind is not None:
                runs.append(Segment(kind, tuple(current)))
            current, kind = [a, b], join
    if len(current) > 1 and kind is not None:
        runs.append(Segment(kind, tuple(current)))
    return runs


def extent(values: Sequence[float]) -> tuple[float, float]:
    """The lowest and highest of ``values`` (not empty), widened to zero when every value has
    the same sign and the one nearest zero is at most half as far from it as the other, so a
    chart of 40 and 90 starts at 0 but one of 80 and 90 does not."""
    low, high = min(values), max(values)
    if low >= 0 and low <= high / 2:
        low = 0.0
    elif high <= 0 and high >= low / 2:
        high = 0.0
    return low, high


def label_position(
    x: float, y: float, width: float, left: float, right: float, above: bool = True
) -> tuple[float, float, str]:
    """Where to write a label of ``width`` user units beside a mark at ``(x, y)``: above it
    (else below), centred, or ending at the mark near the right edge, or starting at it near the
    left edge. Returns x, y (baseline) and the SVG text-anchor."""
    label_y = round(y - 12, 1) if above else round(y + 24, 1)
    if x + width / 2 > right:
        return round(x + 8, 1), label_y, "end"
    if x - width / 2 < left:
        return round(x - 8, 1), label_y, "start"
    return x, label_y, "middle"


def _fmt(number: float) -> str:
    return f"{number:.1f}".rstrip("0").rstrip(".")
