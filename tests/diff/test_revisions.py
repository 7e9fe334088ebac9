"""ambition.diff.revisions: two revisions of a data repository kept in git (or one and the
working tree), read and compared; on the history of tests/diff/history.py.
"""

import shutil
from pathlib import Path

import pytest

from ambition.diff.compare import (
    Change,
    EntryChange,
    FieldChange,
    GoalChanges,
    Subject,
    ValueChange,
)
from ambition.diff.method import MethodChange
from ambition.diff.revisions import WORKING_TREE, Revision, diff_revisions
from ambition.errors import GitError, InvalidRevisionError, UnknownRevisionError
from ambition.models import Comparison, Target
from tests.conftest import MINIMAL, copy_repository
from tests.diff.history import change_the_working_tree, commit, edit, init, state

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_goal_renamed(shared: tuple[Path, dict[str, str]]) -> None:
    root, commits = shared
    result = diff_revisions(root, "start", "renamed")
    assert (result.before, result.after, result.data_path, result.root) == (
        Revision("start", commits["start"]),
        Revision("renamed", commits["renamed"]),
        "",
        root,
    )
    title = FieldChange(
        "title", "Kommunen ska ha en god miljö", "Kommunen ska ha en god och hållbar miljö"
    )
    assert result.changes.goals == (
        GoalChanges("miljo", (EntryChange(Subject.GOAL, "miljo", Change.CHANGED, (title,)),)),
    )
    assert (result.changes.method, result.changes.corrections) == ((), ())


def test_area_added(shared: tuple[Path, dict[str, str]]) -> None:
    root, _ = shared
    assert diff_revisions(root, "renamed", "area-added").changes.goals == (
        GoalChanges("miljo", (EntryChange(Subject.AREA, "energi", Change.ADDED),)),
    )


def test_indicator_moved_between_areas(shared: tuple[Path, dict[str, str]]) -> None:
    root, _ = shared
    assert diff_revisions(root, "area-added", "moved").changes.goals == (
        GoalChanges(
            "miljo",
            (
                EntryChange(
                    Subject.INDICATOR,
                    "ekologisk-mat",
                    Change.CHANGED,
                    (FieldChange("measurement_area", "mat", "klimat"),),
                ),
            ),
        ),
    )


def test_target_changed_and_interim_target_added(shared: tuple[Path, dict[str, str]]) -> None:
    root, _ = shared
    at_most = Comparison.AT_MOST
    assert diff_revisions(root, "moved", "targets").changes.goals == (
        GoalChanges(
            "miljo",
            (
                EntryChange(
                    Subject.INDICATOR,
                    "utslapp",
                    Change.CHANGED,
                    (
                        FieldChange(
                            "target",
                            None,
                            Target(year=2024, value=850, comparison=at_most),
                            year=2024,
                            interim=True,
                        ),
                        FieldChange(
                            "target",
                            Target(year=2026, value=800, comparison=at_most),
                            Target(year=2026, value=700, comparison=at_most),
                            year=2026,
                            parts=("value",),
                        ),
                    ),
                ),
            ),
        ),
    )


def test_method_parameter_changed(shared: tuple[Path, dict[str, str]]) -> None:
    root, _ = shared
    changes = diff_revisions(root, "targets", "method").changes
    assert (changes.goals, changes.method) == (
        (),
        (MethodChange("rollup.achieved_share", 0.667, 0.75),),
    )


def test_value_correction_and_new_value_are_not_ambition(
    shared: tuple[Path, dict[str, str]],
) -> None:
    root, _ = shared
    changes = diff_revisions(root, "method", "values").changes
    assert (changes.goals, changes.method, changes.ambition_changed) == ((), (), False)
    assert changes.corrections == (ValueChange("utslapp", 2021, 950.0, 955.0),)
    assert changes.new_measurements == (ValueChange("utslapp", 2023, None, 880.0),)


def test_working_tree_by_default_and_left_untouched(history: tuple[Path, dict[str, str]]) -> None:
    root, commits = history
    before = change_the_working_tree(root)
    result = diff_revisions(root, "values")
    assert (result.before, result.after) == (Revision("values", commits["values"]), WORKING_TREE)
    assert result.after.is_working_tree
    assert result.changes.goals == (
        GoalChanges(
            "miljo",
            (
                EntryChange(
                    Subject.INDICATOR,
                    "ekologisk-mat",
                    Change.CHANGED,
                    (FieldChange("responsible", "bun", "ks"),),
                ),
            ),
        ),
    )
    assert state(root) == before


