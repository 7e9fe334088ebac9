"""Discovery: which files a repository holds by the layout, and what lies where no kind lives."""

import os
from pathlib import Path

from ambition.loading.discover import discover, not_a_file
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
    assert [d.format("en") for d in found.diagnostics] == [
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
    assert [d.format("en") for d in found.diagnostics] == [
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


def not_files(root: Path) -> list[str]:
    return [
        d.format("en") for d in discover(root, ["ar-2022"]).diagnostics if d.code == "not-a-file"
    ]


FIX = (
    "replace it with the data file itself, or remove it; a data file must be a regular file "
    "inside the repository"
)


def test_what_is_not_a_regular_file_is_named_and_not_listed(minimal_repo: Path) -> None:
    """Issue 17 item 5: a folder, a dangling and a looping link, a FIFO and a link out of the
    repository, each named *.yaml, are errors saying what they are; none is listed to be read
    (the FIFO is never opened: discovery asks only lstat and stat)."""
    folder = minimal_repo / "data/indicators"
    (folder / "mapp.yaml").mkdir()
    (folder / "borta.yaml").symlink_to("finns-inte.yaml")
    (folder / "slinga.yaml").symlink_to("slinga.yaml")
    os.mkfifo(folder / "ror.yaml")
    outside = minimal_repo.parent / "utanfor.yaml"
    outside.write_text("id: utanfor\n", encoding="utf-8")
    (folder / "ut.yaml").symlink_to(outside)
    assert not_files(minimal_repo) == [
        "data/indicators/borta.yaml: not-a-file: data/indicators/borta.yaml is a link to "
        f"something that does not exist (a dangling link), not a data file — {FIX}",
        f"data/indicators/mapp.yaml: not-a-file: data/indicators/mapp.yaml is a folder, not a "
        f"data file — {FIX}",
        "data/indicators/ror.yaml: not-a-file: data/indicators/ror.yaml is a named pipe (FIFO), "
        f"not a data file — {FIX}",
        "data/indicators/slinga.yaml: not-a-file: data/indicators/slinga.yaml is a link that "
        f"leads back to itself (a looping link), not a data file — {FIX}",
        "data/indicators/ut.yaml: not-a-file: data/indicators/ut.yaml is a link that leads "
        f"outside the repository (to {outside.resolve()}), not a data file — {FIX}",
    ]
    assert listed(minimal_repo, ["ar-2022"]) == MINIMAL_FILES


def test_a_link_inside_the_repository_is_read(minimal_repo: Path) -> None:
    """A link to a file in the repository is a file like any other."""
    folder = minimal_repo / "data/indicators"
    (folder / "utslapp.yaml").rename(minimal_repo / "utslapp.yaml")
    (folder / "utslapp.yaml").symlink_to(minimal_repo / "utslapp.yaml")
    assert not_files(minimal_repo) == []
    assert listed(minimal_repo, ["ar-2022"]) == MINIMAL_FILES


def test_a_required_file_that_is_a_folder_is_named(minimal_repo: Path) -> None:
    """data/method.yaml as a folder is not a missing file but a folder."""
    method = minimal_repo / "data/method.yaml"
    method.unlink()
    method.mkdir()
    assert not_files(minimal_repo) == [
        f"data/method.yaml: not-a-file: data/method.yaml is a folder, not a data file — {FIX}"
    ]


def test_a_device_is_named(tmp_path: Path) -> None:
    """/dev/null linked in (a character device) is named; the link also leads outside."""
    root = tmp_path / "repo"
    (root / "data/indicators").mkdir(parents=True)
    (root / "data/indicators/null.yaml").symlink_to("/dev/null")
    assert discover_problem(root, "data/indicators/null.yaml").startswith("a link that leads")
    assert discover_problem(Path("/"), "dev/null") == "a character device"


def discover_problem(root: Path, relpath: str) -> str:
    problem = not_a_file(root, relpath)
    assert problem is not None
    return problem.render("en")
