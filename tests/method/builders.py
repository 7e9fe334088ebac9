"""Small builders of valid models for the method tests."""

import datetime as dt
from pathlib import Path
from typing import Any

from ambition.method.engine import propose_status
from ambition.method.results import StatusProposal
from ambition.models import Indicator, Method, Period, PeriodKind

STYLE = {
    "label": {"sv": "x", "en": "x"},
    "symbol": "x",
    "colour": "#000000",
    "description": {"sv": "x", "en": "x"},
}


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


def method(**fields: Any) -> Method:
    """A method with a placeholder scale (``STYLE`` for every status) and the given fields (rules, trend, rollup, …)."""
    return Method.model_validate(
        {
            "decision": {"body": "Test"},
            "scale": {
                s: STYLE for s in ("achieved", "partly_achieved", "not_achieved", "not_assessed")
            },
            **fields,
        }
    )


def annual(year: int) -> Period:
    """The annual period of ``year``."""
    return Period(id=f"ar-{year}", kind=PeriodKind.ANNUAL, closing_date=dt.date(year, 12, 31))


def propose(item: Indicator, year: int = 2022, **method_fields: Any) -> StatusProposal:
    """The engine's proposal for ``item`` in the annual period of ``year``."""
    return propose_status(item, annual(year), method(**method_fields))


BREAKDOWNS = """breakdowns:
  kvinnor:
    title: Kvinnor
    values:
      2018: 31.0
      2021: 38.0
      2022: 41.0
  man:
    title: Män
    values:
      2018: 29.0
      2021: 31.0
      2022: 30.0
"""
"""Breakdowns by gender for tests/fixtures/minimal's ekologisk-mat (made-up test values)."""


def add_breakdowns(root: Path) -> Path:
    """Give ekologisk-mat in the repository at ``root`` the rows of ``BREAKDOWNS``; its path."""
    path = root / "data/indicators/ekologisk-mat.yaml"
    path.write_text(path.read_text(encoding="utf-8") + BREAKDOWNS, encoding="utf-8")
    return path


FOUR_LEVELS = ["achieved", "largely_achieved", "partly_achieved", "not_achieved"]
FIVE_LEVELS = [*FOUR_LEVELS[:3], "slightly_achieved", "not_achieved"]


def scale_of(levels: list[str]) -> dict[str, Any]:
    """A placeholder scale (``STYLE`` for every status it uses) with ``levels`` in use."""
    styled = {*levels, "partly_achieved", "not_assessed"}
    return {**{s: STYLE for s in styled}, "levels": levels}


def more_levels(levels: list[str]) -> dict[str, Any]:
    """The method fields of a scale of ``levels`` with the roll-up's thresholds it needs
    (2/3, 0.6, 0.5, 0.4 for achieved, largely, partly and slightly achieved)."""
    rollup = {"achieved_share": "2/3", "largely_share": 0.6, "partly_share": 0.5}
    return {"scale": scale_of(levels), "rollup": {**rollup, "slightly_share": 0.4}}
