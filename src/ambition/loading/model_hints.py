"""The exact fix for a value the models refuse: numbers, dates, patterns, ids, Swedish words.

Pure functions of the text as written (``'12,5'`` → ``write 12.5``), used by ``model_errors``
to build the hint of a diagnostic; each returns None (or a general hint) when no fix is clear.
"""

import calendar
import math
import re
import unicodedata
from typing import Any

from ambition.loading.model_words import COMPARISON_WORDS
from ambition.messages.text import Text, listing, text

MAPPING = text("model.mapping")
"""What a mapping of keys is called in a message."""
LIST = text("model.list")
"""What a list is called in a message."""
TEXT = text("model.text")
"""What text is called in a message."""
_SPACES = re.compile("[ \u00a0\u202f\u2009\u2007]")


def number_text(value: Any) -> str:
    """A bound or a number as an officer writes it: ``1.0`` → ``'1'``, ``0.125`` → ``'0.125'``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return f"{value:g}" if isinstance(value, float) else str(value)


def number_fix(written: str, *, whole: bool, share: bool) -> tuple[Text, str | Text] | None:
    """What keeps ``written`` from being a number and the number it should be, if that is clear.

    ``'12,5'`` → (the text 'a decimal comma', '12.5'); ``'1 234'`` → ('spaces between the
    thousands', '1234'); ``'80 %'`` in a share → ('a percent sign', '0.8').
    """
    reasons: list[Text] = []
    rest = written.strip()
    if "%" in rest:
        reasons.append(PERCENT_SIGN)
        rest = rest.replace("%", "").strip()
    if "\u2212" in rest or rest.startswith("–"):
        reasons.append(text("number-format.minus"))
        rest = rest.replace("\u2212", "-").replace("–", "-")
    unit = re.fullmatch(r"([-+]?[\d\s\u00a0\u202f.,]*\d)\s*([^\d\s.,%][^\d]*)", rest)
    if unit and unit.group(2).strip() in {"O", "o", "l", "I"}:
        return None  # a letter typed for the digit 0 or 1, not a unit: no guess
    if unit:
        reasons.append(text("number-format.unit", unit=unit.group(2).strip()))
        rest = unit.group(1)
    if _SPACES.search(rest) and re.fullmatch(
        r"[-+]?\d{1,3}(?:[ \u00a0\u202f\u2009\u2007]\d{3})+(?:[.,]\d+)?", rest
    ):
        reasons.append(text("number-format.spaces"))
        rest = _SPACES.sub("", rest)
    if "," in rest and "." in rest:
        decimal = "," if rest.rfind(",") > rest.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        reasons.append(text("number-format.separator", separator=thousands))
        rest = rest.replace(thousands, "").replace(",", ".")
    elif re.fullmatch(r"[-+]?\d{1,3},\d{3}", rest) and not whole:
        # '14,854' is a decimal comma to a Swede and a thousands separator to a spreadsheet.
        as_decimal, as_whole = rest.replace(",", "."), rest.replace(",", "")
        return (
            text("number-format.ambiguous-comma"),
            text("number-format.ambiguous-comma.choice", decimal=as_decimal, whole=as_whole),
        )
    elif "," in rest:
        reasons.append(text("number-format.decimal-comma"))
        rest = rest.replace(",", ".")
    if not reasons:
        return None
    try:
        number = float(rest)
    except ValueError:
        return None
    if share and PERCENT_SIGN in reasons:
        number /= 100
    if whole and not number.is_integer():
        return None
    fixed = str(int(number)) if whole or (number.is_integer() and "." not in rest) else repr(number)
    if share and PERCENT_SIGN in reasons:
        fixed = f"{number:g}"
    return text("words.list", items=listing(reasons)), fixed


PERCENT_SIGN = text("number-format.percent")


_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")
"""A number as YAML reads one without quotes."""


def strict_number(
    value: Any, *, whole: bool, what: Text, example: str
) -> tuple[str, Text, Text] | None:
    """(code, message, fix) for a value that the strict number types refuse although a lax
    reading would take it: a boolean, a number in quotes, ``2026.0`` for a whole number.
    ``what`` names what was expected ('a number'), ``example`` is a number to show for a
    boolean (``number_example``); None for any other value."""
    if isinstance(value, bool):
        return (
            "not-a-number",
            text("not-a-number.boolean", value=show_value(value), what=what),
            text("not-a-number.boolean.fix", example=example),
        )
    if whole and isinstance(value, float) and math.isfinite(value):
        return (
            "not-a-whole-number",
            text("not-a-whole-number.value", value=show_value(value)),
            text("not-a-whole-number.fix", example=round(value)),
        )
    plain = value.strip() if isinstance(value, str) else ""
    if _PLAIN_NUMBER.fullmatch(plain) and not (whole and "." in plain):
        return (
            "not-a-number",
            text("not-a-number.quoted", value=show_value(value), what=what),
            text("not-a-number.quoted.fix", number=plain),
        )
    return None


_YEARS = (1900, 2200)
"""The bounds of a year in the models."""


def number_example(low: Any, high: Any, default: Any, *, whole: bool) -> str:
    """A number to show as an example of a field bounded by ``low``–``high`` (either may be
    None) with the default ``default``: the default when it is in range, has at most three
    decimals and, for a decimal field, is not whole; else 2022 for a year, else the first of 12.5, 0.5, 0.25 (12, 1 for a
    whole field) in range, else a number just inside the bounds."""

    def inside(number: float) -> bool:
        return (low is None or number >= low) and (high is None or number <= high)

    if (low, high) == _YEARS:
        return "2022"
    numeric = isinstance(default, int | float) and not isinstance(default, bool)
    short = numeric and round(default, 3) == default  # 0.05, not 2/3 as 0.666667
    if short and inside(default) and (whole or not float(default).is_integer()):
        return number_text(default)
    for candidate in (12, 1) if whole else (12.5, 0.5, 0.25):
        if inside(candidate):
            return number_text(candidate)
    if low is not None and high is not None:
        middle = (low + high) / 2
        return number_text(round(middle) if whole else middle)
    step = 1 if whole else 0.5
    return number_text(low + step if low is not None else high - step)


def number_hint(name: str, *, whole: bool, year: bool, example: str) -> Text:
    """How to write the number of the field ``name`` (its key): the number of decimals, a
    year, a whole number or a number with a decimal point, with ``example``."""
    if name == "decimals":
        return text("not-a-number.decimals.fix", example=example)
    if year:
        return text("not-a-number.year.fix", example=example)
    return text("not-a-number.whole.fix" if whole else "not-a-number.fix", example=example)


def keys_fix(keys: list[str], *, under: str | None = None) -> Text:
    """How to write a mapping whose required keys are ``keys``; ``under`` names its key when
    it was written as a list, whose dashes must go."""
    if under is not None:
        listed = text("wrong-type.keys", keys=", ".join(keys)) if keys else ""
        return text("wrong-type.list-for-mapping.fix", key=under, keys=listed)
    if keys:
        return text("empty-value.keys.fix", keys=", ".join(keys))
    return text("empty-value.mapping.fix")


def year_of(written: str) -> str | None:
    """The year of a date written where a year is expected: ``'2022-01-01'`` and
    ``'2022-12'`` give '2022'; None for anything else."""
    match = re.fullmatch(r"\s*((?:19|20|21)\d\d)(?:[-/.]\d{1,2}){1,2}\s*", written)
    return match.group(1) if match else None


def comparison_fix(written: str) -> tuple[str, str] | None:
    """(comparison, number) for a target's value written with its comparison: ``'<= 800'`` →
    ('at_most', '800'), ``'minst 12,5 %'`` → ('at_least', '12.5'); None for anything else."""
    match = re.fullmatch(r"\s*(<=|>=|=<|=>|[<>≤≥]|högst|minst|under|över)\s*(.+?)\s*", written)
    if not match:
        return None
    rest = match.group(2)
    if _PLAIN_NUMBER.fullmatch(rest):
        return COMPARISON_WORDS[match.group(1)], rest
    fixed = number_fix(rest, whole=False, share=False)
    if fixed is None or not isinstance(fixed[1], str):
        return None
    return COMPARISON_WORDS[match.group(1)], fixed[1]


def date_problem(written: str) -> tuple[str | Text, Text]:
    """Why ``written`` is not a date, and the fix: ('' or the text ': there is no month 13',
    the text 'write …')."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", written.strip())
    if match:
        year, month, day = (int(g) for g in match.groups())
        if not 1 <= month <= 12:
            return text("invalid-date.month", month=month), text("invalid-date.month.fix")
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            return (
                text("invalid-date.day", month=text(f"month.{month}"), year=year, days=days),
                text("invalid-date.day.fix"),
            )
        return "", text("invalid-date.digits.fix", date=f"{year:04d}-{month:02d}-{day:02d}")
    swedish = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/. ]\s*(\d{4})", written.strip())
    if swedish:
        day, month, year = (int(g) for g in swedish.groups())
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            return "", text("invalid-date.swedish.fix", date=f"{year:04d}-{month:02d}-{day:02d}")
    return "", text("invalid-date.fix")


