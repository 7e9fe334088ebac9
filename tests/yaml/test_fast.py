"""The fast path builds exactly the safe loader's document, or leaves the file to it.

Compared on every YAML file of the project (the real data, the fixtures, the corpus of broken
files) and on random scalars and documents; the flags that spare the event scan and the
document check are compared with what the scan and the check find.
"""

import copy
import string
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from ambition.yaml import fast as fast_yaml
from ambition.yaml.parse import check_document, parse, safe_loader
from ambition.yaml.positions import SourceFile
from ambition.yaml.scan import is_yaml11_trap, scan_text

PROJECT = Path(__file__).parents[2]
FILES = sorted(
    {
        *PROJECT.glob("ambition.yaml"),
        *(PROJECT / "data").rglob("*.yaml"),
        *(PROJECT / "tests" / "fixtures").rglob("*.yaml"),
        *(p for p in (PROJECT / "tests" / "corpus").rglob("*") if p.is_file()),
    }
)


def stock(text: str) -> tuple[Any, BaseException | None]:
    """What the stock C-backed safe loader makes of ``text``: a document or an exception."""
    loader = safe_loader()
    try:
        return loader.load(text), None
    except Exception as error:  # every way the stock loader can fail
        return None, error


def assert_same(text: str) -> fast_yaml.Loaded | None:
    """The fast path gives the stock document (equal, and of the same types) or gives up."""
    loaded = fast_yaml.load(text, is_yaml11_trap)
    expected, error = stock(text)
    if isinstance(loaded, fast_yaml.Loaded):
        assert error is None, f"the stock loader fails ({error!r}), the fast path does not"
        assert loaded.document == expected
        assert repr(loaded.document) == repr(expected)  # 1 is not 1.0, True is not 1
        return loaded
    return None


def assert_flags_sound(text: str, loaded: fast_yaml.Loaded) -> None:
    """No ambiguity the scan would find goes unflagged; no document check is skipped that would
    find or change something."""
    scan = scan_text(text)
    ambiguities = [f for f in scan.findings if f.kind in {"boolean", "sexagesimal", "leading-zero"}]
    if ambiguities:
        assert loaded.ambiguous
    if not loaded.check and isinstance(loaded.document, dict):
        document = copy.deepcopy(loaded.document)
        assert check_document(SourceFile("x.yaml", text), document) == []
        assert repr(document) == repr(loaded.document)


def read(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


@pytest.mark.parametrize("path", FILES, ids=[p.relative_to(PROJECT).as_posix() for p in FILES])
def test_project_files_read_the_same(path: Path) -> None:
    text = read(path)
    if text is None:
        pytest.skip("not UTF-8 (an encoding case of the corpus)")
    loaded = assert_same(text)
    if loaded is not None:
        assert_flags_sound(text, loaded)


def test_the_real_data_takes_the_fast_path() -> None:
    real = [p for p in FILES if p.is_relative_to(PROJECT / "data")]
    assert real
    for path in real:
        assert isinstance(
            fast_yaml.load(path.read_text(encoding="utf-8"), is_yaml11_trap), fast_yaml.Loaded
        )


@pytest.mark.parametrize(
    "text",
    [
        "a: 010\nb: 0o17\nc: 0x1F\nd: 0b101\ne: 1_000\nf: -0\ng: +5\n",
        "a: .inf\nb: -.Inf\nc: .NaN\nd: 1e3\ne: 1.\nf: .5\ng: -1.5e-3\nh: 1e999\n",
        "a: true\nb: True\nc: FALSE\nd: yes\ne: no\nf: on\ng: n\n",
        "a: ~\nb: null\nc: Null\nd:\ne: ''\nf: None\n",
        "a: 2023-02-30\nb: 2023-2-3\nc: '2023-01-01'\nd: 0001-01-01\ne: 2023-01-01T10:00:00Z\n",
        "a: 1:30\nb: 190:20:30\nc: '1:30'\n",
        "v:\n  2020: 1\n  '2020': 2\n",
        "1: a\n1.0: b\n",  # a duplicate once read: the stock loader reports it
        "? [a, b]\n: c\n",  # a complex key
        "a: &x 1\nb: *x\n",
        "<<: {a: 1}\n",
        "a: !!str 1\n",
        "%YAML 1.1\n---\na: no\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\na: 2\n",
        "- a\n- b: [1, {c: d}]\n",
        "just text\n",
        "",
        "# only a comment\n",
        "a: [1, 2\n",
        "a:\n\tb: 1\n",
        "=: 1\n",
        "a: =\n",
        "x: " + "[" * 60 + "]" * 60 + "\n",
        ".nan: 1\n.nan: 2\n",
        "~: 1\nnull: 2\n",
        "inf: 1\n.inf: 2\n",
    ],
)
def test_edge_cases_read_the_same(text: str) -> None:
    loaded = assert_same(text)
    if loaded is not None:
        assert_flags_sound(text, loaded)


@pytest.mark.parametrize(
    "text",
    ["a: &x 1\nb: *x\n", "<<: {a: 1}\n", "a: !!str 1\n", "%YAML 1.1\n---\na: 1\n", "a: 1\na: 2\n"],
)
def test_what_the_fast_path_leaves_to_the_stock_loader(text: str) -> None:
    assert fast_yaml.load(text, is_yaml11_trap) is fast_yaml.UNSUPPORTED


SCALAR_CHARACTERS = string.digits + "+-._:eExXoObB~ tTrRuUfFaAlLsSnNiIyY'\"#,"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=SCALAR_CHARACTERS, max_size=12))
def test_random_scalars_read_the_same(scalar: str) -> None:
    for text in (f"a: {scalar}\n", f"- {scalar}\n", f"{scalar}: 1\n", f"[{scalar}]\n"):
        loaded = assert_same(text)
        if loaded is not None:
            assert_flags_sound(text, loaded)


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(alphabet=SCALAR_CHARACTERS + "åäö ", max_size=8),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.text(alphabet=string.ascii_lowercase + "0123456789", max_size=5),
                children,
                max_size=4,
            )
        ),
        max_leaves=20,
    )
)
def test_random_documents_read_the_same(document: Any) -> None:
    dumper = YAML(typ="safe", pure=True)
    dumper.default_flow_style = False
    stream = StringIO()
    dumper.dump({"root": document}, stream)
    text = stream.getvalue()
    loaded = assert_same(text)
    if loaded is not None:
        assert_flags_sound(text, loaded)


def test_parse_of_a_clean_file_skips_the_scan_and_the_check() -> None:
    source = SourceFile("data/x.yaml", "id: x\nvalues:\n  2020: 1.5\n")
    document, found = parse(source)
    assert document == {"id": "x", "values": {2020: 1.5}}
    assert found == []
    assert not source.scanned  # positions are found only when a diagnostic needs them
