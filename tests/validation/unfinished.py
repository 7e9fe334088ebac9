"""A repository whose assessments are unfinished in every period: the real data of Vaggeryds
kommun (data/) with each written ``justification`` taken out, so every expert status that
differs from the method's proposal is a ``justification-missing`` error, in each of the three
periods (tertial-2022, delar-2022, helar-2022)."""

from pathlib import Path

from ruamel.yaml import YAML

from tests.conftest import PROJECT, copy_repository


def unfinished_repository(target: Path) -> Path:
    """Write the repository into ``target`` and return it."""
    root = copy_repository(PROJECT, target)
    yaml = YAML()
    for path in sorted((root / "data" / "assessments").glob("*/*/*.yaml")):
        document = yaml.load(path.read_text(encoding="utf-8"))
        if "justification" in document:
            del document["justification"]
            with path.open("w", encoding="utf-8") as file:
                yaml.dump(document, file)
    return root
