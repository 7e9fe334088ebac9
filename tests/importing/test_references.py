"""The text edit of a reference import: only the series and years that change are touched.

The property test builds random valid indicator files (comments inside and around the
``references:`` block, indentation 2 or 4, LF or CRLF, a byte-order mark, other keys after the
block) and checks, for random series to set, that the result validates, reads back as the old
series with the new ones set, keeps every original line that holds no value it sets, and that
a second edit changes nothing.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ambition import layout
from ambition.importing.problems import ImportRefused
from ambition.importing.references import SeriesEdit, set_references
from ambition.importing.values import number_text
from ambition.loading.file import load_file
from ambition.models import Indicator
from tests.importing.test_values import HEAD

RELPATH = "data/indicators/folkmangd.yaml"


def edit(text: str, *edits: SeriesEdit) -> str:
    return set_references(text.encode("utf-8"), list(edits), RELPATH).decode("utf-8")


def test_a_missing_block_is_appended_with_name_source_and_values() -> None:
    text = HEAD + "values:\n  2022: 14854  # SCB\n"
    riket = SeriesEdit("riket", "Riket", "Kolada N01951", {2022: 10521556, 2021: 10452326})
    assert edit(text, riket) == text + (
        "references:\n"
        "  riket:\n"
        '    name: "Riket"\n'
        '    source: "Kolada N01951"\n'
        "    values:\n"
        "      2021: 10452326\n"
        "      2022: 10521556\n"
    )


def test_a_year_is_added_in_order_and_a_correction_replaces_only_the_number() -> None:
    text = (
        HEAD
        + "references:\n"
        + "    riket:   # landet\n"
        + "        name: Hela landet  # as the person wrote it\n"
        + "        values:\n"
        + "            2020: 22.6   # prel.\n"
        + "            2022: 21\n"
        + "    # the neighbours later\n"
        + "series_breaks: {}\n"
    )
    result = edit(
        text, SeriesEdit("riket", "Riket", "Kolada", {2020: 22.62, 2021: 21.98, 2022: 21})
    )
    assert result == text.replace("2020: 22.6   # prel.", "2020: 22.62   # prel.").replace(
        "            2022: 21\n", "            2021: 21.98\n            2022: 21\n"
    )


def test_a_new_series_and_a_group_go_after_the_last_series() -> None:
    text = HEAD + "references:\n  riket:\n    name: Riket\n    values:\n      2022: 22\n"
    result = edit(
        text,
        SeriesEdit("riket", "Riket", None, {2022: 22}),
        SeriesEdit("aneby", "Aneby", "Kolada N00957", {2022: 26.1}),
        SeriesEdit("grannar", "Grannkommunerna", members=("aneby",)),
    )
    assert result == text + (
        '  aneby:\n    name: "Aneby"\n    source: "Kolada N00957"\n    values:\n'
        '      2022: 26.1\n  grannar:\n    name: "Grannkommunerna"\n    members: [aneby]\n'
    )
    assert edit(result, SeriesEdit("grannar", "G", members=("aneby",))) == result
    grown = edit(result, SeriesEdit("grannar", "G", members=("aneby", "riket")))
    assert grown == result.replace("members: [aneby]", "members: [aneby, riket]")


def test_crlf_and_a_byte_order_mark_are_kept() -> None:
    text = "\ufeff" + (HEAD + "references:\n  riket:\n    name: R\n    values:\n      2021: 1\n")
    text = text.replace("\n", "\r\n")
    result = set_references(
        text.encode("utf-8"), [SeriesEdit("riket", "R", None, {2022: 2})], RELPATH
    )
    assert (
        result == text.replace("      2021: 1\r\n", "      2021: 1\r\n      2022: 2\r\n").encode()
    )


@pytest.mark.parametrize(
    ("block", "line", "message"),
    [
        (
            "references: {riket: {name: R}}\n",
            13,
            "'references:' is not written as one series per line; write it as a block "
            "('references:' and under it '  riket:' …) so series can be added to it",
        ),
        (
            "references:\n  riket: {name: R, values: {2021: 1}}\n",
            14,
            "the reference 'riket' is not written as 'name:', 'values:' lines; write it as a "
            "block so its values can be set",
        ),
        (
            "references:\n  riket:\n    name: R\n    values: {2021: 1}\n",
            16,
            "the values of 'riket' are not written one year per line; write them so "
            "('  2022: 25.1'), and they can be added to",
        ),
    ],
)
def test_a_block_that_cannot_be_edited_safely_is_refused_with_its_line(
    block: str, line: int, message: str
) -> None:
    with pytest.raises(ImportRefused) as refused:
        edit(HEAD + block, SeriesEdit("riket", "R", None, {2022: 2}))
    assert [(p.where, p.message.render("en")) for p in refused.value.problems] == [
        (f"{RELPATH}:{line}", message)
    ]


series = st.dictionaries(
    st.integers(1990, 2030),
    st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: round(v, 3)),
    min_size=1,
    max_size=5,
)
comment = st.sampled_from(["", "  # Kolada", " #x"])
IDS = ("riket", "aneby", "jonkopings-lan")


@st.composite
def indicator_files(draw: st.DrawFn) -> tuple[str, dict[str, dict[int, float]]]:
    step = " " * draw(st.sampled_from([2, 4]))
    stored = draw(st.dictionaries(st.sampled_from(IDS), series, max_size=3))
    lines = HEAD.replace("  ", step).splitlines()
    if stored:
        lines.append("references:" + draw(comment))
        for ref_id, values in stored.items():
            if draw(st.booleans()):
                lines.append(draw(st.sampled_from([f"{step}# om {ref_id}", "", "# vid kanten"])))
            lines += [f"{step}{ref_id}:{draw(comment)}", f"{step * 2}name: {ref_id.title()}"]
            lines.append(f"{step * 2}values:")
            for year, value in values.items():
                lines.append(f"{step * 3}{year}: {number_text(value)}{draw(comment)}")
    if draw(st.booleans()):
        lines += ["# efter jämförelserna", "series_breaks:", f"{step}2015: ny definition"]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(lines) + (newline if draw(st.booleans()) else "")
    return ("\ufeff" if draw(st.booleans()) else "") + text, stored


@settings(max_examples=150, deadline=None)
@given(indicator_files(), st.dictionaries(st.sampled_from(IDS), series, min_size=1))
def test_an_import_changes_no_byte_outside_the_series_it_writes(
    original: tuple[str, dict[str, dict[int, float]]], new: dict[str, dict[int, float]]
) -> None:
    text, stored = original
    edits = [SeriesEdit(ref_id, ref_id.title(), None, values) for ref_id, values in new.items()]
    result = set_references(text.encode("utf-8"), edits, RELPATH)
    loaded = load_file(result, RELPATH, layout.INDICATOR)
    assert [d for d in loaded.diagnostics if d.severity == "error"] == []
    assert isinstance(loaded.model, Indicator)
    got = {ref_id: dict(ref.values) for ref_id, ref in loaded.model.references.items()}
    expected = {ref_id: dict(values) for ref_id, values in stored.items()}
    for ref_id, values in new.items():
        expected[ref_id] = {**expected.get(ref_id, {}), **values}
    assert got == {ref_id: dict(sorted(values.items())) for ref_id, values in expected.items()}
    first = load_file(text.encode("utf-8"), RELPATH, layout.INDICATOR)
    assert isinstance(first.model, Indicator)
    assert loaded.model.model_dump(exclude={"references"}) == first.model.model_dump(
        exclude={"references"}
    )
    # Every original line that sets no year of a series written is still there, in order.
    written = {f"{year}:" for values in new.values() for year in values}
    before = [
        line.rstrip("\r\n")
        for line in text.splitlines(keepends=True)
        if not any(line.strip().startswith(y) for y in written)
    ]
    after = [line.rstrip("\r\n") for line in result.decode("utf-8").splitlines(keepends=True)]
    iterator = iter(after)
    assert all(any(line == other for other in iterator) for line in before)
    assert set_references(result, edits, RELPATH) == result


def test_members_not_on_one_line_are_refused_and_a_missing_values_key_is_added() -> None:
    block = "references:\n  g:\n    name: G\n    members:\n      - a\n"
    with pytest.raises(ImportRefused) as refused:
        edit(HEAD + block, SeriesEdit("g", "G", members=("a", "b")))
    assert [p.format() for p in refused.value.problems] == [
        f"{RELPATH}:16: the members of 'g' are not one list on one line ('members: [aneby, "
        "gnosjo]'); write them so, and they can be updated"
    ]
    text = HEAD + "references:\n  riket:\n    name: Riket\n"
    assert edit(text, SeriesEdit("riket", "Riket", None, {2022: 22})) == (
        text + "    values:\n      2022: 22\n"
    )
