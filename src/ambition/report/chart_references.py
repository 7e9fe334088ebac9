"""What an indicator's chart adds to its own values: the reference series kept with it (the
country, the county, neighbours) and, for a ``trajectory`` rule, the path to the target.

The reference series are drawn from the baseline's year (the follow-up) or, without a
baseline, from the first value, up to the period; the table beside the chart has the same
years of them.

Each reference series is a line of its own style (``style``: an index into the palette of
``templates/_chart_references.svg.j2``, a colour and a dash pattern, so no series is told by
colour alone), named in the legend, and every reference value is in a table beside the chart.
A series is drawn only when it fits the chart's scale: one that would leave the indicator's own
values less than ``chart.MIN_DATA_SHARE`` of the height (the country's population beside a
municipality's) is only in the table, and the description says so. At most ``MAX_LINES`` series
are drawn, in the order of the indicator file.

The path of a ``trajectory`` target runs in straight lines from the baseline through each
target with a value, in year order (``method/rules/trajectory.py``); interim targets are its
corners, marked as every target is.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ambition.method.targets import path_value
from ambition.models import Indicator
from ambition.numbers import format_number
from ambition.report.chart_geometry import LinearScale, Link, Point, Segment, extent, segments
from ambition.report.chart_text import LegendEntry

MAX_LINES = 6
"""The most reference series drawn in one chart (the palette's size); the rest are in the table."""


@dataclass(frozen=True)
class ReferenceSeriesDrawn:
    """A reference series in a chart: its id, name, values (years in the chart's range) and
    style (0 … ``MAX_LINES`` − 1); ``segments`` are its lines once placed (``place``)."""

    id: str
    name: str
    values: Mapping[int, float]
    style: int
    segments: tuple[Segment, ...] = ()


@dataclass(frozen=True)
class TargetPath:
    """The path of a ``trajectory`` target: its corners (the baseline, then each target)."""

    points: tuple[Point, ...]

    @property
    def polyline(self) -> str:
        """The ``points`` attribute of an SVG polyline."""
        return Segment(Link.MEASURED, self.points).polyline


@dataclass(frozen=True)
class ReferenceTable:
    """The table of the reference series beside a chart: the column names, then one row per
    year (the year and a formatted value or "" per column)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


def candidates(indicator: Indicator, first_year: int, last_year: int) -> list[ReferenceSeriesDrawn]:
    """The indicator's single reference series (not groups) with their values in
    ``first_year``–``last_year``, those with any, in the file's order."""
    found: list[ReferenceSeriesDrawn] = []
    for ref_id, reference in indicator.references.items():
        values = {y: v for y, v in reference.values.items() if first_year <= y <= last_year}
        if not reference.is_group and values:
            found.append(ReferenceSeriesDrawn(ref_id, reference.name, values, len(found)))
    return found


def fitting(
    series: Sequence[ReferenceSeriesDrawn], data: Sequence[float], min_share: float
) -> tuple[list[ReferenceSeriesDrawn], list[ReferenceSeriesDrawn]]:
    """``series`` split into those drawn and those only in the table: a series is drawn when,
    with the ones drawn before it, the span of ``data`` (the indicator's own values and
    baseline) stays at least ``min_share`` of the whole span, and when its style (its place
    among the indicator's series, so a series keeps its style from chart to chart) is below
    ``MAX_LINES``."""
    low, high = extent(data)
    own = (high - low) or abs(high) * 0.2 or 1.0
    drawn: list[ReferenceSeriesDrawn] = []
    left: list[ReferenceSeriesDrawn] = []
    for item in series:
        new_low, new_high = extent([low, high, *item.values.values()])
        if item.style < MAX_LINES and own / ((new_high - new_low) or 1.0) >= min_share:
            drawn.append(item)
            low, high = new_low, new_high
        else:
            left.append(item)
    return drawn, left


def place(
    series: Sequence[ReferenceSeriesDrawn],
    x: LinearScale,
    y: LinearScale,
    number: Callable[[float], str],
) -> tuple[ReferenceSeriesDrawn, ...]:
    """``series`` with their lines in user units: consecutive years joined by a line, years
    further apart than the series' usual interval by the same line (a reference has no marks
    of its own between measurements)."""
    placed = []
    for item in series:
        years = sorted(item.values)
        points = [
            Point(
                year,
                item.values[year],
                x(year),
                y(item.values[year]),
                number(item.values[year]),
                False,
            )
            for year in years
        ]
        runs = segments(points, [Link.MEASURED] * (len(points) - 1))
        if len(points) == 1:  # one year: a short level line, so the value is seen
            one = points[0]
            ends = (
                Point(one.year, one.value, round(one.x - 8, 1), one.y, one.label, False),
                Point(one.year, one.value, round(one.x + 8, 1), one.y, one.label, False),
            )
            runs = [Segment(Link.MEASURED, ends)]
        placed.append(
            ReferenceSeriesDrawn(item.id, item.name, item.values, item.style, tuple(runs))
        )
    return tuple(placed)


def path_corners(indicator: Indicator) -> list[tuple[int, float]]:
    """The corners of the path from the baseline through each target with a value after it,
    in year order; empty without a baseline or such a target."""
    if indicator.baseline is None:
        return []
    base = indicator.baseline
    targets = sorted(
        (t for t in indicator.targets if t.year > base.year and not t.directional),
        key=lambda t: t.year,
    )
    if not targets:
        return []
    return [(base.year, base.value), *((t.year, t.value) for t in targets)]


def target_path(
    indicator: Indicator, x: LinearScale, y: LinearScale, low: float, high: float
) -> TargetPath | None:
    """The path of ``path_corners`` in user units, or None when there is none or a corner lies
    outside the y axis ``low``–``high`` (a target off the scale)."""
    corners = path_corners(indicator)
    if not corners or any(not low <= value <= high for _, value in corners):
        return None
    return TargetPath(
        tuple(Point(year, value, x(year), y(value), "", False) for year, value in corners)
    )


def legend_and_description(
    drawn: Sequence[ReferenceSeriesDrawn],
    left: Sequence[ReferenceSeriesDrawn],
    path: TargetPath | None,
    number: Callable[[float], str],
    labels: Mapping[str, str],
) -> tuple[tuple[LegendEntry, ...], str]:
    """The legend entries (``reference-<style>``, ``path``) and the sentences of the
    description that the reference series and the path add."""
    legend = [
        LegendEntry(f"reference-{item.style}", labels["legend_reference"].format(name=item.name))
        for item in drawn
    ]
    sentences = []
    if drawn:
        names = ", ".join(item.name for item in drawn)
        sentences.append(labels["chart_desc_references"].format(names=names))
    if left:
        names = ", ".join(item.name for item in left)
        sentences.append(labels["chart_desc_references_left"].format(names=names))
    if path is not None:
        first, last = path.points[0], path.points[-1]
        text = labels["legend_path"].format(
            baseline=number(first.value),
            baseline_year=first.year,
            target=number(last.value),
            target_year=last.year,
        )
        legend.append(LegendEntry("path", text))
        sentences.append(f"{text}.")
    return tuple(legend), " ".join(sentences)


def reference_table(
    series: Sequence[ReferenceSeriesDrawn],
    path: TargetPath | None,
    years: Sequence[int],
    number: Callable[[float], str],
    labels: Mapping[str, str],
) -> ReferenceTable | None:
    """The table of every reference series (drawn or not) and the path's value, one row per
    year of ``years`` (the chart's values) that has any; None when there is nothing to show."""
    if not series and path is None:
        return None
    columns = [item.name for item in series]
    corners = [(p.year, p.value) for p in path.points] if path is not None else []
    if path is not None:
        columns.append(labels["path_column"])
    rows = []
    for year in years:
        cells = [number(item.values[year]) if year in item.values else "" for item in series]
        if corners:
            cells.append(number(path_value(corners, year)) if year >= corners[0][0] else "")
        if any(cells):
            rows.append((year, tuple(cells)))
    return ReferenceTable(tuple(columns), tuple(rows)) if rows else None


def format_with(decimals: int, lang: str) -> Callable[[float], str]:
    """A formatter of numbers with ``decimals`` in ``lang``."""
    return lambda value: format_number(value, decimals, lang)
