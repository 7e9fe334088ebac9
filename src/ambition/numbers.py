"""Numbers in the report's language: decimal comma and a space between thousands in Swedish.

Rounding is half up (0.125 with two decimals is 0.13), as in Swedish official statistics; the
method always compares unrounded values and rounds only for display.
"""

import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal
from functools import lru_cache

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


def telling_decimals(value: float, limit: float, decimals: int, scale: float = 1.0) -> int:
    """The fewest decimals, from ``decimals`` up to four more, at which ``value`` and ``limit``
    (each times ``scale``: 100 for percentages) no longer look equal when they differ.

    So a sentence never says "67 % is below 67 %": 6/9 against 0.667 is written 66.67 % against
    66.70 % (``telling_decimals(6/9, 0.667, 0, 100)`` is 2).
    """
    if value == limit:
        return decimals
    for extra in range(5):
        places = decimals + extra
        if round_half_up(value * scale, places) != round_half_up(limit * scale, places):
            return places
    return decimals + 4


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
