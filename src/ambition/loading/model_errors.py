"""Turn pydantic validation errors into located diagnostics an officer can act on.

Each pydantic error type gets a stable code (``ambition.diagnostics.codes``), a message in words and a hint
with the exact fix where one can be computed (``'12,5'`` → ``write 12.5``); the position comes
from the event scan of the file (``SourceFile.locate``). Where the model is needed to say more
(the keys a mapping may hold, the bounds of a number, the nearest allowed word), the model's
field annotations are followed along the error's path.
"""

import calendar
import difflib
import enum
import re
import types
import typing
import unicodedata
from typing import Any

import annotated_types
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from ambition.diagnostics.codes import diagnostic
from ambition.diagnostics import Diagnostic
from ambition.models.common import ID_PATTERN
from ambition.yaml.positions import SourceFile, YamlPath

# Swedish words an officer may write for the allowed English words and keys; suggested only where
# the English word is allowed at that place.
_SWEDISH_WORDS = {
    "uppfyllt": "achieved",
    "uppfylld": "achieved",
    "uppnått": "achieved",
    "delvis uppfyllt": "partly_achieved",
    "delvis uppfylld": "partly_achieved",
    "delvis": "partly_achieved",
    "ej uppfyllt": "not_achieved",
    "inte uppfyllt": "not_achieved",
    "ej uppfylld": "not_achieved",
    "ej bedömd": "not_assessed",
    "ej bedömt": "not_assessed",
    "ej mätbar": "not_assessed",
    "förbättring": "improving",
    "förbättras": "improving",
    "oförändrad": "stable",
    "oförändrat": "stable",
    "försämring": "worsening",
    "försämras": "worsening",
    "öka": "increase",
    "ökning": "increase",
    "högre": "increase",
    "minska": "decrease",
    "minskning": "decrease",
    "lägre": "decrease",
    "minst": "at_least",
    ">=": "at_least",
    "≥": "at_least",
    "högst": "at_most",
    "<=": "at_most",
    "≤": "at_most",
    "över": "above",
    ">": "above",
    "under": "below",
    "<": "below",
    "mellan": "between",
    "helår": "annual",
    "helårsbokslut": "annual",
    "delår": "interim",
    "delårsbokslut": "interim",
    "nämnd": "committee",
    "bolag": "company",
    "förvaltning": "administration",
    "kommunstyrelsen": "executive_board",
    "kommunfullmäktige": "council",
    "kommunledningskontoret": "central_office",
    "planerad": "planned",
    "pågår": "ongoing",
    "pågående": "ongoing",
    "genomförd": "done",
    "klar": "done",
    "försenad": "delayed",
    "avbruten": "cancelled",
    "program": "programme",
    "riktlinje": "guideline",
}
_SWEDISH_KEYS = {
    "id": "id",
    "titel": "title",
    "rubrik": "title",
    "beskrivning": "description",
    "enhet": "unit",
    "decimaler": "decimals",
    "riktning": "direction",
    "ansvarig": "responsible",
    "mätområde": "measurement_area",
    "källa": "source",
    "utgivare": "publisher",
    "utgångsvärde": "baseline",
    "målvärde": "targets",
    "målvärden": "targets",
    "mål": "targets",
    "värden": "values",
    "värde": "value",
    "år": "year",
    "jämförelse": "comparison",
    "acceptabelt": "acceptable",
    "beslut": "decision",
    "organ": "body",
    "datum": "date",
    "paragraf": "paragraph",
    "diarienummer": "registration_number",
    "dnr": "registration_number",
    "bedömning": "status",
    "status": "status",
    "analys": "analysis",
    "bedömare": "assessor",
    "motivering": "justification",
    "namn": "name",
    "kod": "code",
    "språk": "language",
    "perioder": "periods",
    "mandatperiod": "term_of_office",
    "ägare": "owner",
    "nummer": "number",
    "mätområden": "measurement_areas",
    "typ": "kind",
    "sista dag": "deadline",
    "bokslutsdag": "closing_date",
    "styrdokument": "steering_documents",
    "fokusområde": "focus_area",
    "fokusområden": "focus_areas",
    "startdatum": "start",
    "slutdatum": "due",
    "lägesbeskrivning": "progress",
}
_MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NUMBER_TYPES = {"float_parsing", "float_type", "int_parsing", "int_type"}
_BOUND_TYPES = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}
_MAPPING_TYPES = {"dict_type", "model_type", "model_attributes_type", "dataclass_type"}
_LIST_TYPES = {"list_type", "tuple_type", "set_type", "frozen_set_type"}
_SPACES = re.compile("[ \u00a0\u202f\u2009\u2007]")
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


