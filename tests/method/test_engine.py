"""What the engine checks before any rule: the rule exists, a recent value, a target."""

from dataclasses import replace
from pathlib import Path

from ambition.method.engine import assess_period, propose_status
from ambition.models import Status
from tests.method.builders import annual, indicator, method, propose
from tests.method.levels import levels_repository

A, P, N = Status.ACHIEVED, Status.PARTLY_ACHIEVED, Status.NOT_ACHIEVED

AT_LEAST_60 = [{"year": 2026, "value": 60, "comparison": "at_least"}]


def test_unknown_rule_is_not_assessed() -> None:
    proposal = propose(indicator({2022: 5.0}, rule="finns-inte"))
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ASSESSED, "unknown_rule")


def test_no_value_in_or_before_the_period_is_not_assessed() -> None:
    proposal = propose(indicator({2023: 70}, AT_LEAST_60))
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ASSESSED, "no_value")
    assert proposal.explanation.sentence("en") == (
        "There is no value for 2022 or earlier, so the method proposes no status."
    )


def test_latest_value_before_the_period_is_used() -> None:
    proposal = propose(indicator({2020: 61, 2023: 10}, AT_LEAST_60))
    assert proposal.status is Status.ACHIEVED
    assert proposal.explanation.inputs["year"] == 2020


def test_value_older_than_the_method_allows_is_not_assessed() -> None:
    # Turnout: Vaggeryd's latest municipal-election value in Kolada is 2018 (85 %).
    proposal = propose(indicator({2018: 85.0}, AT_LEAST_60))
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ASSESSED, "stale_value")
    assert proposal.explanation.sentence("sv") == (
        "Det senaste värdet är från 2018, mer än 2 år före 2022, så metoden föreslår ingen status."
    )


def test_without_target_the_default_is_the_expert() -> None:
    proposal = propose(indicator({2021: 1.0, 2022: 1.0}))
    assert (proposal.status, proposal.explanation.rule, proposal.explanation.case) == (
        Status.NOT_ASSESSED,
        "expert",
        "expert_only",
    )


def test_target_level_without_a_target() -> None:
    proposal = propose(indicator({2022: 1.0}, rule="target_level"))
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ASSESSED, "no_target")


def test_a_partly_proposal_on_a_scale_without_partial_level_is_not_achieved() -> None:
    # 55 against at least 60: fulfilment 55/60 = 0.917 ≥ 0.8 gives partly achieved, but the
    # annual accounts' scale has no partial level, so the proposal is not achieved.
    item = indicator({2022: 55.0}, [{"year": 2026, "value": 60, "comparison": "at_least"}])
    two_level = method(
        scale={
            **method().scale.model_dump(),
            "by_period_kind": {"annual": ["achieved", "not_achieved"]},
        }
    )
    proposal = propose_status(item, annual(2022), two_level)
    assert proposal.status is Status.NOT_ACHIEVED
    assert proposal.explanation.outcome == "not_achieved"
    assert proposal.explanation.as_record()["proposed_by_rule"] == "partly_achieved"
    assert proposal.explanation.sentence("sv") == (
        "Värdet 2022 (55,0 procent) jämförs med målvärdet för 2026 (minst 60,0 procent): "
        "målvärdet är inte nått, men måluppfyllelsen är 92\u00a0%, minst 80\u00a0% som krävs för delvis "
        "uppfyllt. Vid årsbokslutet har skalan ingen nivå delvis uppfyllt, så förslaget blir ej "
        "uppfyllt."
    )
    assert proposal.explanation.sentence("en").endswith(
        "At the annual accounts the scale has no partly achieved level, so the proposal is not "
        "achieved."
    )


def test_a_path_cannot_end_in_a_direction() -> None:
    item = indicator(
        {2018: 30.0, 2022: 34.0},
        [{"year": 2026, "comparison": "increase"}],
        baseline={"year": 2018, "value": 30.0},
        rule="trajectory",
    )
    proposal = propose_status(item, annual(2022), method())
    assert (proposal.status, proposal.explanation.case) == (
        Status.NOT_ASSESSED,
        "directional_target",
    )
    assert proposal.explanation.sentence("sv") == (
        "Målet är en riktning utan målvärde, så regeln trajectory kan inte föreslå en status."
    )


def test_a_directional_target_met_in_words() -> None:
    # 34 in 2022 against "ska öka" from the baseline 30 (2018): 34 > 30, achieved.
    item = indicator(
        {2018: 30.0, 2022: 34.0},
        [{"year": 2022, "comparison": "increase"}],
        baseline={"year": 2018, "value": 30.0},
    )
    proposal = propose_status(item, annual(2022), method())
    assert proposal.status is Status.ACHIEVED
    assert proposal.explanation.sentence("sv") == (
        "Värdet 2022 (34,0 procent) jämförs med målet för 2022 (öka från 30,0 procent 2018): "
        "målet är nått."
    )


