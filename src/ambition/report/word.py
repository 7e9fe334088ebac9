"""The Word document of a report (.docx), made with python-docx from the HTML report.

The HTML report is the one rendering of the report's content; this module translates its elements
into Word's, so the document says exactly what the web page says, ready to be pasted into the
annual report ("årsredovisningen"):

- ``h1`` is the document's Title, ``h2`` (summary, goals) Heading 1, ``h3`` (measurement areas)
  Heading 2, ``h4`` (indicators) Heading 3: Word's built-in styles, which Swedish Word shows as
  Rubrik 1–3, so the navigation pane and a table of contents in Word find them;
- tables are Word tables with their caption above (style Caption) and a header row repeated on
  every page; paragraphs, lists (List Bullet, List Number), bold, italic and http/https/mailto
  links are kept; a list of terms (``dl``) becomes one paragraph per term, the term in bold;
- a chart (an inline ``svg.chart``) becomes a PNG drawn by CairoSVG from the chart's standalone
  SVG, with its title and description as the picture's alternative text; the small legend
  symbols become inline pictures marked decorative (empty alternative text);
- pictures are added in linear time (``_Pictures``), not by ``Run.add_picture``, which is
  quadratic in their number; the XML is the same;
- the document's language (``w:lang`` of the default run properties and the core property
  ``language``) is sv-SE or en-GB, from the report's language.

Element names and attributes are those of ``templates/_macros.html.j2``; an element this module
does not know is read for its text.
"""

import datetime as dt
import functools
import io
import re
from collections.abc import Iterable, Mapping
from xml.etree.ElementTree import Element, tostring

import docx
import docx.document
import docx.table
import docx.text.paragraph
from docx.enum.text import WD_BREAK
from docx.image.image import Image
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.parts.image import ImagePart
from docx.shared import Cm, Length, Pt, RGBColor

from ambition.report.text import allowed_link

SVG = "{http://www.w3.org/2000/svg}"
WORD_LANGUAGES = {"sv": "sv-SE", "en": "en-GB"}
CHART_WIDTH = Cm(16)
CHART_PIXELS = 1600  # the PNG's width: 16 cm at about 250 dpi
SYMBOL_HEIGHT = Pt(7)
LINK_COLOUR = RGBColor(0x05, 0x63, 0xC1)
SKIPPED = {"head", "script", "style", "summary", "template"}
SKIPPED_CLASSES = {"skip", "back"}
BLOCKS = {
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol",
    "p", "section", "table", "ul",
}  # fmt: skip
CORE_PROPERTY_LIMIT = 255
HTML_SPACE = " \t\n\r\f"
BOLD = {"b", "strong", "th"}
ITALIC = {"em", "i", "cite"}

Paragraph = docx.text.paragraph.Paragraph


def html_to_docx(html: str, charts: Mapping[str, str], lang: str) -> bytes:
    """The bytes of the .docx of the HTML report ``html``.

    ``charts`` maps the id of an indicator's ``article`` (``indicator-<id>``) to the standalone
    SVG of its chart, drawn into the document in place of the inline one; ``lang`` is the
    report's language (``sv`` or ``en``; another code is written as given).
    """
    import tinyhtml5  # WeasyPrint's HTML parser; imported with the Word format only

    root = tinyhtml5.parse(html, namespace_html_elements=False)
    document = docx.Document()
    _set_language(document, WORD_LANGUAGES.get(lang, lang))
    title = root.find("head/title")
    if title is not None:
        # Word's core properties hold at most 255 characters.
        document.core_properties.title = _text(title)[:CORE_PROPERTY_LIMIT]
    made = dt.datetime.now(dt.UTC).replace(microsecond=0)
    document.core_properties.created = document.core_properties.modified = made
    document.core_properties.author = document.core_properties.last_modified_by = "ambition"
    body = root.find("body")
    if body is not None:
        _Writer(document, charts).blocks(body, article=None)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _set_language(document: docx.document.Document, language: str) -> None:
    """Every run's default language, as Word's Review > Language would set it."""
    document.core_properties.language = language
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    lang = _child(run_defaults, "w:lang")
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), language)


def _child(parent: Element, tag: str) -> Element:
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def _classes(element: Element) -> set[str]:
    return set(element.get("class", "").split())


def _text(element: Element) -> str:
    """The element's text with its whitespace collapsed, as a browser shows it."""
    return _collapse("".join(element.itertext())).strip(HTML_SPACE)


def _collapse(text: str) -> str:
    """Runs of HTML's whitespace as one space; a no-break space (the thousands' separator)
    stays."""
    return re.sub(f"[{HTML_SPACE}]+", " ", text)


def _skipped(element: Element) -> bool:
    return (
        not isinstance(element.tag, str)
        or element.tag in SKIPPED
        or bool(_classes(element) & SKIPPED_CLASSES)
    )


