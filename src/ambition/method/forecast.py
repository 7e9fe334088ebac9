"""Forecasts: what a tertial or interim period's proposal for the whole year rests on.

At the tertial (per 30 April) and the interim report (per 31 August) the year's own value does
not exist yet: a key figure for a calendar year is published after the year ends (Kolada's
for 2022 in 2023). The assessments of such a period are forecasts for the year ("prognos för
helåret"), and the method proposes from, in this order:

1. the expert's forecast of the year's value (``forecast_value`` in the period's assessment
   file of the indicator);
2. a value measured over part of the year (``partial_value: {value, covers}``);
3. the latest value published for an earlier year.

A value the series holds for the period's own year is never used in a forecast period, since
it was not known when the forecast was made: the proposal of a past interim period stays the
one its experts saw, even after the year's value is imported. The forecast or partial value
stands in for the year's value, so every rule and the trend read it as the value of the
period's year.
"""

from dataclasses import dataclass
from enum import StrEnum

from ambition.models import Indicator, IndicatorAssessment, Period
from ambition.models.value import measured


class Basis(StrEnum):
    """What a forecast rests on; the values are the catalogue's cases in section 'forecast'."""

    FORECAST_VALUE = "forecast_value"
    PARTIAL_VALUE = "partial_value"
    LATEST_VALUE = "latest_value"


FORECAST = "forecast"
"""The catalogue section of the sentence written before a forecast's explanation."""

PUBLISHED = "published"
"""The catalogue section saying when the year's value is published: 'kolada' for an indicator
with a Kolada key figure (a year's value is published there after the year, so the next year
at the earliest), 'unknown' for any other source."""


@dataclass(frozen=True)
class ForecastBasis:
    """What a forecast period's proposal for ``period_year`` rests on.

    ``basis`` says which value was used; ``year`` is the year of that value (the period's year
    for a forecast or partial value, an earlier year for the latest published value, None when
    the series holds no earlier value); ``value`` the value itself (None without one);
    ``covers`` what part of the year a partial value covers; ``published`` the case of the
    'published' sentence ('kolada' or 'unknown'); ``unit`` and ``decimals`` the indicator's,
    for writing the value.
    """

    basis: Basis
    period_year: int
    year: int | None
    value: float | None
    covers: str | None = None
    published: str = "unknown"
    unit: str = ""
    decimals: int = 1

    @property
    def facts(self) -> dict[str, float | int | str]:
        """The fields the catalogue's 'forecast' and 'published' sentences read."""
        found: dict[str, float | int | str] = {
            "period_year": self.period_year,
            "next_year": self.period_year + 1,
            "published": self.published,
            "unit": self.unit,
            "decimals": self.decimals,
        }
        if self.year is not None:
            found["basis_year"] = self.year
        if self.value is not None:
            found["basis_value"] = self.value
        if self.covers is not None:
            found["covers"] = self.covers
        return found


def forecast_view(
    indicator: Indicator, period: Period, assessment: IndicatorAssessment | None
) -> tuple[Indicator, ForecastBasis | None]:
    """The indicator as a forecast for ``period`` sees it, and what the forecast rests on.

    For an annual period: ``indicator`` unchanged and None. For a tertial or interim period:
    a copy whose values are those of the years before the period's year, followed by the
    expert's forecast value or else the partial value (as the value of the period's year)
    where ``assessment`` holds one; and the :class:`ForecastBasis`.
    """
    if not period.forecast:
        return indicator, None
    year = period.year
    earlier = {y: v for y, v in indicator.values.items() if y < year}
    numbers = measured(earlier)  # a marked year is not a value to forecast from
    kind, used, covers = Basis.LATEST_VALUE, max(numbers, default=None), None
    value = numbers[used] if used is not None else None
    if assessment is not None and assessment.forecast_value is not None:
        kind, used, value = Basis.FORECAST_VALUE, year, assessment.forecast_value
    elif assessment is not None and assessment.partial_value is not None:
        kind, used, value = Basis.PARTIAL_VALUE, year, assessment.partial_value.value
        covers = assessment.partial_value.covers
    if used == year and value is not None:
        earlier[year] = value
    basis = ForecastBasis(
        kind,
        year,
        used,
        value,
        covers,
        published="kolada" if indicator.source.kolada_kpi else "unknown",
        unit=indicator.unit_text,
        decimals=indicator.decimals,
    )
    view = indicator.model_copy(update={"values": dict(sorted(earlier.items()))})
    return view, basis


def published_before(indicator: Indicator, period: Period) -> Indicator:
    """``indicator`` as it was known at ``period``: for a tertial or interim period, only the
    values of the years before the period's year (what a chart of the forecast may show);
    for an annual period, unchanged."""
    if not period.forecast:
        return indicator
    earlier = {y: v for y, v in indicator.values.items() if y < period.year}
    return indicator.model_copy(update={"values": earlier})
