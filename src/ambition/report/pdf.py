"""The PDF of a report: the HTML report with its print stylesheet, laid out by WeasyPrint.

WeasyPrint (https://doc.courtbouillon.org/weasyprint/) lays out HTML and CSS without a browser.
The PDF is written as PDF/UA-1 (``pdf_variant="pdf/ua-1"``), which makes it tagged: a structure
tree from the HTML's elements (headings, tables with their header cells, lists, figures), the
document language in the catalogue from ``<html lang>``, the title from ``<title>``. The outline
(bookmarks), the page numbers, the table of contents and the page breaks come from
``templates/print.css``, a stylesheet for the PDF only, which the HTML of the PDF carries after
the page's own styles (an author stylesheet: WeasyPrint's ``stylesheets`` argument would add a
user stylesheet, which the page's own rules override).

PDF/UA-1 (ISO 14289-1, 7.3) requires alternative text for every ``Figure`` and that decoration
be an artifact. WeasyPrint tags every inline SVG as a ``Figure``, with the SVG's ``<title>`` as
its alternative text: right for a chart, wrong for a small symbol beside the words it stands for
(a chart legend's line and point, hidden from screen readers with ``aria-hidden``). Such symbols
become the background of an empty span before layout (``decorative_symbols``), and WeasyPrint
draws backgrounds as artifacts. The status marks (CSS borders) and the stacked bars (CSS
backgrounds) are artifacts already; the words beside every symbol carry its meaning.
"""

import base64
import re

import jinja2

from ambition.errors import AmbitionError
from ambition.messages.text import text

PRINT_STYLESHEET = "print.css"
PDF_VARIANT = "pdf/ua-1"
DECORATIVE_SVG = re.compile(r'<svg aria-hidden="true"[^>]*>.*?</svg>', re.S)
SIZE = re.compile(r'\s(width|height)="([0-9.]+)"')
REFERENCE_LINES = re.compile(r'<g class="reference"[^>]*>.*?</g>\n?', re.S)
"""A comparison series' lines in a chart (templates/_chart_references.svg.j2)."""


class PdfUnavailableError(AmbitionError):
    """WeasyPrint cannot be loaded: not installed, or its system library pango is missing."""


def print_stylesheet(environment: jinja2.Environment) -> str:
    """The text of ``print.css``: the data repository's own when it has one, else the default.

    Raises jinja2.TemplateNotFound when neither exists.
    """
    assert environment.loader is not None, "build_environment always sets a loader"
    source, _, _ = environment.loader.get_source(environment, PRINT_STYLESHEET)
    return source


def html_to_pdf(html: str) -> bytes:
    """The bytes of the tagged PDF (PDF/UA-1) of the self-contained page ``html``, laid out
    with its own styles for print media. Raises PdfUnavailableError when WeasyPrint or pango
    is missing.

    The page must not refer to other files (the HTML report never does: its charts are inline
    SVG, its styles inline); only ``data:`` URLs are read, nothing is fetched from a network or
    from disk.
    """
    try:
        import weasyprint  # a heavy import (about 0.5 s): only when a PDF is made
    except (ImportError, OSError) as error:
        raise PdfUnavailableError(text("error.no-pdf", reason=str(error))) from error

    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"})
    page = decorative_symbols(without_reference_lines(html))
    document = weasyprint.HTML(string=page, url_fetcher=fetcher)
    pdf = document.write_pdf(pdf_variant=PDF_VARIANT)
    assert pdf is not None, "write_pdf without a target returns the bytes"
    return bytes(pdf)


def without_reference_lines(html: str) -> str:
    """``html`` without the comparison series' lines of its charts. The PDF leaves the series
    out, their legend entries and tables too (print.css), so that two cards fit on a page; the
    lines must go from the SVG itself, since WeasyPrint draws an SVG without the page's CSS. Each
    chart's description still names the series."""
    return REFERENCE_LINES.sub("", html)


def decorative_symbols(html: str) -> str:
    """``html`` with each inline ``<svg aria-hidden="true" …>…</svg>`` (a symbol the page hides
    from screen readers; its own ``width`` and ``height`` in CSS pixels) replaced by an empty
    ``<span class="symbol" aria-hidden="true">`` of that size showing the same SVG as its
    background image (a ``data:`` URL), so that the PDF draws it as an artifact, not as a
    ``Figure`` without alternative text. Other SVGs (the charts, with ``role="img"`` and a
    title) are kept."""

    def replace(match: re.Match[str]) -> str:
        svg = match.group(0)
        opening = svg[: svg.index(">")]
        size = dict(SIZE.findall(opening))
        if "xmlns=" not in opening:  # a standalone SVG image needs its namespace
            svg = svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
        data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
        style = (
            f"display: inline-block; width: {size.get('width', '14')}px;"
            f" height: {size.get('height', '14')}px;"
            f" background: url(data:image/svg+xml;base64,{data}) no-repeat 0 0 / 100% 100%"
        )
        return f'<span class="symbol" aria-hidden="true" style="{style}"></span>'

    return DECORATIVE_SVG.sub(replace, html)
