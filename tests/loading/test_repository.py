"""Loading: each kind of broken file gives its exact located diagnostic; valid files give none."""

from pathlib import Path

import pytest

from ambition.diagnostics import Diagnostic, Severity
from ambition.errors import RepositoryNotFoundError
from ambition.layout import find_root
from ambition.loading.repository import load_repository
from tests.conftest import rendered

INDICATOR = "data/indicators/ekologisk-mat.yaml"


def replace(repo: Path, relpath: str, old: str, new: str) -> None:
    """Replace ``old`` (which must occur) by ``new`` in a file of ``repo``."""
    path = repo / relpath
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relpath}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def codes(repo: Path) -> list[tuple[str, int, int, str]]:
    return [(d.path, d.line, d.column, d.code) for d in load_repository(repo).diagnostics]


def test_minimal_repository_is_clean(minimal_repo: Path) -> None:
    result = load_repository(minimal_repo)
    assert result.diagnostics == []
    assert result.repository is not None
    assert list(result.repository.indicators) == ["ekologisk-mat", "utslapp"]
    assert [g.id for g in result.repository.goals] == ["miljo"]
    assert set(result.repository.indicator_assessments) == {("ar-2022", "utslapp")}


def test_find_root_walks_up(minimal_repo: Path) -> None:
    assert find_root(minimal_repo / "data" / "indicators") == minimal_repo.resolve()


def test_find_root_fails_outside_a_repository(tmp_path: Path) -> None:
    with pytest.raises(RepositoryNotFoundError, match=r"no ambition\.yaml found"):
        find_root(tmp_path)


def test_decimal_comma_is_located_with_its_fix(minimal_repo: Path) -> None:
    replace(minimal_repo, INDICATOR, "2021: 34.5", "2021: 34,5")
    assert [rendered(d) for d in load_repository(minimal_repo).diagnostics] == [
        Diagnostic(
            INDICATOR,
            22,
            9,
            "number-format",
            "values.2021: '34,5' is not a number: it has a decimal comma",
            Severity.ERROR,
            "write 34.5",
            "values.2021",
        )
    ]


def test_unknown_key_suggests_the_nearest(minimal_repo: Path) -> None:
    replace(minimal_repo, INDICATOR, "decimals: 1", "decimal: 1")
    [found] = load_repository(minimal_repo).diagnostics
    assert (found.line, found.column, found.code, found.message_in("en"), found.hint_in("en")) == (
        5,
        1,
        "unknown-key",
        "unknown key 'decimal'",
        "did you mean 'decimals'?",
    )


def test_unknown_key_in_a_nested_list_suggests_from_that_model(minimal_repo: Path) -> None:
    replace(minimal_repo, INDICATOR, "    acceptable: 35", "    aceptable: 35")
    [found] = load_repository(minimal_repo).diagnostics
    assert (found.line, found.column, found.code, found.hint_in("en")) == (
        19,
        5,
        "unknown-key",
        "did you mean 'acceptable'?",
    )


def test_missing_key_is_reported_at_its_mapping(minimal_repo: Path) -> None:
    replace(minimal_repo, INDICATOR, "unit: procent\n", "")
    [found] = load_repository(minimal_repo).diagnostics
    assert (found.line, found.column, found.code, found.message_in("en")) == (
        2,
        1,
        "missing-key",
        "the required key 'unit' is missing",
    )


def test_invalid_choice_lists_the_allowed_values(minimal_repo: Path) -> None:
    replace(minimal_repo, INDICATOR, "direction: increase", "direction: up")
    [found] = load_repository(minimal_repo).diagnostics
    assert (found.line, found.column, found.code) == (6, 12, "invalid-choice")
    assert found.hint_in("en") == "write one of 'increase' or 'decrease'"


def test_code_written_as_a_number_loses_its_leading_zero(minimal_repo: Path) -> None:
    replace(minimal_repo, "ambition.yaml", 'code: "0999"', "code: 0999")
    [found] = load_repository(minimal_repo).diagnostics
    assert (found.path, found.line, found.column, found.code) == (
        "ambition.yaml",
        5,
        9,
        "leading-zero",
    )


def test_duplicate_key_names_both_lines(minimal_repo: Path) -> None:
    replace(minimal_repo, INDICATOR, "  2022: 36.2", "  2022: 36.2\n  2021: 35.0")
    [found] = load_repository(minimal_repo).diagnostics
    assert (found.line, found.column, found.code, found.message_in("en")) == (
        24,
        3,
        "duplicate-key",
        "the key '2021' appears twice (first at line 22)",
    )


def test_tab_indentation(minimal_repo: Path) -> None:
    replace(minimal_repo, INDICATOR, "  publisher: Ekomatcentrum", "\tpublisher: Ekomatcentrum")
    [found] = load_repository(minimal_repo).diagnostics
    assert (found.line, found.column, found.code) == (10, 1, "yaml-tab")


def test_not_utf8_points_at_the_byte(minimal_repo: Path) -> None:
    path = minimal_repo / INDICATOR
    path.write_bytes(path.read_bytes().replace(b"Ekologiska", b"Ekologiska \xe4"))
    [found] = load_repository(minimal_repo).diagnostics
    assert (found.line, found.column, found.code) == (3, 19, "not-utf8")


