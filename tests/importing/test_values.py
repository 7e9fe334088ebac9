"""The text edit of an import: only the years that change are touched, every other byte kept.

The property test builds random valid indicator files (comments, blank lines, indentation,
quoting of years, LF or CRLF, a byte-order mark, trailing comments) around a values block and
checks, for random values to set, that the result validates, reads back as the old values with
the new ones set, and differs from the original only in the lines of the years set.
"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ambition import layout
from ambition.importing.problems import ImportRefused
from ambition.importing.values import number_text, set_values
from ambition.loading.file import load_file
from ambition.models import Indicator

HEAD = """# yaml-language-server: $schema=../../schemas/indicator.schema.json
# Folkmängden i kommunen vid årets slut.
id: folkmangd
title: Antal invånare
unit: antal invånare
decimals: 0
direction: increase
responsible: kommunstyrelsen
measurement_area: hallbar-tillvaxt
source:
  publisher: SCB
  kolada_kpi: N01951
"""


def edit(text: str, values: dict[int, float]) -> str:
    return set_values(text.encode("utf-8"), values, "data/indicators/folkmangd.yaml").decode()


def test_a_new_year_goes_right_after_the_one_before_it_with_the_block_s_indent() -> None:
    # Vaggeryd's population 2021 and 2022 (Kolada N01951, data/sources/kolada-goal1-…csv).
    text = HEAD + "values:\n    2019: 14275  # SCB\n    # 2020 saknas\n    2022: 14854\nnote: x\n"
    assert edit(text, {2021: 14746.0, 2023: 14900.0}) == HEAD + (
        "values:\n    2019: 14275  # SCB\n    2021: 14746\n    # 2020 saknas\n    2022: 14854\n"
        "    2023: 14900\nnote: x\n"
    )


def test_a_correction_replaces_only_the_number_keeping_quotes_and_comment() -> None:
    text = HEAD + "values:\n  '2020':   24.6   # avrundat\n  2021: 24.43\n"
    assert edit(text, {2020: 24.65051206}) == HEAD + (
        "values:\n  '2020':   24.65051206   # avrundat\n  2021: 24.43\n"
    )


def test_an_equal_value_written_otherwise_is_left_as_it_is() -> None:
    text = HEAD + "values:\n  2022: 14854.0\n"
    assert edit(text, {2022: 14854.0}) == text


def test_a_year_before_every_other_goes_first_and_a_missing_block_is_added() -> None:
    assert (
        edit(HEAD + "values:\n  2019: 1\n", {2018: 2.5})
        == HEAD + "values:\n  2018: 2.5\n  2019: 1\n"
    )
    assert edit(HEAD.rstrip("\n"), {2022: 3.0}) == HEAD + "values:\n  2022: 3\n"
    assert edit(HEAD + "values: {}  # tom\n", {2022: 3.0}) == HEAD + "values:  # tom\n  2022: 3\n"


def test_crlf_and_a_byte_order_mark_are_kept() -> None:
    text = "\ufeff" + (HEAD + "values:\n  2019: 1\n").replace("\n", "\r\n")
    assert edit(text, {2020: 2.0}) == "\ufeff" + (HEAD + "values:\n  2019: 1\n  2020: 2\n").replace(
        "\n", "\r\n"
    )


@pytest.mark.parametrize(
    ("block", "line", "message"),
    [
        (
            "values: {2019: 1}\n",
            13,
            "the values are written on one line ('values: {…}'); write one year per line "
            "('  2022: 14854') so they can be added to",
        ),
        (
            "values:\n  2019: 1\n    2020: 2\n",
            15,
            "this line of 'values:' is not 'YEAR: NUMBER' at the block's indent",
        ),
        ("values:\n  2019: 1\n  2019: 2\n", 15, "the year 2019 is written twice"),
        ("values: {} x\n", 13, "unexpected text after 'values: {}'"),
    ],
)
def test_a_block_that_cannot_be_edited_safely_is_refused_with_its_line(
    block: str, line: int, message: str
) -> None:
    with pytest.raises(ImportRefused) as refused:
        edit(HEAD + block, {2021: 1.0})
    [problem] = refused.value.problems
    assert (problem.where, problem.message.render("en")) == (
        f"data/indicators/folkmangd.yaml:{line}",
        message,
    )


def test_numbers_are_plain_decimals_with_up_to_ten_places() -> None:
    assert [number_text(v) for v in (14854.0, 24.65051206, 1e-7, 2.5e6)] == [
        "14854",
        "24.65051206",
        "0.0000001",
        "2500000",
    ]


values_strategy = st.dictionaries(
    st.integers(1990, 2030),
    st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: round(v, 3)),
    max_size=8,
)
comment = st.sampled_from(["", "  # källa: SCB", " #x", "  # 2020: 5 är fel"])


@st.composite
def indicator_files(draw: st.DrawFn) -> tuple[str, dict[int, float]]:
    indent = " " * draw(st.sampled_from([2, 4]))
    stored = draw(values_strategy)
    lines = HEAD.replace("  ", indent).splitlines()
    if draw(st.booleans()):
        lines.insert(1, "# en kommentar högst upp")
    body = []
    for year, value in draw(st.permutations(list(stored.items()))) if stored else []:
        if draw(st.booleans()):
            body.append(draw(st.sampled_from([f"{indent}# om {year}", "", "# vid kanten"])))
        # A year in quotes is text, which validation refuses (issue 17), so valid files have none.
        body.append(f"{indent}{year}: {number_text(value)}{draw(comment)}")
    if stored:
        lines += ["values:" + draw(comment), *body]
    elif draw(st.booleans()):
        lines.append("values: {}" + draw(comment))
    if draw(st.booleans()):
        lines += ["# efter värdena", "series_breaks:", f"{indent}2015: ny definition"]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(lines) + (newline if draw(st.booleans()) else "")
    return ("\ufeff" if draw(st.booleans()) else "") + text, stored


@settings(max_examples=150, deadline=None)
@given(indicator_files(), values_strategy)
def test_an_import_changes_no_byte_outside_the_values_it_writes(
    original: tuple[str, dict[int, float]], new: dict[int, float]
) -> None:
    text, stored = original
    result = set_values(text.encode("utf-8"), new, "data/indicators/folkmangd.yaml")
    loaded = load_file(result, "data/indicators/folkmangd.yaml", layout.INDICATOR)
    assert [d for d in loaded.diagnostics if d.severity == "error"] == []
    assert isinstance(loaded.model, Indicator)
    assert loaded.model.values == {**stored, **new}
    first = load_file(text.encode("utf-8"), "data/indicators/folkmangd.yaml", layout.INDICATOR)
    assert isinstance(first.model, Indicator)
    assert loaded.model.model_dump(exclude={"values"}) == first.model.model_dump(exclude={"values"})
    # Line by line: the original's lines in order, but for the years set.
    before = text.splitlines(keepends=True)
    after = result.decode("utf-8").splitlines(keepends=True)

    def untouched(line: str) -> bool:
        # The key line itself changes when it was 'values: {}' or missing.
        key = line.split(":")[0]
        return key.lstrip("\ufeff") != "values" and not any(str(y) in key for y in new)

    kept = [line for line in after if untouched(line)]
    unchanged = [line for line in before if untouched(line)]
    # Exactly, line endings too; only a last line without one may have gained one.
    assert kept[:-1] == unchanged[:-1]
    assert [line.rstrip("\r\n") for line in kept[-1:]] == [
        line.rstrip("\r\n") for line in unchanged[-1:]
    ]
    assert set_values(result, new, "data/indicators/folkmangd.yaml") == result


def test_the_shipped_indicator_files_take_their_own_values_unchanged() -> None:
    for path in sorted(Path("data/indicators").glob("*.yaml")):
        raw = path.read_bytes()
        model = load_file(raw, f"data/indicators/{path.name}", layout.INDICATOR).model
        assert isinstance(model, Indicator)
        assert set_values(raw, dict(model.values), str(path)) == raw, path
