"""ambition.report.environment: the one Jinja environment, with the repository's templates in
front of the shipped ones."""

from pathlib import Path

import pytest

from ambition.report import (
    ReportFormat,
    render_report,
)
from ambition.report.environment import build_environment
from ambition.report.render import build_context
from ambition.repository import Repository
from tests.conftest import MINIMAL, copy_repository
from tests.report.repositories import load


def test_repository_templates_override_by_file_name(tmp_path: Path) -> None:
    root = copy_repository(MINIMAL, tmp_path / "repo")
    (root / "templates").mkdir()
    (root / "templates" / "report.md.j2").write_text(
        "Egen mall: {{ report.municipality }}, {{ report.result.goals|length }} mål.\n",
        encoding="utf-8",
    )
    repository = load(root)
    text = render_report(repository, repository.period(), ReportFormat.MARKDOWN)
    assert text == "Egen mall: Testby kommun, 1 mål.\n"
    # Templates not overridden come from the package.
    page = render_report(repository, repository.period(), ReportFormat.HTML)
    assert page.startswith("<!DOCTYPE html>")


def test_overriding_a_partial_changes_every_page(tmp_path: Path) -> None:
    root = copy_repository(MINIMAL, tmp_path / "repo")
    (root / "templates").mkdir()
    (root / "templates" / "_style.css.j2").write_text("body { color: #000; }\n", encoding="utf-8")
    repository = load(root)
    page = render_report(repository, repository.period(), ReportFormat.HTML)
    assert "body { color: #000; }" in page and "--accent" not in page


def test_environment_escapes_html_and_svg_only() -> None:
    environment = build_environment()
    source = "{{ text }}"
    for name, escaped in [
        ("a.html.j2", True),
        ("a.html", True),
        ("a.svg.j2", True),
        ("a.md.j2", False),
        ("a.css.j2", False),
    ]:
        assert environment.autoescape(name) is escaped, name  # type: ignore[operator]
    strict = environment.from_string(source)
    with pytest.raises(Exception, match="'text' is undefined"):
        strict.render()


def test_the_markdown_filters_are_those_of_report_text() -> None:
    environment = build_environment()
    template = environment.from_string(
        "{{ cell|md_cell }} {{ code|md_code }} [{{ link|md_link_text }}]"
    )
    assert template.render(cell="a | b\nc", code="x`y", link="[1]") == (
        "a \\| b c ``x`y`` [\\[1\\]]"
    )


def test_the_legend_symbols_drawn_once_are_those_of_their_macros(real: Repository) -> None:
    # _macros.html.j2 draws each legend symbol once per page (legend_symbols); every one of
    # them must be exactly what swatch or reference_swatch draws for its kind.
    period = real.period(None)
    macros = (
        build_environment(real.root)
        .get_template("_macros.html.j2")
        .make_module({"report": build_context(real, period)})
    )
    symbols = macros.legend_symbols
    assert len(symbols) == 19
    for kind, symbol in symbols.items():
        by_kind = (
            macros.reference_swatch
            if kind.startswith("reference-") or kind == "path"
            else macros.swatch
        )
        assert symbol == by_kind(kind), kind
        assert str(symbol).startswith('<svg aria-hidden="true"') and str(symbol).endswith("</svg>")
    assert 'stroke="#a3320b"' in symbols["line_kvinnor"]  # chart_series.STYLES, women
    assert 'stroke="#b35900"' in symbols["reference-0"]  # _chart_references.svg.j2, the first
