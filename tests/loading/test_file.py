"""One file as a pure function of its bytes, path and kind, and its stored form."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ambition import layout
from ambition.loading.file import FileResult, load_file, restore, unreadable
from ambition.models import Indicator
from tests.conftest import MINIMAL, PROJECT

INDICATOR = MINIMAL / "data/indicators/ekologisk-mat.yaml"


def same(a: FileResult, b: FileResult) -> None:
    """The same findings, model (and which fields were set) and text."""
    assert a.diagnostics == b.diagnostics
    assert a.model == b.model
    if a.model is not None and b.model is not None:
        assert a.model.model_fields_set == b.model.model_fields_set
    assert (a.source.text if a.source else None) == (b.source.text if b.source else None)


def test_a_valid_file_gives_its_model_and_no_findings() -> None:
    result = load_file(
        INDICATOR.read_bytes(), layout.INDICATOR.path("ekologisk-mat"), layout.INDICATOR
    )
    assert isinstance(result.model, Indicator)
    assert result.model.values[2022] == 36.2  # as written in the fixture
    assert result.diagnostics == ()
    assert (
        result.source is not None and result.source.relpath == "data/indicators/ekologisk-mat.yaml"
    )


def test_the_same_bytes_give_the_same_result() -> None:
    raw = INDICATOR.read_bytes()
    same(
        load_file(raw, "data/indicators/x.yaml", layout.INDICATOR),
        load_file(raw, "data/indicators/x.yaml", layout.INDICATOR),
    )


def test_undecodable_bytes_leave_no_source_and_no_model() -> None:
    result = load_file(b"id: m\xe5l\n", "data/goals/mal.yaml", layout.GOAL)
    assert (result.source, result.model) == (None, None)
    assert [d.code for d in result.diagnostics] == ["not-utf8"]
    assert result.diagnostics[0].location == "data/goals/mal.yaml:1:6"


def test_comments_only_is_an_assessment_not_yet_written_but_an_empty_goal() -> None:
    text = b"# yaml-language-server: $schema=../../../../schemas/goal-assessment.schema.json\n"
    assessment = load_file(text, "data/assessments/p/goals/g.yaml", layout.GOAL_ASSESSMENT)
    assert assessment.model is not None and assessment.diagnostics == ()
    goal = load_file(text, "data/goals/g.yaml", layout.GOAL)
    assert goal.model is None
    assert [d.code for d in goal.diagnostics] == ["empty-file"]


def test_a_value_found_before_the_model_keeps_the_model_out() -> None:
    raw = INDICATOR.read_bytes().replace(b"2022: 36.2", b"2022: .nan")
    result = load_file(raw, "data/indicators/ekologisk-mat.yaml", layout.INDICATOR)
    assert result.model is None
    assert [d.code for d in result.diagnostics] == ["not-finite"]


def test_an_unreadable_file_is_reported_about_the_whole_file() -> None:
    result = unreadable("data/goals/g.yaml", layout.GOAL, PermissionError(13, "Permission denied"))
    (found,) = result.diagnostics
    assert (found.code, found.line, found.column) == ("unreadable-file", 0, 0)
    assert found.message_in("en") == "cannot read the file: permission denied"
    assert found.message_in("sv").endswith(": behörighet saknas")


def test_every_shipped_file_restores_from_its_stored_form() -> None:
    for root in (PROJECT, MINIMAL):
        for path in [root / "ambition.yaml", *(root / "data").rglob("*.yaml")]:
            relpath = path.relative_to(root).as_posix()
            kind = layout.kind_of(relpath)
            if kind is None:
                continue
            raw = path.read_bytes()
            result = load_file(raw, relpath, kind)
            stored = result.stored()
            assert stored is not None, relpath
            restored = restore(stored, raw, relpath, kind)
            assert restored is not None, relpath
            same(restored, result)


def test_a_damaged_stored_form_is_not_restored() -> None:
    raw = INDICATOR.read_bytes()
    stored = load_file(raw, "data/indicators/ekologisk-mat.yaml", layout.INDICATOR).stored()
    assert stored is not None
    broken = type(stored)(stored.diagnostics, stored.has_source, '{"id": 1}')
    assert restore(broken, raw, "data/indicators/ekologisk-mat.yaml", layout.INDICATOR) is None
    assert stored.checksum(b"a") != stored.checksum(b"b")


LINES = st.sampled_from(
    [
        "id: ekologisk-mat",
        "title: Ekologiska livsmedel",
        "unit: procent",
        "decimals: 1",
        "decimals: true",
        "direction: increase",
        "direction: up",
        "responsible: bun",
        "measurement_area: mat",
        "values:",
        "  2021: 34.5",
        "  2022: '36'",
        "  2022: 1_234",
        "  1899: 3",
        "  - 3",
        "note: [unclosed",
        "# a comment",
        "",
        "\tindented: x",
        "key: no",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINES, max_size=12))
def test_any_file_restores_to_the_same_result(lines: list[str]) -> None:
    """Whatever an officer types, the cache gives back exactly what loading gave."""
    raw = "\n".join(lines).encode()
    relpath = "data/indicators/ekologisk-mat.yaml"
    result = load_file(raw, relpath, layout.INDICATOR)
    stored = result.stored()
    if stored is None:  # a model that would not read back equal is never stored
        return
    restored = restore(stored, raw, relpath, layout.INDICATOR)
    assert restored is not None
    same(restored, result)


def test_files_are_read_by_the_caller_not_by_load_file(tmp_path: Path) -> None:
    """load_file takes bytes: the file may be gone by then, and the result is the same."""
    path = tmp_path / "x.yaml"
    path.write_bytes(INDICATOR.read_bytes())
    raw = path.read_bytes()
    path.unlink()
    assert load_file(raw, "data/indicators/ekologisk-mat.yaml", layout.INDICATOR).model is not None


def test_an_emptied_assessment_is_a_warning_that_names_it() -> None:
    """Issue 17 item 7: an assessment with nothing in it (no field, no comment) is a warning;
    the scaffold's comment-only file is an empty assessment without a word."""
    relpath = "data/assessments/ar-2022/indicators/utslapp.yaml"
    kind = layout.INDICATOR_ASSESSMENT
    for emptied in (b"", b"\n\n", b"  \r\n"):
        result = load_file(emptied, relpath, kind)
        assert [d.format("en") for d in result.diagnostics] == [
            f"{relpath}: empty-assessment (warning): the assessment {relpath} is empty: no "
            "assessment, analysis or comment — write the assessment, or delete the file; "
            "`ambition assess` starts one with its fields as comments"
        ]
        assert result.diagnostics[0].severity.value == "warning"
    scaffold = load_file(b"# status: \n# analysis: \n", relpath, kind)
    assert scaffold.diagnostics == ()
    assert scaffold.model is not None


def test_an_empty_value_is_told_to_be_written_or_deleted_as_the_key_allows() -> None:
    # 'unit' is required: deleting the line would only give missing-key; 'decimals' has a
    # default (1), so its line may go.
    raw = INDICATOR.read_text(encoding="utf-8")
    emptied = raw.replace("unit: procent\n", "unit:\n").replace("decimals: 1\n", "decimals:\n")
    result = load_file(emptied.encode(), "data/indicators/ekologisk-mat.yaml", layout.INDICATOR)
    found = {d.yaml_path: d.hint_in("sv") for d in result.diagnostics}
    assert found == {
        "unit": "skriv värdet efter kolonet; nyckeln är obligatorisk",
        "decimals": "skriv värdet efter kolonet, eller ta bort raden om den inte behövs",
    }
