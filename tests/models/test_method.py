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


def test_a_rollup_threshold_may_be_a_fraction_kept_exact() -> None:
    from fractions import Fraction

    from ambition.models.method import Rollup

    rollup = Rollup.model_validate({"achieved_share": "2/3", "partly_share": 0.5})
    assert rollup.achieved_share.exact == Fraction(2, 3)
    assert rollup.partly_share.exact == Fraction(1, 2)
    # Written back as decided, and read back the same (the cache's stored form is JSON).
    dumped = rollup.model_dump(mode="json")
    assert dumped == {
        "rule": "share",
        "achieved_share": "2/3",
        "partly_share": 0.5,
        "over": "indicators",
        "breakdown": None,
    }
    assert Rollup.model_validate(dumped).achieved_share.written == "2/3"
    assert Rollup().achieved_share.written == "2/3"


@pytest.mark.parametrize(
    ("share", "message"),
    [
        ("4/3", "expected a share between 0 and 1, such as 0.667 or 2/3, not 4/3"),
        ("2/0", "expected a number (0.667) or a fraction of whole numbers (2/3), not '2/0'"),
    ],
)
def test_a_threshold_that_is_not_a_share_is_refused(share: str, message: str) -> None:
    from ambition.models.method import Rollup

    with pytest.raises(ValidationError) as caught:
        Rollup.model_validate({"achieved_share": share})
    (error,) = caught.value.errors()
    assert (error["loc"], error["msg"]) == (("achieved_share",), "Value error, " + message)


def test_a_threshold_in_percent_gets_the_number_hint() -> None:
    # The loader turns this kind into "'66,7 %' is not a number: … — write 0.667"
    # (tests/corpus/number-percent-share).
    from ambition.models.method import Rollup

    with pytest.raises(ValidationError) as caught:
        Rollup.model_validate({"achieved_share": "66,7 %"})
    (error,) = caught.value.errors()
    assert error["type"] == "float_parsing"


def test_partly_share_may_not_exceed_achieved_share_exactly() -> None:
    from ambition.models.method import Rollup

    Rollup.model_validate({"achieved_share": "2/3", "partly_share": 0.6666})
    with pytest.raises(ValidationError, match=r"partly_share \(0.6667\) must not exceed"):
        Rollup.model_validate({"achieved_share": "2/3", "partly_share": 0.6667})
