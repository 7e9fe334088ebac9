"""Discovery: which files a repository holds by the layout, and what lies where no kind lives."""

from pathlib import Path

from ambition.loading.discover import discover
from tests.conftest import MINIMAL

MINIMAL_FILES = [
    ("ambition.yaml", "ambition", None),
    ("data/method.yaml", "method", None),
    ("data/organisations.yaml", "organisations", None),
    ("data/goals/miljo.yaml", "goal", None),
    ("data/indicators/ekologisk-mat.yaml", "indicator", None),
    ("data/indicators/utslapp.yaml", "indicator", None),
    ("data/assessments/ar-2022/indicators/utslapp.yaml", "indicator-assessment", "ar-2022"),
    ("data/assessments/ar-2022/goals/miljo.yaml", "goal-assessment", "ar-2022"),
]


def listed(root: Path, periods: list[str] | None) -> list[tuple[str, str, str | None]]:
    return [(p.relpath, p.kind.name, p.period) for p in discover(root, periods).files]


def test_the_minimal_fixture_in_the_layouts_order() -> None:
    found = discover(MINIMAL, ["ar-2022"])
    assert [(p.relpath, p.kind.name, p.period) for p in found.files] == MINIMAL_FILES
    assert found.diagnostics == []
    assert found.files[4].stem == "ekologisk-mat"


def test_a_period_not_configured_is_reported_and_not_listed(minimal_repo: Path) -> None:
    (minimal_repo / "data/assessments/ar-2022").rename(minimal_repo / "data/assessments/ar-2021")
    found = discover(minimal_repo, ["ar-2022"])
    assert [d.format() for d in found.diagnostics] == [
        "data/assessments/ar-2021: unknown-period: the folder ar-2021 is not a period "
        "configured in ambition.yaml — did you mean 'ar-2022'?"
    ]
    assert all(p.period is None for p in found.files)
    # Without a usable ambition.yaml the periods are unknown: the files are still checked.
    assert [p.period for p in discover(minimal_repo, None).files][-2:] == ["ar-2021", "ar-2021"]


def test_stray_files_missing_required_ones_and_hidden_ones(minimal_repo: Path) -> None:
    (minimal_repo / "data/indicators/cykel.yml").write_text("id: cykel\n")
    (minimal_repo / "data/indicators/notes.txt").write_text("x")
    (minimal_repo / "data/indicators/.editor-swap").write_text("x")
    (minimal_repo / "data/method.yaml").unlink()
    found = discover(minimal_repo, ["ar-2022"])
    assert [d.format() for d in found.diagnostics] == [
        "data/method.yaml: missing-file: the required file data/method.yaml is missing "
        "— see docs/data-format.md for its contents",
        "data/indicators/cykel.yml: wrong-extension: cykel.yml is not read "
        "— rename it to cykel.yaml",
        "data/indicators/notes.txt: unexpected-file (warning): notes.txt is not read here "
        "— only .yaml files belong in data/indicators/",
    ]
    assert "data/method.yaml" not in [p.relpath for p in found.files]


def test_no_assessments_folder_is_no_assessments(minimal_repo: Path) -> None:
    for path in sorted((minimal_repo / "data/assessments").rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    (minimal_repo / "data/assessments").rmdir()
    assert listed(minimal_repo, ["ar-2022"]) == MINIMAL_FILES[:6]
