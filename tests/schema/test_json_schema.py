"""The JSON Schemas for editors: current, draft-07, true to the models, named by every data file."""

import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator
from ruamel.yaml import YAML
from typer.testing import CliRunner

from ambition.cli import app
from ambition.layout import KINDS
from ambition.schema.json_schema import (
    MODELINE_PREFIX,
    modeline,
    render,
    schema_name,
    write_schemas,
)
from ambition.schema.json_schema import json_schemas as generate

PROJECT = Path(__file__).parents[2]
SCHEMAS = PROJECT / "schemas"
FIXTURES = Path(__file__).parents[1] / "fixtures"
NEWER_THAN_DRAFT_07 = {
    "$defs",
    "prefixItems",
    "dependentRequired",
    "dependentSchemas",
    "unevaluatedProperties",
    "unevaluatedItems",
    "$anchor",
    "$dynamicRef",
    "$dynamicAnchor",
    "minContains",
    "maxContains",
    "discriminator",
}


@functools.cache
def json_schemas() -> dict[str, Any]:
    """The schemas generated from the models, once per test run."""
    return generate()


def data_files(root: Path) -> list[Path]:
    """ambition.yaml and every YAML file under data/ of a repository."""
    return [root / "ambition.yaml", *sorted((root / "data").rglob("*.yaml"))]


REPOSITORIES = [PROJECT, *sorted(p for p in FIXTURES.iterdir() if (p / "ambition.yaml").is_file())]
DATA_FILES = [(root, path) for root in REPOSITORIES for path in data_files(root)]


def keys(node: Any) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {k for value in node.values() for k in keys(value)}
    if isinstance(node, list):
        return {k for item in node for k in keys(item)}
    return set()


def as_json(node: Any) -> Any:
    """A YAML document as an editor's language server sees it: keys as text, dates as text."""
    if isinstance(node, dict):
        return {str(key): as_json(value) for key, value in node.items()}
    if isinstance(node, list):
        return [as_json(item) for item in node]
    if isinstance(node, dt.date):
        return node.isoformat()
    return node


def test_schemas_in_the_repository_are_current(tmp_path: Path) -> None:
    written = write_schemas(tmp_path)
    assert sorted(p.name for p in SCHEMAS.iterdir()) == sorted(p.name for p in written)
    for path in written:
        assert (SCHEMAS / path.name).read_bytes() == path.read_bytes(), (
            f"schemas/{path.name} is out of date: run `make schemas`"
        )


def test_schema_command_writes_every_kind(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["schema", "--output", str(tmp_path / "s")])
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == sorted(
        f"{name}.schema.json" for name in KINDS
    )


@pytest.mark.parametrize("name", sorted(json_schemas()))
def test_each_schema_is_valid_draft_07(name: str) -> None:
    schema = json_schemas()[name]
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    Draft7Validator.check_schema(schema)
    assert keys(schema) & NEWER_THAN_DRAFT_07 == set()
    assert all(ref.startswith("#/definitions/") for ref in refs(schema))
    assert json.loads(render(schema)) == schema


def refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if "$ref" in node else []
        return own + [r for value in node.values() for r in refs(value)]
    if isinstance(node, list):
        return [r for item in node for r in refs(item)]
    return []


def test_descriptions_are_in_swedish_and_english_with_examples() -> None:
    indicator = json_schemas()["indicator.schema.json"]
    values = indicator["properties"]["values"]
    assert values["description"].startswith("Värden per år")
    assert "Values per year" in values["description"]
    assert values["examples"] == [{"2021": 34.5, "2022": 36.2}]
    assert values["propertyNames"] == {"pattern": "^[0-9]{4}$"}


@pytest.mark.parametrize(
    ("root", "path"), DATA_FILES, ids=[p.relative_to(PROJECT).as_posix() for _, p in DATA_FILES]
)
def test_every_data_file_names_its_schema_and_satisfies_it(root: Path, path: Path) -> None:
    relpath = path.relative_to(root).as_posix()
    schemas = Path("/".join([".."] * len(root.relative_to(PROJECT).parts)) or ".") / "schemas"
    expected = modeline(relpath, schemas.as_posix())
    text = path.read_text(encoding="utf-8-sig")
    assert expected is not None, relpath
    assert text.split("\n", 1)[0].rstrip("\r") == expected
    target = path.parent / expected.removeprefix(MODELINE_PREFIX)
    assert target.resolve() == (SCHEMAS / f"{schema_name(relpath)}.schema.json").resolve()
    schema = json_schemas()[f"{schema_name(relpath)}.schema.json"]
    errors = list(Draft7Validator(schema).iter_errors(as_json(YAML(typ="safe").load(text))))
    assert [e.message for e in errors] == []


def test_the_schema_refuses_what_validate_refuses() -> None:
    schema = json_schemas()["indicator.schema.json"]
    text = (FIXTURES / "minimal/data/indicators/ekologisk-mat.yaml").read_text(encoding="utf-8")
    document = as_json(YAML(typ="safe").load(text))
    for broken in (
        {**document, "decimal": 1},
        {**document, "values": {"2021": "34,5"}},
        {**document, "values": {"21": 34.5}},
        {k: v for k, v in document.items() if k != "unit"},
        {**document, "direction": "up"},
    ):
        assert list(Draft7Validator(schema).iter_errors(broken)), broken


def test_modelines_and_kinds_of_paths() -> None:
    assert modeline("ambition.yaml") == f"{MODELINE_PREFIX}schemas/ambition.schema.json"
    assert modeline("data/indicators/x.yaml") == (
        f"{MODELINE_PREFIX}../../schemas/indicator.schema.json"
    )
    assert modeline("data/assessments/helar-2022/goals/x.yaml") == (
        f"{MODELINE_PREFIX}../../../../schemas/goal-assessment.schema.json"
    )
    assert schema_name("data/sources/README.md") is None
    assert schema_name("data/indicators/x.yml") is None


def test_vscode_maps_every_kind_to_its_schema_and_folders() -> None:
    settings = json.loads((PROJECT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping: dict[str, list[str]] = settings["yaml.schemas"]
    assert sorted(mapping) == sorted(f"./schemas/{name}.schema.json" for name in KINDS)
    for schema, patterns in mapping.items():
        name = schema.removeprefix("./schemas/").removesuffix(".schema.json")
        matched = [p for pattern in patterns for p in PROJECT.glob(pattern)]
        assert matched, schema
        for path in matched:
            root = (
                next(r for r in REPOSITORIES if path.is_relative_to(r) and r != PROJECT)
                if (path.is_relative_to(FIXTURES))
                else PROJECT
            )
            assert schema_name(path.relative_to(root).as_posix()) == name, path
