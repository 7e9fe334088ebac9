"""How a report writes the year of a value: the year itself, a forecast for the year, or the
part of the year a partial value covers (tertial and interim periods, ``method/forecast.py``)."""

from collections.abc import Mapping

from ambition.method.results import BreakdownResult, IndicatorResult


def value_year(result: IndicatorResult | BreakdownResult, labels: Mapping[str, str]) -> str:
    """The year of the value the method used for ``result``, in words of ``labels``' language:
    '2021'; 'prognos 2022' for an expert's forecast value; the part of the year a partial
    value covers, 'januari–augusti 2022'. Raises ValueError for a result without a value."""
    if result.latest is None:
        raise ValueError(f"{result.indicator.id} has no value")
    basis = result.forecast if isinstance(result, IndicatorResult) else None  # rows: none
    if basis is not None and basis.covers is not None:
        return basis.covers
    if basis is not None and basis.year == basis.period_year:
        return labels["forecast_value_year"].format(year=basis.year)
    return str(result.latest.year)
