"""Every status an expert or a goal owner writes is a degree of its period's scale (issue 13.1):
``status-off-scale``, located at the status, naming the scale's degrees by their labels."""

from pathlib import Path

from ambition.loading.repository import load_repository
from tests.conftest import rendered

ANNUAL_TWO = "  by_period_kind:\n    annual: [achieved, not_achieved]\n"


def _with_scale(repo: Path, extra: str) -> None:
    method = repo / "data/method.yaml"
    text = method.read_text(encoding="utf-8")
    method.write_text(
        text.replace("# Regler för indikatorer.", extra + "# Regler för indikatorer.", 1)
    )


def test_partly_at_the_annual_accounts_of_a_scale_without_it_is_refused(minimal_repo: Path) -> None:
    # The minimal repository's expert wrote 'partly_achieved' for utslapp in ar-2022 (annual)
    # and its goal owner 'partly_achieved' for miljo; the annual scale has two degrees.
    _with_scale(minimal_repo, ANNUAL_TWO)
    found = [rendered(d, "sv") for d in load_repository(minimal_repo).diagnostics]
    assert [(d.path, d.line, d.column, d.code) for d in found] == [
        ("data/assessments/ar-2022/goals/miljo.yaml", 2, 9, "status-off-scale"),
        ("data/assessments/ar-2022/indicators/utslapp.yaml", 2, 9, "status-off-scale"),
    ]
    assert found[1].message == (
        "bedömningen 'partly_achieved' finns inte på skalan för ar-2022, vars nivåer är "
        "Uppfyllt och Ej uppfyllt"
    )
    assert found[1].hint == (
        "skriv achieved eller not_achieved, eller not_assessed om bedömning inte kan göras"
    )


def test_an_area_s_status_is_checked_at_its_own_key(minimal_repo: Path) -> None:
    goal = minimal_repo / "data/assessments/ar-2022/goals/miljo.yaml"
    goal.write_text(
        goal.read_text(encoding="utf-8")
        + "areas:\n  klimat:\n    status: largely_achieved\n    analysis: Bättre klimat.\n",
        encoding="utf-8",
    )
    found = [rendered(d) for d in load_repository(minimal_repo).diagnostics]
    assert [(d.path, d.line, d.code, d.message) for d in found] == [
        (
            "data/assessments/ar-2022/goals/miljo.yaml",
            6,
            "status-off-scale",
            "the status 'largely_achieved' is not on the scale of ar-2022, whose degrees are "
            "Achieved, Partly achieved and Not achieved",
        )
    ]


def test_the_new_degrees_are_allowed_where_the_scale_has_them(minimal_repo: Path) -> None:
    style = (
        "  largely_achieved:\n    label: {sv: Till stor del uppfyllt, en: Largely achieved}\n"
        '    symbol: "◕"\n    colour: "#4d7c0f"\n'
        "    description: {sv: Nästan vid målvärdet., en: Nearly at the target.}\n"
        "  levels: [achieved, largely_achieved, partly_achieved, not_achieved]\n"
    )
    _with_scale(minimal_repo, style)
    method = minimal_repo / "data/method.yaml"
    text = method.read_text(encoding="utf-8")
    method.write_text(
        text.replace("  partly_share: 0.5\n", "  partly_share: 0.5\n  largely_share: 0.6\n")
    )
    expert = minimal_repo / "data/assessments/ar-2022/indicators/utslapp.yaml"
    expert.write_text(
        expert.read_text(encoding="utf-8").replace("partly_achieved", "largely_achieved")
    )
    assert [d.code for d in load_repository(minimal_repo).diagnostics] == []
