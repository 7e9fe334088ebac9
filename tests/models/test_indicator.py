"""Targets as municipalities state them: a direction from a reference year, a value derived from
a baseline by a formula, and a comparison that must agree with the indicator's direction."""

import pytest
from pydantic import ValidationError

from ambition.models import Comparison
from tests.method.builders import indicator


def test_a_directional_target_compares_with_the_baseline_by_default() -> None:
    # "Andelen ska öka" from the baseline 30 (2018).
    item = indicator(
        {2018: 30.0, 2022: 34.0},
        [{"year": 2022, "comparison": "increase"}],
        baseline={"year": 2018, "value": 30.0},
    )
    target = item.targets[0]
    assert (target.value, target.reference_year, target.directional) == (30.0, 2018, True)


def test_a_directional_target_with_its_own_reference_year() -> None:
    item = indicator(
        {2015: 41.0, 2018: 30.0},
        [{"year": 2022, "comparison": "decrease", "reference_year": 2015}],
        direction="decrease",
    )
    assert (item.targets[0].value, item.targets[0].reference_year) == (41.0, 2015)


def test_a_derived_target_keeps_its_formula_and_gets_its_value() -> None:
    # "Medelvärdet 2001–2005 minus 20 %": (10 + 12 + 14 + 16 + 18) / 5 = 14; 14 · 0.8 = 11.2.
    item = indicator(
        {2001: 10.0, 2002: 12.0, 2003: 14.0, 2004: 16.0, 2005: 18.0, 2022: 12.0},
        [
            {
                "year": 2030,
                "comparison": "at_most",
                "derived": {"first_year": 2001, "last_year": 2005, "change": -0.2},
            }
        ],
        direction="decrease",
    )
    target = item.targets[0]
    assert target.value == pytest.approx(11.2)
    assert target.derived is not None and target.derived.change == -0.2


def test_a_derived_target_from_the_baseline_and_a_written_value_that_agrees() -> None:
    # The baseline 50 plus 10 % is 55; writing 55 beside the formula is allowed.
    target = {"year": 2030, "comparison": "at_least", "derived": {"change": 0.1}, "value": 55}
    item = indicator({2022: 52.0}, [target], baseline={"year": 2018, "value": 50.0})
    assert item.targets[0].value == pytest.approx(55.0)


@pytest.mark.parametrize(
    ("targets", "extra", "message"),
    [
        (
            [{"year": 2030, "comparison": "at_least", "derived": {"change": 0.1}, "value": 60}],
            {"baseline": {"year": 2018, "value": 50.0}},
            r"targets\[0\]: the value 60 differs from 55.00000000000001, which the target",
        ),
        (
            [{"year": 2022, "comparison": "increase"}],
            {},
            r"targets\[0\]: a directional target needs a reference year",
        ),
        (
            [{"year": 2022, "comparison": "increase", "reference_year": 2010}],
            {},
            "reference year 2010 has no value",
        ),
        (
            [{"year": 2030, "comparison": "at_least", "derived": {"change": 0.1}}],
            {},
            "the derived target needs a baseline",
        ),
        (
            [
                {
                    "year": 2030,
                    "comparison": "at_least",
                    "derived": {"first_year": 2001, "last_year": 2005, "change": 0.1},
                }
            ],
            {},
            "no value in 2001–2005",
        ),
        (
            [{"year": 2030, "comparison": "at_most", "value": 10}],
            {},
            r"'at_most' goes against the indicator's direction 'increase'.*against_direction: true",
        ),
        (
            [{"year": 2030, "comparison": "at_least", "value": 10, "reference_year": 2018}],
            {},
            "'reference_year' is only used with increase, decrease or unchanged",
        ),
        (
            [{"year": 2030, "comparison": "at_least", "value": 10, "tolerance": 0.1}],
            {},
            "'tolerance' is only used with comparison 'unchanged'",
        ),
    ],
)
def test_targets_that_cannot_be_meant_are_refused(
    targets: list[dict[str, object]], extra: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        indicator({2022: 52.0}, targets, **extra)


def test_a_comparison_against_the_direction_is_allowed_when_declared() -> None:
    target = {"year": 2030, "comparison": "at_most", "value": 10, "against_direction": True}
    assert indicator({2022: 12.0}, [target]).targets[0].comparison is Comparison.AT_MOST


def test_a_count_noun_names_what_antal_counts() -> None:
    # Vaggeryd's completed dwellings, Kolada N07932: "2,5 bostäder per 1 000 invånare".
    item = indicator({2022: 2.5}, unit="antal per 1 000 invånare", count_noun="bostäder")
    assert item.unit == "antal per 1 000 invånare"
    assert item.unit_text == "bostäder per 1\u202f000 invånare"
    assert indicator({2022: 14854.0}, unit="antal", count_noun="invånare").unit_text == "invånare"
    assert indicator({2022: 23.8}, unit="dagar").unit_text == "dagar"


def test_a_count_noun_needs_a_unit_of_antal() -> None:
    with pytest.raises(ValidationError) as caught:
        indicator({2022: 23.8}, unit="dagar", count_noun="sjukdagar")
    (error,) = caught.value.errors()
    assert error["loc"] == ("count_noun",)
    assert error["msg"] == (
        "Value error, 'sjukdagar' names what 'antal' counts, but the unit 'dagar' "
        "does not start with 'antal'; write the unit as 'antal …' (e.g. 'antal per 1 000 "
        "invånare') or remove count_noun"
    )
