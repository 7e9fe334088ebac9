"""Small pieces of explanation text shared by the rules, in Swedish and English."""

from ambition.models import Indicator
from ambition.numbers import format_number, format_percent


def value_text(value: float, indicator: Indicator, lang: str) -> str:
    """A value with the indicator's decimals and unit, e.g. '79 385 ton CO2-ekv'."""
    return f"{format_number(value, indicator.decimals, lang)} {indicator.unit}"


def signed_percent(share: float, lang: str, decimals: int = 1) -> str:
    """A signed percentage, e.g. '+4,9 %' or '−11,1 %' in Swedish."""
    text = format_percent(abs(share), lang, decimals)
    if share > 0:
        return "+" + text
    if share < 0:
        return ("\u2212" if lang == "sv" else "-") + text
    return text


def both(sv: str, en: str) -> dict[str, str]:
    """The sentence in both languages, keyed by language code."""
    return {"sv": sv, "en": en}
