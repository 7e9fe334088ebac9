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
from ambition.models import ActionStatus, Direction, SteeringDocumentKind, Trend

LANGUAGES = ("sv", "en")

_LABELS = REPORT
_DIFF_LABELS = DIFF

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


def trend_label(trend: Trend, lang: str) -> str:
    """The trend in words, e.g. 'Förbättring'."""
    return _TRENDS[trend][1 + LANGUAGES.index(lang)]


def action_status_label(status: ActionStatus, lang: str) -> str:
    """An action's status in words, e.g. 'Pågår'."""
    return _ACTION_STATUSES[status][LANGUAGES.index(lang)]


def steering_kind_label(kind: SteeringDocumentKind, lang: str) -> str:
    """The kind of a steering document in words, e.g. 'Program'."""
    return _STEERING_KINDS[kind][LANGUAGES.index(lang)]


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
