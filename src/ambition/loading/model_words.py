"""The words an officer may write instead of the English words and keys of the models: Swedish
words and keys, signs before a target's number, yes and no, and a status however it is
spelt. Data and one lookup (``status_intent``), used by ``model_errors`` and ``statuses``."""

import difflib

# Swedish words an officer may write for the allowed English words and keys (lower case); suggested
# only where the English word is allowed at that place.
SWEDISH_WORDS = {
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
    "till stor del uppfyllt": "largely_achieved",
    "till stor del uppfylld": "largely_achieved",
    "i låg grad uppfyllt": "slightly_achieved",
    "i låg grad uppfylld": "slightly_achieved",
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
_STATUSES = (
    "achieved",
    "largely_achieved",
    "partly_achieved",
    "slightly_achieved",
    "not_achieved",
    "not_assessed",
)
SWEDISH_KEYS = {
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
STATUS_WORDS = {
    **{key: key for key in _STATUSES},
    **{word: key for word, key in SWEDISH_WORDS.items() if key in _STATUSES},
    "partly": "partly_achieved",
    "partially": "partly_achieved",
    "partial": "partly_achieved",
    "largely": "largely_achieved",
    "slightly": "slightly_achieved",
}
"""The words, English and Swedish, an officer may write for a status, and the status they mean."""


def status_intent(written: str) -> str | None:
    """The status ``written`` stands for, if that is clear: the status itself in another case
    or with spaces ('Partly achieved'), a Swedish word ('delvis uppfyllt'), or the nearest of
    these by spelling ('acheived', 'partialy', 'delvis uppfylt'); None for anything else."""
    plain = " ".join(written.strip().lower().replace("_", " ").replace("-", " ").split())
    words = {word.replace("_", " "): key for word, key in STATUS_WORDS.items()}
    if plain in words:
        return words[plain]
    nearest = difflib.get_close_matches(plain, list(words), n=1, cutoff=0.75)
    return words[nearest[0]] if nearest else None


COMPARISON_WORDS = {
    "<=": "at_most",
    "≤": "at_most",
    "=<": "at_most",
    "högst": "at_most",
    ">=": "at_least",
    "≥": "at_least",
    "=>": "at_least",
    "minst": "at_least",
    "<": "below",
    "under": "below",
    ">": "above",
    "över": "above",
}
"""Signs and Swedish words written before a target's number, and the comparison they mean."""


BOOLEAN_WORDS = {"ja": True, "j": True, "sant": True, "nej": False, "n": False, "falskt": False}
"""Swedish words written for true and false."""