def test_invalid_revision_lists_its_diagnostics(shared: tuple[Path, dict[str, str]]) -> None:
    root, _ = shared
    fixture = (MINIMAL / "data/indicators/utslapp.yaml").read_text(encoding="utf-8")
    line = fixture.splitlines().index("direction: decrease") + 1
    with pytest.raises(InvalidRevisionError) as raised:
        diff_revisions(root, "values", "broken")
    assert raised.value.revision == "broken"
    assert [(d.path, d.line, d.column, d.code) for d in raised.value.diagnostics] == [
        ("data/indicators/utslapp.yaml", line, 12, "invalid-choice")
    ]


def test_invalid_working_tree(history: tuple[Path, dict[str, str]]) -> None:
    root, _ = history
    edit(root, "data/indicators/utslapp.yaml", "unit: ton\n", "")
    with pytest.raises(InvalidRevisionError) as raised:
        diff_revisions(root, "start")
    assert str(raised.value) == (
        "the data of the working tree does not load (1 error); correct the data; "
        "`ambition validate` lists every problem"
    )
    assert [d.path for d in raised.value.diagnostics] == ["data/indicators/utslapp.yaml"]


@pytest.mark.parametrize("revision", ["no-such-tag", "HEAD~99", "--help-me", ""])
def test_unknown_revision(shared: tuple[Path, dict[str, str]], revision: str) -> None:
    root, _ = shared
    with pytest.raises(UnknownRevisionError):
        diff_revisions(root, revision)


def test_not_a_git_repository(tmp_path: Path) -> None:
    root = copy_repository(MINIMAL, tmp_path / "plain")
    with pytest.raises(GitError):
        diff_revisions(root, "HEAD")


def test_data_repository_in_a_subfolder(tmp_path: Path) -> None:
    top = tmp_path / "monorepo"
    top.mkdir()
    init(top)
    (top / "README.md").write_text("Kommunens repositorium\n", encoding="utf-8")
    first = commit(top, "before-data")
    root = copy_repository(MINIMAL, top / "mål och mått")
    commit(top, "data")
    edit(root, "data/indicators/utslapp.yaml", "  2022: 900\n", "  2022: 905\n")

    result = diff_revisions(root, "data")
    assert result.data_path == "mål och mått"
    assert result.changes.corrections == (ValueChange("utslapp", 2022, 900.0, 905.0),)

    with pytest.raises(InvalidRevisionError) as raised:
        diff_revisions(root, "before-data")
    assert str(raised.value) == (
        f"revision 'before-data' ({first[:7]}) has no data repository in 'mål och mått/': "
        "neither ambition.yaml nor data/"
    )


def test_a_snapshot_is_the_committed_data_for_the_block(
    shared: tuple[Path, dict[str, str]],
) -> None:
    """The history's HEAD is detached at 'values'; 'broken' is the tip of main."""
    from ambition.diff.revisions import Snapshot, snapshot

    root, commits = shared
    before = state(root)
    with snapshot(root, "start") as taken:
        assert taken.revision == Revision("start", commits["start"])
        assert taken.names == ("start",)
        assert taken.label == f"{commits['start'][:7]} (start)"
        folder = taken.root
        committed = (MINIMAL / "data/goals/miljo.yaml").read_bytes()
        assert (folder / "data/goals/miljo.yaml").read_bytes() == committed
        assert (folder / "ambition.yaml").is_file()
    assert not folder.exists()
    with snapshot(root, "broken") as tip:  # a tag and a branch: tags first
        assert tip.names == ("broken", "main")
    with snapshot(root, f"{commits['values']}~1") as untagged:
        assert untagged.names == ("method",)
    assert state(root) == before
    with pytest.raises(UnknownRevisionError), snapshot(root, "no-such-tag"):
        pass
    assert Snapshot(Revision("HEAD~1", "0123456789ab"), (), root).label == "0123456"
