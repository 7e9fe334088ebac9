"""`ambition diff` on real git repositories built in a temporary folder.

The history, one commit per kind of change, tagged:
start (tests/fixtures/minimal) → renamed (a goal's title) → area-added → moved (an indicator to
another area) → targets (a target changed, an interim target added) → method (a parameter) →
values (a value corrected, a new year's value) → broken (data that does not load).
"""

import hashlib
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ambition.cli import app
from ambition.diff.compare import (
    Change,
    EntryChange,
    FieldChange,
    GoalChanges,
    MethodChange,
    Revision,
    Subject,
    ValueChange,
    diff_revisions,
)
from ambition.errors import GitError, InvalidRevisionError, UnknownRevisionError
from ambition.models import Comparison, Target
from tests.conftest import MINIMAL, PROJECT, copy_repository

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

runner = CliRunner()
NNBSP = "\u202f"


@pytest.fixture(autouse=True)
def hermetic_git(monkeypatch: pytest.MonkeyPatch) -> None:
    """No user or system git configuration, in the tests' git calls and in ambition's."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(name, raising=False)


def git(cwd: Path, *args: str) -> str:
    completed = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return completed.stdout.strip()


def init(folder: Path) -> None:
    git(folder, "init", "--quiet", "--initial-branch=main")
    git(folder, "config", "user.name", "Testare")
    git(folder, "config", "user.email", "testare@example.org")
    git(folder, "config", "commit.gpgsign", "false")


def commit(folder: Path, tag: str) -> str:
    git(folder, "add", "--all")
    git(folder, "commit", "--quiet", "--message", tag)
    git(folder, "tag", tag)
    return git(folder, "rev-parse", "HEAD")


def edit(root: Path, relpath: str, old: str, new: str) -> None:
    path = root / relpath
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} not once in {relpath}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def build_history(root: Path) -> dict[str, str]:
    """The tagged history of the module docstring in ``root``; commit id per tag."""
    copy_repository(MINIMAL, root)
    init(root)
    commits = {"start": commit(root, "start")}
    edit(
        root,
        "data/goals/miljo.yaml",
        "title: Kommunen ska ha en god miljö",
        "title: Kommunen ska ha en god och hållbar miljö",
    )
    commits["renamed"] = commit(root, "renamed")
    edit(
        root,
        "data/goals/miljo.yaml",
        "    title: Mat\n",
        "    title: Mat\n  - id: energi\n    title: Energi\n",
    )
    commits["area-added"] = commit(root, "area-added")
    edit(
        root,
        "data/indicators/ekologisk-mat.yaml",
        "measurement_area: mat",
        "measurement_area: klimat",
    )
    commits["moved"] = commit(root, "moved")
    edit(
        root,
        "data/indicators/utslapp.yaml",
        "  - year: 2026\n    value: 800\n",
        "  - year: 2024\n    value: 850\n    comparison: at_most\n  - year: 2026\n    value: 700\n",
    )
    commits["targets"] = commit(root, "targets")
    edit(root, "data/method.yaml", "achieved_share: 0.667", "achieved_share: 0.75")
    commits["method"] = commit(root, "method")
    edit(
        root,
        "data/indicators/utslapp.yaml",
        "  2021: 950\n  2022: 900\n",
        "  2021: 955\n  2022: 900\n  2023: 880\n",
    )
    commits["values"] = commit(root, "values")
    edit(root, "data/indicators/utslapp.yaml", "direction: decrease", "direction: sideways")
    commits["broken"] = commit(root, "broken")
    git(root, "checkout", "--quiet", "values")
    return commits


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """One history for the tests that only read it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
        patch.setenv("GIT_CONFIG_NOSYSTEM", "1")
        root = tmp_path_factory.mktemp("shared") / "kommun"
        yield root, build_history(root)


