"""How a report writes the year of a value: the year itself, a forecast for the year, or the
part of the year a partial value covers (tertial and interim periods, ``method/forecast.py``);
and a value with its unit, which a line never breaks between: "79 385 ton CO2-ekv" is written
with a no-break space (U+00A0) after the number, as Swedish writes a number and its unit
(Språkrådet, Svenska skrivregler), so a table cell at a phone's width never leaves "ton CO2-ekv"
alone on the next line. The thousands are already kept together (``numbers.format_number``'s
narrow no-break space); a unit of several words may still wrap between its own words.
"""

import re
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


NO_BREAK_SPACE = "\u00a0"


def with_unit(number: str, unit: str) -> str:
    """``number`` (already written, ``numbers.format_number``) and ``unit`` after it, joined by
    a no-break space: ``with_unit("30,0", "procent")`` is '30,0\u00a0procent'; ``number``
    alone when ``unit`` is empty."""
    return f"{number}{NO_BREAK_SPACE}{unit}" if unit else number


def unit_kept(text: str, unit: str) -> str:
    """``text`` with every space between a number and ``unit`` after it a no-break space, the
    rest unchanged: ``unit_kept("högst 15\u202f668 ton CO2-ekv (2045)", "ton CO2-ekv")`` is
    'högst 15\u202f668\u00a0ton CO2-ekv (2045)'; a word that only starts like the unit
    ('2020 året' for 'år') is left alone. ``text`` unchanged when ``unit`` is empty."""
    if not unit:
        return text
    return re.sub(rf"(?<=\d) (?={re.escape(unit)}(?!\w))", NO_BREAK_SPACE, text)
