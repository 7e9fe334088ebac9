"""A reference series kept with an indicator: one series, or a group of the indicator's series."""

import pytest
from pydantic import ValidationError

from ambition.models.reference import ReferenceSeries, check_groups


def test_a_series_is_sorted_by_year_and_a_group_names_members() -> None:
    riket = ReferenceSeries.model_validate({"name": "Riket", "values": {2022: 22.0, 2021: 21.98}})
    assert list(riket.values) == [2021, 2022] and not riket.is_group
    group = ReferenceSeries.model_validate({"name": "G", "members": ["riket"]})
    assert group.is_group
    assert check_groups({"riket": riket, "g": group}) == {"riket": riket, "g": group}


def test_a_group_with_values_an_unknown_member_or_a_nan_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"either 'values' .* or 'members'"):
        ReferenceSeries.model_validate({"name": "G", "members": ["a"], "values": {2022: 1.0}})
    with pytest.raises(ValidationError, match="the value for 2022 is not a finite number"):
        ReferenceSeries.model_validate({"name": "R", "values": {2022: float("nan")}})
    group = ReferenceSeries.model_validate({"name": "G", "members": ["a"]})
    with pytest.raises(ValueError) as error:
        check_groups({"g": group})
    assert str(error.value) == (
        "references.g.members: 'a' is not one of the indicator's reference series; import "
        "the members' series too"
    )
