"""The write-back into breakdown rows (importing/breakdowns.py): exact bytes for each shape a
file may have, and properties (hypothesis): every other byte kept, the values read back, a
second run changes nothing."""

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from ambition.importing.breakdowns import set_breakdown_values
from ambition.importing.problems import ImportRefused
from ambition.models import Marker, ValueEntry
from tests.conftest import MINIMAL

BASE = (MINIMAL / "data/indicators/ekologisk-mat.yaml").read_text(encoding="utf-8")
ROWS = """breakdowns:  # Könsuppdelat, Kolada K och M
  kvinnor:
    title: Kvinnor
    # Värden från Kolada
    values:
      2018: 31.0   # första året
      2021: 38.0
  egen:
    title: Norra delen
"""


def test_a_new_row_and_a_new_block_are_added_at_their_ends() -> None:
    first = set_breakdown_values(BASE.encode(), "man", "Män", {2022: 30.0}, "x.yaml")
    assert first.decode() == BASE + (
        'breakdowns:\n  man:\n    title: "Män"\n    values:\n      2022: 30\n'
    )
    second = set_breakdown_values((BASE + ROWS).encode(), "man", "Män", {2022: 30.0}, "x.yaml")
    assert (
        second.decode() == BASE + ROWS + '  man:\n    title: "Män"\n    values:\n      2022: 30\n'
    )


def test_a_row_s_years_are_set_in_place_with_comments_kept() -> None:
    text = BASE + ROWS
    edited = set_breakdown_values(
        text.encode(),
        "kvinnor",
        "Kvinnor",
        {2018: 31.5, 2022: ValueEntry(value=41.0, preliminary=True)},
        "x.yaml",
    ).decode()
    assert edited == text.replace(
        "2018: 31.0   # första året", "2018: 31.5   # första året"
    ).replace(
        "      2021: 38.0\n", "      2021: 38.0\n      2022: {value: 41, preliminary: true}\n"
    )
    own = set_breakdown_values(
        text.encode(), "egen", "Norra delen", {2020: ValueEntry(marker=Marker.CONFIDENTIAL)}, "x"
    ).decode()
    assert own.endswith("    title: Norra delen\n    values:\n      2020: {marker: confidential}\n")


def test_a_block_on_one_line_is_refused_with_its_line() -> None:
    text = BASE + "breakdowns: {kvinnor: {title: Kvinnor}}\n"
    with pytest.raises(ImportRefused) as refused:
        set_breakdown_values(text.encode(), "kvinnor", "Kvinnor", {2022: 1.0}, "x.yaml")
    line = text.count("\n")
    assert [p.format() for p in refused.value.problems] == [
        f"x.yaml:{line}: 'breakdowns' is written on one line ('breakdowns: {{…}}'); write one "
        "key per line so values can be added to it"
    ]


entries = st.one_of(
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda v: round(v, 3)),
    st.builds(
        lambda v: ValueEntry(value=round(v, 3), preliminary=True),
        st.floats(min_value=0, max_value=1e4, allow_nan=False),
    ),
    st.sampled_from([ValueEntry(marker=m) for m in Marker]),
)


def _read(text: str) -> Any:
    return YAML(typ="safe").load(text)


def _as_entry(raw: Any) -> Any:
    return ValueEntry.model_validate(raw) if isinstance(raw, dict) else float(raw)


@settings(max_examples=150, deadline=None)
@given(
    st.booleans(),
    st.sampled_from(["kvinnor", "man", "egen"]),
    st.dictionaries(st.integers(2010, 2030), entries, min_size=1, max_size=6),
    st.sampled_from(["\n", "\r\n"]),
)
def test_write_back_is_lossless_exact_and_idempotent(
    with_rows: bool, row: str, values: dict[int, Any], newline: str
) -> None:
    text = (BASE + (ROWS if with_rows else "")).replace("\n", newline)
    edited = set_breakdown_values(text.encode(), row, "Rad", values, "x.yaml")
    assert set_breakdown_values(edited, row, "Rad", values, "x.yaml") == edited
    new = edited.decode()
    before, after = _read(text), _read(new)
    # Everything outside the row is as it was, and the row holds the old years with the new.
    assert {k: v for k, v in after.items() if k != "breakdowns"} == {
        k: v for k, v in before.items() if k != "breakdowns"
    }
    old_rows = (before.get("breakdowns") or {}) if with_rows else {}
    for name, content in after["breakdowns"].items():
        if name != row:
            assert content == old_rows[name]
    stored = {y: _as_entry(v) for y, v in (old_rows.get(row, {}).get("values") or {}).items()}
    got = {y: _as_entry(v) for y, v in after["breakdowns"][row]["values"].items()}
    assert got == {
        **stored,
        **{y: _as_entry(v) if isinstance(v, dict) else v for y, v in values.items()},
    }
    # Lossless: every line of the old text is still there, in order, unless its year changed.
    changed = {f"{y}:" for y in values}
    old_lines = [line for line in text.split(newline) if line.strip()[:5] not in changed]
    remaining = iter(new.split(newline))
    assert all(any(line == later for later in remaining) for line in old_lines)
