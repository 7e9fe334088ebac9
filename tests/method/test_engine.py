"""What the engine checks before any rule: the rule exists, a recent value, a target."""

from dataclasses import replace
from pathlib import Path

from ambition.method.engine import assess_period, propose_status
from ambition.method.records import indicator_record
from ambition.method.results import GoalResult, Observation
from ambition.models import Status, Trend
from tests.method.builders import add_breakdowns, annual, indicator, method, propose
from tests.method.levels import levels_repository
from tests.report.repositories import load

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
        "målvärdet är inte nått, men måluppfyllelsen är 92\u00a0%, minst de 80\u00a0% som krävs för delvis "
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
        "Värdet 2022 (34,0 procent) jämförs med målet att öka från 30,0 procent (2018) till "
        "2022: målet är nått."
    )
    assert proposal.explanation.sentence("en") == (
        "The 2022 value (34.0 procent) is compared with the target to increase from 30.0 procent "
        "(2018) by 2022: the target is met."
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
        "Av 2 bedömda mätområden är 1 uppfyllt, 1 delvis uppfyllt och 0 ej uppfyllda. Det "
        "sämsta bedömda mätområdet är delvis uppfyllt."
    )
    # Goal, the majority of its parts: the sub-goal (partly) and mat (partly) → partly, 2 of 2.
    # (The goal owner's own status in the fixture is apart: the proposal is asserted.)
    assert goal.proposal.status is P
    assert goal.proposal.explanation.inputs["partly_achieved"] == 2
    assert goal.proposal.explanation.sentence("en") == (
        "Of 2 assessed parts, 0 are achieved, 2 partly achieved and 0 not achieved. The most "
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
        "Av 3 bedömda mätområden är 0 uppfyllda, 3 delvis uppfyllda och 0 ej uppfyllda. Inte "
        "alla bedömda mätområden är uppfyllda, men andelen minst delvis uppfyllda (100\u00a0%) "
        "är minst 50\u00a0%."
    )


def test_a_marked_year_after_a_stale_value_names_the_marker() -> None:
    # 2018 is too old for 2022 (stale after 2 years); 2021 and 2022 are marked, not missing.
    item = indicator(
        {2018: 85.0, 2021: {"marker": "statistics_missing"}, 2022: {"marker": "reported_later"}},
        AT_LEAST_60,
    )
    proposal = propose(item)
    assert (proposal.status, proposal.explanation.case) == (Status.NOT_ASSESSED, "marked_value")
    assert proposal.explanation.sentence("sv") == (
        "För 2022 anges ”Redovisas senare”, och inget aktuellt värde finns, så metoden föreslår "
        "ingen status."
    )
    assert proposal.explanation.sentence("en") == (
        "2022 is marked “reported later” and there is no recent value, so the method proposes "
        "no status."
    )


def test_a_marked_latest_year_leaves_the_recent_value_to_the_rule() -> None:
    # 61 in 2021 is recent enough for 2022 and at least 60: achieved, on the 2021 value.
    item = indicator({2021: 61.0, 2022: {"marker": "confidential"}}, AT_LEAST_60)
    proposal = propose(item)
    assert (proposal.status, proposal.explanation.inputs["year"]) == (Status.ACHIEVED, 2021)


def test_a_preliminary_value_is_judged_provisionally_and_says_so() -> None:
    # 61 (preliminary) against at least 60: achieved, provisionally.
    item = indicator({2021: 58.0, 2022: {"value": 61.0, "preliminary": True}}, AT_LEAST_60)
    proposal = propose(item)
    assert proposal.status is Status.ACHIEVED
    assert proposal.explanation.sentence("sv") == (
        "Värdet 2022 (61,0 procent) jämförs med målvärdet för 2026 (minst 60,0 procent): "
        "målvärdet är nått. Bedömningen bygger på ett preliminärt värde."
    )
    assert proposal.explanation.sentence("en").endswith(
        " The assessment rests on a preliminary value."
    )
    assert proposal.explanation.as_record()["preliminary"] is True
    final = propose(indicator({2021: 58.0, 2022: 61.0}, AT_LEAST_60)).explanation
    assert "preliminary" not in final.as_record()


