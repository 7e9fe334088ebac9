"""The values an indicator's targets get from its series, and the series of a breakdown seen
as an indicator of its own: functions of the raw data (the parsed YAML, before the model), so
the model's validators can fill in what a target computes before its fields are checked.
"""

import contextlib
import math
from typing import Any

DIRECTIONAL_WORDS = frozenset({"increase", "decrease", "unchanged"})
"""The comparisons that are a direction from a reference year (``indicator.DIRECTIONAL``)."""


def _year_values(data: dict[str, Any]) -> dict[int, float]:
    """The raw values of an indicator's data by year, the baseline's included; entries that
    are not a year and a number are left for the model's own messages."""
    found: dict[int, float] = {}
    raw = data.get("values")
    for year, value in raw.items() if isinstance(raw, dict) else ():
        if isinstance(value, dict):  # a preliminary value, or a marker (no number)
            value = value.get("value")
        try:
            found[int(year)] = float(value)
        except (TypeError, ValueError):
            continue
    baseline = data.get("baseline")
    if isinstance(baseline, dict):
        with contextlib.suppress(KeyError, TypeError, ValueError):
            found.setdefault(int(baseline["year"]), float(baseline["value"]))
    return found


def _computed_value(target: dict[str, Any], data: dict[str, Any]) -> float | None:
    """The value a directional or derived raw ``target`` gets from ``data``, None when it is
    neither; a directional target's ``reference_year`` is written into ``target``. Raises
    ValueError when the year it needs has no value."""
    values = _year_values(data)
    baseline = data.get("baseline")
    baseline_year = baseline.get("year") if isinstance(baseline, dict) else None
    if target.get("comparison") in DIRECTIONAL_WORDS:
        year = target.get("reference_year", baseline_year)
        if year is None:
            raise ValueError(
                "a directional target needs a reference year: add 'reference_year: <year>' "
                "or a baseline"
            )
        if int(year) not in values:
            known = ", ".join(str(y) for y in sorted(values)[:5]) or "none"
            raise ValueError(
                f"the directional target's reference year {year} has no value; write a "
                f"year that has one (e.g. {known})"
            )
        target["reference_year"] = int(year)
        return values[int(year)]
    derived = target.get("derived")
    if not isinstance(derived, dict) or not isinstance(derived.get("change"), int | float):
        return None
    first, last = derived.get("first_year"), derived.get("last_year")
    if isinstance(first, int) and isinstance(last, int):
        years = [y for y in range(first, last + 1) if y in values]
        if not years:
            raise ValueError(f"the derived target has no value in {first}–{last}")
        base = sum(values[y] for y in years) / len(years)
    elif baseline_year is not None and int(baseline_year) in values:
        base = values[int(baseline_year)]
    else:
        raise ValueError("the derived target needs a baseline, or first_year and last_year")
    return base * (1.0 + float(derived["change"]))


def resolve_targets(data: dict[str, Any]) -> list[Any]:
    """The raw targets of an indicator's ``data`` with the value of each directional and
    derived target filled in: the reference year's value (the baseline's year by default), or
    the formula's result (the mean of the years, else the baseline, times 1 + change).

    A written value must equal the computed one (to 1e-9 of its size); raises ValueError when
    it differs or a year the target needs has no value.
    """
    resolved: list[Any] = []
    for index, target in enumerate(data["targets"]):
        if isinstance(target, dict):
            target = dict(target)
            try:
                computed = _computed_value(target, data)
            except ValueError as error:
                raise ValueError(f"targets[{index}]: {error}") from None
            if computed is not None:
                written = target.get("value")
                if isinstance(written, int | float) and not math.isclose(
                    written, computed, rel_tol=1e-9
                ):
                    raise ValueError(
                        f"targets[{index}]: the value {written} differs from {computed}, "
                        "which the target computes; leave 'value' out"
                    )
                target = {**target, "value": computed}
        resolved.append(target)
    return resolved


def breakdown_raw(data: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
    """The raw data of an indicator (``data``) as one of its breakdowns (``raw``) sees it: the
    breakdown's values; the baseline's year with the breakdown's value in that year (no
    baseline when it has none); and the breakdown's own targets, else the indicator's, each
    direction's and formula's value left out so it is computed from the breakdown's values,
    and left out altogether when the breakdown lacks the year it needs (a warning of
    ``validation.checks``, not an error: an import may bring a row's recent years first).
    """
    values = raw.get("values") if isinstance(raw.get("values"), dict) else {}
    found = {k: v for k, v in data.items() if k not in ("breakdowns", "baseline", "values")}
    found["values"] = values
    baseline = data.get("baseline")
    if isinstance(baseline, dict) and isinstance(baseline.get("year"), int):
        value = _year_values({"values": values}).get(baseline["year"])
        if value is not None:
            found["baseline"] = {"year": baseline["year"], "value": value}
    own = raw.get("targets")
    if isinstance(own, list):
        found["targets"] = own
        return found
    found["targets"] = []
    for target in data.get("targets") or []:
        if isinstance(target, dict) and (
            target.get("comparison") in DIRECTIONAL_WORDS or "derived" in target
        ):
            target = {k: v for k, v in target.items() if k != "value"}
            try:
                resolve_targets({**found, "targets": [target]})
            except ValueError:
                continue  # the row lacks the year it needs: validation warns
        found["targets"].append(target)
    return found


def resolve_breakdowns(data: dict[str, Any]) -> dict[str, Any]:
    """The raw ``breakdowns`` of an indicator's ``data`` with each breakdown's own targets
    resolved on its values (``resolve_targets``). Raises ValueError naming the breakdown when
    a year one of its own targets needs has no value in it.
    """
    resolved: dict[str, Any] = {}
    for name, raw in data["breakdowns"].items():
        if isinstance(raw, dict):
            seen = breakdown_raw(data, raw)
            try:
                targets = resolve_targets(seen) if isinstance(seen["targets"], list) else None
            except ValueError as error:
                raise ValueError(
                    f"breakdowns.{name}: {error}; add that year's value to the breakdown"
                ) from None
            if isinstance(raw.get("targets"), list):
                raw = {**raw, "targets": targets}
        resolved[name] = raw
    return resolved
