"""Loading and validating the steering documents, the programme and the action plan: every
reference resolves, with the exact diagnostics an officer sees."""

from pathlib import Path

import pytest

from ambition.diagnostics import Severity
from ambition.models import ActionStatus, SteeringDocumentKind
from ambition.validation.validate import validate
from tests.conftest import MINIMAL, TESTS, copy_repository

PROGRAMME = TESTS / "fixtures" / "programme"
LISTED = "steering documents are listed in data/steering-documents.yaml"


@pytest.fixture
def programme_repo(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/programme: five actions, one in each status."""
    return copy_repository(PROGRAMME, tmp_path / "repo")


def replace(root: Path, relpath: str, old: str, new: str) -> None:
    path = root / relpath
    text = path.read_text(encoding="utf-8")
    assert old in text, (relpath, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def lines(root: Path) -> list[str]:
    return [d.format("en") for d in validate(root).diagnostics]


def test_the_fixture_loads_with_one_overdue_warning(programme_repo: Path) -> None:
    result = validate(programme_repo)
    repository = result.repository
    assert repository is not None
    assert list(repository.steering_documents) == ["strategi", "miljoprogram"]
    assert repository.programme is not None
    assert [f.id for f in repository.programme.focus_areas] == ["miljo-fokus"]
    assert list(repository.actions) == [
        "cykelplan",
        "ekologisk-upphandling",
        "laddplatser",
        "matsvinn",
        "solceller",
    ]
    assert repository.goals[0].steering_documents == ["strategi"]
    assert [d.format("en") for d in result.diagnostics] == [
        "data/actions/solceller.yaml:9:6: action-overdue (warning): the due date 2022-06-30 "
        "passed before the period ar-2022 closed (2022-12-31), and the status is 'Ongoing' — "
        "set a new due date and say why in the progress note, or mark the action done (with "
        "'completed: YYYY-MM-DD') or cancelled"
    ]
    assert result.diagnostics[0].severity is Severity.WARNING


def test_a_repository_without_an_action_plan_is_unchanged(tmp_path: Path) -> None:
    repository = validate(copy_repository(MINIMAL, tmp_path / "repo")).repository
    assert repository is not None
    assert (dict(repository.steering_documents), repository.programme) == ({}, None)
    assert dict(repository.actions) == {}


def test_every_reference_resolves_with_the_nearest_id_suggested(programme_repo: Path) -> None:
    replace(programme_repo, "data/goals/miljo.yaml", "[strategi]", "[strategy]")
    replace(programme_repo, "data/indicators/utslapp.yaml", "[miljoprogram]", "[miljoprogrammet]")
    replace(programme_repo, "data/programme.yaml", "strategi\n", "strategin\n")
    replace(programme_repo, "data/programme.yaml", "goals: [miljo]", "goals: [miljon]")
    replace(
        programme_repo,
        "data/actions/ekologisk-upphandling.yaml",
        "focus_area: miljo-fokus",
        "focus_area: miljofokus",
    )
    replace(programme_repo, "data/actions/cykelplan.yaml", "goals: [miljo]", "goals: [miljoo]")
    replace(programme_repo, "data/actions/matsvinn.yaml", "responsible: bun", "responsible: bunn")
    replace(programme_repo, "data/actions/matsvinn.yaml", "area: mat", "area: matt")
    replace(programme_repo, "data/actions/laddplatser.yaml", "ar-2022:", "ar-2021:")
    assert lines(programme_repo) == [
        "data/actions/cykelplan.yaml:4:9: unknown-reference: there is no goal 'miljoo' — "
        "did you mean 'miljo'?",
        "data/actions/ekologisk-upphandling.yaml:4:13: unknown-reference: there is no focus "
        "area 'miljofokus' — did you mean 'miljo-fokus'?",
        "data/actions/laddplatser.yaml:11:3: unknown-period: the progress note is for "
        "'ar-2021', which is not a period configured in ambition.yaml — did you mean 'ar-2022'?",
        "data/actions/matsvinn.yaml:5:19: unknown-reference: there is no measurement area "
        "'matt' — did you mean 'mat'?",
        "data/actions/matsvinn.yaml:6:14: unknown-reference: there is no organisation 'bunn' — "
        "did you mean 'bun'?",
        "data/actions/solceller.yaml:9:6: action-overdue (warning): the due date 2022-06-30 "
        "passed before the period ar-2022 closed (2022-12-31), and the status is 'Ongoing' — "
        "set a new due date and say why in the progress note, or mark the action done (with "
        "'completed: YYYY-MM-DD') or cancelled",
        "data/goals/miljo.yaml:7:22: unknown-reference: there is no steering document "
        "'strategy' — did you mean 'strategi'?",
        "data/indicators/utslapp.yaml:10:22: unknown-reference: there is no steering document "
        "'miljoprogrammet' — did you mean 'miljoprogram'?",
        "data/programme.yaml:3:20: unknown-reference: there is no steering document "
        "'strategin' — did you mean 'strategi'?",
        "data/programme.yaml:7:13: unknown-reference: there is no goal 'miljon' — "
        "did you mean 'miljo'?",
    ]


def test_duplicate_ids_and_a_done_action_without_its_date(programme_repo: Path) -> None:
    replace(programme_repo, "data/steering-documents.yaml", "id: miljoprogram", "id: strategi")
    replace(
        programme_repo,
        "data/programme.yaml",
        "    goals: [miljo]\n",
        "    goals: [miljo]\n  - id: miljo-fokus\n    title: Igen\n",
    )
    replace(programme_repo, "data/actions/laddplatser.yaml", "completed: 2022-05-10\n", "")
    # The first of two documents with one id is kept, so references to the second are unknown.
    assert lines(programme_repo) == [
        "data/actions/laddplatser.yaml:8:9: completion-date-missing: the action is done but has "
        "no completion date — add 'completed: YYYY-MM-DD', the day it was done",
        "data/actions/solceller.yaml:7:22: unknown-reference: there is no steering document "
        f"'miljoprogram' — {LISTED}",
        "data/actions/solceller.yaml:9:6: action-overdue (warning): the due date 2022-06-30 "
        "passed before the period ar-2022 closed (2022-12-31), and the status is 'Ongoing' — "
        "set a new due date and say why in the progress note, or mark the action done (with "
        "'completed: YYYY-MM-DD') or cancelled",
        "data/goals/miljo.yaml:11:26: unknown-reference: there is no steering document "
        f"'miljoprogram' — {LISTED}",
        "data/indicators/utslapp.yaml:10:22: unknown-reference: there is no steering document "
        f"'miljoprogram' — {LISTED}",
        "data/programme.yaml:8:9: duplicate-id: the focus area id 'miljo-fokus' is used twice — "
        "give each focus area its own id",
        "data/steering-documents.yaml:6:9: duplicate-id: the steering document id 'strategi' "
        "is used twice — give each steering document its own id",
    ]


def test_references_into_an_unusable_file_are_not_reported_again(programme_repo: Path) -> None:
    (programme_repo / "data/steering-documents.yaml").write_text(
        "steering_documents:\n  - id: strategi\n    title: [\n", encoding="utf-8"
    )
    (programme_repo / "data/programme.yaml").write_text("title: P\n", encoding="utf-8")
    assert [d.code for d in validate(programme_repo).diagnostics] == [
        "action-overdue",
        "missing-key",
        "yaml-unclosed-bracket",
    ]


def test_an_expired_steering_document_is_a_warning_where_it_is_referred_to(
    programme_repo: Path,
) -> None:
    replace(
        programme_repo,
        "data/steering-documents.yaml",
        "valid_from: 2022\n    valid_to: 2025",
        "valid_from: 2018\n    valid_to: 2021",
    )
    found = [d for d in validate(programme_repo).diagnostics if d.code != "action-overdue"]
    assert [(d.path, d.yaml_path, d.severity) for d in found] == [
        ("data/actions/solceller.yaml", "steering_documents.0", Severity.WARNING),
        ("data/goals/miljo.yaml", "measurement_areas.0.steering_documents.0", Severity.WARNING),
        ("data/indicators/utslapp.yaml", "steering_documents.0", Severity.WARNING),
    ]
    assert found[1].message_in("en") == (
        "the steering document 'miljoprogram' applied until 2021, before the period ar-2022 (2022)"
    )


def test_the_real_data_holds_the_programme_and_its_action_plan(real_repo: Path) -> None:
    result = validate(real_repo)
    repository = result.repository
    assert repository is not None
    # The only findings are the two real gaps in the turnout series.
    assert [(d.code, d.path) for d in result.diagnostics] == [
        ("stale-value", "data/indicators/valdeltagande-kommunval.yaml"),
        ("stale-value", "data/indicators/valdeltagande-riksdagsval.yaml"),
    ]
    documents = repository.steering_documents
    assert list(documents) == [
        "vision-2030",
        "strategiskt-program",
        "miljoprogram-2022-2025",
        "ambitionsniva-uppfoljning",
    ]
    environment = documents["miljoprogram-2022-2025"]
    assert environment.decision is not None
    assert (environment.decision.body, str(environment.decision.date)) == (
        "Kommunfullmäktige",
        "2021-11-29",
    )
    assert (environment.decision.paragraph, environment.validity) == ("§ 155", "2022–2025")
    assert documents["vision-2030"].kind is SteeringDocumentKind.VISION
    assert documents["ambitionsniva-uppfoljning"].decision is not None
    assert documents["ambitionsniva-uppfoljning"].decision.registration_number == "KS 2019/160"
    programme = repository.programme
    assert programme is not None
    assert programme.title == "Strategiskt hållbarhets- och utvecklingsprogram"
    # Four focus areas, one per goal, in the goals' order.
    assert [f.goals for f in programme.focus_areas] == [[g.id] for g in repository.goals]
    assert len(repository.actions) == 17
    focus_of_goal = {f.goals[0]: f.id for f in programme.focus_areas}
    for item in repository.actions.values():
        [goal_id] = item.goals
        found = repository.area(item.measurement_area or "")
        assert found is not None and found[0].id == goal_id, item.id
        assert item.focus_area == focus_of_goal[goal_id]
        assert item.responsible in repository.organisations
        # Statuses are examples, and nothing is claimed done (no completion dates are known).
        assert item.status in (ActionStatus.PLANNED, ActionStatus.ONGOING), item.id
        assert (item.start, item.due, item.completed) == (None, None, None)
        for note in item.progress.values():
            assert note.note.startswith("Exempel:"), item.id
    for goal in repository.goals:
        assert goal.steering_documents == [
            "vision-2030",
            "strategiskt-program",
            "ambitionsniva-uppfoljning",
        ]
    text = (real_repo / "data/actions/fritidsbanken.yaml").read_text(encoding="utf-8")
    assert "# EXEMPEL: läget (status) och lägesbeskrivningen är påhittade" in text
