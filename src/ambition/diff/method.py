"""The method (``data/method.yaml``) compared parameter by parameter.

A parameter is a leaf of the method's fields by dotted path (``rollup.achieved_share``,
``rules.trajectory.achieved_from``), with the built-in rules counted as part of the method: a
rule named with its default parameters is no change. The decision and the status scale are
provenance and presentation, not parameters, and are left out.
"""

from dataclasses import dataclass
from typing import Any

from ambition.models import Method

Scalar = str | int | float | bool | None
"""A method parameter's value as JSON holds it."""

METHOD_IGNORED = frozenset({"decision", "scale"})
"""Method fields that are provenance or presentation, not parameters."""


@dataclass(frozen=True)
class MethodChange:
    """A method parameter by dotted path (``rollup.achieved_share``), old → new (None: absent)."""

    path: str
    old: Scalar
    new: Scalar


def method_parameters(method: Method) -> dict[str, Scalar]:
    """The method's parameters by dotted path, e.g. ``{'rollup.achieved_share': 0.667, …}``.

    Rules are the built-in ones overridden and extended by ``rules``; the decision and the
    status scale are left out (provenance and presentation, not parameters).
    """
    dump = method.model_dump(mode="json", exclude={*METHOD_IGNORED, "rules"})
    rules = {name: rule.model_dump(mode="json") for name, rule in method.all_rules().items()}
    flat: dict[str, Scalar] = {}
    _flatten("", {"rules": rules, **dump}, flat)
    return flat


def _flatten(prefix: str, value: Any, into: dict[str, Scalar]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), item, into)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _flatten(f"{prefix}[{index}]", item, into)
    else:
        into[prefix] = value


def method_changes(old: Method, new: Method) -> tuple[MethodChange, ...]:
    """Every method parameter that differs, in the order of the new method's fields (then the
    old one's), old → new; None where a parameter exists on one side only."""
    before, after = method_parameters(old), method_parameters(new)
    return tuple(
        MethodChange(path, before.get(path), after.get(path))
        for path in dict.fromkeys([*after, *before])
        if path not in before or path not in after or before[path] != after[path]
    )
