"""Reading an indicator's series as the method needs it: up to a period, after a break."""

from ambition.method.results import Observation
from ambition.models import Indicator


def observations(indicator: Indicator, year: int) -> list[Observation]:
    """The values measured in ``year`` or before, oldest first."""
    return [Observation(y, v) for y, v in indicator.values.items() if y <= year]


def latest_observation(indicator: Indicator, year: int) -> Observation | None:
    """The latest value measured in ``year`` or before, or None."""
    for measured, value in reversed(indicator.values.items()):  # the last of observations()
        if measured <= year:
            return Observation(measured, value)
    return None


def comparable(indicator: Indicator, year: int) -> list[Observation]:
    """The values up to ``year`` measured with the latest definition: those from the last series
    break at or before the latest value on (all of them when there is no break)."""
    found = observations(indicator, year)
    if not found:
        return []
    breaks = [b for b in indicator.series_breaks if b <= found[-1].year]
    if not breaks:
        return found
    last_break = max(breaks)
    return [o for o in found if o.year >= last_break]
