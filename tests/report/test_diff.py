"""ambition.report.diff: a comparison of two revisions in words, as text, as a Markdown decision
appendix and as JSON; on two copies of the minimal repository compared without git."""

import json
from pathlib import Path

import pytest

from ambition.diff.compare import compare
from ambition.diff.revisions import WORKING_TREE, Revision, RevisionDiff
from ambition.report.diff import appendix, diff_record, render_markdown, render_text, target_text
from ambition.report.labels import diff_labels
from tests.conftest import MINIMAL, copy_repository
from tests.diff.history import edit, load

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture
def renamed(tmp_path: Path) -> RevisionDiff:
    """The goal renamed with a pipe in its title, compared with the working tree."""
    old = load(copy_repository(MINIMAL, tmp_path / "before"))
    root = copy_repository(MINIMAL, tmp_path / "after")
    edit(
        root,
        "data/goals/miljo.yaml",
        "title: Kommunen ska ha en god miljö",
        "title: Kommunen ska ha en god miljö | och klimat",
    )
    return RevisionDiff(Revision("v`1", COMMIT), WORKING_TREE, "", root, compare(old, load(root)))


def test_text_names_the_revisions_and_every_row(renamed: RevisionDiff) -> None:
    assert render_text(appendix(renamed, "en")) == [
        "Changes in the ambition level, Testby kommun: v`1 (commit 0123456) → the working tree",
        "",
        "Goal 1: Kommunen ska ha en god miljö | och klimat",
        "  Goal 1: title: Kommunen ska ha en god miljö → Kommunen ska ha en god miljö | och klimat",
        "",
        "Changes in the ambition level: 1. Corrections of measured values: 0. New measurements: 0.",
    ]


def test_markdown_escapes_cells_and_fences_revision_names(renamed: RevisionDiff) -> None:
    text = render_markdown(renamed, "sv")
    assert "Jämförelse mellan ``v`1`` (commit `0123456`) och arbetskopian." in text
    assert "## Mål 1: Kommunen ska ha en god miljö | och klimat\n" in text
    assert (
        "| Mål 1 | namn | Kommunen ska ha en god miljö | Kommunen ska ha en god miljö \\| och "
        "klimat |\n"
    ) in text


def test_a_revision_named_by_its_commit_is_not_named_twice(renamed: RevisionDiff) -> None:
    by_commit = RevisionDiff(
        Revision(COMMIT[:10], COMMIT),
        Revision("main", COMMIT),
        renamed.data_path,
        renamed.root,
        renamed.changes,
    )
    document = appendix(by_commit, "sv")
    assert (document.before, document.after) == ("0123456", "main (commit 0123456)")


def test_a_repository_template_overrides_the_appendix(renamed: RevisionDiff) -> None:
    (renamed.root / "templates").mkdir()
    (renamed.root / "templates" / "diff.md.j2").write_text(
        "{{ appendix.summary }} {{ appendix.goals[0].rows[0].after|md_cell }}\n", encoding="utf-8"
    )
    assert render_markdown(renamed, "en") == (
        "Changes in the ambition level: 1. Corrections of measured values: 0. "
        "New measurements: 0. Kommunen ska ha en god miljö \\| och klimat\n"
    )


def test_json_holds_no_words(renamed: RevisionDiff) -> None:
    record = diff_record(renamed)
    assert record["before"] == {"revision": "v`1", "commit": COMMIT, "working_tree": False}
    assert record["after"] == {"revision": None, "commit": None, "working_tree": True}
    assert record["goals"][0]["entries"] == [
        {
            "subject": "goal",
            "id": "miljo",
            "change": "changed",
            "fields": [
                {
                    "field": "title",
                    "old": "Kommunen ska ha en god miljö",
                    "new": "Kommunen ska ha en god miljö | och klimat",
                }
            ],
        }
    ]


def test_target_text_with_the_acceptable_level_and_the_national_mark(
    renamed: RevisionDiff,
) -> None:
    indicator = renamed.changes.new.indicators["utslapp"]
    target = indicator.targets[-1].model_copy(update={"acceptable": 750.0, "national": True})
    assert target_text(target, indicator, diff_labels("sv"), "sv") == (
        "högst 800 ton (2026), acceptabel nivå på kort sikt 750 ton, nationellt mål"
    )