# Roll-up levels on tests/method/levels.py: klimat A, A, N; trafik P, N; mat A, P and one not
# assessed; the sub-goal 'fossilfritt' groups klimat and trafik. Hand-computed below.
LEVELS = """\
rollup_by_level:
  measurement_area: {rule: share, achieved_share: 0.6, partly_share: 0.5}
  sub_goal: {rule: worst, over: parts}
  goal: {rule: majority, over: parts}
"""


def test_each_level_rolls_up_with_its_own_rule(tmp_path: Path) -> None:
    repository = levels_repository(tmp_path, LEVELS)
    (goal,) = assess_period(repository, repository.period()).goals
    # Areas, share with 60 %: klimat 2/3 achieved ≥ 0.6 → achieved; trafik 0/2 achieved, 1/2 at
    # least partly ≥ 0.5 → partly; mat 1/2 achieved < 0.6, 2/2 at least partly → partly.
    assert [a.status for a in goal.areas] == [A, P, P]
    # Sub-goal, the worst of its areas (klimat achieved, trafik partly) → partly.
    (sub_goal,) = goal.sub_goals
    assert (sub_goal.sub_goal.id, sub_goal.status) == ("fossilfritt", P)
    assert sub_goal.proposal.explanation.sentence("sv") == (
        "1 av 2 bedömda mätområden är uppfyllda, 1 delvis uppfyllda och 0 ej uppfyllda. Det "
        "sämsta bedömda mätområdet är delvis uppfyllt."
    )
    # Goal, the majority of its parts: the sub-goal (partly) and mat (partly) → partly, 2 of 2.
    # (The goal owner's own status in the fixture is apart: the proposal is asserted.)
    assert goal.proposal.status is P
    assert goal.proposal.explanation.inputs["partly_achieved"] == 2
    assert goal.proposal.explanation.sentence("en") == (
        "0 of 2 assessed parts are achieved, 2 partly achieved and 0 not achieved. The most "
        "common status of the assessed parts is partly achieved."
    )


def test_a_level_without_its_own_rule_rolls_up_every_indicator_below(tmp_path: Path) -> None:
    repository = levels_repository(tmp_path)
    (goal,) = assess_period(repository, repository.period()).goals
    (sub_goal,) = goal.sub_goals
    # Sub-goal over klimat and trafik's indicators A, A, N, P, N with share 0.667/0.5: 2/5 = 0.4
    # achieved, 3/5 = 0.6 at least partly → partly.
    assert sub_goal.status is P
    assert sub_goal.proposal.explanation.inputs["achieved"] == 2
    # Goal over all seven assessed indicators A, A, N, P, N, A, P: 3/7 achieved, 5/7 at least
    # partly → partly; the one not assessed is left out.
    assert (goal.proposal.status, goal.proposal.explanation.inputs["not_assessed"]) == (P, 1)


def test_a_goal_over_indicators_with_its_own_rule(tmp_path: Path) -> None:
    rollup = "rollup_by_level:\n  goal: {rule: two_worst}\n"
    repository = levels_repository(tmp_path, rollup)
    (goal,) = assess_period(repository, repository.period()).goals
    # The two worst of A, A, N, P, N, A, P are N and N: mean score 0 < 0.5 → not achieved.
    assert (goal.proposal.status, goal.proposal.explanation.computed["mean_score"]) == (N, 0.0)
    # Areas keep the method's rollup (share 0.667): klimat 2/3 = 0.6667 < 0.667 → partly.
    assert goal.areas[0].status is P


def test_a_goal_of_areas_only_counts_measurement_areas(tmp_path: Path) -> None:
    rollup = "rollup_by_level:\n  goal: {rule: all, over: parts}\n"
    repository = levels_repository(tmp_path, rollup)
    goal = assess_period(repository, repository.period()).goals[0]
    assert goal.proposal.explanation.facts["counted"] == "part"
    # Without sub-goals the parts are the three areas, all partly (share 0.667): 0 of 3 achieved.
    plain = repository.goals[0].model_copy(update={"sub_goals": []})
    result = assess_period(replace(repository, goals=(plain,)), repository.period()).goals[0]
    assert result.proposal.explanation.facts["counted"] == "measurement_area"
    assert result.proposal.explanation.sentence("sv") == (
        "0 av 3 bedömda mätområden är uppfyllda, 3 delvis uppfyllda och 0 ej uppfyllda. Inte "
        "alla bedömda mätområden är uppfyllda, men andelen minst delvis uppfyllda (100\u00a0%) "
        "når 50\u00a0%."
    )
