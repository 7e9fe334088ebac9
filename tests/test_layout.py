"""The one declaration of the layout: paths, globs and kinds of every data file."""

from pathlib import Path

import pytest

from ambition import layout
from ambition.errors import RepositoryNotFoundError
from ambition.models import Indicator, IndicatorAssessment, Project
from tests.conftest import MINIMAL, PROJECT


def test_paths_fill_the_placeholders_in_order() -> None:
    assert layout.INDICATOR.path("elbilar") == "data/indicators/elbilar.yaml"
    assert (
        layout.INDICATOR_ASSESSMENT.path("helar-2022", "elbilar")
        == "data/assessments/helar-2022/indicators/elbilar.yaml"
    )
    assert layout.METHOD.path() == "data/method.yaml"
    with pytest.raises(ValueError, match="takes 2 parts, not 1"):
        layout.GOAL_ASSESSMENT.path("miljo")


def test_each_kind_names_its_model_folder_and_glob() -> None:
    assert layout.INDICATOR.model() is Indicator
    assert layout.PROJECT.model() is Project
    assert layout.INDICATOR_ASSESSMENT.model() is IndicatorAssessment
    assert layout.INDICATOR.folder == "data/indicators"
    assert layout.GOAL_ASSESSMENT.glob == "data/assessments/*/goals/*.yaml"
    assert layout.PERIOD_SUBFOLDERS == ("indicators", "goals")
    assert [k.name for k in layout.KINDS.values() if k.required] == [
        "ambition",
        "method",
        "organisations",
    ]
    assert [k.name for k in layout.KINDS.values() if k.comments_only_allowed] == [
        "indicator-assessment",
        "goal-assessment",
    ]


@pytest.mark.parametrize(
    ("relpath", "name"),
    [
        ("ambition.yaml", "ambition"),
        ("data/method.yaml", "method"),
        ("data/goals/miljo.yaml", "goal"),
        ("data/assessments/ar-2022/goals/miljo.yaml", "goal-assessment"),
        ("data/assessments/ar-2022/indicators/utslapp.yaml", "indicator-assessment"),
        ("data/actions/cykel.yaml", "action"),
    ],
)
def test_kind_of_a_path(relpath: str, name: str) -> None:
    kind = layout.kind_of(relpath)
    assert kind is not None and kind.name == name


@pytest.mark.parametrize(
    "relpath",
    ["data/sources/kolada.csv", "data/goals/sub/miljo.yaml", "data/x.yaml", "other.yaml"],
)
def test_no_kind_where_none_lives(relpath: str) -> None:
    assert layout.kind_of(relpath) is None


def test_every_data_file_shipped_has_a_kind() -> None:
    """The real data and the minimal fixture hold only files the layout declares (besides the
    published sources the values were copied from)."""
    for root in (PROJECT, MINIMAL):
        files = [root / layout.PROJECT_FILE, *(root / layout.DATA_DIR).rglob("*.yaml")]
        for path in files:
            relpath = path.relative_to(root).as_posix()
            if relpath.startswith("data/sources/"):
                continue
            assert layout.kind_of(relpath) is not None, relpath


def test_find_root_walks_up_and_says_what_to_do(tmp_path: Path) -> None:
    assert layout.find_root(MINIMAL / "data" / "goals") == MINIMAL.resolve()
    with pytest.raises(RepositoryNotFoundError, match="pass --root"):
        layout.find_root(tmp_path)


def test_find_root_says_when_the_folder_is_missing_or_a_file(tmp_path: Path) -> None:
    with pytest.raises(RepositoryNotFoundError) as missing:
        layout.find_root(tmp_path / "nej")
    assert missing.value.render("sv") == (
        f"mappen {tmp_path / 'nej'} finns inte; ange mappen med ambition.yaml med --root"
    )
    (tmp_path / "fil.txt").write_text("x", encoding="utf-8")
    with pytest.raises(RepositoryNotFoundError) as a_file:
        layout.find_root(tmp_path / "fil.txt")
    assert a_file.value.render("en") == (
        f"{tmp_path / 'fil.txt'} is a file, not a folder; pass the folder with ambition.yaml to "
        "--root"
    )


@pytest.mark.parametrize(
    "pattern",
    [
        "data/assessments/<period>/summary.yaml",  # a file per period: discovery cannot list it yet
        "data/<id>/notes.yaml",
        "data/goals/<id>-<id>.yaml",
    ],
)
def test_a_pattern_discovery_cannot_follow_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError, match="discovery"):
        layout.FileKind("x", pattern, "Goal", "x", "x")
