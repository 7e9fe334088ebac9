"""The report labels, in Swedish and English, read from the message catalogue
(``ambition.messages.labels``).

Status labels and symbols come from the method's scale (``data/method.yaml``); everything else a
report writes comes from the catalogue, through here: ``labels`` for the follow-up report, ``diff_labels`` for the
comparison of two revisions (``ambition diff``), and the words for trends, action statuses,
kinds of steering document and months.
"""

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from ambition.messages.labels import DIFF, REPORT
from ambition.messages.text import Label
from ambition.models import ActionStatus, Direction, Status, SteeringDocumentKind, Trend

LANGUAGES = ("sv", "en")

_LABELS = REPORT
_DIFF_LABELS = DIFF

DEFAULT_SHAPES = {
    Status.ACHIEVED: "circle",
    Status.PARTLY_ACHIEVED: "triangle",
    Status.NOT_ACHIEVED: "square",
    Status.NOT_ASSESSED: "dash",
    Status.LARGELY_ACHIEVED: "diamond",
    Status.SLIGHTLY_ACHIEVED: "ring",
}
"""The mark of each status where the scale names no shape."""


_ACTION_STATUSES: dict[ActionStatus, tuple[str, str]] = {
    ActionStatus.PLANNED: ("Planerad", "Planned"),
    ActionStatus.ONGOING: ("Pågår", "Ongoing"),
    ActionStatus.DONE: ("Genomförd", "Done"),
    ActionStatus.DELAYED: ("Försenad", "Delayed"),
    ActionStatus.CANCELLED: ("Avbruten", "Cancelled"),
}

_STEERING_KINDS: dict[SteeringDocumentKind, tuple[str, str]] = {
    SteeringDocumentKind.VISION: ("Vision", "Vision"),
    SteeringDocumentKind.POLICY: ("Policy", "Policy"),
    SteeringDocumentKind.PROGRAMME: ("Program", "Programme"),
    SteeringDocumentKind.PLAN: ("Plan", "Plan"),
    SteeringDocumentKind.GUIDELINE: ("Riktlinje", "Guideline"),
    SteeringDocumentKind.DECISION: ("Beslut", "Decision"),
}

_MONTHS = (
    ("januari", "January"),
    ("februari", "February"),
    ("mars", "March"),
    ("april", "April"),
    ("maj", "May"),
    ("juni", "June"),
    ("juli", "July"),
    ("augusti", "August"),
    ("september", "September"),
    ("oktober", "October"),
    ("november", "November"),
    ("december", "December"),
)

_TRENDS: dict[Trend, tuple[str, str, str]] = {
    Trend.IMPROVING: ("↑", "Förbättring", "Improving"),
    Trend.STABLE: ("→", "Oförändrad", "Stable"),
    Trend.WORSENING: ("↓", "Försämring", "Worsening"),
    Trend.INSUFFICIENT_DATA: ("·", "Otillräckligt underlag", "Insufficient data"),
}


_FORECAST_STATUSES: dict[Status, tuple[str, str]] = {
    Status.ACHIEVED: (
        "Prognos: bedöms bli uppfyllt under året",
        "Forecast: expected to be achieved this year",
    ),
    Status.PARTLY_ACHIEVED: (
        "Prognos: bedöms bli delvis uppfyllt under året",
        "Forecast: expected to be partly achieved this year",
    ),
    Status.NOT_ACHIEVED: (
        "Prognos: bedöms inte bli uppfyllt under året",
        "Forecast: not expected to be achieved this year",
    ),
    Status.LARGELY_ACHIEVED: (
        "Prognos: bedöms bli till stor del uppfyllt under året",
        "Forecast: expected to be largely achieved this year",
    ),
    Status.SLIGHTLY_ACHIEVED: (
        "Prognos: bedöms bli i låg grad uppfyllt under året",
        "Forecast: expected to be slightly achieved this year",
    ),
}


def _in_language(catalogue: Mapping[str, tuple[str, str]], lang: str) -> Mapping[str, str]:
    index = LANGUAGES.index(lang)
    return MappingProxyType({key: Label(pair[index], lang) for key, pair in catalogue.items()})


def labels(lang: str) -> Mapping[str, str]:
    """Every report label in ``lang`` ('sv' or 'en'), keyed by label id; ValueError for another
    language. Some are ``str.format`` patterns, e.g. ``goal_of``: 'Mål {number}'."""
    return _in_language(_LABELS, lang)


def diff_labels(lang: str) -> Mapping[str, str]:
    """Every label of the comparison of two revisions (``ambition diff``) in ``lang`` ('sv' or
    'en'), keyed by label id; ValueError for another language. The appendix is a document of its
    own, so its ids are apart from the report's (its ``goal`` is 'Mål {number}')."""
    return _in_language(_DIFF_LABELS, lang)


def unfinished_note(missing: tuple[str, ...], lang: str) -> str:
    """What an unfinished assessment lacks, in words: 'Bedömningen är inte klar: motivering
    saknas' (both: '… motivering saknas och analys saknas'); '' when ``missing`` (codes of
    ``diagnostics.codes.UNFINISHED``) is empty. Raises KeyError for another code."""
    if not missing:
        return ""
    words = labels(lang)
    parts = [words[code] for code in missing]
    return words["unfinished"].format(missing=f" {words['and']} ".join(parts))


def trend_label(trend: Trend, lang: str) -> str:
    """The trend in words, e.g. 'Förbättring'."""
    return _TRENDS[trend][1 + LANGUAGES.index(lang)]


def action_status_label(status: ActionStatus, lang: str) -> str:
    """An action's status in words, e.g. 'Pågår'."""
    return _ACTION_STATUSES[status][LANGUAGES.index(lang)]


def steering_kind_label(kind: SteeringDocumentKind, lang: str) -> str:
    """The kind of a steering document in words, e.g. 'Program'."""
    return _STEERING_KINDS[kind][LANGUAGES.index(lang)]


def forecast_status_label(status: Status, lang: str) -> str | None:
    """A status as a forecast for the year, e.g. 'Prognos: bedöms bli uppfyllt under året';
    None for 'not assessed', which is no forecast (its scale label stands)."""
    pair = _FORECAST_STATUSES.get(status)
    return pair[LANGUAGES.index(lang)] if pair else None


def trend_symbol(trend: Trend) -> str:
    """An arrow for the trend; always shown beside the words, never alone."""
    return _TRENDS[trend][0]


def value_arrow(trend: Trend, direction: Direction) -> str:
    """The arrow of the value's own movement for a trend judged against the desired
    ``direction``: '↓' for an improving trend of an indicator that should decrease (falling
    emissions), '↑' for a worsening one; '→' stable, '·' insufficient data (issue 14, item 5)."""
    if trend is Trend.IMPROVING:
        return "↑" if direction is Direction.INCREASE else "↓"
    if trend is Trend.WORSENING:
        return "↓" if direction is Direction.INCREASE else "↑"
    return _TRENDS[trend][0]


def format_date(date: dt.date, lang: str) -> str:
    """A date in words: '31 december 2022' in Swedish, '31 December 2022' in English."""
    month = _MONTHS[date.month - 1][LANGUAGES.index(lang)]
    return f"{date.day} {month} {date.year}"
