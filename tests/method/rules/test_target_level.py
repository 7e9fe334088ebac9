"""The target_level rule, with hand-computed fulfilment and distances."""

from typing import Any

import pytest

from ambition.method.targets import fulfilment
from ambition.models import Status
from tests.method.builders import FOUR_LEVELS, indicator, more_levels, propose

AT_LEAST_60 = [{"year": 2026, "value": 60, "comparison": "at_least"}]


def band(**kind: float) -> dict[str, Any]:
    return {"rules": {"target_level": {"kind": "target_level", "partly_band": kind}}}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (60.0, Status.ACHIEVED),  # equal meets 'at least'
        (75.0, Status.ACHIEVED),
        (50.0, Status.PARTLY_ACHIEVED),  # 50/60 = 0.833 ≥ 0.8
        (48.0, Status.PARTLY_ACHIEVED),  # 48/60 = 0.8 exactly
        (47.9, Status.NOT_ACHIEVED),  # 47.9/60 = 0.798
        (0.0, Status.NOT_ACHIEVED),  # fulfilment undefined at zero
    ],
)
def test_default_band_is_80_percent_fulfilment(value: float, expected: Status) -> None:
    assert propose(indicator({2022: value}, AT_LEAST_60)).status is expected


def test_lower_is_better_fulfilment_is_target_over_value() -> None:
    item = indicator(
        {2022: 8.35},
        [{"year": 2026, "value": 7.0, "comparison": "at_most"}],
        direction="decrease",
        decimals=2,
        unit="ton",
    )
    proposal = propose(item)
    assert proposal.status is Status.PARTLY_ACHIEVED
    assert proposal.explanation.computed["fulfilment"] == pytest.approx(7.0 / 8.35)  # 0.8383
    assert proposal.explanation.case == "fulfilment_partly"


def test_real_emissions_against_the_national_target() -> None:
    # Vaggeryd's territorial emissions 2022: 79 384.566 t (SMHI via Klimatkollen); national
    # target: 85 % below 1990 (104 452.909 t) by 2045, i.e. at most 15 667.936 t.
    item = indicator(
        {2021: 89277.404, 2022: 79384.566},
        [{"year": 2045, "value": 15667.936, "comparison": "at_most"}],
        direction="decrease",
        decimals=0,
        unit="ton CO2-ekv",
    )
    proposal = propose(item)
    assert proposal.status is Status.NOT_ACHIEVED
    assert proposal.explanation.computed["fulfilment"] == pytest.approx(0.197367, abs=1e-6)
    assert proposal.explanation.sentence("sv") == (
        "Värdet 2022 (79\u202f385 ton CO2-ekv) jämförs med målvärdet för 2045 (högst "
        "15\u202f668 ton CO2-ekv): målvärdet är inte nått och måluppfyllelsen är 20\u00a0%, "
        "under de 80\u00a0% som krävs för delvis uppfyllt."
    )
    assert proposal.explanation.sentence("en") == (
        "The 2022 value (79,385 ton CO2-ekv) is compared with the 2045 target (at most 15,668 "
        "ton CO2-ekv): the target is not met and the fulfilment is 20%, below the 80% required "
        "for partly achieved."
    )


@pytest.mark.parametrize(
    ("value", "expected", "case"),
    [
        (61.0, Status.ACHIEVED, "target_met"),
        (55.0, Status.PARTLY_ACHIEVED, "acceptable_met"),
        (50.0, Status.PARTLY_ACHIEVED, "acceptable_met"),
        (49.0, Status.NOT_ACHIEVED, "acceptable_missed"),  # 49/60 = 0.82, but acceptable rules
    ],
)
def test_acceptable_short_term_value_takes_precedence(
    value: float, expected: Status, case: str
) -> None:
    item = indicator(
        {2022: value}, [{"year": 2026, "value": 60, "comparison": "at_least", "acceptable": 50}]
    )
    proposal = propose(item)
    assert (proposal.status, proposal.explanation.case) == (expected, case)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (57.0, Status.PARTLY_ACHIEVED),  # 3 below 60, within 3
        (56.9, Status.NOT_ACHIEVED),  # 3.1 below
    ],
)
def test_absolute_band(value: float, expected: Status) -> None:
    proposal = propose(indicator({2022: value}, AT_LEAST_60), **band(absolute=3.0))
    assert proposal.status is expected
    assert proposal.explanation.computed["distance"] == pytest.approx(60 - value)


def test_relative_band_on_a_lower_is_better_target() -> None:
    # At most 200; 10 % of 200 = 20, so 220 is partly achieved and 221 is not.
    target = [{"year": 2026, "value": 200, "comparison": "at_most"}]
    rules = band(relative=0.1)
    assert propose(indicator({2022: 220}, target, "decrease"), **rules).status is (
        Status.PARTLY_ACHIEVED
    )
    proposal = propose(indicator({2022: 221}, target, "decrease"), **rules)
    assert proposal.status is Status.NOT_ACHIEVED
    assert proposal.explanation.sentence("en") == (
        "The 2022 value (221.0 procent) is compared with the 2026 target (at most 200.0 "
        "procent): the target is not met and the distance (21.0 percentage points) exceeds the "
        "10% of the target, 20.0 percentage points that gives partly achieved."
    )
    # The distance between two percentages is in procentenheter, not in "procent".
    assert proposal.explanation.sentence("sv") == (
        "Värdet 2022 (221,0 procent) jämförs med målvärdet för 2026 (högst 200,0 procent): "
        "målvärdet är inte nått och avståndet (21,0 procentenheter) är större än 10\u00a0% av "
        "målvärdet, 20,0 procentenheter som ger delvis uppfyllt."
    )


