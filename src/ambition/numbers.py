"""Numbers in the report's language: decimal comma and a space between thousands in Swedish.

Rounding is half up (0.125 with two decimals is 0.13), as in Swedish official statistics; the
method always compares unrounded values and rounds only for display.
"""

import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

NARROW_NO_BREAK_SPACE = "\u202f"
"""Thousands separator in Swedish (SS 03 01 01 allows a space; a no-break one keeps it together)."""


_CONTEXT = Context(prec=28)
"""The context of nearly every rounding, made once (a report rounds some 15,000 numbers)."""


def round_half_up(value: float, decimals: int) -> Decimal:
    """``value`` rounded half up to ``decimals`` places, via its shortest decimal representation."""
    quantum = Decimal(1).scaleb(-decimals)
    exact = Decimal(repr(value))
    # Enough digits for any finite float: its integer digits plus the decimals asked for.
    digits = exact.adjusted() + decimals + 2
    context = _CONTEXT if digits <= _CONTEXT.prec else Context(prec=digits)
    return exact.quantize(quantum, rounding=ROUND_HALF_UP, context=context)


def agreeing_decimals(first: float, last: float, decimals: int, most: int = 3) -> int:
    """The decimals of the change ``last - first`` written beside the two values, which are
    written with ``decimals`` (the indicator's, as everywhere else in a report).

    ``decimals`` when the change so rounded is the difference of the values so rounded and is
    not nil unless the values are equal: 34,1 → 30,0 is −4,1. Otherwise more, so that the change
    reads as the exact one rather than a slip in subtracting the rounded values, and a change that
    is not nil is not written as nil: 89 277 → 79 385 (89 277,4 → 79 384,6) is −9 892,8, not
    −9 893; 79 → 79 (79,5 → 79,1) is −0,4, not −0: one more decimal, and then as many more as it
    takes not to be nil, at most ``decimals + most``. Rounding half up (``round_half_up``).
    """
    shown = round_half_up(last, decimals) - round_half_up(first, decimals)
    difference = round_half_up(last - first, decimals)
    if shown == difference and (difference != 0 or last == first):
        return decimals
    for places in range(decimals + 1, decimals + most):
        if round_half_up(last - first, places) != 0:  # "79 till 79, −0,0" is no change
            return places
    return decimals + most


@lru_cache(maxsize=4096)
def format_number(value: float, decimals: int, lang: str) -> str:
    """``value`` rounded half up to ``decimals`` and written for ``lang`` ('sv' or 'en').

    Examples: ``format_number(14854.0, 0, "sv")`` is '14 854' (with a narrow no-break space),
    ``format_number(5.34858, 1, "sv")`` is '5,3', ``format_number(-12.0, 0, "en")`` is '-12'
    (a minus sign '−' in Swedish); infinity is '∞' and NaN '–', never an error. Results are
    remembered (a chart writes each value twice: on the line and in its table).
    """
    if not math.isfinite(value):
        return "\u2013" if math.isnan(value) else ("\u221e" if value > 0 else "\u2212\u221e")
    rounded = round_half_up(value, decimals)
    if rounded == 0:
        rounded = abs(rounded)
    text = f"{rounded:,.{decimals}f}"
    if lang == "sv":
        text = text.replace(",", NARROW_NO_BREAK_SPACE).replace(".", ",").replace("-", "\u2212")
    return text


def format_percent(share: float, lang: str, decimals: int = 0) -> str:
    """A share (0.667) written as a percentage ('67 %' in Swedish, '67%' in English)."""
    number = format_number(share * 100, decimals, lang)
    return f"{number}\u00a0%" if lang == "sv" else f"{number}%"


_THOUSANDS_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
"""A space between groups of thousands in a unit's text ('per 100 000 invånare')."""


