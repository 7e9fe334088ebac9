"""The event scan: what it finds suspect, and the cheap search that decides whether to scan."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ambition.yaml.scan import is_yaml11_trap, may_hold_findings, scan_text


def test_scan_finds_refused_and_ambiguous_values() -> None:
    scan = scan_text("%YAML 1.1\n---\na: &x yes\nb: *x\n<<:\n  c: 1:30\nd: !t 010\ne: 07\n")
    assert [(f.kind, f.line, f.column, f.text, f.path) for f in scan.findings] == [
        ("version", 0, 0, "1.1", ()),
        ("anchor", 2, 3, "x", ("a",)),
        ("boolean", 2, 3, "yes", ("a",)),  # a node starts at its anchor
        ("alias", 3, 3, "x", ("b",)),
        ("merge", 4, 0, "<<", ("<<",)),
        ("sexagesimal", 5, 5, "1:30", ("<<", "c")),
        ("tag", 6, 3, "!t", ("d",)),
        ("leading-zero", 6, 3, "010", ("d",)),
    ]
    assert scan.refused


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab:- \n'\"&*!%<>[]{},#0123456789.ynoYNOf\t?|_+")),
        max_size=60,
    )
)
def test_the_cheap_search_never_misses_what_the_scan_finds(text: str) -> None:
    if scan_text(text).findings:
        assert may_hold_findings(text), text


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("no", True),
        ("On", True),
        ("1:30", True),
        ("010", True),
        ("-08", True),
        ("07", False),  # the same number to YAML 1.1 and 1.2
        ("nope", False),
        ("1:60", False),
        ("2020", False),
    ],
)
def test_the_fast_path_is_told_of_the_values_the_scan_notes(text: str, trap: bool) -> None:
    assert is_yaml11_trap(text) is trap
    kinds = {f.kind for f in scan_text(f"a: {text}\n").findings}
    assert bool(kinds & {"boolean", "sexagesimal", "leading-zero"}) is trap
