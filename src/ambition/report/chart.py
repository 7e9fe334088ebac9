"""Geometry of an indicator's line chart, computed here so the SVG template only draws.

A chart shows the indicator's values up to the period's year, its baseline, its targets and the
period. Coordinates are SVG user units in a ``WIDTH`` × ``HEIGHT`` view box (origin top left,
y downwards), rounded to 0.1. Everything a chart writes (tick labels, title, description, legend,
table) is already in the report's language, with numbers from :mod:`ambition.numbers`.

Rules, so the picture never misleads:

- the x axis runs from the first value (or the baseline) to the last of the values, the period
  and the targets, half a year of padding each side; at most ``MAX_YEAR_TICKS`` year ticks;
- the y axis covers the values, the baseline and the targets with "nice" ticks (1, 2, 2.5, 5 ×
  10ⁿ); it starts at zero when every value is positive and the smallest is at most half the
  largest, and a zero line is drawn whenever the axis crosses zero;
- a target so far from the values that they would fill less than ``MIN_DATA_SHARE`` of the
  height stays off the scale: it is drawn at the edge as an arrow and said to be off the scale;
- consecutive values are joined by a solid line; values further apart than the series' usual
  interval by a dashed line (years without measurement); values on either side of a series
  break are not joined, and the break is marked.
"""

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import StrEnum

from ambition.method.target_level import describe_target
from ambition.models import Comparison, Indicator, Period, Target
from ambition.numbers import format_number

WIDTH = 600
HEIGHT = 270
MARGIN_TOP = 34
MARGIN_RIGHT = 24
MARGIN_BOTTOM = 34
FONT_SIZE = 14
DIGIT_WIDTH = 8
"""Generous advance of one character at ``FONT_SIZE``, used to make room for the y labels."""
MAX_YEAR_TICKS = 8
YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
Y_INTERVALS = 5
"""The y step is the nice number at or above a fifth of the span."""
MIN_DATA_SHARE = 0.15
"""A target is kept off the scale when including it leaves the values less than this share."""


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
    """A measured value at ``(x, y)``; ``current`` marks the value the period is assessed on."""

    year: int
    value: float
    x: float
    y: float
    label: str
    current: bool


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
    ``label`` is written at ``(label_x, label_y)`` with SVG ``text-anchor`` ``label_anchor``.
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
class LegendEntry:
    """One line of the legend: ``kind`` selects the swatch, ``text`` says what it means."""

    kind: str
    text: str