def _show(value: Any) -> str:
    """A value as the officer wrote it, shortened."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a mapping of keys"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "…"
        return repr(text)
    return str(value)


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
        self.loc = source.resolve([*prefix, *raw_loc])  # as written in the file
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
                f"{self.where}: {_show(self.value)} is not a whole number",
                f"write a whole number, e.g. {round(self.value)}"
                if isinstance(self.value, float)
                else "write a whole number",
            )
        if kind == "string_type":
            return self.not_text()
        if kind in {"bool_type", "bool_parsing"}:
            return self.make(
                "wrong-type",
                f"{self.where}: {_show(self.value)} is not true or false",
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
        field = _field(self.model, field_loc)
        words = _allowed_words(_annotation(self.model, field_loc))
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
        known = _known_keys(self.model, self.model_loc[:-1])
        hint: str | None = None
        swedish = _SWEDISH_KEYS.get(name.lower())
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
                key for key in known if name in _known_keys(self.model, [*self.model_loc[:-1], key])
            ]
            if len(parents) == 1:
                hint = f"'{name}' belongs under '{parents[0]}:': indent it below that key"
            elif known:
                hint = "the keys allowed here: " + ", ".join(known)
        return self.make("unknown-key", f"unknown key '{name}'", hint, position=self.at(key=True))

    def empty(self) -> Diagnostic:
        annotation = _strip(_annotation(self.model, self.model_loc))
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
        swedish = _SWEDISH_WORDS.get(written.strip().lower())
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
            f"{self.where}: {_show(written)} is not one of the allowed values",
            hint,
            position=position,
        )

    def number(self) -> Diagnostic:
        whole = self.kind.startswith("int") or self.on_key
        what = (
            "a whole number (a year)" if self.on_key else "a whole number" if whole else "a number"
        )
        value = self.value
        if isinstance(value, str):
            fixed = _number_fix(value, whole=whole, share=_is_share(self.model, self.model_loc))
            if fixed is not None:
                reasons, number = fixed
                return self.make(
                    "number-format",
                    f"{self.where}: {_show(value)} is not a number: it has {reasons}",
                    f"write {number}",
                )
        if isinstance(value, dict | list):
            return self.wrong_structure(what)
        example = "2022" if self.on_key else "12" if whole else "12.5"
        return self.make(
            "not-a-number",
            f"{self.where}: {_show(value)} is not {what}",
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
        shown = written if written is not None else _show(value)
        return self.make(
            "not-text",
            f"{self.where}: expected text, got {'the number ' if not isinstance(value, bool) else ''}"
            f"{shown}",
            f'put the value in quotes: "{shown}"',
        )

    def wrong_structure(self, expected: str) -> Diagnostic:
        got = _show(self.value)
        annotation = _strip(_annotation(self.model, self.model_loc))
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
            suggestion = _as_id(value)
            return self.make(
                "invalid-id",
                f"{self.where}: {_show(value)} is not an id",
                "ids use lower-case letters a-z, digits and hyphens only"
                + (f": write '{suggestion}'" if suggestion else ", e.g. 'ekologisk-mat'"),
            )
        return self.make(
            "invalid-format",
            f"{self.where}: {_show(value)} does not have the expected form",
            _pattern_hint(pattern, value),
        )

    def date(self) -> Diagnostic:
        problem, fix = _date_problem(str(self.value))
        return self.make(
            "invalid-date",
            f"{self.where}: {_show(self.value)} is not a date{problem}",
            fix,
        )

    def bounds(self) -> Diagnostic:
        low, high = _bounds(self.model, self.model_loc, self.ctx, on_key=self.on_key)
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
        message = f"{self.where}: {_show(value)} is {side} allowed value, {_number(limit)}"
        if low is not None and high is not None:
            hint = f"write a number from {_number(low)} to {_number(high)}"
        elif low is not None:
            hint = f"write a number of at least {_number(low)}"
        else:
            hint = f"write a number of at most {_number(high)}"
        if (low, high) == (0, 1) and isinstance(value, int | float) and 1 < value <= 100:
            hint = f"a share is written between 0 and 1: write {_number(value / 100)} for {value} %"
        return self.make("out-of-range", message, hint)


def _allowed_words(annotation: Any) -> str | None:
    """ "'a', 'b' or 'c'" for an enumeration or literal, else None."""
    plain = _strip(annotation)
    if isinstance(plain, type) and issubclass(plain, enum.Enum):
        values = [str(member.value) for member in plain]
    elif typing.get_origin(plain) is typing.Literal:
        values = [str(value) for value in typing.get_args(plain)]
    else:
        return None
    quoted = [f"'{value}'" for value in values]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return f"{value:g}" if isinstance(value, float) else str(value)


def _number_fix(text: str, *, whole: bool, share: bool) -> tuple[str, str] | None:
    """What keeps ``text`` from being a number and the number it should be, if that is clear.

    ``'12,5'`` → ('a decimal comma', '12.5'); ``'1 234'`` → ('spaces between the thousands',
    '1234'); ``'80 %'`` in a share → ('a percent sign', '0.8').
    """
    reasons: list[str] = []
    rest = text.strip()
    if "%" in rest:
        reasons.append("a percent sign")
        rest = rest.replace("%", "").strip()
    if "\u2212" in rest or rest.startswith("–"):
        reasons.append("a typographic minus sign")
        rest = rest.replace("\u2212", "-").replace("–", "-")
    unit = re.fullmatch(r"([-+]?[\d\s\u00a0\u202f.,]*\d)\s*([^\d\s.,%][^\d]*)", rest)
    if unit and unit.group(2).strip() in {"O", "o", "l", "I"}:
        return None  # a letter typed for the digit 0 or 1, not a unit: no guess
    if unit:
        reasons.append(f"the unit '{unit.group(2).strip()}'")
        rest = unit.group(1)
    if _SPACES.search(rest) and re.fullmatch(
        r"[-+]?\d{1,3}(?:[ \u00a0\u202f\u2009\u2007]\d{3})+(?:[.,]\d+)?", rest
    ):
        reasons.append("spaces between the thousands")
        rest = _SPACES.sub("", rest)
    if "," in rest and "." in rest:
        decimal = "," if rest.rfind(",") > rest.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        reasons.append(f"'{thousands}' between the thousands")
        rest = rest.replace(thousands, "").replace(",", ".")
    elif re.fullmatch(r"[-+]?\d{1,3},\d{3}", rest) and not whole:
        # '14,854' is a decimal comma to a Swede and a thousands separator to a spreadsheet.
        as_decimal, as_whole = rest.replace(",", "."), rest.replace(",", "")
        return (
            "a comma that may be a decimal comma or a thousands separator",
            f"{as_decimal} if the comma is a decimal comma, or {as_whole} if it separates "
            "thousands",
        )
    elif "," in rest:
        reasons.append("a decimal comma")
        rest = rest.replace(",", ".")
    if not reasons:
        return None
    try:
        number = float(rest)
    except ValueError:
        return None
    if share and "a percent sign" in reasons:
        number /= 100
    if whole and not number.is_integer():
        return None
    fixed = str(int(number)) if whole or (number.is_integer() and "." not in rest) else repr(number)
    if share and "a percent sign" in reasons:
        fixed = f"{number:g}"
    return ", ".join(reasons), fixed


def _date_problem(text: str) -> tuple[str, str]:
    """Why ``text`` is not a date, and the fix: ('' or ': there is no month 13', 'write …')."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text.strip())
    if match:
        year, month, day = (int(g) for g in match.groups())
        if not 1 <= month <= 12:
            return f": there is no month {month}", "write the date as YYYY-MM-DD with a month 01–12"
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            return (
                f" that exists: {_MONTHS[month]} {year} has {days} days",
                "write a date that exists, as YYYY-MM-DD",
            )
        return "", f"write {year:04d}-{month:02d}-{day:02d}: two digits for month and day"
    swedish = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/. ]\s*(\d{4})", text.strip())
    if swedish:
        day, month, year = (int(g) for g in swedish.groups())
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            return "", f"write {year:04d}-{month:02d}-{day:02d}: dates are written YYYY-MM-DD"
    return "", "write the date as YYYY-MM-DD, e.g. 2023-02-15"