class _Writer:
    """Walks the HTML body and appends to ``document``."""

    def __init__(self, document: docx.document.Document, charts: Mapping[str, str]) -> None:
        self.document = document
        self.charts = charts
        self.pictures = _Pictures(document)

    def blocks(self, element: Element, article: str | None) -> None:
        """Every child of ``element`` as Word blocks; loose text becomes a paragraph."""
        loose: list[Element | str] = []
        if element.text and element.text.strip(HTML_SPACE):
            loose.append(element.text)
        for child in element:
            if _skipped(child):
                pass
            elif child.tag in BLOCKS or child.tag == f"{SVG}svg":
                self.loose(loose)
                loose = []
                self.block(child, article)
            else:
                loose.append(child)
            if child.tail and child.tail.strip(HTML_SPACE):
                loose.append(child.tail)
        self.loose(loose)

    def loose(self, parts: list[Element | str]) -> None:
        if parts:
            paragraph = self.document.add_paragraph()
            self.inline_parts(paragraph, parts, bold=False, italic=False)
            _strip(paragraph)

    def block(self, element: Element, article: str | None) -> None:
        tag = element.tag
        if tag == "article":
            article = element.get("id")
        if re.fullmatch(r"h[1-6]", tag):
            level = int(tag[1]) - 1
            self.document.add_heading(_text(element), level=min(level, 9))
        elif tag == "p":
            self.paragraph(element)
        elif tag in ("ul", "ol"):
            bullet = "Normal" if "legend" in _classes(element) else "List Bullet"
            self.list(element, article, bullet if tag == "ul" else "List Number")
        elif tag == "dl":
            self.terms(element, article)
        elif tag == "table":
            self.table(element)
        elif tag == f"{SVG}svg":
            self.chart(element, article)
        else:
            self.blocks(element, article)

    def paragraph(self, element: Element, style: str | None = None) -> Paragraph:
        paragraph = self.document.add_paragraph(style=style)
        self.inline(paragraph, element, bold=False, italic=False)
        _strip(paragraph)
        return paragraph

    def list(self, element: Element, article: str | None, style: str) -> None:
        for item in element.findall("li"):
            if any(child.tag in BLOCKS for child in item):
                self.blocks(item, article)
            else:
                self.paragraph(item, style)

    def terms(self, element: Element, article: str | None) -> None:
        """A ``dl``: 'Term: description' per pair; a description holding blocks (an officer's
        paragraphs) follows its term as those blocks."""
        term: Element | None = None
        for child in element:
            if child.tag == "dt":
                term = child
            elif child.tag == "dd":
                paragraph = self.document.add_paragraph()
                if term is not None:
                    paragraph.add_run(f"{_text(term)}: ").bold = True
                if any(c.tag in BLOCKS for c in child):
                    _strip(paragraph)
                    self.blocks(child, article)
                else:
                    self.inline(paragraph, child, bold=False, italic=False)
                    _strip(paragraph)

    def table(self, element: Element) -> None:
        caption = element.find("caption")
        if caption is not None:  # kept on the page of its table
            self.paragraph(caption, "Caption").paragraph_format.keep_with_next = True
        rows = [
            (row, section == "thead")
            for section in ("thead", "tbody", "tfoot")
            for part in element.findall(section)
            for row in part.findall("tr")
        ] + [(row, False) for row in element.findall("tr")]
        width = max((len(_cells(row)) for row, _ in rows), default=0)
        if not rows or not width:
            return
        table = self.document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for (row, header), word_row in zip(rows, table.rows, strict=True):
            _row_properties(word_row, header)
            for cell, word_cell in zip(_cells(row), word_row.cells, strict=False):
                paragraph = word_cell.paragraphs[0]
                self.inline(paragraph, cell, bold=cell.tag == "th", italic=False)
                _strip(paragraph)
        self.document.add_paragraph()

    def chart(self, element: Element, article: str | None) -> None:
        if "chart" not in _classes(element):
            return
        svg = self.charts.get(article or "")
        if svg is None:
            return
        title = element.find(f"{SVG}title")
        description = element.find(f"{SVG}desc")
        alt = ". ".join(_text(e) for e in (title, description) if e is not None)
        paragraph = self.document.add_paragraph()
        named = _text(title) if title is not None else ""
        self.pictures.add(
            paragraph, _png(svg, CHART_PIXELS), width=CHART_WIDTH, title=named, alt=alt
        )

    def inline(self, paragraph: Paragraph, element: Element, *, bold: bool, italic: bool) -> None:
        parts: list[Element | str] = [element.text or ""]
        for child in element:
            parts.append(child)
            parts.append(child.tail or "")
        self.inline_parts(paragraph, parts, bold=bold, italic=italic)

    def inline_parts(
        self, paragraph: Paragraph, parts: Iterable[Element | str], *, bold: bool, italic: bool
    ) -> None:
        for part in parts:
            if isinstance(part, str):
                _run(paragraph, part, bold, italic)
            elif _skipped(part):
                continue
            elif part.tag == "br":
                paragraph.add_run().add_break(WD_BREAK.LINE)
            elif part.tag == f"{SVG}svg":
                self.symbol(paragraph, part)
            elif _classes(part) & {"explanation", "note"}:  # on a line of its own, as on the page
                paragraph.add_run().add_break(WD_BREAK.LINE)
                self.inline(paragraph, part, bold=bold, italic=italic)
            elif part.tag == "a" and allowed_link(part.get("href", "")):
                _hyperlink(paragraph, part.get("href", ""), _text(part), bold, italic)
            else:
                self.inline(
                    paragraph,
                    part,
                    bold=bold or part.tag in BOLD,
                    italic=italic or part.tag in ITALIC,
                )

    def symbol(self, paragraph: Paragraph, element: Element) -> None:
        """A legend symbol (a small inline SVG hidden from screen readers): a decorative picture."""
        svg = tostring(element, encoding="unicode")
        self.pictures.add(paragraph, _png(svg, 112), height=SYMBOL_HEIGHT, title="", alt="")
        paragraph.add_run(" ")