@dataclass(frozen=True)
class TableRow:
    """One row of the chart's data table: year, formatted value and notes."""

    year: int
    value: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Chart:
    """Everything the SVG template and the data table beside it need; see the module docstring.

    ``left``, ``top``, ``right`` and ``bottom`` bound the plot area. ``zero_y`` is the y of the
    zero line when the axis crosses zero (else None). ``period_x`` marks the period, labelled at
    ``period_label_x`` with anchor ``period_anchor``. ``current`` is the value the period is
    assessed on.
    """

    id: str
    width: int
    height: int
    left: float
    top: float
    right: float
    bottom: float
    font_size: int
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    zero_y: float | None
    segments: tuple[Segment, ...]
    points: tuple[Point, ...]
    baseline: Marker | None
    targets: tuple[TargetMark, ...]
    breaks: tuple[Break, ...]
    period_x: float
    period_label: str
    period_label_x: float
    period_anchor: str
    current: Point
    title: str
    description: str
    legend: tuple[LegendEntry, ...]
    unit: str
    rows: tuple[TableRow, ...]
    target_rows: tuple[TableRow, ...]

    @property
    def title_id(self) -> str:
        """Id of the SVG ``<title>``."""
        return f"{self.id}-title"

    @property
    def desc_id(self) -> str:
        """Id of the SVG ``<desc>``."""
        return f"{self.id}-desc"


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
    they are further apart than the smallest interval of the series, else MEASURED."""
    if len(years) < 2:
        return []
    usual = min(b - a for a, b in itertools.pairwise(years))
    result: list[Link | None] = []
    for a, b in itertools.pairwise(years):
        if any(a < year <= b for year in indicator.series_breaks):
            result.append(None)
        elif b - a > usual:
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


def _target_values(target: Target) -> list[float]:
    values = [target.value]
    if target.upper is not None:
        values.append(target.upper)
    if target.acceptable is not None:
        values.append(target.acceptable)
    return values


def _extent(values: Sequence[float]) -> tuple[float, float]:
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


def build_chart(
    indicator: Indicator,
    period: Period,
    applicable: Target | None,
    lang: str,
    labels: Mapping[str, str],
) -> Chart | None:
    """The chart of ``indicator`` as the report of ``period`` shows it, or None without values.

    Only values measured in the period's year or before are drawn. ``applicable`` is the target
    the method assessed the period against (one of ``indicator.targets``, or None); it gets a guide
    line. ``labels`` is the report's label catalogue in ``lang`` ('sv' or 'en'), see
    :mod:`ambition.report.labels`.
    """
    observed = {y: v for y, v in indicator.values.items() if y <= period.year}
    if not observed:
        return None
    years = sorted(observed)
    decimals, unit = indicator.decimals, indicator.unit
    targets = sorted(indicator.targets, key=lambda t: t.year)

    # y extent: the values and the baseline, then the targets unless they would squash them.
    data = [observed[y] for y in years]
    if indicator.baseline is not None:
        data.append(indicator.baseline.value)
    data_low, data_high = _extent(data)
    target_values = [v for t in targets for v in _target_values(t)]
    low, high = _extent(data + target_values)
    data_span = (data_high - data_low) or abs(data_high) * 0.2 or 1.0
    keep_off = bool(target_values) and data_span / (high - low or 1.0) < MIN_DATA_SHARE
    if keep_off:
        low, high = data_low, data_high
        for value in target_values:
            if data_low <= value <= data_high:
                low, high = min(low, value), max(high, value)
    ticks, tick_decimals = value_ticks(low, high)
    y_low, y_high = float(ticks[0]), float(ticks[-1])
    tick_labels = [format_number(float(t), tick_decimals, lang) for t in ticks]

    left = float(16 + DIGIT_WIDTH * max(len(label) for label in tick_labels))
    top, right, bottom = (
        float(MARGIN_TOP),
        float(WIDTH - MARGIN_RIGHT),
        float(HEIGHT - MARGIN_BOTTOM),
    )
    y = LinearScale(y_low, y_high, bottom, top)

    first_year = min([years[0]] + ([indicator.baseline.year] if indicator.baseline else []))
    last_year = max([years[-1], period.year] + [t.year for t in targets])
    x = LinearScale(first_year - 0.5, last_year + 0.5, left, right)

    latest = years[-1]
    points = [
        Point(
            year,
            observed[year],
            x(year),
            y(observed[year]),
            format_number(observed[year], decimals, lang),
            year == latest,
        )
        for year in years
    ]
    runs = segments(points, links(indicator, years))

    def number(value: float) -> str:
        return format_number(value, decimals, lang)

    marks: list[TargetMark] = []
    for target in targets:
        off: OffScale | None = None
        target_y = y(target.value)
        if target.value > y_high:
            off, target_y = OffScale.ABOVE, top
        elif target.value < y_low:
            off, target_y = OffScale.BELOW, bottom
        upper = target.upper
        acceptable = target.acceptable
        label = labels["chart_target"].format(year=target.year)
        label_x, label_y, anchor = label_position(
            x(target.year),
            target_y + (4 if off is OffScale.ABOVE else 0),
            DIGIT_WIDTH * len(label),
            left,
            right,
            above=off is not OffScale.ABOVE,
        )
        marks.append(
            TargetMark(
                year=target.year,
                x=x(target.year),
                y=target_y,
                y_upper=y(upper) if upper is not None and y_low <= upper <= y_high else None,
                y_acceptable=(
                    y(acceptable)
                    if acceptable is not None and y_low <= acceptable <= y_high
                    else None
                ),
                off_scale=off,
                label=label,
                label_x=label_x,
                label_y=label_y,
                label_anchor=anchor,
                applicable=target == applicable,
            )
        )

    baseline = None
    if indicator.baseline is not None:
        b = indicator.baseline
        baseline = Marker(b.year, b.value, x(b.year), y(b.value))

    breaks = [
        Break(year, x(year - 0.5), note)
        for year, note in sorted(indicator.series_breaks.items())
        if first_year < year <= last_year
    ]

    period_name = period.title or str(period.year)
    title = labels["chart_title"].format(
        title=indicator.title,
        years=str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}",
    )

    def target_text(target: Target) -> str:
        return f"{describe_target(target, unit, decimals, lang)} ({target.year})"

    sentences: list[str] = []
    if len(years) == 1:
        sentences.append(
            labels["chart_desc_single"].format(unit=unit, value=number(data[0]), year=years[0])
        )
    else:
        values_by_size = sorted(years, key=lambda year: (observed[year], year))
        lowest, highest = values_by_size[0], values_by_size[-1]
        sentences.append(
            labels["chart_desc_series"].format(
                count=len(years), unit=unit, first_year=years[0], last_year=years[-1]
            )
        )
        sentences.append(
            labels["chart_desc_range"].format(
                first=number(observed[years[0]]),
                first_year=years[0],
                last=number(observed[latest]),
                last_year=latest,
                min=number(observed[lowest]),
                min_year=lowest,
                max=number(observed[highest]),
                max_year=highest,
            )
        )
    legend = [LegendEntry("values", labels["legend_values"])]
    if any(run.link is Link.GAP for run in runs):
        sentences.append(labels["chart_desc_gaps"])
        legend.append(LegendEntry("gap", labels["legend_gap"]))
    if indicator.baseline is not None:
        text = labels["legend_baseline"].format(
            year=indicator.baseline.year, value=number(indicator.baseline.value)
        )
        sentences.append(f"{text}.")
        legend.append(LegendEntry("baseline", text))
    for target, mark in zip(targets, marks, strict=True):
        text = labels["legend_target"].format(text=target_text(target))
        if mark.off_scale is not None:
            text += f" ({labels['off_scale']})"
        sentences.append(f"{text}.")
        legend.append(LegendEntry("target_off" if mark.off_scale else "target", text))
        if target.acceptable is not None and target.comparison is not Comparison.BETWEEN:
            acceptable_text = labels["legend_acceptable"].format(
                value=number(target.acceptable), year=target.year
            )
            sentences.append(f"{acceptable_text}.")
            if mark.y_acceptable is not None:
                legend.append(LegendEntry("acceptable", acceptable_text))
    for item in breaks:
        text = labels["legend_break"].format(year=item.year)
        sentences.append(f"{text}: {item.note.rstrip('.')}.")
        legend.append(LegendEntry("break", text))
    period_text = labels["legend_period"].format(period=period_name)
    sentences.append(f"{period_text}.")
    legend.append(LegendEntry("period", period_text))
    sentences.append(labels["chart_desc_table"])

    notes: dict[int, list[str]] = {year: [] for year in years}
    if indicator.baseline is not None and indicator.baseline.year in notes:
        notes[indicator.baseline.year].append(labels["baseline"])
    for item in breaks:
        if item.year in notes:
            notes[item.year].append(f"{labels['legend_break'].format(year=item.year)}: {item.note}")
    notes[latest].append(labels["latest_for_period"])
    rows = tuple(TableRow(year, number(observed[year]), tuple(notes[year])) for year in years)
    target_rows = tuple(
        TableRow(
            t.year,
            number(t.value) if t.upper is None else f"{number(t.value)}–{number(t.upper)}",
            (f"{labels['target']}: {target_text(t)}",),
        )
        for t in targets
    )

    zero_y = y(0.0) if y_low < 0 < y_high else None
    period_x = x(period.year)
    if period_x > (left + right) / 2:
        period_label_x, period_anchor = period_x - 6, "end"
    else:
        period_label_x, period_anchor = period_x + 6, "start"

    return Chart(
        id=f"chart-{indicator.id}",
        width=WIDTH,
        height=HEIGHT,
        left=left,
        top=top,
        right=right,
        bottom=bottom,
        font_size=FONT_SIZE,
        x_ticks=tuple(
            Tick(year, x(year), str(year)) for year in year_ticks(first_year - 0.5, last_year + 0.5)
        ),
        y_ticks=tuple(
            Tick(float(t), y(float(t)), label) for t, label in zip(ticks, tick_labels, strict=True)
        ),
        zero_y=zero_y,
        segments=tuple(runs),
        points=tuple(points),
        baseline=baseline,
        targets=tuple(marks),
        breaks=tuple(breaks),
        period_x=period_x,
        period_label=period_name,
        period_label_x=round(period_label_x, 1),
        period_anchor=period_anchor,
        current=points[-1],
        title=title,
        description=" ".join(sentences),
        legend=tuple(legend),
        unit=unit,
        rows=rows,
        target_rows=target_rows,
    )
