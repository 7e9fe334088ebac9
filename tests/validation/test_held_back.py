"""A goal's justification check waits while an indicator file it rests on does not load.

The shipped data: folkmangd.yaml (area hallbar-tillvaxt, goal hallbar-samhallsutveckling) with
an empty ``unit:`` does not load; without it the goal's proposals in tertial-2022 and
delar-2022 fall from 'achieved' to 'partly achieved', so the goal owner's 'achieved' would seem
to depart from them without a justification (two follow-on errors before this check waited).
"""

from pathlib import Path

from ambition.validation.held_back import HeldBack, held_back
from ambition.validation.validate import validate

BROKEN = "data/indicators/folkmangd.yaml"


def _codes(repo: Path) -> list[tuple[str, str]]:
    return [(d.path, d.code) for d in validate(repo).diagnostics if d.severity.value == "error"]


def _break_unit(repo: Path) -> None:
    path = repo / BROKEN
    path.write_text(path.read_text(encoding="utf-8").replace("unit: antal\n", "unit:\n"), "utf-8")


def test_the_broken_file_is_the_only_error(real_repo: Path) -> None:
    _break_unit(real_repo)
    assert _codes(real_repo) == [(BROKEN, "empty-value")]


def test_only_the_goal_of_the_broken_indicator_waits(real_repo: Path) -> None:
    _break_unit(real_repo)
    # Another goal's owner departs from the proposal without a justification: still reported.
    other = real_repo / "data/assessments/helar-2022/goals/folkhalsa-kultur-fritid.yaml"
    other.write_text(
        other.read_text(encoding="utf-8").replace(
            "status: partly_achieved\n", "status: achieved\n", 1
        ),
        "utf-8",
    )
    assert _codes(real_repo) == [
        ("data/assessments/helar-2022/goals/folkhalsa-kultur-fritid.yaml", "justification-missing"),
        (BROKEN, "empty-value"),
    ]
    validation = validate(real_repo)
    assert validation.repository is not None
    waiting = held_back(validation.repository)
    assert not waiting.everything
    assert waiting.goals == {"hallbar-samhallsutveckling"}
    assert waiting.areas == {"hallbar-tillvaxt"}
    assert waiting.goal("hallbar-samhallsutveckling")
    assert not waiting.goal("folkhalsa-kultur-fritid")


def test_every_goal_waits_when_the_area_cannot_be_read(real_repo: Path) -> None:
    _break_unit(real_repo)
    path = real_repo / BROKEN
    text = path.read_text(encoding="utf-8").replace(
        "measurement_area: hallbar-tillvaxt\n", "measurement_area: [hallbar-tillvaxt\n"
    )
    path.write_text(text, "utf-8")
    validation = validate(real_repo)
    assert validation.repository is not None
    waiting = held_back(validation.repository)
    assert waiting.everything
    assert waiting.part("folkhalsa") and waiting.goal("folkhalsa-kultur-fritid")
    assert "justification-missing" not in {d.code for d in validation.diagnostics}


def test_nothing_waits_on_the_shipped_data(real_repo: Path) -> None:
    validation = validate(real_repo)
    assert validation.repository is not None
    assert held_back(validation.repository) == HeldBack()
