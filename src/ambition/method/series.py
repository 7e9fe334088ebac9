"""Reading an indicator's series as the method needs it: up to a period, after a break.

Only numbers are observations: a year with a marker (``models.value``: statistics missing,
reported later, confidential) is neither a value nor a gap, so it is never counted as zero and
never lets a rule or a trend treat the year as measured. A preliminary value is an observation
marked ``preliminary``, so the proposal resting on it says it is provisional.
"""

from ambition.method.results import Observation
from ambition.models import Indicator
from ambition.models.value import Marker


def observations(indicator: Indicator, year: int) -> list[Observation]:
    """The values measured in ``year`` or before, oldest first (markers left out). Derived once
    per indicator and year (``Indicator.views``): a period asks for them some five times."""
    views = indicator.views()
    found = views.derived.get(("observations", year))
    if not isinstance(found, tuple):
        preliminary = views.preliminary
        found = tuple(
            Observation(y, v, y in preliminary) for y, v in views.measured.items() if y <= year
        )
        views.derived["observations", year] = found
    return list(found)


def latest_observation(indicator: Indicator, year: int) -> Observation | None:
    """The latest value measured in ``year`` or before, or None."""
    found = observations(indicator, year)
    return found[-1] if found else None


def latest_marker(indicator: Indicator, year: int) -> tuple[int, Marker] | None:
    """The latest marked year in ``year`` or before that is newer than every value up to
    ``year``, with its marker; None when there is none."""
    latest = latest_observation(indicator, year)
    marked = [
        (y, m)
        for y, m in indicator.markers.items()
        if y <= year and (latest is None or y > latest.year)
    ]
    return marked[-1] if marked else None


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
