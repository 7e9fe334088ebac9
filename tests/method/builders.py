"""Small builders of valid models for the method tests."""

import datetime as dt
from typing import Any

from ambition.models import Indicator, Period, PeriodKind


def indicator(
    values: dict[int, float],
    targets: list[dict[str, Any]] | None = None,
    direction: str = "increase",
    decimals: int = 1,
    unit: str = "procent",
    **extra: Any,
) -> Indicator:
    """An indicator in area 'area' owned by 'org', with the given values and targets."""
    return Indicator.model_validate(
        {
            "id": "test",
            "title": "Test",
            "unit": unit,
            "decimals": decimals,
            "direction": direction,
            "responsible": "org",
            "measurement_area": "area",
            "source": {"publisher": "Test"},
            "targets": targets or [],
            "values": values,
            **extra,
        }
    )


def annual(year: int) -> Period:
    """The annual period of ``year``."""
    return Period(id=f"ar-{year}", kind=PeriodKind.ANNUAL, closing_date=dt.date(year, 12, 31))
