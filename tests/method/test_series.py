"""The series as the method reads it (method/series.py): markers are neither values nor gaps."""

from ambition.method.results import Observation
from ambition.method.series import comparable, latest_marker, latest_observation, observations
from ambition.models.value import Marker
from tests.method.builders import indicator

ITEM = indicator(
    {
        2018: 10.0,
        2019: {"marker": "statistics_missing"},
        2020: 12.0,
        2021: {"value": 13.0, "preliminary": True},
        2022: {"marker": "reported_later"},
    },
    series_breaks={2020: "Ny definition"},
)


def test_observations_are_the_numbers_with_their_preliminary_flag() -> None:
    assert observations(ITEM, 2022) == [
        Observation(2018, 10.0),
        Observation(2020, 12.0),
        Observation(2021, 13.0, preliminary=True),
    ]
    assert latest_observation(ITEM, 2022) == Observation(2021, 13.0, preliminary=True)
    assert latest_observation(ITEM, 2019) == Observation(2018, 10.0)
    assert latest_observation(ITEM, 2017) is None


def test_the_latest_marker_is_the_marked_year_after_every_value() -> None:
    assert latest_marker(ITEM, 2022) == (2022, Marker.REPORTED_LATER)
    assert latest_marker(ITEM, 2021) is None  # 2019 is older than the value of 2021
    assert latest_marker(ITEM, 2019) == (2019, Marker.STATISTICS_MISSING)


def test_comparable_values_start_at_the_break_and_skip_markers() -> None:
    assert [o.year for o in comparable(ITEM, 2022)] == [2020, 2021]


def test_a_copy_with_other_values_reads_its_own_values_not_the_originals() -> None:
    """The series is read once per indicator (``Indicator.views``), and a ``model_copy`` starts
    with the original's reading (pydantic copies it): a forecast's view of the earlier years
    (method/forecast.py) must still see only its own values."""
    original = indicator({2019: 5.0, 2020: 6.0, 2021: {"value": 7.0, "preliminary": True}})
    assert observations(original, 2021)[-1] == Observation(2021, 7.0, preliminary=True)
    copy = original.model_copy(update={"values": {2019: 5.0, 2020: 8.0}})
    assert observations(copy, 2021) == [Observation(2019, 5.0), Observation(2020, 8.0)]
    assert copy.preliminary == frozenset() and original.preliminary == frozenset({2021})
    assert dict(copy.measured) == {2019: 5.0, 2020: 8.0}
    # The original still reads its own values after the copy has read its own.
    assert latest_observation(original, 2021) == Observation(2021, 7.0, preliminary=True)
    assert original == indicator({2019: 5.0, 2020: 6.0, 2021: {"value": 7.0, "preliminary": True}})


def test_the_observations_are_a_new_list_each_time() -> None:
    """A caller that changes the list it got changes nothing the next caller gets."""
    found = observations(ITEM, 2022)
    found.clear()
    assert len(observations(ITEM, 2022)) == 3
