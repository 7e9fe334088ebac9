"""An indicator's line chart, computed here so the SVG template only draws.

``build_chart`` assembles a ``Chart`` from the geometry of :mod:`ambition.report.chart_geometry`
(scales, ticks, points, lines, marks) and the words of :mod:`ambition.report.chart_text` (title,
description, legend, tables).

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

from collections.abc import Mapping
from dataclasses import dataclass

from ambition.models import Indicator, Period, Target
from ambition.numbers import format_number
from ambition.report.chart_geometry import (
    Break,
    LinearScale,
    Link,
    Marker,
    OffScale,
    Point,
    Segment,
    TargetMark,
    Tick,
    extent,
    label_position,
    links,
    segments,
    value_ticks,
    year_ticks,
)
from ambition.report.chart_references import (
    ReferenceSeriesDrawn,
    ReferenceStyles,
    ReferenceTable,
    TargetPath,
    candidates,
    fitting,
    format_with,
    legend_and_description,
    place,
    reference_styles,
    reference_table,
    target_path,
)
from ambition.report.chart_series import (
    MarkedYear,
    SeriesLine,
    breakdown_values,
    marked_years,
    series_description,
    series_legend,
    series_lines,
    series_rows,
)
from ambition.report.chart_text import LegendEntry, TableRow, chart_words

WIDTH = 340
HEIGHT = 230
MARGIN_TOP = 34
MARGIN_RIGHT = 24
MARGIN_BOTTOM = 34
FONT_SIZE = 13
DIGIT_WIDTH = 8
"""Generous advance of one character at ``FONT_SIZE``, used to make room for the y labels."""
MIN_DATA_SHARE = 0.15
"""A target is kept off the scale when including it leaves the values less than this share."""


@dataclass(frozen=True)
class Chart:
    """Everything the SVG template and the data table beside it need; see the module docstring.

    ``left``, ``top``, ``right`` and ``bottom`` bound the plot area. ``zero_y`` is the y of the
    zero line when the axis crosses zero (else None). ``period_x`` marks the period, labelled at
    ``period_label_x`` with anchor ``period_anchor``. ``current`` is the value the period is
    assessed on. ``marked``, ``lines`` and ``columns`` are the additions of
    :mod:`ambition.report.chart_series`: the marked years, a line per breakdown row, and the
    data table's column per row.
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
    marked: tuple[MarkedYear, ...] = ()
    lines: tuple[SeriesLine, ...] = ()
    columns: tuple[str, ...] = ()
    references: tuple[ReferenceSeriesDrawn, ...] = ()
    path: TargetPath | None = None
    reference_table: ReferenceTable | None = None

    @property
    def title_id(self) -> str:
        """Id of the SVG ``<title>``."""
        return f"{self.id}-title"

    @property
    def desc_id(self) -> str:
        """Id of the SVG ``<desc>``."""
        return f"{self.id}-desc"


def _target_values(target: Target) -> list[float]:
    values = [target.value]
    if target.upper is not None:
        values.append(target.upper)
    if target.acceptable is not None:
        values.append(target.acceptable)
    return values


def build_chart(
    indicator: Indicator,
    period: Period,
    applicable: Target | None,
    lang: str,
    labels: Mapping[str, str],
    path: bool = False,
    styles: ReferenceStyles | None = None,
) -> Chart | None:
    """The chart of ``indicator`` as the report of ``period`` shows it, or None without values.

    Only values measured in the period's year or before are drawn. ``applicable`` is the target
    the method assessed the period against (one of ``indicator.targets``, or None); it gets a guide
    line. ``labels`` is the report's label catalogue in ``lang`` ('sv' or 'en'), see
    :mod:`ambition.report.labels`. ``path`` draws the path to the target (for an indicator
    under the ``trajectory`` rule); the reference series are drawn as ``chart_references`` says,
    with the report's ``styles`` (``chart_references.reference_styles``; None: this indicator's
    own, its series in the file's order).
    """
    observed = {y: v for y, v in indicator.measured.items() if y <= period.year}
    if not observed:
        return None
    years = sorted(observed)
    decimals, unit = indicator.decimals, indicator.unit_heading
    targets = sorted(indicator.targets, key=lambda t: t.year)

    # y extent: the values and the baseline, then the targets unless they would squash them.
    rows = breakdown_values(indicator, period.year)
    data = [observed[y] for y in years] + [v for series in rows.values() for v in series.values()]
    if indicator.baseline is not None:
        data.append(indicator.baseline.value)
    data_low, data_high = extent(data)
    # The references from the baseline on (the follow-up), else from the first value.
    start = indicator.baseline.year if indicator.baseline else years[0]
    drawn, left_out = fitting(candidates(indicator, start, period.year), data, MIN_DATA_SHARE)
    drawn = (styles or reference_styles([indicator])).apply(drawn)
    data += [v for item in drawn for v in item.values.values()]
    target_values = [v for t in targets for v in _target_values(t)]
    low, high = extent(data + target_values)
    data_span = (data_high - data_low) or abs(data_high) * 0.2 or 1.0
    keep_off = bool(target_values) and data_span / (high - low or 1.0) < MIN_DATA_SHARE
    if keep_off:
        low, high = extent(data)
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

    added = [y for y in indicator.markers if y <= period.year] + [
        y for r in rows.values() for y in r
    ]
    first_year = min([years[0], *added] + ([indicator.baseline.year] if indicator.baseline else []))
    last_year = max([years[-1], period.year] + [t.year for t in targets])
    x = LinearScale(first_year - 0.5, last_year + 0.5, left, right)

    latest = years[-1]
    preliminary = indicator.preliminary  # computed from the values on each access: once here
    points = [
        Point(
            year,
            observed[year],
            x(year),
            y(observed[year]),
            format_number(observed[year], decimals, lang),
            year == latest,
            year in preliminary,
        )
        for year in years
    ]
    runs = segments(points, links(indicator, years))

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
                label_width=DIGIT_WIDTH * len(label),
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
    words = chart_words(
        indicator,
        period_name,
        observed,
        marks,
        breaks,
        any(run.link is Link.GAP for run in runs),
        lang,
        labels,
    )
    marked = marked_years(indicator, first_year, period.year, x, labels)
    lines = series_lines(indicator, rows, x, y, WIDTH, DIGIT_WIDTH)
    extra = series_description(indicator, rows, marked, lang)
    number = format_with(decimals, lang)
    route = target_path(indicator, x, y, y_low, y_high) if path else None
    every = candidates(indicator, start, period.year)
    more_legend, more_description = legend_and_description(drawn, left_out, route, number, labels)
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
        title=words.title,
        description=" ".join(filter(None, (words.description, extra, more_description))),
        legend=words.legend
        + series_legend(indicator, lines, marked, bool(preliminary), labels)
        + more_legend,
        unit=unit,
        rows=series_rows(indicator, words.rows, rows, marked, lang, labels),
        target_rows=words.target_rows,
        marked=marked,
        lines=lines,
        columns=tuple(indicator.breakdowns[key].title for key in rows),
        references=place(drawn, x, y, number),
        path=route,
        reference_table=reference_table(every, route, years, number, labels),
    )