def _pattern_hint(pattern: str, value: str) -> str:
    if "[NU]" in pattern:
        return "a Kolada id is N or U and five digits, e.g. 'N00401'"
    if r"^\d{4}$" in pattern:
        digits = re.sub(r"\D", "", value)
        return (
            f'write the four-digit code in quotes, e.g. "{digits.zfill(4)}"'
            if digits
            else ('write the four-digit code in quotes, e.g. "0665"')
        )
    if "#" in pattern:
        return "write a colour as # and six hexadecimal digits, e.g. '#1a7f37'"
    if "1[0-7]" in pattern:
        return "write an Agenda 2030 goal ('11') or target ('11.6') in quotes"
    return f"the value must match the pattern {pattern}"


def _as_id(text: str) -> str:
    """The id closest to ``text``: lower case, å/ä/ö as a/a/o, other characters as hyphens."""
    plain = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return slug[:80]


def _annotation(model: type[BaseModel], loc: YamlPath) -> Any:
    """The annotation reached by following ``loc`` (pydantic's path, with union tags)."""
    current: Any = model
    for step in loc:
        member = _member(current, step)
        if member is not None:  # the step names a member of a union: it is not a key
            current = member
            continue
        current = _strip(current)
        origin = typing.get_origin(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(step))
            if field is None:
                return None
            current = _with_metadata(field)
        elif origin is list:
            current = typing.get_args(current)[0]
        elif origin is dict:
            current = typing.get_args(current)[1]
        else:
            return None
    return current


