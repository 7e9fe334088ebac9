"""Turn pydantic validation errors into located diagnostics an officer can act on.

Each pydantic error type gets a stable code (``ambition.diagnostics.codes``), a message in words and a hint
with the exact fix where one can be computed (``'12,5'`` → ``write 12.5``); the position comes
from the event scan of the file (``SourceFile.locate``). Where the model is needed to say more
(the keys a mapping may hold, the bounds of a number, the nearest allowed word), the model's
field annotations are followed along the error's path (``model_fields``); the fixes of
values as written come from ``model_hints``.
"""

import difflib
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from ambition.diagnostics import Diagnostic
from ambition.diagnostics.codes import diagnostic
from ambition.loading.model_fields import (
    allowed_words,
    annotation_at,
    bounds_at,
    field_at,
    is_share,
    known_keys,
    strip_optional,
    untagged,
)
from ambition.loading.model_hints import (
    SWEDISH_KEYS,
    SWEDISH_WORDS,
    as_id,
    date_problem,
    number_fix,
    number_text,
    pattern_hint,
    show_value,
    strict_number,
)
from ambition.models.common import ID_PATTERN
from ambition.yaml.positions import SourceFile, YamlPath

_NUMBER_TYPES = {"float_parsing", "float_type", "int_parsing", "int_type"}
_BOUND_TYPES = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}
_MAPPING_TYPES = {"dict_type", "model_type", "model_attributes_type", "dataclass_type"}
_LIST_TYPES = {"list_type", "tuple_type", "set_type", "frozen_set_type"}
_FIRST_YEAR, _LAST_YEAR = 1900, 2200


def validation_diagnostics(
    source: SourceFile, error: ValidationError, model: type[BaseModel], prefix: YamlPath = ()
) -> list[Diagnostic]:
    """One diagnostic per error in ``error``, located in ``source``.

    ``model`` is the model that was validated (to suggest keys, words and bounds); ``prefix``
    is the YAML path of the validated document within the file.
    """
    contexts = []
    for item in error.errors(include_url=False):
        raw_loc = list(item["loc"])
        on_key = bool(raw_loc) and raw_loc[-1] == "[key]"
        if on_key:
            raw_loc = raw_loc[:-1]
        contexts.append(_Context(source, item, raw_loc, on_key, model, list(prefix)))
    found = [(context, context.diagnostic()) for context in contexts]
    # A misspelt key is one problem, not two: the missing key it stands for is not reported.
    suggested = {context.suggestion for context in contexts if context.suggestion}
    return [
        found_diagnostic
        for context, found_diagnostic in found
        if not (context.kind == "missing" and context.place() in suggested)
    ]


def _dotted(loc: YamlPath) -> str:
    return ".".join(str(step) for step in loc)