def test_each_breakdown_row_gets_its_own_proposal_and_the_roll_up_uses_the_total(
    minimal_repo: Path,
) -> None:
    # ekologisk-mat: at least 40 % in 2022, acceptable 35 %. Total 36,2: partly achieved.
    # Women 41,0 ≥ 40: achieved, 38 → 41 is +3,0 procentenheter: improving.
    # Men 30,0 < 35: not achieved, 31 → 30 is −1,0 procentenhet: worsening.
    add_breakdowns(minimal_repo)
    repository = load(minimal_repo)
    result = assess_period(repository, repository.period())
    mat = next(i for i in result.indicators if i.indicator.id == "ekologisk-mat")
    assert mat.status is Status.PARTLY_ACHIEVED
    rows = [(b.breakdown, b.title, b.status, b.trend.trend, b.latest) for b in mat.breakdowns]
    assert rows == [
        ("kvinnor", "Kvinnor", Status.ACHIEVED, Trend.IMPROVING, Observation(2022, 41.0)),
        ("man", "Män", Status.NOT_ACHIEVED, Trend.WORSENING, Observation(2022, 30.0)),
    ]
    assert mat.breakdowns[1].proposal.explanation.sentence("sv") == (
        "Värdet 2022 (30,0 procent) jämförs med målvärdet för 2022 (minst 40,0 procent): "
        "varken målvärdet eller den på kort sikt acceptabla nivån (35,0 procent) är nådd."
    )
    # The area 'mat' has this indicator alone: its roll-up is the total's partly achieved.
    area = next(a for g in result.goals for a in g.areas if a.area.id == "mat")
    assert area.proposal.status is Status.PARTLY_ACHIEVED


def test_the_expert_may_assess_a_breakdown_row(minimal_repo: Path) -> None:
    add_breakdowns(minimal_repo)
    folder = minimal_repo / "data/assessments/ar-2022/indicators"
    (folder / "ekologisk-mat.yaml").write_text(
        "breakdowns:\n  man:\n    status: partly_achieved\n    trend: stable\n", encoding="utf-8"
    )
    repository = load(minimal_repo)
    result = assess_period(repository, repository.period())
    mat = next(i for i in result.indicators if i.indicator.id == "ekologisk-mat")
    women, men = mat.breakdowns
    assert (women.status, women.assessment) == (Status.ACHIEVED, None)
    assert (men.proposal.status, men.status, men.final_trend, men.differs) == (
        Status.NOT_ACHIEVED,
        Status.PARTLY_ACHIEVED,
        Trend.STABLE,
        True,
    )


def test_the_json_record_carries_the_breakdown_rows(minimal_repo: Path) -> None:
    add_breakdowns(minimal_repo)
    repository = load(minimal_repo)
    result = assess_period(repository, repository.period())
    mat = next(i for i in result.indicators if i.indicator.id == "ekologisk-mat")
    record = indicator_record(mat)
    assert [(b["id"], b["status"], b["latest"]) for b in record["breakdowns"]] == [
        ("kvinnor", "achieved", {"year": 2022, "value": 41.0}),
        ("man", "not_achieved", {"year": 2022, "value": 30.0}),
    ]
    utslapp = next(i for i in result.indicators if i.indicator.id == "utslapp")
    assert "breakdowns" not in indicator_record(utslapp)


def _with_rollup(root: Path, rollup: str) -> None:
    method = root / "data/method.yaml"
    method.write_text(method.read_text(encoding="utf-8") + rollup, encoding="utf-8")


def _areas_on_row(root: Path, row: str) -> GoalResult:
    """The minimal fixture's goal, ekologisk-mat with its rows, each area rolling up ``row``."""
    add_breakdowns(root)
    _with_rollup(root, f"rollup_by_level:\n  measurement_area: {{breakdown: {row}}}\n")
    repository = load(root)
    (goal,) = assess_period(repository, repository.period()).goals
    return goal


def test_an_area_rolls_up_the_breakdown_row_the_method_names(minimal_repo: Path) -> None:
    # ekologisk-mat (area mat): the total 36,2 is partly achieved, the row kvinnor 41,0 ≥ 40
    # achieved (test above). With 'breakdown: kvinnor' the area counts the row: 1 of 1
    # achieved ≥ 2/3 (a level's own rollup has the defaults, share 2/3 and 1/2) → achieved.
    # utslapp (area klimat) has no rows: its total (partly, the
    # expert's in the fixture) counts, and the sentence says so.
    goal = _areas_on_row(minimal_repo, "kvinnor")
    klimat, mat = goal.areas
    assert (mat.proposal.status, klimat.proposal.status) == (A, P)
    assert mat.proposal.explanation.sentence("sv") == (
        "Varje indikator räknas med raden ”Kvinnor”. Av 1 bedömd indikator är 1 uppfylld, 0 "
        "delvis uppfyllda och 0 ej uppfyllda. Andelen uppfyllda (100\u00a0%) är minst två "
        "tredjedelar."
    )
    assert klimat.proposal.explanation.sentence("en").startswith(
        "None of the indicators has the row “kvinnor”, so the total counts for all. Of 1 "
    )
    record = mat.proposal.explanation.as_record()
    assert record["inputs"] == {
        "achieved": 1,
        "partly_achieved": 0,
        "not_achieved": 0,
        "not_assessed": 0,
        "assessed": 1,
        "breakdown": "kvinnor",
        "with_breakdown": 1,
        "without_breakdown": 0,
    }
    assert "forecast" not in record
    # The goal keeps the method's rollup over the totals: utslapp P, ekologisk-mat P → 0/2
    # achieved, 2/2 at least partly → partly, without a word about rows.
    assert goal.proposal.status is P
    assert "breakdown" not in goal.proposal.explanation.inputs


