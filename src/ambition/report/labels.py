"""The one catalogue of report labels, in Swedish and English.

Status labels and symbols come from the method's scale (``data/method.yaml``); everything else a
report writes comes from here.
"""

from collections.abc import Mapping
from types import MappingProxyType

from ambition.models import Trend

LANGUAGES = ("sv", "en")

_LABELS: dict[str, tuple[str, str]] = {
    "report_title": ("Uppföljning av fullmäktiges mål", "Follow-up of the council's goals"),
    "skip_to_content": ("Hoppa till innehållet", "Skip to content"),
    "summary": ("Sammanfattning", "Summary"),
    "goal": ("Mål", "Goal"),
    "goals": ("Mål", "Goals"),
    "measurement_area": ("Mätområde", "Measurement area"),
    "indicator": ("Indikator", "Indicator"),
    "indicators": ("Indikatorer", "Indicators"),
    "latest_value": ("Senaste värde", "Latest value"),
    "target": ("Målvärde", "Target"),
    "baseline": ("Utgångsvärde", "Baseline"),
    "proposal": ("Förslag enligt metoden", "Proposal by the method"),
    "status": ("Bedömning", "Assessment"),
    "expert_status": ("Sakkunnigs bedömning", "Expert's assessment"),
    "owner_status": ("Målägarens bedömning", "Goal owner's assessment"),
    "trend": ("Trend", "Trend"),
    "analysis": ("Analys", "Analysis"),
    "justification": ("Motivering", "Justification"),
    "no_justification": ("saknas", "missing"),
    "explanation": ("Förklaring", "Explanation"),
    "trend_explanation": ("Trendens förklaring", "Explanation of the trend"),
    "assessor": ("Bedömd av", "Assessed by"),
    "responsible": ("Ansvarig", "Responsible"),
    "source": ("Källa", "Source"),
    "differs": ("Avviker från metodens förslag", "Differs from the method's proposal"),
    "no_value": ("Värde saknas", "No value"),
    "no_target": ("Målvärde saknas", "No target"),
    "no_assessment": ("Bedömning saknas", "No assessment"),
    "no_indicators": ("Inga indikatorer", "No indicators"),
    "national_target": ("nationellt mål", "national target"),
    "period": ("Period", "Period"),
    "closing_date": ("Bokslutsdatum", "Closing date"),
    "municipality": ("Kommun", "Municipality"),
    "count": ("Antal", "Count"),
    "goal_statuses": ("Målens status", "Status of the goals"),
    "indicator_statuses": ("Indikatorernas status", "Status of the indicators"),
    "method_note": (
        "Förslagen är gjorda med den gemensamma metodiken; sakkunniga och målägare har sista ordet.",
        "The proposals follow the common method; experts and goal owners have the last word.",
    ),
    "generated_by": ("Skapad med ambition", "Made with ambition"),
}

_TRENDS: dict[Trend, tuple[str, str, str]] = {
    Trend.IMPROVING: ("↑", "Förbättring", "Improving"),
    Trend.STABLE: ("→", "Oförändrad", "Stable"),
    Trend.WORSENING: ("↓", "Försämring", "Worsening"),
    Trend.INSUFFICIENT_DATA: ("·", "Otillräckligt underlag", "Insufficient data"),
}


def labels(lang: str) -> Mapping[str, str]:
    """Every label in ``lang`` ('sv' or 'en'), keyed by label id."""
    index = LANGUAGES.index(lang)
    return MappingProxyType({key: pair[index] for key, pair in _LABELS.items()})


def trend_label(trend: Trend, lang: str) -> str:
    """The trend in words, e.g. 'Förbättring'."""
    return _TRENDS[trend][1 + LANGUAGES.index(lang)]


def trend_symbol(trend: Trend) -> str:
    """An arrow for the trend; always shown beside the words, never alone."""
    return _TRENDS[trend][0]
