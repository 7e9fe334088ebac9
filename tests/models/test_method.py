"""The scale of the method: the degrees in use, per kind of period, and how a proposal fits."""

import pytest
from pydantic import ValidationError

from ambition.models import PeriodKind, Status
from ambition.models.method import Scale
from tests.method.builders import STYLE


def scale(**fields: object) -> Scale:
    return Scale.model_validate(
        {
            **{s: STYLE for s in ("achieved", "partly_achieved", "not_achieved", "not_assessed")},
            **fields,
        }
    )


def test_the_default_scale_has_three_degrees_at_every_kind_of_period() -> None:
    three = (Status.ACHIEVED, Status.PARTLY_ACHIEVED, Status.NOT_ACHIEVED)
    assert all(scale().levels_for(kind) == three for kind in PeriodKind)
    assert scale().fold(Status.PARTLY_ACHIEVED, PeriodKind.ANNUAL) is Status.PARTLY_ACHIEVED


def test_a_scale_without_a_partial_level_turns_partly_into_not_achieved() -> None:
    two = scale(levels=["not_achieved", "achieved"])
    assert two.levels_for(PeriodKind.INTERIM) == (Status.ACHIEVED, Status.NOT_ACHIEVED)
    assert two.fold(Status.PARTLY_ACHIEVED, PeriodKind.INTERIM) is Status.NOT_ACHIEVED
    assert two.fold(Status.ACHIEVED, PeriodKind.INTERIM) is Status.ACHIEVED
    assert two.fold(Status.NOT_ASSESSED, PeriodKind.INTERIM) is Status.NOT_ASSESSED


def test_no_partly_at_the_annual_accounts_only() -> None:
    # "Gul markering används ej vid årsbokslut": yellow at the interim report, not in the annual.
    yearly = scale(by_period_kind={"annual": ["achieved", "not_achieved"]})
    assert yearly.fold(Status.PARTLY_ACHIEVED, PeriodKind.INTERIM) is Status.PARTLY_ACHIEVED
    assert yearly.fold(Status.PARTLY_ACHIEVED, PeriodKind.ANNUAL) is Status.NOT_ACHIEVED


def test_a_shape_is_one_of_the_named_shapes() -> None:
    assert scale(achieved={**STYLE, "shape": "circle"}).achieved.shape == "circle"
    with pytest.raises(ValidationError, match="half_circle"):
        scale(achieved={**STYLE, "shape": "blob"})


@pytest.mark.parametrize(
    ("levels", "message"),
    [
        (["achieved"], r"every scale has 'achieved' and 'not_achieved'; add \['not_achieved'\]"),
        (["achieved", "not_achieved", "not_assessed"], "'not_assessed' is not a degree"),
        (["achieved", "achieved", "not_achieved"], "a level is named twice"),
    ],
)
def test_levels_that_are_not_a_scale_are_refused(levels: list[str], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        scale(levels=levels)
    with pytest.raises(ValidationError, match="by_period_kind.annual: " + message[:10]):
        scale(by_period_kind={"annual": levels})
