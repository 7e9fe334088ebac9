"""docs/architecture.md names every folder and top-level module of src/ambition, and every
module it names in a folder's row exists (in that folder or one below it)."""

import re

from tests.conftest import PROJECT

PACKAGE = PROJECT / "src" / "ambition"
TEXT = (PROJECT / "docs" / "architecture.md").read_text(encoding="utf-8")
ROWS = dict(re.findall(r"^\| `([a-z_]+)(?:/|\.py)`[^|]*\| (.*) \|$", TEXT, re.M))


def test_every_folder_and_top_level_module_has_a_row() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.stem not in {"__init__", "__main__"}}
    assert folders - {"templates"} <= set(ROWS), sorted(folders - set(ROWS))
    assert modules <= set(ROWS), sorted(modules - set(ROWS))


def test_the_modules_a_row_names_exist() -> None:
    for folder, text in ROWS.items():
        if not (PACKAGE / folder).is_dir():
            continue
        named = re.findall(r"`([a-z_]+)(/?)`", text)
        inside = {p.stem for p in (PACKAGE / folder).rglob("*.py")}
        inside |= {p.name for p in (PACKAGE / folder).rglob("*") if p.is_dir()}
        for name, _ in named:
            assert name in inside, f"docs/architecture.md names {folder}/…/{name}, which is gone"
