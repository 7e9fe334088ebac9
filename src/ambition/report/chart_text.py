"""The words of an indicator's chart, in the report's language: its title, the description a
screen reader reads out, the legend, and the tables of values and targets beside it.

Every sentence comes from the report's label catalogue (:mod:`ambition.report.labels`) and every
number from :mod:`ambition.numbers`, with the indicator's decimals.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ambition.method.targets import describe_target
from ambition.models import Comparison, Indicator, Target
from ambition.numbers import format_number
from ambition.report.chart_geometry import Break, TargetMark


@dataclass(frozen=True)
class LegendEntry:
    """One line of the legend: ``kind`` selects the swatch, ``text`` says what it means."""

    kind: str
    text: str


@dataclass(frozen=True)
class TableRow:
    """One row of the chart's data table: year, formatted value and notes, and ``extra`` the
    formatted values of the breakdown rows (``chart_series``), one per column."""

    year: int
    value: str
    notes: tuple[str, ...]
    extra: tuple[str, ...] = ()

    @property
    def note(self) -> str:
        """The notes in one cell, joined by '; '."""
        return "; ".join(self.notes)


@dataclass(frozen=True)
class ChartWords:
    """What a chart says: ``title`` and ``description`` (the SVG ``<title>`` and ``<desc>``), the
    ``legend``, and the ``rows`` of values and ``target_rows`` of the tables beside it."""

    title: str
    description: str
    legend: tuple[LegendEntry, ...]
    rows: tuple[TableRow, ...]
    target_rows: tuple[TableRow, ...]


def chart_words(
    indicator: Indicator,
    period_name: str,
    observed: Mapping[int, float],
    marks: Sequence[TargetMark],
    breaks: Sequence[Break],
    gaps: bool,
    lang: str,
    labels: Mapping[str, str],
) -> ChartWords:
    """The words of the chart of ``indicator`` in ``lang``: ``observed`` are the values drawn
    (at least one), ``marks`` the target marks in the order of the targets by year, ``breaks``
    the series breaks drawn, ``gaps`` whether a dashed line joins values across years without
    measurement; ``period_name`` names the period followed up. ``labels`` is the report's label
    catalogue in ``lang``.
    """
    years = sorted(observed)
    latest = years[-1]
    decimals, unit = indicator.decimals, indicator.unit_text
    targets = sorted(indicator.targets, key=lambda t: t.year)

    def number(value: float) -> str:
        return format_number(value, decimals, lang)

    title = labels["chart_title"].format(
        title=indicator.title,
        years=str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}",
    )

    described: dict[int, str] = {}  # by target: the legend and the table both say it

    def target_text(target: Target) -> str:
        if id(target) not in described:
            described[id(target)] = describe_target(target, unit, decimals, lang, dated=True)
        return described[id(target)]

    sentences: list[str] = []
    if len(years) == 1:
        sentences.append(
            labels["chart_desc_single"].format(
                unit=unit, value=number(observed[years[0]]), year=years[0]
            )
        )
    else:
        values_by_size = sorted(years, key=lambda year: (observed[year], year))
        lowest, highest = values_by_size[0], values_by_size[-1]
        sentences.append(
            labels["chart_desc_series"].format(
                count=len(years),
                unit=indicator.unit_heading,
                first_year=years[0],
                last_year=years[-1],
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
    if gaps:
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

    return ChartWords(title, " ".join(sentences), tuple(legend), rows, target_rows)