def range_fix(low: Any, high: Any, value: Any) -> Text:
    """The fix for ``value`` outside the bounds ``low``–``high`` (either may be None): the
    range to write in; for a share (0–1) written as a percentage, the share it stands for."""
    if (low, high) == (0, 1) and isinstance(value, int | float) and 1 < value <= 100:
        return text("out-of-range.share.fix", share=number_text(value / 100), value=value)
    if low is not None and high is not None:
        return text("out-of-range.between.fix", low=number_text(low), high=number_text(high))
    if low is not None:
        return text("out-of-range.least.fix", low=number_text(low))
    return text("out-of-range.most.fix", high=number_text(high))


def pattern_hint(pattern: str, value: str) -> Text:
    """The hint for ``value`` not matching the regular expression ``pattern`` of a model field.

    Knows the patterns of the models (Kolada ids, four-digit codes, colours, Agenda 2030 goals);
    any other pattern is named as it is.
    """
    if "[NU]" in pattern:
        return text("invalid-format.kolada.fix")
    if r"^\d{4}$" in pattern:
        digits = re.sub(r"\D", "", value)
        return text("invalid-format.code.fix", code=digits.zfill(4) if digits else "0665")
    if "#" in pattern:
        return text("invalid-format.colour.fix")
    if "1[0-7]" in pattern:
        return text("invalid-format.agenda.fix")
    return text("invalid-format.fix", pattern=pattern)


def as_id(text: str) -> str:
    """The id closest to ``text``: lower case, å/ä/ö as a/a/o, other characters as hyphens."""
    visible = "".join(c for c in text if unicodedata.category(c) != "Cf")  # zero-width, bidi
    plain = unicodedata.normalize("NFKD", visible.strip().lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return slug[:80]


def show_value(value: Any) -> str | Text:
    """A value as the officer wrote it, for a message: text quoted and cut at 40 characters;
    nothing, a mapping and a list named in words."""
    if value is None:
        return text("model.nothing")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return MAPPING
    if isinstance(value, list):
        return LIST
    if isinstance(value, str):
        cut = value if len(value) <= 40 else value[:37] + "…"
        return repr(cut)
    return str(value)