def test_a_goal_on_a_row_takes_the_experts_row_status_and_falls_back_to_the_total(
    minimal_repo: Path,
) -> None:
    # Goal over indicators on the row man: ekologisk-mat's men 30,0 is not achieved by the
    # rule, but the expert assessed the row partly achieved, and that counts; utslapp has no
    # row and counts with its total, partly. P, P: 0/2 achieved, 2/2 ≥ 0.5 → partly. Without
    # the expert's row: P, N → 1/2 = 0.5 ≥ 0.5 → partly, so the area mat on the row shows the
    # difference: N by the rule, P by the expert.
    add_breakdowns(minimal_repo)
    _with_rollup(
        minimal_repo,
        "rollup_by_level:\n  measurement_area: {breakdown: man}\n  goal: {breakdown: man}\n",
    )
    repository = load(minimal_repo)
    (goal,) = assess_period(repository, repository.period()).goals
    assert goal.areas[1].proposal.status is N
    assert goal.proposal.explanation.sentence("en").startswith(
        "The indicators count with the row “Män”; 1 indicator without that row counts with "
        "the total. Of 2 assessed indicators, 0 are achieved, 1 partly achieved and 1 not "
    )
    folder = minimal_repo / "data/assessments/ar-2022/indicators"
    (folder / "ekologisk-mat.yaml").write_text(
        "breakdowns:\n  man:\n    status: partly_achieved\n    justification: Ny upphandling.\n",
        encoding="utf-8",
    )
    repository = load(minimal_repo)
    (goal,) = assess_period(repository, repository.period()).goals
    assert goal.areas[1].proposal.status is P
    assert goal.proposal.status is P
    assert goal.proposal.explanation.inputs["partly_achieved"] == 2
    assert goal.proposal.explanation.sentence("sv").startswith(
        "Indikatorerna räknas med raden ”Män”; 1 indikator utan den raden räknas med totalen. "
        "Av 2 bedömda indikatorer är 0 uppfyllda, 2 delvis uppfyllda och 0 ej uppfyllda."
    )


def test_an_area_without_indicators_on_a_row_says_nothing_about_rows(minimal_repo: Path) -> None:
    add_breakdowns(minimal_repo)
    _with_rollup(minimal_repo, "rollup_by_level:\n  measurement_area: {breakdown: kvinnor}\n")
    goal = minimal_repo / "data/goals/miljo.yaml"
    goal.write_text(
        goal.read_text(encoding="utf-8") + "  - id: tom\n    title: Tom\n", encoding="utf-8"
    )
    repository = load(minimal_repo)
    (result,) = assess_period(repository, repository.period()).goals
    empty = result.areas[-1]
    assert empty.area.id == "tom"
    assert empty.proposal.explanation.sentence("sv") == (
        "Ingen indikator är bedömd, så ingen sammanvägning kan göras."
    )


def test_an_area_on_a_row_takes_the_row_s_trend_too(minimal_repo: Path) -> None:
    # ekologisk-mat: total 34,5 → 36,2 improving; men 31,0 → 30,0 worsening (test above). The
    # area mat on the row man: its one indicator's row worsening → worsening; klimat (utslapp,
    # no rows) keeps its total's improving (950 → 900 ton, falling emissions).
    goal = _areas_on_row(minimal_repo, "man")
    klimat, mat = goal.areas
    assert (klimat.trend_rollup.trend, mat.trend_rollup.trend) == (
        Trend.IMPROVING,
        Trend.WORSENING,
    )
    assert mat.trend_rollup.explanation.sentence("sv") == (
        "Varje indikator räknas med raden ”Män”. Indikatorernas trender: förbättring 0, "
        "oförändrad 0, försämring 1, så den sammanvägda trenden är försämring."
    )
    # The goal keeps the totals (its roll-up names no row): both improving.
    assert goal.trend_rollup.trend is Trend.IMPROVING
    assert "breakdown" not in goal.trend_rollup.explanation.inputs
    # The expert's trend of the row counts: men assessed stable → the area stable.
    folder = minimal_repo / "data/assessments/ar-2022/indicators"
    (folder / "ekologisk-mat.yaml").write_text(
        "breakdowns:\n  man:\n    trend: stable\n", encoding="utf-8"
    )
    repository = load(minimal_repo)
    (goal,) = assess_period(repository, repository.period()).goals
    assert goal.areas[1].trend_rollup.trend is Trend.STABLE
