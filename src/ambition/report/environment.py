"""The one place the Jinja environment is built.

Templates are looked up first in the data repository's own ``templates/`` folder, then in the
defaults shipped with the package (``ambition.templates``), so a repository overrides any
template by file name. Undefined names are errors (``StrictUndefined``); HTML and SVG templates
(``.html``, ``.html.j2``, ``.svg``, ``.svg.j2``) are autoescaped.

Filters: ``markdown`` (an officer's Markdown as sanitised HTML), ``md_text`` (plain text from
the data made inert in Markdown), ``md_cell`` (text for one cell
of a Markdown table), ``md_code`` (text as Markdown inline code), ``md_block`` (an officer's
Markdown as a block, optionally indented) and ``md_link_text`` / ``md_alt`` (text inside the
brackets of a Markdown link or image). All of them are :mod:`ambition.report.text`'s. The HTML's
``with_unit`` (a number and its unit joined by a no-break space) and ``unit_kept`` (the same in a
text such as a target's) are :mod:`ambition.report.values`'s.
"""

from pathlib import Path

import jinja2
from markupsafe import Markup

from ambition.report.text import (
    markdown_block,
    markdown_cell,
    markdown_code,
    markdown_link_text,
    markdown_text,
    render_markdown,
)
from ambition.report.values import unit_kept, with_unit

AUTOESCAPED = (".html", ".html.j2", ".htm", ".xml", ".svg", ".svg.j2")
CHART_TEMPLATE = "chart.svg.j2"
"""The template of an indicator's chart, in a page (``chart_svg``) and as a file of its own."""

__all__ = ["build_environment", "markdown_cell"]


def _autoescape(template_name: str | None) -> bool:
    if template_name is None:
        return False
    return template_name.lower().endswith(AUTOESCAPED)


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
        # Compiled templates are kept in Jinja's per-user folder in the temporary directory
        # (checked to be the user's own), by the checksum of each template's source: a report
        # spares compiling them again (0.07 s), and an edited template is compiled anew.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
        # An environment lives for one command: a template is loaded once, not looked up on
        # disk again each time a page includes or imports it (2,000 stats for 300 cards).
        auto_reload=False,
    )
    environment.filters["md_cell"] = markdown_cell
    environment.filters["md_code"] = markdown_code
    environment.filters["md_block"] = markdown_block
    environment.filters["md_text"] = markdown_text
    environment.filters["md_link_text"] = markdown_link_text
    environment.filters["md_alt"] = markdown_link_text
    environment.filters["markdown"] = render_markdown
    environment.filters["with_unit"] = with_unit
    environment.filters["unit_kept"] = unit_kept

    def chart_svg(chart: object) -> Markup:
        # An indicator's chart inside a page (_macros.html.j2 chart_block), drawn by
        # chart.svg.j2 in a context of its own: the chart alone, not the page's 60 names.
        svg = environment.get_template(CHART_TEMPLATE).render(chart=chart, standalone=False)
        return Markup(svg)  # the template escapes every text (chart.svg.j2)

    environment.globals["chart_svg"] = chart_svg
    return environment
