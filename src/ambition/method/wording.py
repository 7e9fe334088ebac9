"""Small pieces of explanation text shared by the rules, in Swedish and English."""

from collections.abc import Mapping

from ambition.method.explanation import Explanation
from ambition.method.results import StatusProposal
from ambition.models import Indicator, Status
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


def value_subject(indicator: Indicator, year: int, value: float) -> dict[str, str]:
    """'Värdet 2022 (79 385 ton)' / 'The 2022 value (79,385 ton)': the subject of a sentence."""
    return both(
        f"Värdet {year} ({value_text(value, indicator, 'sv')})",
        f"The {year} value ({value_text(value, indicator, 'en')})",
    )


class Proposer:
    """Builds the proposals of one application of a rule: every case shares the rule's name,
    its inputs, its thresholds and the head that starts each sentence (e.g. 'Värdet 2022 (…)
    jämförs med målvärdet för 2045 (…): ')."""

    def __init__(
        self,
        rule: str,
        inputs: Mapping[str, float | int | str | None],
        thresholds: Mapping[str, float] | None = None,
        head: Mapping[str, str] | None = None,
    ) -> None:
        self.rule = rule
        self.inputs = inputs
        self.thresholds = thresholds or {}
        self.head = head or {"sv": "", "en": ""}

    def __call__(
        self,
        status: Status,
        case: str,
        sv: str,
        en: str,
        computed: Mapping[str, float] | None = None,
        thresholds: Mapping[str, float] | None = None,
    ) -> StatusProposal:
        """The proposal of ``status`` for ``case``, explained by ``sv`` and ``en``."""
        text = both(self.head["sv"] + sv, self.head["en"] + en)
        return StatusProposal(
            status,
            Explanation(
                self.rule,
                case,
                status.value,
                text,
                self.inputs,
                computed or {},
                self.thresholds if thresholds is None else thresholds,
            ),
        )


def with_colon(head: Mapping[str, str]) -> dict[str, str]:
    """A sentence head followed by ': ', ready for Proposer."""
    return {lang: f"{text}: " for lang, text in head.items()}
