"""Turn pydantic validation errors into located diagnostics an officer can act on.

Each pydantic error type gets a stable code, a message in words and a hint with the fix; the
position comes from the round-trip parse of the file (``SourceFile.locate``).
"""

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from ambition.diagnostics import Diagnostic
from ambition.yaml_source import SourceFile, YamlPath


def validation_diagnostics(
    source: SourceFile, error: ValidationError, model: type[BaseModel], prefix: YamlPath = ()
) -> list[Diagnostic]:
    """One diagnostic per error in ``error``, located in ``source``.

    ``model`` is the model that was validated (used to suggest the nearest known key); ``prefix``
    is the YAML path of the validated document within the file.
    """
    found = []
    for item in error.errors(include_url=False):
        loc = [*prefix, *item["loc"]]
        on_key = bool(loc) and loc[-1] == "[key]"
        if on_key:
            loc = loc[:-1]
        found.append(_diagnostic(source, item, loc, on_key, model, len(prefix)))
    return found


def _dotted(loc: YamlPath) -> str:
    return ".".join(str(step) for step in loc)


def _diagnostic(
    source: SourceFile,
    item: Any,
    loc: list[str | int],
    on_key: bool,
    model: type[BaseModel],
    prefix_length: int,
) -> Diagnostic:
    kind: str = item["type"]
    value = item.get("input")
    ctx = item.get("ctx") or {}
    where = _dotted(loc) or "(the file)"
    if kind == "missing":
        line, column = source.locate(loc[:-1])
        name = loc[-1]
        return Diagnostic(
            source.relpath,
            line,
            column,
            "missing-key",
            f"the required key '{name}' is missing"
            + (f" in {_dotted(loc[:-1])}" if loc[:-1] else ""),
            hint=f"add '{name}: …' here; see docs/data-format.md",
            yaml_path=where,
        )
    line, column = source.locate(loc, key=on_key or kind == "extra_forbidden")
    if kind == "extra_forbidden":
        name = str(loc[-1])
        known = _known_keys(model, loc[prefix_length:-1])
        nearest = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f"did you mean '{nearest[0]}'?" if nearest else None
        if hint is None and known:
            hint = "known keys here: " + ", ".join(sorted(known))
        return Diagnostic(
            source.relpath,
            line,
            column,
            "unknown-key",
            f"unknown key '{name}'",
            hint=hint,
            yaml_path=where,
        )
    if kind == "enum":
        expected = ctx.get("expected", "")
        return Diagnostic(
            source.relpath,
            line,
            column,
            "invalid-choice",
            f"{where}: {value!r} is not one of the allowed values",
            hint=f"write one of {expected}",
            yaml_path=where,
        )
    if kind in {"float_parsing", "float_type", "int_parsing", "int_type", "int_from_float"}:
        return _number_diagnostic(source.relpath, line, column, where, value, kind, on_key)
    if kind == "string_type" and isinstance(value, int | float) and not isinstance(value, bool):
        return Diagnostic(
            source.relpath,
            line,
            column,
            "not-text",
            f"{where}: expected text, got the number {value!r}",
            hint='put the value in quotes, e.g. "0665", so leading zeros are kept',
            yaml_path=where,
        )
    if kind == "string_pattern_mismatch":
        return Diagnostic(
            source.relpath,
            line,
            column,
            "invalid-format",
            f"{where}: {value!r} does not have the expected form",
            hint=_pattern_hint(str(ctx.get("pattern", ""))),
            yaml_path=where,
        )
    if kind.startswith("date") or kind.startswith("datetime"):
        return Diagnostic(
            source.relpath,
            line,
            column,
            "invalid-date",
            f"{where}: {value!r} is not a valid date",
            hint="write a date that exists as YYYY-MM-DD, e.g. 2023-02-15",
            yaml_path=where,
        )
    message = str(item["msg"])
    message = message.removeprefix("Value error, ")
    return Diagnostic(
        source.relpath,
        line,
        column,
        "invalid-value",
        f"{where}: {message}",
        yaml_path=where,
    )


def _number_diagnostic(
    relpath: str, line: int, column: int, where: str, value: Any, kind: str, on_key: bool
) -> Diagnostic:
    what = "a whole number (a year)" if kind.startswith("int") or on_key else "a number"
    hint = "write a plain number with a decimal point, e.g. 12.5"
    if isinstance(value, str):
        text = value.strip()
        fixed = text.replace("\u00a0", "").replace(" ", "").replace("%", "")
        if "," in fixed and "." not in fixed:
            fixed = fixed.replace(",", ".")
        if fixed != text:
            hint = f"write {fixed}: a decimal point, no spaces and no % sign"
    return Diagnostic(
        relpath,
        line,
        column,
        "not-a-number",
        f"{where}: {value!r} is not {what}",
        hint=hint,
        yaml_path=where,
    )


def _pattern_hint(pattern: str) -> str:
    if "a-z0-9" in pattern:
        return "ids use lower-case letters a-z, digits and hyphens only, e.g. 'ekologisk-mat'"
    if r"\d{4}" in pattern:
        return 'write four digits in quotes, e.g. "0665"'
    return f"the value must match {pattern}"


def _known_keys(model: type[BaseModel], loc: YamlPath) -> list[str]:
    """Field names of the sub-model reached by following ``loc`` from ``model``."""
    current: Any = model
    for step in loc:
        current = _strip(current)
        origin = typing.get_origin(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(step))
            if field is None:
                return []
            current = field.annotation
        elif origin is list:
            current = typing.get_args(current)[0]
        elif origin is dict:
            current = typing.get_args(current)[1]
        else:
            return []
    current = _strip(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _strip(annotation: Any) -> Any:
    """Strip ``Annotated`` and ``Optional`` down to the type inside."""
    while True:
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is typing.Annotated:
            annotation = args[0]
        elif origin in (typing.Union, types.UnionType):
            inner = [a for a in args if a is not type(None)]
            if len(inner) != 1:
                return annotation
            annotation = inner[0]
        else:
            return annotation