def counted_rest(unit: str) -> str | None:
    """What follows the word 'antal' that starts ``unit`` ('antal per 1 000 invånare' gives
    ' per 1 000 invånare', 'antal' gives ''), or None when it does not start with it."""
    words = unit.strip()
    if words.lower() == "antal" or words.lower().startswith("antal "):
        return words[len("antal") :]
    return None


def unit_text(unit: str, count_noun: str | None = None) -> str:
    """``unit`` as a reader reads it after a number: ``count_noun`` in place of the word
    'antal' that starts it (``unit_text("antal per 1 000 invånare", "bostäder")`` is
    'bostäder per 1 000 invånare', ``unit_text("antal", "invånare")`` 'invånare'), the unit
    itself otherwise; a space between groups of thousands becomes a narrow no-break space, as
    in numbers, so '1 000' never breaks over two lines."""
    rest = counted_rest(unit) if count_noun else None
    text = unit if rest is None or count_noun is None else count_noun + rest
    return _THOUSANDS_SPACE.sub(NARROW_NO_BREAK_SPACE, text)


def unit_heading(unit: str, count_noun: str | None = None) -> str:
    """``unit`` as the heading of a column of values or a series: the count noun after 'antal'
    (``unit_heading("antal", "invånare")`` is 'antal invånare', with 'bostäder' 'antal per
    1 000 invånare' is 'antal bostäder per 1 000 invånare'), so 'Värde (antal invånare)'."""
    rest = counted_rest(unit) if count_noun else None
    if rest is None or count_noun is None:
        return unit_text(unit)
    return unit_text(unit.strip()[: -len(rest) or None] + " " + count_noun + rest)


def exact(value: float) -> Fraction:
    """``value`` as the decimal it is written as, exactly: ``exact(0.1)`` is 1/10 (not the
    binary float's 3602879701896397/36028797018963968); a ``Threshold`` gives its own value."""
    if isinstance(value, Threshold):
        return value.exact
    return Fraction(repr(float(value)))


_FRACTION = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


class Threshold(float):
    """A threshold as it was decided: its exact value and how it was written, ``2/3`` (a
    fraction) or ``0.667`` (a decimal). It is a float where a float is asked for; exact
    comparisons use ``exact`` (a ``fractions.Fraction``), and reports show ``written``."""

    exact: Fraction
    written: str

    def __new__(cls, exact: Fraction, written: str) -> "Threshold":
        """The threshold ``exact`` (a Fraction) written as ``written``."""
        threshold = super().__new__(cls, float(exact))
        threshold.exact = exact
        threshold.written = written
        return threshold

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (Threshold.parse, (self.written,))

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Read by ``parse`` and written as ``serialized`` wherever a model holds one (pydantic
        is imported only when a model asks)."""
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(
            cls.parse,
            serialization=core_schema.plain_serializer_function_ser_schema(cls.serialized),
        )

    @property
    def is_fraction(self) -> bool:
        """True when it was written as a fraction (``2/3``)."""
        return "/" in self.written

    @classmethod
    def parse(cls, value: object) -> "Threshold":
        """A threshold from what a file holds: a number (``0.667``, ``1``) or the text of a
        fraction of whole numbers (``'2/3'``). Raises ValueError for anything else, a zero
        denominator or a boolean; the range is the caller's to check."""
        if isinstance(value, Threshold):
            return value
        if isinstance(value, bool):
            raise ValueError(f"expected a number or a fraction such as 2/3, not {value!r}")
        if isinstance(value, int | float):
            if not math.isfinite(value):
                raise ValueError(f"expected a finite number, not {value!r}")
            # A whole number is written without decimals: a model reads 1 as 1.0.
            written = repr(int(value)) if float(value).is_integer() else repr(float(value))
            return cls(exact(float(value)), written)
        if isinstance(value, str):
            found = _FRACTION.fullmatch(value)
            if found and int(found[2]) != 0:
                numerator, denominator = int(found[1]), int(found[2])
                return cls(Fraction(numerator, denominator), f"{numerator}/{denominator}")
        raise ValueError(
            f"expected a number (0.667) or a fraction of whole numbers (2/3), not {value!r}"
        )

    def serialized(self) -> float | str:
        """The threshold as a file holds it: the fraction's text, else the number."""
        return self.written if self.is_fraction else float(self)

    def decimals(self) -> int:
        """The decimals it was written with: 0.667 has 3, 0.5 has 1, 1 and 2/3 none."""
        if self.is_fraction:
            return 0
        exponent = Decimal(self.written).as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0


