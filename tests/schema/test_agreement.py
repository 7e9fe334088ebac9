"""Schema and validator agree (issue 17 item 3): every data file of the corpus and of the
shipped data, through the exported JSON Schemas (jsonschema, draft-07, formats checked) and
through ``load_file``. Where a schema refuses a file, ``validate`` does too; where only
``validate`` refuses it, every error is one of the checks no schema can express, as listed in
docs/diagnostics.md under "What the JSON Schemas cannot check"."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from ambition.diagnostics import Severity
from ambition.loading.discover import discover
from ambition.loading.file import load_file
from ambition.yaml.decode import decode_source
from ambition.yaml.parse import parse

PROJECT = Path(__file__).parents[2]
CORPUS = PROJECT / "tests/corpus"
SECTION = "## What the JSON Schemas cannot check"


def beyond_schemas() -> set[str]:
    """The codes listed in the section of docs/diagnostics.md, as `code` at a line's start."""
    text = (PROJECT / "docs/diagnostics.md").read_text(encoding="utf-8")
    section = text[text.index(SECTION) :].split("\n## ", 1)[0]
    bullets = [line for line in section.splitlines() if line.startswith("- ")]
    return {code for line in bullets for code in re.findall(r"`([a-z0-9-]+)`", line)}


def validator(kind: str) -> Draft7Validator:
    schema = json.loads((PROJECT / "schemas" / f"{kind}.schema.json").read_text("utf-8"))
    return Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)


def disagreements(root: Path, only: set[str] | None) -> list[tuple[str, list[str], list[str]]]:
    """(path, validate's error codes, the schema's messages) of every file where they differ."""
    allowed = beyond_schemas()
    found = []
    for planned in discover(root, None).files:
        if only is not None and planned.relpath not in only:
            continue
        raw = (root / planned.relpath).read_bytes()
        result = load_file(raw, planned.relpath, planned.kind)
        errors = [d.code for d in result.diagnostics if d.severity is Severity.ERROR]
        source, _ = decode_source(raw, planned.relpath)
        document: Any = parse(source)[0] if source is not None else None
        if document is None:
            # No data to give a schema: validate refuses the file, or it is an assessment
            # with nothing but comments (the schema of an empty mapping would accept it).
            assert errors or planned.kind.comments_only_allowed, planned.relpath
            continue
        refused = [e.message for e in validator(planned.kind.name).iter_errors(document)]
        if (refused and not errors) or (errors and not refused and set(errors) - allowed):
            found.append((planned.relpath, errors, refused[:3]))
    return found


CASES = sorted(case for case in CORPUS.iterdir() if case.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_schemas_and_validate_agree_on_the_corpus(case: Path) -> None:
    own = {str(f.relative_to(case)) for f in case.rglob("*.yaml") if f.is_file()}
    assert disagreements(case, own) == []


def test_the_schemas_and_validate_agree_on_the_shipped_data() -> None:
    assert disagreements(PROJECT, None) == []


def test_a_schema_refusal_is_a_validate_error() -> None:
    """The other direction is not empty: a wrong type is refused by both (a case where they
    could disagree, and do not)."""
    case = CORPUS / "strict-boolean-value"
    source, _ = decode_source((case / "data/indicators/utslapp.yaml").read_bytes(), "x")
    assert source is not None
    document, _ = parse(source)
    assert [e.message for e in validator("indicator").iter_errors(document)] == [
        # A year holds a number or a mapping (a preliminary value, a marker): neither is true.
        "True is not valid under any of the given schemas"
    ]
