"""Every status an expert or a goal owner writes is a degree of its period's scale (issue 13.1):
``status-off-scale``, located at the status, naming the scale's degrees by their labels."""

from pathlib import Path

from ambition.diagnostics import Diagnostic
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


EXPERT = "data/assessments/ar-2022/indicators/utslapp.yaml"


def _expert_writes(repo: Path, status: str) -> list[tuple[str, int, int, str, str, str]]:
    """The diagnostics, in Swedish and English, when the expert writes ``status``."""
    expert = repo / EXPERT
    expert.write_text(
        expert.read_text(encoding="utf-8").replace("status: partly_achieved", f"status: {status}")
    )
    found = load_repository(repo).diagnostics
    return [
        (d.path, d.line, d.column, d.code, d.hint_in("sv") or "", d.hint_in("en") or "")
        for d in found
    ]


def test_a_misspelt_status_is_suggested_from_its_period_s_scale_by_key_and_label(
    minimal_repo: Path,
) -> None:
    # The minimal scale has the common three degrees; 'acheived' is nearest 'achieved'.
    assert _expert_writes(minimal_repo, "acheived") == [
        (
            EXPERT,
            2,
            9,
            "invalid-choice",
            "menade du achieved (Uppfyllt)? (nivåerna för ar-2022 är achieved (Uppfyllt), "
            "partly_achieved (Delvis uppfyllt) och not_achieved (Ej uppfyllt); not_assessed "
            "(Ej bedömd) om bedömning inte kan göras)",
            "did you mean achieved (Achieved)? (the degrees of ar-2022 are achieved (Achieved), "
            "partly_achieved (Partly achieved) and not_achieved (Not achieved); not_assessed "
            "(Not assessed) when no assessment can be made)",
        )
    ]


def test_a_misspelt_degree_the_scale_lacks_is_suggested_as_the_next_lower_degree(
    minimal_repo: Path,
) -> None:
    # 'largly_achieved' means largely achieved, which the common three lack: the method folds
    # it onto partly achieved (Scale.fold), so that is the suggestion, one diagnostic only.
    found = _expert_writes(minimal_repo, "largly_achieved")
    assert [(path, line, code) for path, line, _, code, _, _ in found] == [
        (EXPERT, 2, "invalid-choice")
    ]
    assert found[0][4:] == (
        "menade du largely_achieved? Den nivån används inte för ar-2022, vars nivåer är "
        "achieved (Uppfyllt), partly_achieved (Delvis uppfyllt) och not_achieved (Ej "
        "uppfyllt): skriv partly_achieved (Delvis uppfyllt), den närmast lägre nivån, eller "
        "not_assessed (Ej bedömd) om bedömning inte kan göras",
        "did you mean largely_achieved? That degree is not used in ar-2022, whose degrees are "
        "achieved (Achieved), partly_achieved (Partly achieved) and not_achieved (Not "
        "achieved): write partly_achieved (Partly achieved), the next lower degree, or "
        "not_assessed (Not assessed) when no assessment can be made",
    )


def test_partialy_on_an_annual_scale_of_two_suggests_not_achieved(minimal_repo: Path) -> None:
    _with_scale(minimal_repo, ANNUAL_TWO)
    found = _expert_writes(minimal_repo, "partialy")
    # The goal owner's 'partly_achieved' is off this scale too, said by status-off-scale.
    assert [(path, code) for path, _, _, code, _, _ in found] == [
        ("data/assessments/ar-2022/goals/miljo.yaml", "status-off-scale"),
        (EXPERT, "invalid-choice"),
    ]
    swedish, english = found[1][4:]
    assert swedish == (
        "menade du partly_achieved (Delvis uppfyllt)? Den nivån används inte för ar-2022, vars "
        "nivåer är achieved (Uppfyllt) och not_achieved (Ej uppfyllt): skriv not_achieved (Ej "
        "uppfyllt), den närmast lägre nivån, eller not_assessed (Ej bedömd) om bedömning inte "
        "kan göras"
    )
    assert english.startswith("did you mean partly_achieved (Partly achieved)? That degree is")


def test_a_status_in_swedish_is_given_its_key(minimal_repo: Path) -> None:
    [(_, _, _, _, swedish, english)] = _expert_writes(minimal_repo, "delvis uppfyllt")
    assert swedish == (
        "skriv partly_achieved (Delvis uppfyllt): nivåerna skrivs med sina engelska namn "
        "(nivåerna för ar-2022 är achieved (Uppfyllt), partly_achieved (Delvis uppfyllt) och "
        "not_achieved (Ej uppfyllt); not_assessed (Ej bedömd) om bedömning inte kan göras)"
    )
    assert english == (
        "write partly_achieved (Partly achieved): the degrees are written by their English "
        "names (the degrees of ar-2022 are achieved (Achieved), partly_achieved (Partly "
        "achieved) and not_achieved (Not achieved); not_assessed (Not assessed) when no "
        "assessment can be made)"
    )


def test_a_word_that_is_no_status_is_given_the_scale_s_degrees(minimal_repo: Path) -> None:
    [(_, _, _, _, swedish, english)] = _expert_writes(minimal_repo, '"klart"')
    assert swedish == (
        "skriv en av nivåerna för ar-2022: achieved (Uppfyllt), partly_achieved (Delvis "
        "uppfyllt) eller not_achieved (Ej uppfyllt), eller not_assessed (Ej bedömd) om "
        "bedömning inte kan göras"
    )
    assert english == (
        "write one of the degrees of ar-2022: achieved (Achieved), partly_achieved (Partly "
        "achieved) or not_achieved (Not achieved), or not_assessed (Not assessed) when no "
        "assessment can be made"
    )


def test_an_area_s_misspelt_status_in_a_goal_assessment(minimal_repo: Path) -> None:
    goal = minimal_repo / "data/assessments/ar-2022/goals/miljo.yaml"
    goal.write_text(
        goal.read_text(encoding="utf-8")
        + "areas:\n  klimat:\n    status: not_acheived\n    analysis: Sämre klimat.\n",
        encoding="utf-8",
    )
    [found] = load_repository(minimal_repo).diagnostics
    assert (found.line, found.column, found.yaml_path) == (6, 13, "areas.klimat.status")
    assert (found.hint_in("en") or "").startswith("did you mean not_achieved (Not achieved)?")


def test_without_a_usable_method_the_file_s_own_suggestion_stands(minimal_repo: Path) -> None:
    method = minimal_repo / "data/method.yaml"
    method.write_text(method.read_text(encoding="utf-8").replace("scale:", "skala:", 1))
    found = [d for d in load_repository(minimal_repo).diagnostics if d.path == EXPERT]
    assert found == []  # the file is fine; now misspell it
    [typo] = [d for d in _bad_status(minimal_repo) if d.path == EXPERT]
    assert typo.hint_in("en") == (
        "did you mean achieved? (allowed: 'achieved', 'largely_achieved', 'partly_achieved', "
        "'slightly_achieved', 'not_achieved' or 'not_assessed')"
    )


def _bad_status(repo: Path) -> list[Diagnostic]:
    expert = repo / EXPERT
    expert.write_text(
        expert.read_text(encoding="utf-8").replace("status: partly_achieved", "status: Achived")
    )
    return load_repository(repo).diagnostics