def test_a_marker_and_a_preliminary_value_in_words(tmp_path: Path) -> None:
    old = load(copy_repository(MINIMAL, tmp_path / "before"))
    root = copy_repository(MINIMAL, tmp_path / "after")
    path = "data/indicators/utslapp.yaml"
    edit(root, path, "  2021: 950\n", "  2021: {marker: confidential}\n")
    edit(root, path, "  2022: 900\n", "  2022: 900\n  2023: {value: 880, preliminary: true}\n")
    result = RevisionDiff(Revision("v1", COMMIT), WORKING_TREE, "", root, compare(old, load(root)))
    lines = render_text(appendix(result, "sv"))
    assert "  Utsläpp av växthusgaser, 2021: 950 ton → Sekretess" in lines
    assert "  Utsläpp av växthusgaser, 2023: 880 ton (preliminärt)" in lines
    record = diff_record(result)
    assert record["corrections"] == [
        {"indicator": "utslapp", "year": 2021, "old": 950.0, "new": {"marker": "confidential"}}
    ]
    assert record["new_measurements"] == [
        {
            "indicator": "utslapp",
            "year": 2023,
            "old": None,
            "new": {"value": 880.0, "preliminary": True},
        }
    ]


def test_a_breakdown_row_s_values_are_listed_with_the_row(tmp_path: Path) -> None:
    old = load(copy_repository(MINIMAL, tmp_path / "before"))
    root = copy_repository(MINIMAL, tmp_path / "after")
    path = root / "data/indicators/ekologisk-mat.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "breakdowns:\n  kvinnor:\n    title: Kvinnor\n    values:\n      2022: 41.0\n",
        encoding="utf-8",
    )
    result = RevisionDiff(Revision("v1", COMMIT), WORKING_TREE, "", root, compare(old, load(root)))
    assert "  Ekologiska livsmedel (Kvinnor), 2022: 41,0 procent" in render_text(
        appendix(result, "sv")
    )
    assert diff_record(result)["new_measurements"] == [
        {
            "indicator": "ekologisk-mat",
            "year": 2022,
            "old": None,
            "new": 41.0,
            "breakdown": "kvinnor",
        }
    ]


def test_a_sub_goal_s_changes_are_shown_like_a_goal_s(tmp_path: Path) -> None:
    sub_goal = (
        "sub_goals:\n  - id: fossilfritt\n    title: Fossilfri kommun 2030\n    owner: bun\n"
        "    measurement_areas: [klimat]\n"
    )
    roots = [copy_repository(MINIMAL, tmp_path / side) for side in ("before", "after")]
    for root, text in zip(
        roots, (sub_goal, sub_goal.replace("[klimat]", "[klimat, mat]")), strict=True
    ):
        path = root / "data/goals/miljo.yaml"
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    edit(roots[1], "data/goals/miljo.yaml", "owner: bun", "owner: ks")
    old, new = load(roots[0]), load(roots[1])
    regrouped = RevisionDiff(Revision("v1", COMMIT), WORKING_TREE, "", roots[1], compare(old, new))
    assert render_text(appendix(regrouped, "sv"))[2:5] == [
        "Mål 1: Kommunen ska ha en god miljö",
        "  Delmål Fossilfri kommun 2030: ansvarig: Barn- och utbildningsnämnden → Kommunstyrelsen",
        "  Delmål Fossilfri kommun 2030: mätområden: Klimat → Klimat, Mat",
    ]
    fresh = load(copy_repository(MINIMAL, tmp_path / "none"))
    added = RevisionDiff(Revision("v1", COMMIT), WORKING_TREE, "", roots[1], compare(fresh, new))
    assert render_text(appendix(added, "en"))[3:6] == [
        "  Sub-goal Fossilfri kommun 2030: added",
        "  Sub-goal Fossilfri kommun 2030: responsible: – → Kommunstyrelsen",
        "  Sub-goal Fossilfri kommun 2030: measurement areas: – → Klimat, Mat",
    ]
    # As `ambition diff --format json` writes it (the areas' ids a tuple, written as a list).
    (entry,) = json.loads(json.dumps(diff_record(regrouped)))["goals"][0]["entries"]
    assert entry == {
        "subject": "sub_goal",
        "id": "fossilfritt",
        "change": "changed",
        "fields": [
            {"field": "owner", "old": "bun", "new": "ks"},
            {"field": "measurement_areas", "old": ["klimat"], "new": ["klimat", "mat"]},
        ],
    }