def _with_metadata(field: FieldInfo) -> Any:
    if field.metadata:
        return typing.Annotated[(field.annotation, *field.metadata)]
    return field.annotation


def _field(model: type[BaseModel], loc: YamlPath) -> FieldInfo | None:
    """The field at ``loc``, if the path ends at a model's field."""
    if not loc:
        return None
    parent = _strip(_annotation(model, loc[:-1]))
    if isinstance(parent, type) and issubclass(parent, BaseModel):
        return parent.model_fields.get(str(loc[-1]))
    return None


def _known_keys(model: type[BaseModel], loc: YamlPath) -> list[str]:
    """Field names of the sub-model reached by following ``loc`` from ``model``."""
    current = _strip(_annotation(model, loc))
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _bounds(
    model: type[BaseModel], loc: YamlPath, ctx: dict[str, Any], *, on_key: bool = False
) -> tuple[Any, Any]:
    """The smallest and largest allowed value at ``loc`` (of its key with ``on_key``)."""
    low = ctx.get("ge", ctx.get("gt"))
    high = ctx.get("le", ctx.get("lt"))
    if on_key and loc:
        container = _strip(_annotation(model, loc[:-1]))
        args = typing.get_args(container) if typing.get_origin(container) is dict else ()
        annotation = args[0] if args else None
    else:
        annotation = _annotation(model, loc) if loc else None
    while typing.get_origin(annotation) is typing.Annotated:
        annotation, *metadata = typing.get_args(annotation)
        for item in metadata:
            for constraint in item.metadata if isinstance(item, FieldInfo) else [item]:
                if isinstance(constraint, annotated_types.Ge):
                    low = constraint.ge
                elif isinstance(constraint, annotated_types.Gt):
                    low = constraint.gt
                elif isinstance(constraint, annotated_types.Le):
                    high = constraint.le
                elif isinstance(constraint, annotated_types.Lt):
                    high = constraint.lt
    return low, high


def _is_share(model: type[BaseModel], loc: YamlPath) -> bool:
    return _bounds(model, loc, {}) == (0, 1)


def _strip(annotation: Any) -> Any:
    """Strip ``Annotated`` and ``Optional`` down to the type inside; other unions stay."""
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


def _member(annotation: Any, step: Any) -> Any:
    """The member of a union of models that pydantic names ``step`` in an error path.

    Pydantic names a member by the tag of a tagged union or by the class name.
    """
    union = _strip(annotation)
    if typing.get_origin(union) not in (typing.Union, types.UnionType):
        return None
    for member in typing.get_args(union):
        plain = _strip(member)
        if not (isinstance(plain, type) and issubclass(plain, BaseModel)):
            continue
        if step == plain.__name__:
            return plain
        for field in plain.model_fields.values():
            if typing.get_origin(field.annotation) is typing.Literal and step in typing.get_args(
                field.annotation
            ):
                return plain
    return None