@pytest.fixture
def history(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A history of its own, for a test that edits the working tree."""
    root = tmp_path / "kommun"
    return root, build_history(root)


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def state(root: Path) -> tuple[str, str, str]:
    """What `ambition diff` must not touch: status, index and HEAD."""
    index = hashlib.sha256((root / ".git" / "index").read_bytes()).hexdigest()
    return (
        git(root, "status", "--porcelain", "--untracked-files=all"),
        index,
        git(root, "rev-parse", "HEAD"),
    )


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


WHOLE_HISTORY_TEXT = [
    "Ändringar i ambitionsnivån, Testby kommun: start (commit {start}) → values (commit {values})",
    "",
    "Mål 1: Kommunen ska ha en god och hållbar miljö",
    "  Mål 1: namn: Kommunen ska ha en god miljö → Kommunen ska ha en god och hållbar miljö",
    "  Mätområde Energi: tillagt",
    "  Indikator Ekologiska livsmedel: mätområde: Mat (mål 1) → Klimat (mål 1)",
    "  Indikator Utsläpp av växthusgaser: etappmål 2024: – → högst 850 ton (2024)",
    "  Indikator Utsläpp av växthusgaser: målvärde 2026: högst 800 ton (2026) → högst 700 ton (2026)",
    "",
    "Metodiken (data/method.yaml)",
    "  rollup.achieved_share: 0,667 → 0,75",
    "",
    "Rättelser av uppmätta värden",
    "  Utsläpp av växthusgaser, 2021: 950 ton → 955 ton",
    "",
    "Nya mätvärden",
    "  Utsläpp av växthusgaser, 2023: 880 ton",
    "",
    "Ändringar av ambitionsnivån: 6. Rättelser av uppmätta värden: 1. Nya mätvärden: 1.",
]


def test_text_lists_every_change_per_goal_and_values_apart(
    shared: tuple[Path, dict[str, str]],
) -> None:
    root, commits = shared
    code, out, err = run("diff", "start", "values", "--root", str(root))
    short = {tag: sha[:7] for tag, sha in commits.items()}
    assert (code, err) == (0, "")
    assert out.splitlines() == [line.format(**short) for line in WHOLE_HISTORY_TEXT]


WHOLE_HISTORY_MARKDOWN = """\
# Bilaga: Ändringar i ambitionsnivån

Testby kommun. Jämförelse mellan `start` (commit `{start}`) och `values` (commit `{values}`).

| Diarienummer (Dnr) | Paragraf (§) | Datum |
|---|---|---|
|   |   |   |

Ändringar av ambitionsnivån: 6. Rättelser av uppmätta värden: 1. Nya mätvärden: 1.

## Mål 1: Kommunen ska ha en god och hållbar miljö

| Avser | Ändring | Före | Efter |
|---|---|---|---|
| Mål 1 | namn | Kommunen ska ha en god miljö | Kommunen ska ha en god och hållbar miljö |
| Mätområde Energi | tillagt | – | Energi |
| Indikator Ekologiska livsmedel | mätområde | Mat (mål 1) | Klimat (mål 1) |
| Indikator Utsläpp av växthusgaser | etappmål 2024 | – | högst 850 ton (2024) |
| Indikator Utsläpp av växthusgaser | målvärde 2026 | högst 800 ton (2026) | högst 700 ton (2026) |

## Metodiken (data/method.yaml)

| Parameter | Före | Efter |
|---|---|---|
| `rollup.achieved_share` | 0,667 | 0,75 |

## Rättelser av uppmätta värden

Rättelserna ändrar inte ambitionsnivån men kan ändra bedömningar.

| Indikator | År | Före | Efter |
|---|---|---|---|
| Utsläpp av växthusgaser | 2021 | 950 ton | 955 ton |

## Nya mätvärden

Värden för år efter det senast uppmätta; de ändrar inte ambitionsnivån.

| Indikator | År | Värde |
|---|---|---|
| Utsläpp av växthusgaser | 2023 | 880 ton |
"""


def test_markdown_decision_appendix(shared: tuple[Path, dict[str, str]]) -> None:
    root, commits = shared
    code, out, err = run("diff", "start", "values", "--root", str(root), "--format", "md")
    short = {tag: sha[:7] for tag, sha in commits.items()}
    assert (code, err) == (0, "")
    assert out == WHOLE_HISTORY_MARKDOWN.format(**short)


def test_markdown_in_english(shared: tuple[Path, dict[str, str]]) -> None:
    root, commits = shared
    code, out, _ = run("diff", "moved", "method", "--root", str(root), "-f", "md", "--lang", "en")
    assert code == 0
    assert out.splitlines()[:11] == [
        "# Appendix: Changes in the ambition level",
        "",
        f"Testby kommun. Comparison of `moved` (commit `{commits['moved'][:7]}`) with "
        f"`method` (commit `{commits['method'][:7]}`).",
        "",
        "| Registration number (Dnr) | Minute paragraph (§) | Date |",
        "|---|---|---|",
        "|   |   |   |",
        "",
        "Changes in the ambition level: 3. Corrections of measured values: 0. New measurements: 0.",
        "",
        "## Goal 1: Kommunen ska ha en god och hållbar miljö",
    ]
    assert (
        "| Indicator Utsläpp av växthusgaser | interim target 2024 | – | at most 850 ton (2024) |"
        in out
    )
    assert "| `rollup.achieved_share` | 0.667 | 0.75 |" in out


def test_json_is_structured_and_language_free(shared: tuple[Path, dict[str, str]]) -> None:
    root, commits = shared
    code, out, _ = run("diff", "moved", "values", "--root", str(root), "--format", "json")
    assert code == 0
    target_2026 = {
        "year": 2026,
        "comparison": "at_most",
        "upper": None,
        "acceptable": None,
        "national": False,
    }
    assert json.loads(out) == {
        "before": {"revision": "moved", "commit": commits["moved"], "working_tree": False},
        "after": {"revision": "values", "commit": commits["values"], "working_tree": False},
        "data_path": "",
        "ambition_changed": True,
        "goals": [
            {
                "id": "miljo",
                "number": 1,
                "title": "Kommunen ska ha en god och hållbar miljö",
                "removed": False,
                "entries": [
                    {
                        "subject": "indicator",
                        "id": "utslapp",
                        "change": "changed",
                        "fields": [
                            {
                                "field": "target",
                                "old": None,
                                "new": {**target_2026, "year": 2024, "value": 850.0},
                                "year": 2024,
                                "interim": True,
                                "parts": [],
                            },
                            {
                                "field": "target",
                                "old": {**target_2026, "value": 800.0},
                                "new": {**target_2026, "value": 700.0},
                                "year": 2026,
                                "interim": False,
                                "parts": ["value"],
                            },
                        ],
                    }
                ],
            }
        ],
        "method": [{"path": "rollup.achieved_share", "old": 0.667, "new": 0.75}],
        "corrections": [{"indicator": "utslapp", "year": 2021, "old": 950.0, "new": 955.0}],
        "new_measurements": [{"indicator": "utslapp", "year": 2023, "old": None, "new": 880.0}],
    }


def test_working_tree_by_default_and_left_untouched(history: tuple[Path, dict[str, str]]) -> None:
    root, commits = history
    edit(root, "data/indicators/ekologisk-mat.yaml", "responsible: bun", "responsible: ks")
    (root / "notes.txt").write_text("untracked\n", encoding="utf-8")
    git(root, "add", "notes.txt")
    before = state(root)
    code, out, err = run("diff", "values", "--root", str(root / "data" / "goals"))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Ändringar i ambitionsnivån, Testby kommun: values (commit {commits['values'][:7]}) "
        "→ arbetskopian",
        "",
        "Mål 1: Kommunen ska ha en god och hållbar miljö",
        "  Indikator Ekologiska livsmedel: ansvarig: Barn- och utbildningsnämnden → "
        "Kommunstyrelsen",
        "",
        "Ändringar av ambitionsnivån: 1. Rättelser av uppmätta värden: 0. Nya mätvärden: 0.",
    ]
    assert state(root) == before


def test_no_changes(shared: tuple[Path, dict[str, str]]) -> None:
    root, commits = shared
    code, out, _ = run("diff", "values", "--root", str(root), "--lang", "en")
    assert code == 0
    assert out.splitlines() == [
        f"Changes in the ambition level, Testby kommun: values (commit {commits['values'][:7]}) "
        "→ the working tree",
        "",
        "No changes in the ambition level.",
        "",
        "Changes in the ambition level: 0. Corrections of measured values: 0. New measurements: 0.",
    ]


def test_a_commit_id_is_not_repeated(shared: tuple[Path, dict[str, str]]) -> None:
    root, commits = shared
    code, out, _ = run("diff", commits["values"][:10], "--root", str(root))
    assert code == 0
    assert out.splitlines()[0] == (
        f"Ändringar i ambitionsnivån, Testby kommun: {commits['values'][:7]} → arbetskopian"
    )


@pytest.mark.parametrize(
    ("revisions", "flag", "expected"),
    [
        (("start", "values"), "--exit-code", 1),
        (("start", "values"), None, 0),
        (("method", "values"), "--exit-code", 0),  # only values changed: no ambition
        (("values",), "--exit-code", 0),
    ],
)
def test_exit_code(
    shared: tuple[Path, dict[str, str]],
    revisions: tuple[str, ...],
    flag: str | None,
    expected: int,
) -> None:
    root, _ = shared
    args = ["diff", *revisions, "--root", str(root), *([flag] if flag else [])]
    assert run(*args)[0] == expected


def test_invalid_revision_lists_its_diagnostics(shared: tuple[Path, dict[str, str]]) -> None:
    root, commits = shared
    fixture = (MINIMAL / "data/indicators/utslapp.yaml").read_text(encoding="utf-8")
    line = fixture.splitlines().index("direction: decrease") + 1
    with pytest.raises(InvalidRevisionError) as raised:
        diff_revisions(root, "values", "broken")
    assert raised.value.revision == "broken"
    assert [(d.path, d.line, d.column, d.code) for d in raised.value.diagnostics] == [
        ("data/indicators/utslapp.yaml", line, 12, "invalid-choice")
    ]
    code, out, err = run("diff", "broken", "--root", str(root))
    lines = err.splitlines()
    assert (code, out, len(lines)) == (1, "", 2)
    assert lines[0] == (
        f"error: the data of revision 'broken' ({commits['broken'][:7]}) does not load "
        "(1 error); compare a revision whose data loads with this version of ambition"
    )
    assert lines[1].startswith(f"  data/indicators/utslapp.yaml:{line}:12: invalid-choice: ")


def test_invalid_working_tree(history: tuple[Path, dict[str, str]]) -> None:
    root, _ = history
    edit(root, "data/indicators/utslapp.yaml", "unit: ton\n", "")
    code, out, err = run("diff", "start", "--root", str(root))
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == (
        "error: the data of the working tree does not load (1 error); correct the data; "
        "`ambition validate` lists every problem"
    )
    assert err.splitlines()[1].startswith("  data/indicators/utslapp.yaml:")


@pytest.mark.parametrize("revision", ["no-such-tag", "HEAD~99", "--help-me", ""])
def test_unknown_revision(shared: tuple[Path, dict[str, str]], revision: str) -> None:
    root, _ = shared
    with pytest.raises(UnknownRevisionError):
        diff_revisions(root, revision)
    code, out, err = run("diff", "--root", str(root), "--", revision)
    assert (code, out) == (2, "")
    assert err == (
        f"error: unknown revision '{revision}': git knows no commit by that name; check the "
        "spelling, or fetch it first (in CI: `git fetch origin main`, or check out with "
        "fetch-depth: 0)\n"
    )


def test_not_a_git_repository(tmp_path: Path) -> None:
    root = copy_repository(MINIMAL, tmp_path / "plain")
    with pytest.raises(GitError):
        diff_revisions(root, "HEAD")
    code, out, err = run("diff", "HEAD", "--root", str(root))
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {root} is not in a git repository (")
    assert err.endswith("; `ambition diff` compares revisions of a data repository kept in git\n")


def test_git_not_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_repository(MINIMAL, tmp_path / "plain")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    code, out, err = run("diff", "HEAD", "--root", str(root))
    assert (code, out, err) == (
        2,
        "",
        "error: git is not installed or not on PATH; install git (https://git-scm.com) to "
        "compare revisions\n",
    )


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


def test_real_data_target_and_correction(tmp_path: Path) -> None:
    root = copy_repository(PROJECT, tmp_path / "vaggeryd")
    init(root)
    head = commit(root, "decided")
    path = "data/indicators/vaxthusgasutslapp.yaml"
    edit(root, path, "    value: 15667.936\n", "    value: 12000\n")
    edit(root, path, "  2021: 89277.404\n", "  2021: 89300\n")
    code, out, err = run("diff", "HEAD", "--root", str(root))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Ändringar i ambitionsnivån, Vaggeryds kommun: HEAD (commit {head[:7]}) → arbetskopian",
        "",
        "Mål 1: Vaggeryds kommun ska vara en plats med hållbar samhällsutveckling och tillväxt "
        "i hela kommunen",
        "  Indikator Utsläpp av växthusgaser inom kommunens gränser: målvärde 2045: "
        f"högst 15{NNBSP}668 ton CO2-ekv (2045), nationellt mål → "
        f"högst 12{NNBSP}000 ton CO2-ekv (2045), nationellt mål",
        "",
        "Rättelser av uppmätta värden",
        f"  Utsläpp av växthusgaser inom kommunens gränser, 2021: 89{NNBSP}277 ton CO2-ekv → "
        f"89{NNBSP}300 ton CO2-ekv",
        "",
        "Ändringar av ambitionsnivån: 1. Rättelser av uppmätta värden: 1. Nya mätvärden: 0.",
    ]


def test_the_example_in_the_docs_is_the_real_output(shared: tuple[Path, dict[str, str]]) -> None:
    text = (PROJECT / "docs" / "diff.md").read_text(encoding="utf-8")
    example = re.search(r"<!-- example: text -->\n```text\n(.*?)```", text, re.S)
    assert example is not None
    root, _ = shared
    code, out, _ = run("diff", "start", "values", "--root", str(root))
    assert code == 0

    def commits_hidden(document: str) -> str:
        return re.sub(r"\(commit [0-9a-f]{7}\)", "(commit …)", document)

    assert commits_hidden(out) == commits_hidden(example.group(1))