def test_between() -> None:
    target = [{"year": 2022, "value": 2, "upper": 4, "comparison": "between"}]
    assert propose(indicator({2022: 3}, target)).status is Status.ACHIEVED
    assert propose(indicator({2022: 5}, target)).status is Status.PARTLY_ACHIEVED  # 4/5 = 0.8
    assert propose(indicator({2022: 1.5}, target)).status is Status.NOT_ACHIEVED  # 0.75


def test_strict_comparisons() -> None:
    above = [{"year": 2022, "value": 10, "comparison": "above"}]
    below = [{"year": 2022, "value": 10, "comparison": "below"}]
    assert propose(indicator({2022: 10}, above)).status is Status.PARTLY_ACHIEVED
    assert propose(indicator({2022: 10.1}, above)).status is Status.ACHIEVED
    assert propose(indicator({2022: 10}, below, "decrease")).status is Status.PARTLY_ACHIEVED
    assert propose(indicator({2022: 9.9}, below, "decrease")).status is Status.ACHIEVED


def test_passed_target_is_said_in_the_explanation() -> None:
    item = indicator({2022: 61}, [{"year": 2020, "value": 60, "comparison": "at_least"}])
    assert "whose year has passed" in propose(item).explanation.sentence("en")


def test_fulfilment_is_undefined_for_non_positive_numbers() -> None:
    item = indicator({2022: -12}, [{"year": 2022, "value": 50, "comparison": "at_least"}])
    assert fulfilment(-12, item.targets[0]) is None
    assert propose(item).explanation.case == "fulfilment_undefined"


def test_a_fulfilment_just_under_its_band_does_not_look_equal() -> None:
    # At least 60 with 47.98: fulfilment 47.98/60 = 0.79967, under the 0.8 of the band. In whole
    # percent both are 80 %; two decimals put it under: 79,97 % against 80 %.
    proposal = propose(indicator({2022: 47.98}, AT_LEAST_60))
    assert proposal.status is Status.NOT_ACHIEVED
    assert proposal.explanation.sentence("sv").endswith(
        "målvärdet är inte nått och måluppfyllelsen är 79,97\u00a0%, under de 80\u00a0% som krävs "
        "för delvis uppfyllt."
    )


def test_a_distance_of_one_procentenhet_is_singular() -> None:
    # At least 60 % with 59 % (whole percent), absolute band 2: 1 procentenhet from the target.
    proposal = propose(indicator({2022: 59.0}, AT_LEAST_60, decimals=0), **band(absolute=2.0))
    assert proposal.status is Status.PARTLY_ACHIEVED
    assert proposal.explanation.sentence("sv").endswith(
        "målvärdet är inte nått, men avståndet (1 procentenhet) är inom 2 procentenheter som ger "
        "delvis uppfyllt."
    )


def test_four_levels_on_the_period_s_scale_and_folded_on_the_common_three() -> None:
    """57 of at least 60 is a fulfilment of 0.95: at least the largely band's 0.9, so largely
    achieved on a four-level scale; on the common three it folds to partly, saying why."""
    rule = {
        "kind": "target_level",
        "largely_band": {"fulfilment": 0.9},
        "partly_band": {"fulfilment": 0.8},
    }
    item = indicator({2022: 57.0}, AT_LEAST_60)
    four = propose(item, **more_levels(FOUR_LEVELS), rules={"target_level": rule})
    assert (four.status, four.explanation.case) == (Status.LARGELY_ACHIEVED, "fulfilment_largely")
    assert four.explanation.sentence("sv") == (
        "Värdet 2022 (57,0 procent) jämförs med målvärdet för 2026 (minst 60,0 procent): "
        "målvärdet är inte nått, men måluppfyllelsen är 95\u00a0%, minst de 90\u00a0% som krävs för till "
        "stor del uppfyllt."
    )
    three = propose(item, rules={"target_level": rule})
    assert three.status is Status.PARTLY_ACHIEVED
    assert three.explanation.sentence("en").endswith(
        "At the annual accounts the scale has no largely achieved level, so the proposal is "
        "partly achieved."
    )


def test_bands_of_another_measure_or_out_of_order_are_refused() -> None:
    from pydantic import ValidationError

    from ambition.models.method import TargetLevelRule

    with pytest.raises(ValidationError, match="largely_band must use the same measure"):
        TargetLevelRule.model_validate({"largely_band": {"absolute": 1.0}})
    with pytest.raises(
        ValidationError, match=r"partly_band \(0.8\) must not exceed largely_band \(0.7\)"
    ):
        TargetLevelRule.model_validate({"largely_band": {"fulfilment": 0.7}})