_NUMERATORS = {
    "sv": ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
}
_PARTS = {
    "sv": {
        3: ("tredjedel", "tredjedelar"),
        4: ("fjärdedel", "fjärdedelar"),
        5: ("femtedel", "femtedelar"),
        6: ("sjättedel", "sjättedelar"),
        7: ("sjundedel", "sjundedelar"),
        8: ("åttondel", "åttondelar"),
        9: ("niondel", "niondelar"),
        10: ("tiondel", "tiondelar"),
    },
    "en": {
        3: ("third", "thirds"),
        4: ("quarter", "quarters"),
        5: ("fifth", "fifths"),
        6: ("sixth", "sixths"),
        7: ("seventh", "sevenths"),
        8: ("eighth", "eighths"),
        9: ("ninth", "ninths"),
        10: ("tenth", "tenths"),
    },
}


def fraction_words(numerator: int, denominator: int, lang: str) -> str:
    """A fraction in words as a decision states it: ``fraction_words(2, 3, "sv")`` is 'två
    tredjedelar', (1, 2) 'hälften' ('half'), (3, 4, "en") 'three quarters'; beyond tenths, or
    a numerator of the denominator or more, the digits with a slash ('7/12')."""
    lang = "sv" if lang == "sv" else "en"
    if (numerator, denominator) == (1, 2):
        return "hälften" if lang == "sv" else "half"
    parts = _PARTS[lang].get(denominator)
    if parts is None or not 0 < numerator < denominator:
        return f"{numerator}/{denominator}"
    return f"{_NUMERATORS[lang][numerator]} {parts[0] if numerator == 1 else parts[1]}"


def format_threshold(threshold: float, lang: str, share: bool = True) -> str:
    """A threshold shown the way it was decided: a fraction in words when ``share``
    ('två tredjedelar'), else as written ('2/3'); a decimal with the decimals it was written
    with, as a percentage when ``share`` (0.667 is '66,7 %', 0.5 '50 %') or as a number
    (0.75 is '0,75'). A plain float counts as written by its shortest representation."""
    written = Threshold.parse(threshold)
    if written.is_fraction:
        if not share:
            return written.written
        numerator, denominator = map(int, written.written.split("/"))
        return fraction_words(numerator, denominator, lang)
    if share:
        return format_percent(float(written), lang, max(0, written.decimals() - 2))
    return format_number(float(written), written.decimals(), lang)


def faithful_decimals(value: Fraction, limit: Fraction, scale: int = 1, start: int = 0) -> int:
    """The fewest decimals, from ``start`` up to eight more, at which ``value`` (times
    ``scale``: 100 for a percentage) rounded half up stands on the same side of ``limit`` as
    ``value`` itself: so 6/9 against at least 0.667 is written 66,67 %, never 67 % (which
    would look above 66,7 %) or 66,7 % (equal). Equal values keep ``start``."""
    if value == limit:
        return start
    side = value > limit
    for places in range(start, start + 9):
        quantum = Fraction(1, 10**places)
        scaled = value * scale / quantum
        rounded = (
            (scaled + Fraction(1, 2)).__floor__()
            if scaled >= 0
            else -((-scaled + Fraction(1, 2)).__floor__())
        )
        shown = rounded * quantum / scale
        if shown != limit and (shown > limit) == side:
            return places
    return start + 8
