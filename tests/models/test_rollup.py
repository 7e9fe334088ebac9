"""ambition.models.rollup: each level's roll-up, and what a measurement area may not do."""

import pytest
from pydantic import ValidationError

from ambition.models.rollup import Rollup, RollupByLevel, RollupOver, RollupRule
from ambition.repository import Repository
from tests.conftest import PROJECT, copy_repository
from tests.report.repositories import load


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Repository:
    return load(copy_repository(PROJECT, tmp_path_factory.mktemp("vaggeryd")))


def test_a_level_without_its_own_rule_uses_the_method_s_rollup(real: Repository) -> None:
    levels = RollupByLevel(goal=Rollup(rule=RollupRule.WORST, over=RollupOver.PARTS))
    method = real.method.model_copy(update={"rollup_by_level": levels})
    # data/method.yaml: share with 2/3 and 1/2 for every level but the goal.
    assert method.rollup_of("measurement_area") == Rollup(achieved_share="2/3", partly_share="1/2")
    assert method.rollup_of("sub_goal") is method.rollup
    assert method.rollup_of("goal") == Rollup(rule=RollupRule.WORST, over=RollupOver.PARTS)


def test_a_measurement_area_has_no_parts() -> None:
    with pytest.raises(ValidationError, match="a measurement area has no parts"):
        RollupByLevel.model_validate({"measurement_area": {"over": "parts"}})


def test_thresholds_in_order() -> None:
    with pytest.raises(ValidationError, match=r"partly_share \(0.8\) must not exceed"):
        Rollup(achieved_share=0.5, partly_share=0.8)