class _Context:
    """One pydantic error with what is needed to explain it: file, place and model."""

    def __init__(
        self,
        source: SourceFile,
        item: Any,
        raw_loc: list[Any],
        on_key: bool,
        model: type[BaseModel],
        prefix: list[Any],
    ) -> None:
        self.source = source
        self.kind: str = item["type"]
        self.value = item.get("input")
        self.ctx: dict[str, Any] = item.get("ctx") or {}
        self.message: str = str(item["msg"])
        self.on_key = on_key
        self.model = model
        self.model_loc = raw_loc  # with union tags, to follow the model
        self.loc = source.resolve([*prefix, *untagged(model, raw_loc)])  # as written
        self.where = _dotted(self.loc) or "(the file)"
        self.suggestion: tuple[str, ...] | None = None  # the key an unknown key stands for

    def place(self) -> tuple[str, ...]:
        """The path as text, to compare places."""
        return tuple(str(step) for step in self.loc)

    def at(self, loc: YamlPath | None = None, *, key: bool = False) -> tuple[int, int]:
        return self.source.locate(self.loc if loc is None else loc, key=key)

    def make(
        self,
        code: str,
        message: str,
        hint: str | None = None,
        *,
        position: tuple[int, int] | None = None,
    ) -> Diagnostic:
        line, column = position or self.at(key=self.on_key)
        return diagnostic(
            code, self.source.relpath, line, column, message, hint, _dotted(self.loc) or None
        )

    def diagnostic(self) -> Diagnostic:
        kind = self.kind
        if kind == "missing":
            return self.missing(str(self.loc[-1]) if self.loc else "?", self.loc[:-1])
        if kind == "extra_forbidden":
            return self.unknown_key()
        if kind == "union_tag_not_found":
            return self.missing(str(self.ctx.get("discriminator", "kind")).strip("'"), self.loc)
        if self.value is None and (
            kind.endswith("_type") or kind in {"enum", "literal_error", "union_tag_invalid"}
        ):
            return self.empty()
        if kind in {"enum", "literal_error", "union_tag_invalid"}:
            return self.choice()
        if kind in _NUMBER_TYPES:
            return self.number()
        if kind == "int_from_float":
            return self.make(
                "not-a-whole-number",
                f"{self.where}: {show_value(self.value)} is not a whole number",
                f"write a whole number, e.g. {round(self.value)}"
                if isinstance(self.value, float)
                else "write a whole number",
            )
        if kind == "string_type":
            return self.not_text()
        if kind in {"bool_type", "bool_parsing"}:
            return self.make(
                "wrong-type",
                f"{self.where}: {show_value(self.value)} is not true or false",
                "write true or false",
            )
        if kind in _MAPPING_TYPES:
            return self.wrong_structure("a mapping of keys")
        if kind in _LIST_TYPES:
            return self.wrong_structure("a list")
        if kind == "string_too_short":
            return self.make(
                "empty-value",
                f"{self.where}: the text is empty",
                "write the text, or delete the line",
            )
        if kind in {"string_too_long", "too_long"}:
            limit = self.ctx.get("max_length")
            what = "characters" if kind == "string_too_long" else "items"
            return self.make(
                "too-long",
                f"{self.where}: longer than {limit} {what}",
                f"shorten it to at most {limit} {what}",
            )
        if kind == "too_short":
            least = self.ctx.get("min_length", 1)
            return self.make(
                "too-few-items",
                f"{self.where}: needs at least {least} item{'s' if least != 1 else ''}, "
                f"has {self.ctx.get('actual_length', 0)}",
                "add the missing items as lines starting with '- '",
            )
        if kind == "string_pattern_mismatch":
            return self.pattern()
        if kind.startswith(("date", "datetime")):
            return self.date()
        if kind in _BOUND_TYPES:
            return self.bounds()
        message = self.message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
        fix = re.search(r": (?=(?:add|write|give|use|remove) )", message)
        if fix is not None:
            message, hint = message[: fix.start()], message[fix.end() :]
        else:
            hint = "correct the values so that this holds; see docs/data-format.md"
        return self.make("invalid-value", f"{self.where}: {message}", hint)

    def missing(self, name: str, parent: YamlPath) -> Diagnostic:
        field_loc = [*self.model_loc[:-1], name] if self.kind == "missing" else [*self.model_loc]
        field = field_at(self.model, field_loc)
        words = allowed_words(annotation_at(self.model, field_loc))
        if words:
            about = f", one of {words}"
        elif field is not None and field.description:
            about = f" ({field.description.rstrip('.')})"
        else:
            about = ""
        return self.make(
            "missing-key",
            f"the required key '{name}' is missing" + (f" in {_dotted(parent)}" if parent else ""),
            f"add '{name}: …'{about}",
            position=self.at(parent),
        )

    def unknown_key(self) -> Diagnostic:
        name = str(self.loc[-1])
        known = known_keys(self.model, self.model_loc[:-1])
        hint: str | None = None
        swedish = SWEDISH_KEYS.get(name.lower())
        nearest = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        parent = tuple(str(step) for step in self.loc[:-1])
        if swedish in known:
            hint = f"write '{swedish}': the keys are in English"
            self.suggestion = (*parent, swedish)
        elif nearest:
            hint = f"did you mean '{nearest[0]}'?"
            self.suggestion = (*parent, nearest[0])
        else:
            parents = [
                key for key in known if name in known_keys(self.model, [*self.model_loc[:-1], key])
            ]
            if len(parents) == 1:
                hint = f"'{name}' belongs under '{parents[0]}:': indent it below that key"
            elif known:
                hint = "the keys allowed here: " + ", ".join(known)
        return self.make("unknown-key", f"unknown key '{name}'", hint, position=self.at(key=True))

    def empty(self) -> Diagnostic:
        annotation = strip_optional(annotation_at(self.model, self.model_loc))
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            required = [n for n, f in annotation.model_fields.items() if f.is_required()]
            hint = "write its keys indented below it" + (
                f": {', '.join(required)}" if required else ""
            )
        else:
            hint = "write the value after the colon, or delete the line if it is optional"
        return self.make("empty-value", f"{self.where}: has no value", hint)

    def choice(self) -> Diagnostic:
        expected = str(self.ctx.get("expected") or self.ctx.get("expected_tags") or "")
        allowed = re.findall(r"'([^']*)'", expected)
        written = str(self.value.get("kind") if isinstance(self.value, dict) else self.value)
        if self.kind == "union_tag_invalid":
            written = str(self.ctx.get("tag", written))
        swedish = SWEDISH_WORDS.get(written.strip().lower())
        nearest = difflib.get_close_matches(written, allowed, n=1, cutoff=0.6)
        if swedish in allowed:
            hint = f"write {swedish}: the words are in English (allowed: {expected})"
        elif nearest:
            hint = f"did you mean {nearest[0]}? (allowed: {expected})"
        else:
            hint = f"write one of {expected}"
        position = None
        if self.kind == "union_tag_invalid":
            discriminator = str(self.ctx.get("discriminator", "kind")).strip("'")
            position = self.at([*self.loc, discriminator])
        return self.make(
            "invalid-choice",
            f"{self.where}: {show_value(written)} is not one of the allowed values",
            hint,
            position=position,
        )

    def number(self) -> Diagnostic:
        whole = self.kind.startswith("int") or self.on_key
        what = (
            "a whole number (a year)" if self.on_key else "a whole number" if whole else "a number"
        )
        value = self.value
        strict = strict_number(value, whole=whole, what=what, on_key=self.on_key)
        if strict is not None:
            return self.make(strict[0], f"{self.where}: {strict[1]}", strict[2])
        if isinstance(value, str):
            fixed = number_fix(value, whole=whole, share=is_share(self.model, self.model_loc))
            if fixed is not None:
                reasons, number = fixed
                return self.make(
                    "number-format",
                    f"{self.where}: {show_value(value)} is not a number: it has {reasons}",
                    f"write {number}",
                )
        if isinstance(value, dict | list):
            return self.wrong_structure(what)
        example = "2022" if self.on_key else "12" if whole else "12.5"
        return self.make(
            "not-a-number",
            f"{self.where}: {show_value(value)} is not {what}",
            f"write only the number, with a decimal point, e.g. {example}",
        )

    def not_text(self) -> Diagnostic:
        value = self.value
        if isinstance(value, dict | list):
            return self.wrong_structure("text")
        written = self.source.scalar_text(self.loc)
        if isinstance(value, int) and written is not None and re.fullmatch(r"0[0-9_]+", written):
            return self.make(
                "leading-zero",
                f"{self.where}: {written} is read as the number {value} and loses its leading zero",
                f'write "{written}" in quotes',
            )
        shown = written if written is not None else show_value(value)
        return self.make(
            "not-text",
            f"{self.where}: expected text, got {'the number ' if not isinstance(value, bool) else ''}"
            f"{shown}",
            f'put the value in quotes: "{shown}"',
        )

    def wrong_structure(self, expected: str) -> Diagnostic:
        got = show_value(self.value)
        annotation = strip_optional(annotation_at(self.model, self.model_loc))
        if expected == "a mapping of keys" and isinstance(annotation, type):
            if issubclass(annotation, BaseModel):
                keys = [n for n, f in annotation.model_fields.items() if f.is_required()]
                hint = "write its keys indented below it" + (f": {', '.join(keys)}" if keys else "")
            else:
                hint = "write 'key: value' lines indented below it"
        elif expected == "a mapping of keys":
            hint = "write 'key: value' lines indented below it"
        elif expected == "a list":
            hint = "write each item on its own line, starting with '- ', indented below the key"
        else:
            hint = "write the value on the same line as its key"
        return self.make(
            "wrong-type", f"{self.where}: expected {expected}, got {got}", hint, position=self.at()
        )

    def pattern(self) -> Diagnostic:
        pattern = str(self.ctx.get("pattern", ""))
        value = str(self.value)
        if pattern == ID_PATTERN:
            suggestion = as_id(value)
            return self.make(
                "invalid-id",
                f"{self.where}: {show_value(value)} is not an id",
                "ids use lower-case letters a-z, digits and hyphens only"
                + (f": write '{suggestion}'" if suggestion else ", e.g. 'ekologisk-mat'"),
            )
        return self.make(
            "invalid-format",
            f"{self.where}: {show_value(value)} does not have the expected form",
            pattern_hint(pattern, value),
        )

    def date(self) -> Diagnostic:
        problem, fix = date_problem(str(self.value))
        return self.make(
            "invalid-date",
            f"{self.where}: {show_value(self.value)} is not a date{problem}",
            fix,
        )

    def bounds(self) -> Diagnostic:
        low, high = bounds_at(self.model, self.model_loc, self.ctx, on_key=self.on_key)
        value = self.value
        above = self.kind.startswith("less")
        limit = self.ctx.get("le", self.ctx.get("lt"))
        if not above:
            limit = self.ctx.get("ge", self.ctx.get("gt"))
        if (low, high) == (_FIRST_YEAR, _LAST_YEAR):
            side = "after" if above else "before"
            subject = f"the year {value}" if self.on_key else f"{value}"
            return self.make(
                "year-out-of-range",
                f"{self.where}: {subject} is {side} {limit}",
                f"years are from {_FIRST_YEAR} to {_LAST_YEAR}; check for a typo",
            )
        side = "above the largest" if above else "below the smallest"
        message = f"{self.where}: {show_value(value)} is {side} allowed value, {number_text(limit)}"
        if low is not None and high is not None:
            hint = f"write a number from {number_text(low)} to {number_text(high)}"
        elif low is not None:
            hint = f"write a number of at least {number_text(low)}"
        else:
            hint = f"write a number of at most {number_text(high)}"
        if (low, high) == (0, 1) and isinstance(value, int | float) and 1 < value <= 100:
            hint = f"a share is written between 0 and 1: write {number_text(value / 100)} for {value} %"
        return self.make("out-of-range", message, hint)
