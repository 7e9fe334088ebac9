"""What a chart adds for the kinds of value of issue 13: marked years, preliminary values and
breakdown rows (women and men, rows of one's own).

- A marked year (statistics missing, reported later, confidential) is a symbol on the x axis,
  never a point: no number is drawn where there is none. Its words stand in the data table.
- A preliminary value is a hollow point (``Point.preliminary``), "preliminärt" in the table.
- Each breakdown row is a line of its own, labelled with its title at its last value, in its
  own colour and dash pattern (women dashed, men dotted), so it reads without colour too; the
  data table gets a column per row.

Every word comes from the report's label catalogue, every number from ``ambition.numbers``.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ambition.models import Indicator
from ambition.models.value import measured
from ambition.numbers import format_number
from ambition.report.chart_text import LegendEntry, TableRow

STYLES = {"kvinnor": ("#a3320b", "8 4"), "man": ("#1d6b57", "2 3")}
"""Colour (at least 3:1 on white) and dash pattern of the gender rows."""
OTHER_STYLE = ("#4d555e", "12 3 2 3")
"""Colour and dash pattern of a row of one's own."""


@dataclass(frozen=True)
class MarkedYear:
    """A year with a marker, drawn on the x axis at ``x``; ``text`` is the marker's words."""

    year: int
    x: float
    text: str


@dataclass(frozen=True)
class SeriesLine:
    """A breakdown row drawn as a line: ``points`` in user units, its ``title`` written at
    ``(label_x, label_y)`` with SVG ``label_anchor``, its ``colour`` and SVG ``dash``
    pattern."""

    breakdown: str
    title: str
    points: tuple[tuple[float, float], ...]
    colour: str
    dash: str
    label_x: float
    label_y: float
    label_anchor: str = "start"

    @property
    def polyline(self) -> str:
        """The ``points`` attribute of an SVG polyline: 'x,y x,y …'."""
        return " ".join(f"{x:g},{y:g}" for x, y in self.points)


def breakdown_values(indicator: Indicator, year: int) -> dict[str, dict[int, float]]:
    """The measured values of each breakdown row up to ``year``, by breakdown id."""
    return {
        key: {y: v for y, v in measured(row.values).items() if y <= year}
        for key, row in indicator.breakdowns.items()
    }


def marked_years(
    indicator: Indicator,
    first: int,
    last: int,
    x: Callable[[float], float],
    labels: Mapping[str, str],
) -> tuple[MarkedYear, ...]:
    """The marked years of ``indicator`` from ``first`` to ``last``, at their ``x``."""
    return tuple(
        MarkedYear(year, x(year), labels[f"marker_{marker.value}"])
        for year, marker in indicator.markers.items()
        if first <= year <= last
    )


def series_lines(
    indicator: Indicator,
    values: Mapping[str, Mapping[int, float]],
    x: Callable[[float], float],
    y: Callable[[float], float],
    width: float,
    char_width: float,
) -> tuple[SeriesLine, ...]:
    """One line per breakdown row with values (``breakdown_values``), labelled at its end:
    after its last point, or before it, ending there, where the title would pass ``width``
    (at ``char_width`` user units a character)."""
    lines = []
    for key, series in values.items():
        if not series:
            continue
        colour, dash = STYLES.get(key, OTHER_STYLE)
        points = tuple((x(year), y(value)) for year, value in sorted(series.items()))
        last_x, last_y = points[-1]
        title = indicator.breakdowns[key].title
        fits = last_x + 6 + char_width * len(title) <= width
        lines.append(
            SeriesLine(
                key,
                title,
                points,
                colour,
                dash,
                round(last_x + 6 if fits else last_x - 6, 1),
                round(last_y + 4 if fits else last_y - 8, 1),
                "start" if fits else "end",
            )
        )
    return tuple(lines)


def series_legend(
    indicator: Indicator,
    lines: Sequence[SeriesLine],
    marked: Sequence[MarkedYear],
    preliminary: bool,
    labels: Mapping[str, str],
) -> tuple[LegendEntry, ...]:
    """The legend entries the additions need: one per line, preliminary values, marked years."""
    entries = [LegendEntry(f"line_{line.breakdown}", line.title) for line in lines]
    if preliminary:
        entries.append(LegendEntry("preliminary", labels["legend_preliminary"]))
    if marked:
        entries.append(LegendEntry("marker", labels["legend_marker"]))
    return tuple(entries)


def series_description(
    indicator: Indicator,
    values: Mapping[str, Mapping[int, float]],
    marked: Sequence[MarkedYear],
    lang: str,
) -> str:
    """Sentences for screen readers: each row's latest value, each marked year's words."""
    parts = []
    for key, series in values.items():
        if series:
            year = max(series)
            number = format_number(series[year], indicator.decimals, lang)
            parts.append(f"{indicator.breakdowns[key].title}: {number} ({year}).")
    parts.extend(f"{item.year}: {item.text}." for item in marked)
    return " ".join(parts)


def series_rows(
    indicator: Indicator,
    rows: Sequence[TableRow],
    values: Mapping[str, Mapping[int, float]],
    marked: Sequence[MarkedYear],
    lang: str,
    labels: Mapping[str, str],
) -> tuple[TableRow, ...]:
    """The data table's rows with what the chart adds: a row per marked year (the marker's
    words as its value), 'preliminärt' on a preliminary value, and a cell per breakdown row
    (``TableRow.extra``, '–' where the row has no value that year)."""
    preliminary = indicator.preliminary  # computed from the values on each access: once here
    if not values and not marked and not preliminary:
        return tuple(rows)  # nothing to add: the rows as chart_text wrote them, in year order
    by_year = {row.year: row for row in rows}
    for item in marked:
        by_year.setdefault(item.year, TableRow(item.year, item.text, ()))
    years = set(by_year) | {year for series in values.values() for year in series}
    found = []
    for year in sorted(years):
        row = by_year.get(year, TableRow(year, "–", ()))
        notes = row.notes
        if year in preliminary:
            notes = (labels["preliminary"], *notes)
        extra = tuple(
            format_number(series[year], indicator.decimals, lang) if year in series else "–"
            for series in values.values()
        )
        found.append(TableRow(row.year, row.value, notes, extra))
    return tuple(found)
