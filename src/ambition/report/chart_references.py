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

A series has the same style in every chart of a report, whatever its place in each indicator's
file (Aneby is not orange in one chart and dotted grey in the next): ``reference_styles`` gives
the styles once per report, from all the report's indicators, by the series' id (the key under
``references:``, as ``ambition.yaml`` names it), and every chart of the report, its split pages,
its PDF and Word and its Markdown charts, draws with them. The rule:

- each series is counted in the report's indicators that keep it as a series of values (a group
  has no line); they are ranked by that count, most first, and on equal counts by their order:
  their place under ``references:`` in ``ambition.yaml``, those not named there after them in
  the order they first appear (the report's order of indicators, then the file's);
- the ``MAX_LINES`` first of that ranking are fixed: each gets a style of its own, in their
  order (so with six series or fewer, as in Vaggeryd's data, Riket is style 0, Aneby style 1,
  …, as ``ambition.yaml`` lists them), and keeps it in every chart;
- a rarer series (more distinct series in the report than the palette has) prefers the style of
  its rank modulo ``MAX_LINES``; in a chart where a series drawn beside it has that style, it
  takes the lowest style no series drawn there has. The chart's series are styled in the
  ranking's order, so the more frequent keeps its preference. Since at most ``MAX_LINES`` series
  are drawn in a chart, two series in one chart never share a style.

A series the report's ranking does not know (a chart built on its own) ranks after the known
ones, in the file's order.

The path of a ``trajectory`` target runs in straight lines from the baseline through each
target with a value, in year order (``method/rules/trajectory.py``); interim targets are its
corners, marked as every target is.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

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
    style (0 … ``MAX_LINES`` − 1, given by ``ReferenceStyles.apply``; 0 before it);
    ``segments`` are its lines once placed (``place``)."""

    id: str
    name: str
    values: Mapping[int, float]
    style: int = 0
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


@dataclass(frozen=True)
class ReferenceStyles:
    """The styles of a report's reference series (see the module docstring): ``ranking`` is
    every series id of the report, most frequent first; ``fixed`` maps the ``MAX_LINES`` first
    of them to their style. Empty: every series ranks by its place in the chart."""

    ranking: tuple[str, ...] = ()
    fixed: Mapping[str, int] = field(default_factory=dict)

    def apply(self, drawn: Sequence[ReferenceSeriesDrawn]) -> list[ReferenceSeriesDrawn]:
        """``drawn`` (the series drawn in one chart, at most ``MAX_LINES``) in the same order,
        each with its style: a fixed series its own, any other its preferred style unless a
        series drawn beside it has it, else the lowest free one. Raises ValueError for more
        than ``MAX_LINES`` series."""
        if len(drawn) > MAX_LINES:
            raise ValueError(f"{len(drawn)} series in one chart; at most {MAX_LINES} are drawn")
        rank = {ref_id: k for k, ref_id in enumerate(self.ranking)}
        for item in drawn:  # a series the ranking does not know: after the known ones
            rank.setdefault(item.id, len(rank))
        order = sorted(range(len(drawn)), key=lambda k: rank[drawn[k].id])
        styles: dict[int, int] = {}
        taken = {self.fixed[s.id] for s in drawn if s.id in self.fixed}
        for k in order:
            ref_id = drawn[k].id
            if ref_id in self.fixed:
                styles[k] = self.fixed[ref_id]
                continue
            preferred = rank[ref_id] % MAX_LINES
            style = preferred if preferred not in taken else min(set(range(MAX_LINES)) - taken)
            styles[k] = style
            taken.add(style)
        return [replace(item, style=styles[k]) for k, item in enumerate(drawn)]


def reference_styles(indicators: Iterable[Indicator], named: Sequence[str] = ()) -> ReferenceStyles:
    """The styles of the reference series of a report of ``indicators`` (in the report's
    order), by the rule of the module docstring; ``named`` are the ids of ``ambition.yaml``'s
    ``references:`` in its order. The series (not groups) with values are ranked by how many of
    ``indicators`` keep them, then by their order (``named``, then first appearance); the
    ``MAX_LINES`` first get a style each in that order. Example: Riket in 3 indicators, Aneby
    in 2 and Gnosjö in 1, none named, Aneby before Riket in the first file: the ranking is
    Riket, Aneby, Gnosjö; Aneby is style 0, Riket 1 and Gnosjö 2."""
    counts: dict[str, int] = {}  # in order of first appearance
    for indicator in indicators:
        for ref_id, reference in indicator.references.items():
            if not reference.is_group and reference.values:
                counts[ref_id] = counts.get(ref_id, 0) + 1
    place = {ref_id: k for k, ref_id in enumerate(named)}
    order = sorted(counts, key=lambda ref_id: place.get(ref_id, len(place)))  # stable
    position = {ref_id: k for k, ref_id in enumerate(order)}
    ranking = tuple(sorted(order, key=lambda ref_id: (-counts[ref_id], position[ref_id])))
    fixed = sorted(ranking[:MAX_LINES], key=position.__getitem__)
    return ReferenceStyles(ranking, {ref_id: style for style, ref_id in enumerate(fixed)})


def candidates(indicator: Indicator, first_year: int, last_year: int) -> list[ReferenceSeriesDrawn]:
    """The indicator's single reference series (not groups) with their values in
    ``first_year``–``last_year``, those with any, in the file's order."""
    found: list[ReferenceSeriesDrawn] = []
    for ref_id, reference in indicator.references.items():
        values = {y: v for y, v in reference.values.items() if first_year <= y <= last_year}
        if not reference.is_group and values:
            found.append(ReferenceSeriesDrawn(ref_id, reference.name, values))
    return found


def fitting(
    series: Sequence[ReferenceSeriesDrawn], data: Sequence[float], min_share: float
) -> tuple[list[ReferenceSeriesDrawn], list[ReferenceSeriesDrawn]]:
    """``series`` split into those drawn and those only in the table: a series is drawn when,
    with the ones drawn before it, the span of ``data`` (the indicator's own values and
    baseline) stays at least ``min_share`` of the whole span, and while fewer than
    ``MAX_LINES`` are drawn. The styles are the report's (``ReferenceStyles.apply``)."""
    low, high = extent(data)
    own = (high - low) or abs(high) * 0.2 or 1.0
    drawn: list[ReferenceSeriesDrawn] = []
    left: list[ReferenceSeriesDrawn] = []
    for item in series:
        new_low, new_high = extent([low, high, *item.values.values()])
        if len(drawn) < MAX_LINES and own / ((new_high - new_low) or 1.0) >= min_share:
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
