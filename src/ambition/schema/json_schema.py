"""JSON Schemas of the data files, for editors that complete and check YAML as the officer types.

One schema per file kind, generated from the pydantic models and made draft-07 compatible, since
the YAML language server in common editors (VS Code's YAML extension, and others built on it)
reads draft-07 and older: ``$defs`` become ``definitions``, a ``$ref`` with siblings is wrapped in
``allOf``, OpenAPI's ``discriminator`` is dropped. Descriptions are given in Swedish and English
(from ``ambition.schema.descriptions``, so the models keep one language), with examples. The
file kinds, their models and titles come from ``ambition.layout.KINDS``.

Each data file names its schema in a first-line modeline (``modeline``), and
``.vscode/settings.json`` maps the folders to the same schemas.
"""

import json
import posixpath
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from ambition import layout
from ambition.schema.descriptions import describe

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
SCHEMAS_DIR = "schemas"
MODELINE_PREFIX = "# yaml-language-server: $schema="


class _Draft07(GenerateJsonSchema):
    """Pydantic's generator, with the keys of year-keyed mappings constrained to four digits.

    YAML reads ``2022:`` as a number, but editors check the JSON form of the document, where
    every key is text; an ``int`` key would otherwise have no schema at all.
    """

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        """The mapping's schema, with ``propertyNames`` for integer keys."""
        result = super().dict_schema(schema)
        keys: Any = schema.get("keys_schema") or {}
        if keys.get("type") == "int":
            result["propertyNames"] = {"pattern": "^[0-9]{4}$"}
        return result


def json_schema(name: str) -> dict[str, Any]:
    """The draft-07 JSON Schema of the file kind ``name`` (a key of ``ambition.layout.KINDS``).

    Raises KeyError for any other name.
    """
    kind = layout.KINDS[name]
    model = kind.model()
    raw = model.model_json_schema(
        mode="validation", ref_template="#/definitions/{model}", schema_generator=_Draft07
    )
    definitions = raw.pop("$defs", {})
    describe(raw, model.__name__)
    for definition, body in definitions.items():
        describe(body, definition)
    schema: dict[str, Any] = {"$schema": DRAFT_07, **raw}
    schema["title"] = f"{kind.title_sv} / {kind.title_en}"
    if definitions:
        schema["definitions"] = dict(sorted(definitions.items()))
    converted: dict[str, Any] = _draft07(schema)
    return converted


def _draft07(node: Any) -> Any:
    """Rewrite what draft-07 lacks or reads differently."""
    if isinstance(node, list):
        return [_draft07(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _draft07(value) for key, value in node.items() if key != "discriminator"}
    if "$ref" in converted and len(converted) > 1:  # draft-07 ignores a $ref's siblings
        reference = converted.pop("$ref")
        converted = {"allOf": [{"$ref": reference}], **converted}
    return converted


def json_schemas() -> dict[str, dict[str, Any]]:
    """Every file kind's schema, by file name (``indicator.schema.json`` …)."""
    return {f"{name}.schema.json": json_schema(name) for name in layout.KINDS}


def render(schema: dict[str, Any]) -> str:
    """The schema as it is written to disk: indented JSON, UTF-8 text, a final newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into ``folder`` (created if needed); returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, schema in json_schemas().items():
        path = folder / file_name
        path.write_text(render(schema), encoding="utf-8", newline="\n")
        written.append(path)
    return written


def schema_name(relpath: str) -> str | None:
    """The file kind of a repository-relative data file path, or None for other files."""
    kind = layout.kind_of(relpath)
    return kind.name if kind is not None else None


def modeline(relpath: str, schemas: str = SCHEMAS_DIR) -> str | None:
    """The ``yaml-language-server`` modeline of a data file, or None for other files.

    ``relpath`` is the file's path from the repository root, ``schemas`` the schemas folder's
    path from the same root; the modeline holds the relative path from the file's folder.
    """
    name = schema_name(relpath)
    if name is None:
        return None
    depth = relpath.count("/")
    target = posixpath.normpath("/".join([*[".."] * depth, schemas, f"{name}.schema.json"]))
    return f"{MODELINE_PREFIX}{target}"
