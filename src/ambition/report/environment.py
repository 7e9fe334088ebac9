"""The one place the Jinja environment is built.

Templates are looked up first in the data repository's own ``templates/`` folder, then in the
defaults shipped with the package (``ambition.templates``), so a repository overrides any
template by file name. Undefined names are errors (``StrictUndefined``); HTML templates
(``.html`` and ``.html.j2``) are autoescaped.
"""

from pathlib import Path

import jinja2


def _autoescape(template_name: str | None) -> bool:
    if template_name is None:
        return False
    name = template_name.lower()
    return name.endswith((".html", ".html.j2", ".htm", ".xml"))


def markdown_cell(text: object) -> str:
    """``text`` made safe for one cell of a GitHub Markdown table: pipes escaped, one line."""
    return " ".join(str(text).split()).replace("|", "\\|")


def build_environment(repository_root: Path | None = None) -> jinja2.Environment:
    """A Jinja environment over the repository's ``templates/`` (if any) and the defaults."""
    loaders: list[jinja2.BaseLoader] = []
    if repository_root is not None and (repository_root / "templates").is_dir():
        loaders.append(jinja2.FileSystemLoader(repository_root / "templates"))
    loaders.append(jinja2.PackageLoader("ambition.templates", "."))
    environment = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["md_cell"] = markdown_cell
    return environment
