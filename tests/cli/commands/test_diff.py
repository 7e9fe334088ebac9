"""`ambition diff` end to end, on the git history of tests/diff/history.py: the text, the
Markdown decision appendix and the JSON, exit codes, and what is printed when a revision is
unknown or its data does not load."""

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ambition.cli import app
from tests.conftest import MINIMAL, PROJECT, copy_repository
from tests.diff.history import change_the_working_tree, commit, edit, init, state

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

runner = CliRunner()
NNBSP = "\u202f"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


WHOLE_HISTORY_TEXT = [
    "Ändringar i ambitionsnivån, Testby kommun: start (commit {start}) → values (commit {values})",
    "",
    "Mål 1: Kommunen ska ha en god och hållbar miljö",
    "  Mål 1: namn: Kommunen ska ha en god miljö → Kommunen ska ha en god och hållbar miljö",
    "  Mätområde Energi: tillagt",
    "  Indikator Ekologiska livsmedel: mätområde: Mat (mål 1) → Klimat (mål 1)",
    "  Indikator Utsläpp av växthusgaser: etappmål 2024: – → högst 850 ton",
    "  Indikator Utsläpp av växthusgaser: målvärde 2026: högst 800 ton → högst 700 ton",
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
| Indikator Utsläpp av växthusgaser | etappmål 2024 | – | högst 850 ton |
| Indikator Utsläpp av växthusgaser | målvärde 2026 | högst 800 ton | högst 700 ton |

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
        "| Indicator Utsläpp av växthusgaser | interim target 2024 | – | at most 850 ton |" in out
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
        "reference_year": None,
        "tolerance": None,
        "derived": None,
        "against_direction": False,
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
    before = change_the_working_tree(root)
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
    code, out, err = run("diff", "broken", "--root", str(root))
    lines = err.splitlines()
    assert (code, out, len(lines)) == (1, "", 2)
    assert lines[0] == (
        f"fel: filerna i versionen 'broken' ({commits['broken'][:7]}) går inte att läsa in "
        "(1 fel); jämför en version vars filer går att läsa in med den här versionen av ambition"
    )
    assert lines[1].startswith(f"  data/indicators/utslapp.yaml:{line}:12: invalid-choice: ")


def test_invalid_working_tree(history: tuple[Path, dict[str, str]]) -> None:
    root, _ = history
    edit(root, "data/indicators/utslapp.yaml", "unit: ton\n", "")
    code, out, err = run("diff", "start", "--root", str(root))
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == (
        "fel: filerna i arbetskopian går inte att läsa in (1 fel); rätta dem; "
        "`ambition validate` visar varje problem"
    )
    code, out, err = run("diff", "start", "--root", str(root), "--lang", "en")
    assert err.splitlines()[0] == (
        "error: the data of the working tree does not load (1 error); correct the data; "
        "`ambition validate` lists every problem"
    )
    assert err.splitlines()[1].startswith("  data/indicators/utslapp.yaml:")


@pytest.mark.parametrize("revision", ["no-such-tag", "HEAD~99", "--help-me", ""])
def test_unknown_revision(shared: tuple[Path, dict[str, str]], revision: str) -> None:
    root, _ = shared
    code, out, err = run("diff", "--root", str(root), "--", revision)
    assert (code, out) == (2, "")
    assert err == (
        f"fel: okänd version '{revision}': git känner inte till någon commit med det namnet; "
        "kontrollera stavningen eller hämta den först (i `CI`: `git fetch origin main`, eller "
        "`fetch-depth: 0`)\n"
    )
    code, out, err = run("diff", "--root", str(root), "--lang", "en", "--", revision)
    assert err == (
        f"error: unknown revision '{revision}': git knows no commit by that name; check the "
        "spelling, or fetch it first (in CI: `git fetch origin main`, or check out with "
        "fetch-depth: 0)\n"
    )


def test_not_a_git_repository(tmp_path: Path) -> None:
    root = copy_repository(MINIMAL, tmp_path / "plain")
    code, out, err = run("diff", "HEAD", "--root", str(root))
    assert (code, out) == (2, "")
    assert err.startswith(f"fel: {root} ligger inte under versionshantering i git (")
    assert err.endswith("; `ambition diff` jämför versioner av data som hålls i git\n")


def test_git_not_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_repository(MINIMAL, tmp_path / "plain")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    code, out, err = run("diff", "HEAD", "--root", str(root))
    assert (code, out, err) == (
        2,
        "",
        "fel: git är inte installerat eller finns inte i `PATH`; installera git "
        "(https://git-scm.com) för att jämföra versioner\n",
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
        f"högst 15{NNBSP}668 ton CO2-ekv, nationellt mål → "
        f"högst 12{NNBSP}000 ton CO2-ekv, nationellt mål",
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
