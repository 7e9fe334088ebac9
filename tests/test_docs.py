"""Every example in docs/data-format.md validates against its model."""

import re

import pytest
from pydantic import BaseModel
from ruamel.yaml import YAML

from ambition.layout import KINDS
from tests.conftest import PROJECT

# Every file kind the schemas know, by the name docs/data-format.md gives its example.
MODELS: dict[str, type[BaseModel]] = {
    ("project" if name == "ambition" else name): kind.model() for name, kind in KINDS.items()
}
TEXT = (PROJECT / "docs" / "data-format.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"<!-- example: ([a-z-]+) -->\n```yaml\n(.*?)```", TEXT, re.S)


def test_every_file_kind_has_an_example() -> None:
    # At least one each; a kind may have a second example (a goal with sub-goals).
    assert sorted({kind for kind, _ in EXAMPLES}) == sorted(MODELS)


@pytest.mark.parametrize(
    ("kind", "text"), EXAMPLES, ids=[f"{kind}-{n}" for n, (kind, _) in enumerate(EXAMPLES)]
)
def test_example_validates(kind: str, text: str) -> None:
    MODELS[kind].model_validate(YAML(typ="safe").load(text))
