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
from ambition.loading.model_checks import value_error
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
    LIST,
    MAPPING,
    TEXT,
    as_id,
    comparison_fix,
    date_problem,
    keys_fix,
    number_example,
    number_fix,
    number_hint,
    number_text,
    pattern_hint,
    range_fix,
    show_value,
    strict_number,
    year_of,
)
from ambition.loading.model_words import BOOLEAN_WORDS, SWEDISH_KEYS, SWEDISH_WORDS, status_intent
from ambition.messages.text import Text, listing, text
from ambition.models.common import ID_PATTERN
from ambition.schema.descriptions import DESCRIPTIONS
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
        self.where: str | Text = _dotted(self.loc) or text("model.the-file")
        self.suggestion: tuple[str, ...] | None = None  # the key an unknown key stands for

    @property
    def name(self) -> str:
        """The last key of the path, '' for the whole file."""
        return str(self.loc[-1]) if self.loc else ""

    def place(self) -> tuple[str, ...]:
        """The path as text, to compare places."""
        return tuple(str(step) for step in self.loc)

    def at(self, loc: YamlPath | None = None, *, key: bool = False) -> tuple[int, int]:
        return self.source.locate(self.loc if loc is None else loc, key=key)

    def make(
        self,
        code: str,
        message: Text,
        hint: Text | None = None,
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
                text("not-a-whole-number", where=self.where, value=show_value(self.value)),
                text("not-a-whole-number.fix", example=round(self.value))
                if isinstance(self.value, float)
                else text("not-a-whole-number.fix.plain"),
            )
        if kind == "string_type":
            return self.not_text()
        if kind in {"bool_type", "bool_parsing"}:
            return self.boolean()
        if kind in _MAPPING_TYPES:
            return self.wrong_structure(MAPPING)
        if kind in _LIST_TYPES:
            return self.wrong_structure(LIST)
        if kind == "string_too_short":
            message = text("empty-value.text", where=self.where)
            return self.make("empty-value", message, text("empty-value.text.fix"))
        if kind in {"string_too_long", "too_long"}:
            limit = self.ctx.get("max_length")
            what = "characters" if kind == "string_too_long" else "items"
            return self.make(
                "too-long",
                text(f"too-long.{what}", where=self.where, limit=limit),
                text(f"too-long.{what}.fix", limit=limit),
            )
        if kind == "too_short":
            least, actual = self.ctx.get("min_length", 1), self.ctx.get("actual_length", 0)
            message = text("too-few-items", where=self.where, least=least, actual=actual)
            return self.make("too-few-items", message, text("too-few-items.fix"))
        if kind == "string_pattern_mismatch":
            return self.pattern()
        if kind.startswith(("date", "datetime")):
            return self.date()
        if kind in _BOUND_TYPES:
            return self.bounds()
        written = self.message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
        said, hint = value_error(written)
        return self.make(
            "invalid-value", text("invalid-value", where=self.where, message=said), hint
        )

    def missing(self, name: str, parent: YamlPath) -> Diagnostic:
        field_loc = [*self.model_loc[:-1], name] if self.kind == "missing" else [*self.model_loc]
        field = field_at(self.model, field_loc)
        words = allowed_words(annotation_at(self.model, field_loc))
        about: str | Text = ""
        if words:
            about = text("missing-key.one-of", words=words)
        elif field is not None and field.description:
            owner = strip_optional(annotation_at(self.model, field_loc[:-1]))
            swedish = DESCRIPTIONS.get((getattr(owner, "__name__", ""), name), (None,))[0]
            english = field.description.rstrip(".")
            sv = f" ({swedish.rstrip('.')})" if swedish else ""  # no English in a Swedish text
            about = text("missing-key.about", sv=sv, en=f" ({english})")
        return self.make(
            "missing-key",
            text("missing-key.in", name=name, parent=_dotted(parent))
            if parent
            else text("missing-key", name=name),
            text("missing-key.fix", name=name, about=about),
            position=self.at(parent),
        )

    def unknown_key(self) -> Diagnostic:
        name = str(self.loc[-1])
        known = known_keys(self.model, self.model_loc[:-1])
        hint: Text | None = None
        swedish = SWEDISH_KEYS.get(name.lower())
        nearest = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        parent = tuple(str(step) for step in self.loc[:-1])
        if swedish in known:
            hint = text("unknown-key.swedish", key=swedish)
            self.suggestion = (*parent, swedish)
        elif nearest:
            hint = text("nearest", option=nearest[0])
            self.suggestion = (*parent, nearest[0])
        else:
            parents = [
                key for key in known if name in known_keys(self.model, [*self.model_loc[:-1], key])
            ]
            if len(parents) == 1:
                hint = text("unknown-key.under", name=name, parent=parents[0])
            elif known:
                hint = text("unknown-key.allowed", keys=", ".join(known))
        return self.make(
            "unknown-key", text("unknown-key", name=name), hint, position=self.at(key=True)
        )

    def empty(self) -> Diagnostic:
        annotation = strip_optional(annotation_at(self.model, self.model_loc))
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            hint = keys_fix([n for n, f in annotation.model_fields.items() if f.is_required()])
        else:
            field = field_at(self.model, self.model_loc)
            needed = field is not None and field.is_required()
            hint = text("empty-value.required.fix" if needed else "empty-value.fix")
        return self.make("empty-value", text("empty-value", where=self.where), hint)

    def choice(self) -> Diagnostic:
        expected = str(self.ctx.get("expected") or self.ctx.get("expected_tags") or "")
        allowed = re.findall(r"'([^']*)'", expected)
        written = str(self.value.get("kind") if isinstance(self.value, dict) else self.value)
        if self.kind == "union_tag_invalid":
            written = str(self.ctx.get("tag", written))
        swedish = SWEDISH_WORDS.get(written.strip().lower())
        nearest = difflib.get_close_matches(written, allowed, n=1, cutoff=0.6)
        intent = status_intent(written) if "partly_achieved" in allowed else None
        if intent is not None:
            nearest = [intent]  # a status: by its own words and Swedish ones, in any case
        words = listing([f"'{word}'" for word in allowed], "or") if allowed else expected
        if swedish in allowed:
            hint = text("invalid-choice.swedish", word=swedish, allowed=words)
        elif nearest:
            hint = text("invalid-choice.nearest", word=nearest[0], allowed=words)
        else:
            hint = text("invalid-choice.fix", allowed=words)
        position = None
        if self.kind == "union_tag_invalid":
            discriminator = str(self.ctx.get("discriminator", "kind")).strip("'")
            position = self.at([*self.loc, discriminator])
        return self.make(
            "invalid-choice",
            text("invalid-choice", where=self.where, value=show_value(written)),
            hint,
            position=position,
        )

    def number(self) -> Diagnostic:
        whole = self.kind.startswith("int") or self.on_key
        low, high = bounds_at(self.model, self.model_loc, {}, on_key=self.on_key)
        year = self.on_key or (low, high) == (_FIRST_YEAR, _LAST_YEAR)
        what = text("model.year" if year else "model.whole-number" if whole else "model.number")
        field = None if self.on_key else field_at(self.model, self.model_loc)
        default = field.default if field is not None else None
        example = number_example(low, high, default, whole=whole)
        value = self.value
        strict = strict_number(value, whole=whole, what=what, example=example)
        if strict is not None:
            code, said, fix = strict
            if code == "not-a-whole-number" and self.name == "decimals":
                fix = number_hint("decimals", whole=True, year=False, example=example)
            return self.make(code, text("model.at", where=self.where, message=said), fix)
        if isinstance(value, str):
            written = self.written_number(value, whole=whole, year=year)
            if written is not None:
                return written
        if isinstance(value, dict | list):
            return self.wrong_structure(what)
        return self.make(
            "not-a-number",
            text("not-a-number", where=self.where, value=show_value(value), what=what),
            number_hint(self.name, whole=whole, year=year, example=example),
        )

    def written_number(self, value: str, *, whole: bool, year: bool) -> Diagnostic | None:
        """The diagnostic of a number written as text whose fix is clear: a decimal comma, a
        unit, a date for a year, a target's comparison written before its number."""
        shown = show_value(value)
        found_year = year_of(value) if year else None
        if found_year is not None:
            message = text("not-a-number.date", where=self.where, value=shown)
            return self.make(
                "not-a-number", message, text("not-a-number.date.fix", year=found_year)
            )
        compared = comparison_fix(value) if self.name == "value" else None
        parent = self.model_loc[:-1]
        if compared is not None and "comparison" in known_keys(self.model, parent):
            comparison, number = compared
            self.suggestion = (*(str(step) for step in self.loc[:-1]), "comparison")
            reasons = text("number-format.comparison")
            return self.make(
                "number-format",
                text("number-format", where=self.where, value=shown, reasons=reasons),
                text("number-format.comparison.fix", number=number, comparison=comparison),
            )
        fixed = number_fix(value, whole=whole, share=is_share(self.model, self.model_loc))
        if fixed is None:
            return None
        reasons_found, number_written = fixed
        return self.make(
            "number-format",
            text("number-format", where=self.where, value=shown, reasons=reasons_found),
            text("number-format.fix", number=number_written),
        )

    def not_text(self) -> Diagnostic:
        value = self.value
        if isinstance(value, dict | list):
            return self.wrong_structure(TEXT)
        written = self.source.scalar_text(self.loc)
        if isinstance(value, int) and written is not None and re.fullmatch(r"0[0-9_]+", written):
            return self.make(
                "leading-zero",
                text("leading-zero.text-field", where=self.where, written=written, value=value),
                text("leading-zero.text-field.fix", written=written),
            )
        shown = written if written is not None else show_value(value)
        return self.make(
            "not-text",
            text(
                "not-text.boolean" if isinstance(value, bool) else "not-text",
                where=self.where,
                value=shown,
            ),
            text("not-text.fix", value=shown),
        )

    def boolean(self) -> Diagnostic:
        shown = show_value(self.value)
        message = text("wrong-type.boolean", where=self.where, value=shown)
        word = BOOLEAN_WORDS.get(str(self.value).strip().lower())
        if word is None:
            return self.make("wrong-type", message, text("wrong-type.boolean.fix"))
        word_text = "true" if word else "false"
        fix = text("wrong-type.boolean.swedish.fix", word=word_text, value=shown)
        return self.make("wrong-type", message, fix)

    def wrong_structure(self, expected: Text) -> Diagnostic:
        got = show_value(self.value)
        annotation = strip_optional(annotation_at(self.model, self.model_loc))
        if expected == MAPPING and isinstance(annotation, type):
            if issubclass(annotation, BaseModel):
                keys = [n for n, f in annotation.model_fields.items() if f.is_required()]
                listed = isinstance(self.value, list) and bool(self.loc)
                hint = keys_fix(keys, under=self.name if listed else None)
            else:
                hint = text("wrong-type.mapping.fix")
        elif expected == MAPPING:
            hint = text("wrong-type.mapping.fix")
        elif expected == LIST:
            hint = text("wrong-type.list.fix")
        else:
            hint = text("wrong-type.fix")
        return self.make(
            "wrong-type",
            text("wrong-type", where=self.where, expected=expected, got=got),
            hint,
            position=self.at(),
        )

    def pattern(self) -> Diagnostic:
        pattern = str(self.ctx.get("pattern", ""))
        value = str(self.value)
        if pattern == ID_PATTERN:
            suggestion = as_id(value)
            return self.make(
                "invalid-id",
                text("invalid-id", where=self.where, value=show_value(value)),
                text("invalid-id.fix", suggestion=suggestion)
                if suggestion
                else text("invalid-id.example"),
            )
        return self.make(
            "invalid-format",
            text("invalid-format", where=self.where, value=show_value(value)),
            pattern_hint(pattern, value),
        )

    def date(self) -> Diagnostic:
        problem, fix = date_problem(str(self.value))
        return self.make(
            "invalid-date",
            text("invalid-date", where=self.where, value=show_value(self.value), problem=problem),
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
            key = f"{'year' if self.on_key else 'value'}.{'after' if above else 'before'}"
            message = text(f"year-out-of-range.{key}", where=self.where, value=value, limit=limit)
            fix = text("year-out-of-range.fix", first=_FIRST_YEAR, last=_LAST_YEAR)
            return self.make("year-out-of-range", message, fix)
        message = text(
            "out-of-range.above" if above else "out-of-range.below",
            where=self.where,
            value=show_value(value),
            limit=number_text(limit),
        )
        return self.make("out-of-range", message, range_fix(low, high, value))
