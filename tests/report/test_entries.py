"""A year's entry in the diff's words (report/entries.py)."""

from ambition.models import Marker, ValueEntry
from ambition.report.entries import ABSENT, entry_record, entry_text
from tests.method.builders import indicator

ITEM = indicator({2022: 1.0}, unit="ton", decimals=0)


def test_an_entry_in_words_and_as_data() -> None:
    entries = [
        14854.0,
        ValueEntry(value=880.0, preliminary=True),
        ValueEntry(marker=Marker.REPORTED_LATER),
        None,
    ]
    assert [entry_text(e, ITEM, "sv") for e in entries] == [
        "14\u202f854 ton",  # a narrow no-break space between thousands (ambition.numbers)
        "880 ton (preliminärt)",
        "Redovisas senare",
        ABSENT,
    ]
    assert entry_text(entries[2], ITEM, "en") == "Reported later"
    assert [entry_record(e) for e in entries] == [
        14854.0,
        {"value": 880.0, "preliminary": True},
        {"marker": "reported_later"},
        None,
    ]
