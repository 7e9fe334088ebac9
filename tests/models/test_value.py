"""A year's entry: a plain number, a preliminary value or a marker (models/value.py), and what
an indicator reads from its entries."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from ambition.models import Baseline
from ambition.models.value import (
    Marker,
    ValueEntry,
    entry_marker,
    entry_value,
    is_preliminary,
    markers,
    measured,
    preliminary_years,
    read_views,
)
from tests.method.builders import indicator


def test_plain_numbers_keep_working_unchanged() -> None:
    item = indicator({2022: 36.2, 2021: 34.5})
    assert item.values == {2021: 34.5, 2022: 36.2}
    assert (item.measured, item.markers, item.preliminary) == (
        {2021: 34.5, 2022: 36.2},
        {},
        frozenset(),
    )


def test_a_preliminary_value_and_a_marker_beside_numbers() -> None:
    item = indicator(
        {
            2020: 30.0,
            2021: {"marker": "statistics_missing"},
            2022: {"value": 13.1, "preliminary": True},
            2023: {"marker": "reported_later", "note": "Publiceras i mars"},
        }
    )
    assert item.measured == {2020: 30.0, 2022: 13.1}
    assert item.markers == {2021: Marker.STATISTICS_MISSING, 2023: Marker.REPORTED_LATER}
    assert item.preliminary == frozenset({2022})
    assert list(item.values) == [2020, 2021, 2022, 2023]


def test_the_entry_helpers() -> None:
    preliminary = ValueEntry(value=13.1, preliminary=True)
    marked = ValueEntry(marker=Marker.CONFIDENTIAL)
    assert [entry_value(e) for e in (2.5, preliminary, marked, None)] == [2.5, 13.1, None, None]
    assert [entry_marker(e) for e in (2.5, preliminary, marked, None)] == [
        None,
        None,
        Marker.CONFIDENTIAL,
        None,
    ]
    assert [is_preliminary(e) for e in (2.5, preliminary, marked)] == [False, True, False]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"preliminary": True},
            "'preliminary: true' needs a 'value: <number>' beside it",
        ),
        (
            {"note": "x"},
            "a year written as a mapping needs 'value: <number>' (a value, perhaps with "
            "'preliminary: true') or 'marker: <word>' (statistics_missing, reported_later, "
            "confidential)",
        ),
        (
            {"value": 1.0, "marker": "confidential"},
            "a year has either 'value' or 'marker', not both: remove the marker when the "
            "number is known",
        ),
        ({"value": float("nan")}, "the value is not a finite number"),
    ],
)
def test_a_bad_entry_says_what_to_write(entry: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        ValueEntry.model_validate(entry)
    assert raised.value.errors()[0]["msg"] == f"Value error, {message}"


def test_the_cache_s_json_form_reads_back_the_same() -> None:
    item = indicator(
        {2021: {"marker": "reported_later"}, 2022: {"value": 1.5, "preliminary": True}}
    )
    dumped = item.model_dump_json(exclude_unset=True)
    assert type(item).model_validate_json(dumped) == item


def test_a_directional_target_does_not_take_a_marked_year_as_its_reference() -> None:
    with pytest.raises(ValidationError) as raised:
        indicator(
            {2018: {"marker": "statistics_missing"}, 2022: 5.0},
            [{"year": 2026, "comparison": "increase", "reference_year": 2018}],
        )
    assert "the directional target's reference year 2018 has no value" in str(raised.value)


def test_a_breakdown_takes_the_indicator_s_targets_on_its_own_values() -> None:
    # "ska öka" from 2018: the total from 30, women from their own 28 (2018); the numeric
    # target at least 40 is the same for every row; men have their own target.
    item = indicator(
        {2018: 30.0, 2022: 34.0},
        [
            {"year": 2022, "comparison": "increase"},
            {"year": 2026, "value": 40, "comparison": "at_least"},
        ],
        baseline={"year": 2018, "value": 30.0},
        breakdowns={
            "kvinnor": {"title": "Kvinnor", "values": {2018: 28.0, 2022: 33.0}},
            "man": {
                "title": "Män",
                "values": {2018: 32.0, 2022: {"marker": "confidential"}},
                "targets": [{"year": 2026, "value": 35, "comparison": "at_least"}],
            },
        },
    )
    women = item.breakdown("kvinnor")
    assert [(t.year, t.value, t.reference_year) for t in women.targets] == [
        (2022, 28.0, 2018),
        (2026, 40.0, None),
    ]
    assert (women.baseline, women.values, women.breakdowns) == (
        Baseline(year=2018, value=28.0),
        {2018: 28.0, 2022: 33.0},
        {},
    )
    men = item.breakdown("man")
    assert [(t.year, t.value) for t in men.targets] == [(2026, 35.0)]
    assert men.markers == {2022: Marker.CONFIDENTIAL}
    assert item.breakdowns["man"].title == "Män"


def test_a_breakdown_without_the_year_its_target_needs() -> None:
    # The indicator's "ska öka" from 2018 is left out for a row without a 2018 value (the
    # validation warns, breakdown-without-target); a row's own such target is refused.
    fields = {
        "targets": [{"year": 2022, "comparison": "increase"}],
        "baseline": {"year": 2018, "value": 30.0},
    }
    row = {"title": "Kvinnor", "values": {2022: 33.0}}
    item = indicator({2018: 30.0, 2022: 34.0}, breakdowns={"kvinnor": row}, **fields)
    assert item.breakdown("kvinnor").targets == []
    with pytest.raises(ValidationError) as raised:
        indicator(
            {2018: 30.0, 2022: 34.0},
            breakdowns={"kvinnor": {**row, "targets": fields["targets"]}},
            **fields,
        )
    assert raised.value.errors()[0]["msg"] == (
        "Value error, breakdowns.kvinnor: targets[0]: a directional target needs a reference "
        "year: add 'reference_year: <year>' or a baseline; add that year's value to the breakdown"
    )


_ENTRIES = st.dictionaries(
    st.integers(1990, 2030),
    st.one_of(
        st.floats(-1e6, 1e6, allow_nan=False),
        st.builds(
            lambda v, p: ValueEntry(value=v, preliminary=p), st.floats(0, 100), st.booleans()
        ),
        st.sampled_from(list(Marker)).map(lambda m: ValueEntry(marker=m)),
    ),
    max_size=12,
)


@given(_ENTRIES)
def test_the_one_pass_reading_is_the_three_readings(entries: dict[int, float | ValueEntry]) -> None:
    """``read_views`` gives exactly what ``measured``, ``markers`` and ``preliminary_years``
    give, in the same (year) order."""
    views = read_views(entries)
    assert list(views.measured.items()) == list(measured(entries).items())
    assert list(views.markers.items()) == list(markers(entries).items())
    assert views.preliminary == preliminary_years(entries)
    assert views.entries is entries