def test_bom_and_crlf_are_accepted(minimal_repo: Path) -> None:
    path = minimal_repo / INDICATOR
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert [rendered(d) for d in load_repository(minimal_repo).diagnostics] == []


def test_empty_file_and_list_document(minimal_repo: Path) -> None:
    (minimal_repo / INDICATOR).write_text("# bara en kommentar\n", encoding="utf-8")
    (minimal_repo / "data/indicators/utslapp.yaml").write_text("- a\n- b\n", encoding="utf-8")
    # The assessment of the now unusable indicator is not reported again.
    assert codes(minimal_repo) == [
        (INDICATOR, 1, 1, "empty-file"),
        ("data/indicators/utslapp.yaml", 1, 1, "not-a-mapping"),
    ]


def test_id_must_equal_the_file_name(minimal_repo: Path) -> None:
    replace(minimal_repo, INDICATOR, "id: ekologisk-mat", "id: eko-mat")
    assert codes(minimal_repo) == [(INDICATOR, 2, 5, "id-file-name-mismatch")]


def test_unresolved_references_suggest_the_nearest_id(minimal_repo: Path) -> None:
    replace(minimal_repo, INDICATOR, "responsible: bun", "responsible: bum")
    replace(minimal_repo, INDICATOR, "measurement_area: mat", "measurement_area: matt")
    found = load_repository(minimal_repo).diagnostics
    assert [(d.line, d.column, d.code, d.message_in("en"), d.hint_in("en")) for d in found] == [
        (7, 14, "unknown-reference", "there is no organisation 'bum'", "did you mean 'bun'?"),
        (8, 19, "unknown-reference", "there is no measurement area 'matt'", "did you mean 'mat'?"),
    ]


def test_assessment_of_an_unknown_indicator_or_period(minimal_repo: Path) -> None:
    folder = minimal_repo / "data/assessments/ar-2022/indicators"
    (folder / "utslap.yaml").write_text("status: achieved\n", encoding="utf-8")
    (minimal_repo / "data/assessments/ar-2023").mkdir()
    assert codes(minimal_repo) == [
        ("data/assessments/ar-2022/indicators/utslap.yaml", 0, 0, "unknown-reference"),
        ("data/assessments/ar-2023", 0, 0, "unknown-period"),
    ]


def test_yml_extension_and_stray_files(minimal_repo: Path) -> None:
    (minimal_repo / "data/indicators/extra.yml").write_text("id: extra\n", encoding="utf-8")
    (minimal_repo / "data/indicators/notes.txt").write_text("x", encoding="utf-8")
    result = load_repository(minimal_repo)
    assert [(d.path, d.code, d.severity) for d in result.diagnostics] == [
        ("data/indicators/extra.yml", "wrong-extension", Severity.ERROR),
        ("data/indicators/notes.txt", "unexpected-file", Severity.WARNING),
    ]


def test_target_before_baseline(minimal_repo: Path) -> None:
    replace(minimal_repo, INDICATOR, "  - year: 2022", "  - year: 2017")
    assert codes(minimal_repo) == [(INDICATOR, 16, 11, "target-before-baseline")]


def test_missing_required_file_gives_no_repository(minimal_repo: Path) -> None:
    (minimal_repo / "data/method.yaml").unlink()
    result = load_repository(minimal_repo)
    assert result.repository is None
    assert [(d.path, d.code) for d in result.diagnostics] == [("data/method.yaml", "missing-file")]


def test_all_problems_at_once_sorted_by_file_and_line(minimal_repo: Path) -> None:
    replace(minimal_repo, INDICATOR, "2022: 36.2", "2022: 36,2")
    replace(minimal_repo, INDICATOR, "decimals: 1", "decimals: many")
    replace(minimal_repo, "data/goals/miljo.yaml", "owner: ks", "owner: kss")
    assert codes(minimal_repo) == [
        ("data/goals/miljo.yaml", 6, 8, "unknown-reference"),
        (INDICATOR, 5, 11, "not-a-number"),
        (INDICATOR, 23, 9, "number-format"),
    ]


def test_a_rollup_on_a_row_no_indicator_has_is_refused_with_what_to_do(minimal_repo: Path) -> None:
    # The minimal fixture's indicators have no breakdown rows at all.
    replace(
        minimal_repo, "data/method.yaml", "  rule: share\n", "  rule: share\n  breakdown: kvinnor\n"
    )
    (found,) = load_repository(minimal_repo).diagnostics
    shown = rendered(found)
    assert (shown.path, shown.line, shown.column, shown.code) == (
        "data/method.yaml",
        found.line,
        14,
        "unknown-reference",
    )
    assert (
        minimal_repo.joinpath("data/method.yaml")
        .read_text(encoding="utf-8")
        .splitlines()[found.line - 1]
        == "  breakdown: kvinnor"
    )
    assert shown.message == "no indicator has the breakdown 'kvinnor' that the roll-up counts"
    assert shown.hint == (
        "no indicator has 'breakdowns:'; remove 'breakdown', or add the rows to the indicators"
    )
    # An unusable indicator file may hold the row: nothing is said about it then.
    replace(minimal_repo, INDICATOR, "id: ekologisk-mat", "id: [ekologisk-mat")
    assert "unknown-reference" not in [d.code for d in load_repository(minimal_repo).diagnostics]
