"""The action plan's models, its view as of a period, and what `ambition status` asks of it."""

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from ambition.action_plan import action_plan_at, focus_area_of, needs_progress
from ambition.cli import app
from ambition.loading.repository import load_repository
from ambition.models import (
    Action,
    ActionStatus,
    Period,
    PeriodKind,
    Programme,
    SteeringDocument,
)
from ambition.repository import Repository
from ambition.round.status import Missing, OutstandingItem, outstanding
from tests.conftest import TESTS, copy_repository

PROGRAMME = TESTS / "fixtures" / "programme"
PERIOD = Period(id="ar-2022", kind=PeriodKind.ANNUAL, closing_date=dt.date(2022, 12, 31))
runner = CliRunner()


def action(**fields: object) -> Action:
    """An action with the required fields, overridden by ``fields``."""
    data = {"id": "a", "title": "A", "goals": ["miljo"], "responsible": "ks", "status": "planned"}
    return Action.model_validate({**data, **fields})


def load(root: Path) -> Repository:
    repository = load_repository(root).repository
    assert repository is not None
    return repository


@pytest.fixture
def programme_repo(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/programme: five actions, one in each status."""
    return copy_repository(PROGRAMME, tmp_path / "repo")


def test_action_dates_must_be_in_order_and_completion_needs_done() -> None:
    with pytest.raises(ValidationError, match="the due date 2022-01-31 is before the start"):
        action(start="2022-02-01", due="2022-01-31")
    with pytest.raises(ValidationError, match="the completion date 2021-12-31 is before the start"):
        action(start="2022-01-01", completed="2021-12-31", status="done")
    with pytest.raises(
        ValidationError, match="a completion date is given but the status is 'ongoing'"
    ):
        action(status="ongoing", completed="2022-05-01")
    assert action(status="done", completed="2022-05-01").completed == dt.date(2022, 5, 1)
    with pytest.raises(ValidationError, match="goals"):
        action(goals=[])


@pytest.mark.parametrize(
    ("status", "due", "overdue"),
    [
        ("ongoing", "2022-06-30", True),
        ("delayed", "2022-06-30", True),
        ("planned", "2022-06-30", True),
        ("done", "2022-06-30", False),
        ("cancelled", "2022-06-30", False),
        ("ongoing", "2022-12-31", False),  # due on the closing date has not passed
        ("ongoing", None, False),
    ],
)
def test_overdue_is_a_passed_due_date_of_an_unfinished_action(
    status: str, due: str | None, overdue: bool
) -> None:
    completed = "2022-05-01" if status == "done" else None
    item = action(status=status, due=due, completed=completed)
    assert item.overdue(PERIOD.closing_date) is overdue
    assert ActionStatus(status).closed is (status in ("done", "cancelled"))


@pytest.mark.parametrize(
    ("fields", "needed"),
    [
        ({}, True),
        ({"status": "cancelled"}, False),
        ({"start": "2023-01-01"}, False),
        ({"start": "2022-12-31"}, True),
        ({"status": "done", "completed": "2022-03-01"}, True),
        ({"status": "done", "completed": "2021-11-30"}, False),
    ],
)
def test_which_actions_owe_a_progress_note(fields: dict[str, str], needed: bool) -> None:
    assert needs_progress(action(**fields), PERIOD) is needed


def test_steering_document_validity() -> None:
    def document(**fields: object) -> SteeringDocument:
        data = {"id": "d", "title": "D", "kind": "programme"}
        return SteeringDocument.model_validate({**data, **fields})

    assert document(valid_from=2022, valid_to=2025).validity == "2022–2025"
    assert document(valid_from=2013).validity == "2013–"
    assert document(valid_to=2030).validity == "–2030"
    assert document(valid_from=2024, valid_to=2024).validity == "2024"
    assert document().validity is None
    with pytest.raises(ValidationError, match="the last year 2021 is before the first year 2022"):
        document(valid_from=2022, valid_to=2021)


def test_focus_area_is_named_or_found_through_the_first_goal() -> None:
    programme = Programme.model_validate(
        {
            "title": "P",
            "focus_areas": [
                {"id": "f1", "title": "F1", "goals": ["miljo"]},
                {"id": "f2", "title": "F2", "goals": ["vatten"]},
            ],
        }
    )
    assert focus_area_of(action(), programme) == programme.focus_areas[0]
    assert focus_area_of(action(focus_area="f2"), programme) == programme.focus_areas[1]
    assert focus_area_of(action(goals=["annat"]), programme) is None
    assert focus_area_of(action(focus_area="okand"), programme) is None
    assert focus_area_of(action(), None) is None


def test_the_plan_as_of_the_period_counts_every_status(programme_repo: Path) -> None:
    repository = load(programme_repo)
    plan = action_plan_at(repository, repository.period())
    # Ordered by goal, then the area's place in the goal (klimat, mat, none), then id.
    assert [a.action.id for a in plan.actions] == [
        "laddplatser",
        "solceller",
        "ekologisk-upphandling",
        "matsvinn",
        "cykelplan",
    ]
    whole = plan.all
    assert (whole.total, whole.done) == (5, 1)
    assert whole.counts() == [(status, 1) for status in ActionStatus]
    assert [a.action.id for a in whole.overdue] == ["solceller"]
    [focus] = plan.by_focus_area()
    assert (focus.id, focus.title, focus.total) == ("miljo-fokus", "Miljö i fokus", 5)
    by_org = plan.by_organisation({"ks": "Kommunstyrelsen", "bun": "BUN"})
    assert [(g.id, g.title, g.total, len(g.overdue)) for g in by_org] == [
        ("ks", "Kommunstyrelsen", 3, 1),
        ("bun", "BUN", 2, 0),
    ]
    solceller = plan.actions[1]
    assert solceller.progress is not None
    assert solceller.progress.note == "Två tak är klara, *tre* återstår."
    assert (solceller.expects_progress, solceller.overdue) == (True, True)
    own = action_plan_at(repository, repository.period(), "bun")
    assert [a.action.id for a in own.actions] == ["ekologisk-upphandling", "matsvinn"]
    assert own.for_goal(repository.goals[0]).total == 2


def test_status_lists_actions_without_a_progress_note(programme_repo: Path) -> None:
    repository = load(programme_repo)
    report = outstanding(repository, repository.period(), dt.date(2023, 2, 1))
    # Cancelled (matsvinn) and not yet started (cykelplan) actions owe no note.
    assert report.items == (
        OutstandingItem(
            "bun",
            "indicator",
            "ekologisk-mat",
            "Ekologiska livsmedel",
            (Missing.STATUS, Missing.ANALYSIS),
            "data/assessments/ar-2022/indicators/ekologisk-mat.yaml",
        ),
        OutstandingItem(
            "bun",
            "action",
            "ekologisk-upphandling",
            "Ekologiska livsmedel i upphandlingen",
            (Missing.PROGRESS,),
            "data/actions/ekologisk-upphandling.yaml",
        ),
    )


def test_status_command_names_the_missing_progress_notes(programme_repo: Path) -> None:
    (programme_repo / "data/actions/solceller.yaml").write_text(
        (programme_repo / "data/actions/solceller.yaml")
        .read_text(encoding="utf-8")
        .split("progress:")[0],
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["status", "--root", str(programme_repo), "--today", "2023-02-20", "--lang", "en"]
    )
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "Helår 2022",
        "Deadline 2023-02-15 passed 5 days ago.",
        "",
        "Kommunstyrelsen (1)",
        "  Solceller på kommunens byggnader: missing progress note (data/actions/solceller.yaml)",
        "",
        "Barn- och utbildningsnämnden (2)",
        "  Ekologiska livsmedel: missing status, analysis "
        "(data/assessments/ar-2022/indicators/ekologisk-mat.yaml)",
        "  Ekologiska livsmedel i upphandlingen: missing progress note "
        "(data/actions/ekologisk-upphandling.yaml)",
    ]


def test_status_of_the_real_data_lists_the_actions_without_notes(real_repo: Path) -> None:
    repository = load(real_repo)
    report = outstanding(repository, repository.period(), dt.date(2023, 2, 1))
    actions = [i for i in report.items if i.kind == "action"]
    with_notes = {a.id for a in repository.actions.values() if "helar-2022" in a.progress}
    assert len(with_notes) == 6
    assert sorted(i.id for i in actions) == sorted(set(repository.actions) - with_notes)
    assert all(i.missing == (Missing.PROGRESS,) for i in actions)
    assert {i.organisation for i in actions} == {
        "kommunstyrelsen",
        "kultur-och-fritidsnamnden",
        "socialnamnden",
        "kommunledningskontoret",
    }
