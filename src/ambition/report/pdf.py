"""The PDF of a report: the HTML report with its print stylesheet, laid out by WeasyPrint.

WeasyPrint (https://doc.courtbouillon.org/weasyprint/) lays out HTML and CSS without a browser.
The PDF is written as PDF/UA-1 (``pdf_variant="pdf/ua-1"``), which makes it tagged: a structure
tree from the HTML's elements (headings, tables with their header cells, lists, figures), the
document language in the catalogue from ``<html lang>``, the title from ``<title>``. The outline
(bookmarks), the page numbers, the table of contents and the page breaks come from
``templates/print.css``, a stylesheet for the PDF only, which the HTML of the PDF carries after
the page's own styles (an author stylesheet: WeasyPrint's ``stylesheets`` argument would add a
user stylesheet, which the page's own rules override).
"""

import jinja2

from ambition.errors import AmbitionError

PRINT_STYLESHEET = "print.css"
PDF_VARIANT = "pdf/ua-1"


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
        raise PdfUnavailableError(
            f"cannot make a PDF: WeasyPrint does not load ({error}); it needs the pango library"
            " (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0), see"
            " https://doc.courtbouillon.org/weasyprint/stable/first_steps.html"
        ) from error

    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"})
    document = weasyprint.HTML(string=html, url_fetcher=fetcher)
    pdf = document.write_pdf(pdf_variant=PDF_VARIANT)
    assert pdf is not None, "write_pdf without a target returns the bytes"
    return bytes(pdf)