class _Pictures:
    """Adds pictures as ``Run.add_picture`` does, in time linear in their number.

    python-docx 1.2 (``StoryPart.new_pic_inline``) reads every ``id`` of the document for the
    next shape id (``next_id``) and hashes every stored image to find a repeated one, per picture.
    Here the shape id (``wp:docPr id``) is a counter from ``next_id`` read once (nothing else adds
    an ``id``), and image parts (``/word/media/imageN.png``) are kept by their bytes."""

    def __init__(self, document: docx.document.Document) -> None:
        self.part = document.part
        self.next_id = self.part.next_id
        self.images: dict[bytes, tuple[str, Image]] = {}

    def add(
        self,
        paragraph: Paragraph,
        png: bytes,
        *,
        title: str,
        alt: str,
        width: Length | None = None,
        height: Length | None = None,
    ) -> None:
        """A run of ``paragraph`` with the picture ``png`` scaled to ``width`` or ``height`` (EMU),
        its title and alternative text (``descr``; empty: a decorative picture)."""
        known = self.images.get(png)
        if known is None:
            image = Image.from_blob(png)
            parts = self.part.package.image_parts
            name = PackURI(f"/word/media/image{len(parts) + 1}.{image.ext}")
            image_part = ImagePart.from_image(image, name)
            parts.append(image_part)
            known = self.images[png] = (
                self.part.relate_to(image_part, RELATIONSHIP_TYPE.IMAGE),
                image,
            )
        relation, image = known
        cx, cy = image.scaled_dimensions(width, height)
        inline = CT_Inline.new_pic_inline(self.next_id, relation, image.filename, cx, cy)
        self.next_id += 1
        inline.docPr.set("descr", alt)
        inline.docPr.set("title", title)
        paragraph.add_run().element.add_drawing(inline)


def _cells(row: Element) -> list[Element]:
    return [c for c in row if c.tag in ("th", "td")]


def _run(paragraph: Paragraph, text: str, bold: bool, italic: bool) -> None:
    text = _collapse(text)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None


def _strip(paragraph: Paragraph) -> None:
    """Trims the whitespace HTML indentation leaves at a paragraph's ends."""
    runs = [r for r in paragraph.runs if r.text]
    if runs:
        runs[0].text = runs[0].text.lstrip(HTML_SPACE)
        runs[-1].text = runs[-1].text.rstrip(HTML_SPACE)


def _hyperlink(paragraph: Paragraph, url: str, text: str, bold: bool, italic: bool) -> None:
    """An external link: a ``w:hyperlink`` around one run, blue and underlined."""
    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    run.font.color.rgb = LINK_COLOUR
    run.font.underline = True
    parent = run.element.getparent()
    link.append(run.element)
    parent.append(link)


@functools.lru_cache(maxsize=64)
def _png(svg: str, width: int) -> bytes:
    """The SVG drawn as a PNG ``width`` pixels wide, by CairoSVG; kept for the legend's few
    symbols, which every chart repeats."""
    import cairosvg

    png = cairosvg.svg2png(
        bytestring=svg.encode("utf-8"), output_width=width, background_color="white"
    )
    assert isinstance(png, bytes), "svg2png without a target returns the bytes"
    return png


def _row_properties(row: docx.table._Row, header: bool) -> None:
    """No row is split across pages (``w:cantSplit``); a header row repeats (``w:tblHeader``)."""
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))  # before tblHeader, as CT_TrPr orders them
    if header:
        properties.append(OxmlElement("w:tblHeader"))
