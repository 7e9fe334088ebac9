"""ambition.report.pdf: the PDF of the real data of Vaggeryds kommun, read back with poppler's
tools (pdfinfo, pdftotext, pdftohtml; poppler-utils, installed by `make poppler-deps`) and, for
the catalogue's language and the structure tree's alternative texts, with pypdf."""

import base64
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pypdf
import pytest

from ambition.method.results import IndicatorResult
from ambition.report import ReportFormat, render_files
from ambition.report.pdf import (
    PdfUnavailableError,
    decorative_symbols,
    html_to_pdf,
    without_reference_lines,
)
from ambition.report.render import build_context
from ambition.report.scope import WHOLE, Scope
from ambition.repository import Repository
from tests.report.hostile import hostile_repository
from tests.report.repositories import load

TOOLS = ("pdfinfo", "pdftotext", "pdftohtml")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="poppler-utils (pdfinfo, pdftotext, pdftohtml) is missing: make poppler-deps",
)


@dataclass(frozen=True)
class Pdf:
    path: Path
    info: dict[str, str]
    pages: list[str]  # the text of each page, whitespace collapsed
    outline: ElementTree.Element  # pdftohtml's <outline>: <item page="n">title</item>, nested


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u202f", " ")).strip()


def _read(path: Path) -> Pdf:
    info = dict(
        line.split(":", 1) for line in _run("pdfinfo", str(path)).splitlines() if ":" in line
    )
    info = {k.strip(): v.strip() for k, v in info.items()}
    count = int(info["Pages"])
    pages = [
        _flat(_run("pdftotext", "-f", str(n), "-l", str(n), str(path), "-"))
        for n in range(1, count + 1)
    ]
    xml = _run("pdftohtml", "-xml", "-i", "-stdout", "-q", str(path))
    outline = ElementTree.fromstring(xml.encode()).find("outline")
    assert outline is not None, "the PDF has no outline"
    return Pdf(path, info, pages, outline)


def _write(
    repository: Repository, folder: Path, lang: str | None = None, scope: Scope = WHOLE
) -> Path:
    (file,) = render_files(repository, repository.period(), [ReportFormat.PDF], lang, scope)
    assert isinstance(file.text, bytes)
    path = folder / file.name
    path.write_bytes(file.text)
    return path


@pytest.fixture(scope="module")
def pdf(real: Repository, tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    return _read(_write(real, tmp_path_factory.mktemp("pdf")))


def _items(outline: ElementTree.Element) -> list[tuple[str, int, ElementTree.Element | None]]:
    """(title, page, the nested outline that follows it) for each item of one level."""
    children = list(outline)
    items = []
    for index, child in enumerate(children):
        if child.tag == "item":
            after = children[index + 1] if index + 1 < len(children) else None
            nested = after if after is not None and after.tag == "outline" else None
            items.append((_flat(child.text or ""), int(child.get("page", "0")), nested))
    return items


def test_the_pdf_is_tagged_pdf_ua_with_the_title_and_the_language(pdf: Pdf) -> None:
    assert pdf.info["Tagged"] == "yes"
    assert pdf.info["PDF version"] == "1.7"
    assert pdf.info["Title"] == (
        "Uppföljning av fullmäktiges mål: Vaggeryds kommun, Helårsbokslut 2022"
    )
    assert pdf.info["Page size"].endswith("(A4)")
    assert 'pdfuaid:part="1"' in _run("pdfinfo", "-meta", str(pdf.path))
    catalogue = pypdf.PdfReader(pdf.path).trailer["/Root"]
    assert catalogue["/Lang"] == "sv"
    assert bool(catalogue["/MarkInfo"]["/Marked"])


def test_the_structure_tree_has_headings_tables_and_charts_with_their_titles(
    real: Repository, pdf: Pdf
) -> None:
    tree = _run("pdfinfo", "-struct-text", str(pdf.path))
    tags = re.findall(r"^\s*([A-Za-z0-9]+)", tree, re.M)
    result = build_context(real, real.period()).result
    assert tags.count("H1") == 1
    # The contents' heading, the summary, the forecasts against the outcome, the statuses per
    # organisation, the programme's implementation, the four goals.
    assert tags.count("H2") == 5 + len(result.goals)
    assert tags.count("H4") == len(result.indicators)
    assert {"Table", "THead", "TH", "TD", "Caption", "L", "LI"} <= set(tags)
    # Each chart is a Figure whose alternative text is the chart's title (the SVG's <title>).
    alts = [a for a in _figure_alts(pdf.path) if a is not None]
    context = build_context(real, real.period())
    titles = [c.title for i in result.indicators if (c := context.chart(i)) is not None]
    assert sorted(alts) == sorted(titles)
    assert "Ekologiska livsmedel i kommunens verksamheter, 2005–2022" in alts


def _figure_alts(path: Path) -> list[str | None]:
    """The alternative text (/Alt) of each Figure of the structure tree, None where it has none."""
    alts: list[str | None] = []
    stack = [pypdf.PdfReader(path).trailer["/Root"]["/StructTreeRoot"]]
    while stack:
        node = stack.pop()
        if isinstance(node, pypdf.generic.IndirectObject):
            node = node.get_object()
        if isinstance(node, pypdf.generic.ArrayObject):
            stack.extend(node)
        elif isinstance(node, pypdf.generic.DictionaryObject):
            if node.get("/S") == "/Figure":
                alts.append(str(node["/Alt"]) if "/Alt" in node else None)
            if "/K" in node:
                stack.append(node["/K"])
    return alts


def test_every_figure_has_alternative_text_and_the_legend_symbols_are_artifacts(
    real: Repository, pdf: Pdf
) -> None:
    # PDF/UA-1 (ISO 14289-1) 7.3: a Figure has alternative text; decoration is an artifact.
    # The only Figures are the 39 indicators' charts; the legends' symbols (the real data's
    # charts draw 156 of them) are backgrounds, which WeasyPrint marks as artifacts, and the
    # words beside them are still in the text of the page.
    context = build_context(real, real.period())
    charts = [c for i in context.result.indicators if (c := context.chart(i)) is not None]
    alts = _figure_alts(pdf.path)
    assert None not in alts
    assert len(alts) == len(charts)
    legend = charts[0].legend
    # print.css leaves the comparison series out of the PDF (their legend entries too).
    shown = [e for e in legend if not e.kind.startswith("reference-")]
    assert shown and all(_flat(e.text) in " ".join(pdf.pages) for e in shown)


def test_the_comparison_lines_leave_the_charts_and_nothing_else_does() -> None:
    line = '<g class="reference" data-reference="riket">\n<polyline points="1,2 3,4"/>\n</g>\n'
    chart = f'<svg class="chart"><g class="values"><polyline points="5,6"/></g>{line}</svg>'
    assert without_reference_lines(chart) == (
        '<svg class="chart"><g class="values"><polyline points="5,6"/></g></svg>'
    )


def test_decorative_symbols_become_backgrounds_and_charts_stay_svg() -> None:
    swatch = (
        '<svg aria-hidden="true" viewBox="0 0 28 14" width="28" height="14"><path d="M1,1"/></svg>'
    )
    chart = '<svg class="chart" role="img" viewBox="0 0 600 300"><title>Diagram</title></svg>'
    html = f"<p>{swatch}<span>Uppmätta värden</span></p>{chart}"
    result = decorative_symbols(html)
    assert result.endswith(f"<span>Uppmätta värden</span></p>{chart}")
    span = re.fullmatch(
        r'<p><span class="symbol" aria-hidden="true" style="([^"]*)"></span>.*', result
    )
    assert span is not None
    style = span.group(1)
    assert "width: 28px;" in style and "height: 14px;" in style
    encoded = re.search(r"base64,([A-Za-z0-9+/=]+)\)", style)
    assert encoded is not None
    assert base64.b64decode(encoded.group(1)).decode() == swatch.replace(
        "<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1
    )


def test_the_outline_is_goals_areas_and_indicators(real: Repository, pdf: Pdf) -> None:
    result = build_context(real, real.period()).result
    top = _items(pdf.outline)
    assert [t for t, _, _ in top] == [
        "Sammanfattning",
        "Per nämnd och bolag",
        "Programmets genomförande",
        *(f"Mål {g.goal.number}: {g.goal.display_title}" for g in result.goals),
        "Prognoser mot utfall",  # the year's track record closes the annual report
    ]
    for goal, (_, _, below) in zip(result.goals, top[3:-1], strict=True):
        assert below is not None
        areas = [(t, n) for t, n, _ in _items(below) if t.startswith("Mätområde: ")]
        assert [t for t, _ in areas] == [f"Mätområde: {a.area.title}" for a in goal.areas]
        nested = [o for _, _, o in _items(below) if o is not None]
        titles = [[t for t, _, _ in _items(o)] for o in nested]
        assert titles == [
            [i.indicator.title for i in a.indicators] for a in goal.areas if a.indicators
        ]


def _indicator_pages(pdf: Pdf) -> dict[str, int]:
    pages: dict[str, int] = {}
    stack = [pdf.outline]
    while stack:
        outline = stack.pop()
        for title, page, nested in _items(outline):
            if nested is None:
                pages.setdefault(title, page)
            else:
                stack.append(nested)
    return pages


def _card_texts(real: Repository, indicator: IndicatorResult) -> list[str]:
    """Texts from the top, the middle and the end of an indicator's card."""
    context = build_context(real, real.period())
    texts = [indicator.indicator.title]
    if indicator.assessment and indicator.assessment.status:
        # pdftotext reads the terms of the facts before their descriptions
        # the card leads with the final status (issue 16: reader first)
        texts += [context.labels["final_status"], context.status_label(indicator.assessment.status)]
    texts.append(indicator.indicator.source.publisher)
    if context.chart(indicator) is not None:  # the caption of the data table beside the chart
        texts.append(context.labels["values_table"].format(title=indicator.indicator.title))
    if indicator.assessment and indicator.assessment.analysis:
        words = re.sub(r"[*_`\[\]()]", " ", indicator.assessment.analysis).split()
        texts.append(" ".join(words[-3:]))
    return texts


def test_no_indicator_card_is_split_across_pages(real: Repository, pdf: Pdf) -> None:
    pages = _indicator_pages(pdf)
    result = build_context(real, real.period()).result
    assert len(result.indicators) == 39  # the shipped data
    for indicator in result.indicators:
        page = pdf.pages[pages[indicator.indicator.title] - 1]
        for text in _card_texts(real, indicator):
            assert _flat(text) in page, (indicator.indicator.id, text, page[:300])


def test_each_page_has_its_number_the_running_title_and_no_near_empty_page(pdf: Pdf) -> None:
    count = len(pdf.pages)
    # 39 indicator cards, two to a page where they fit, four goals from a new page each.
    assert 25 <= count <= 50, count
    for number, text in enumerate(pdf.pages, 1):
        assert f"{number} ({count})" in text
        if number > 1:
            assert text.startswith("Uppföljning av fullmäktiges mål: Helårsbokslut 2022")
    boxes = _run("pdftotext", "-bbox", str(pdf.path), "-")
    for number, (height, words) in enumerate(
        re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', boxes, re.S), 1
    ):
        # The lowest line of text above the footer (the page number), as a share of the page.
        bottoms = [float(y) for y in re.findall(r'yMax="([\d.]+)"', words)]
        body = [y for y in bottoms if y < float(height) - 50]
        if number < count:
            assert max(body) / float(height) > 0.4, f"page {number} is nearly empty"


def test_the_first_page_has_the_title_and_the_contents_with_page_numbers(
    real: Repository, pdf: Pdf
) -> None:
    first = pdf.pages[0]
    assert first.startswith("Vaggeryds kommun Uppföljning av fullmäktiges mål: Helårsbokslut 2022")
    assert "Period: Helårsbokslut 2022, bokslutsdatum 31 december 2022." in first
    contents = first[first.index("Innehåll") : first.index("Sammanfattning Målens")]
    for title, page, _ in _items(pdf.outline)[4:]:
        assert re.search(re.escape(title) + r" \.+ " + str(page) + r"\b", contents), title
        # Each goal starts a page, with its heading.
        assert pdf.pages[page - 1].startswith(
            "Uppföljning av fullmäktiges mål: Helårsbokslut 2022 " + title
        )


def test_an_english_pdf_of_one_goal_says_its_language(real: Repository, tmp_path: Path) -> None:
    path = _write(real, tmp_path, "en", Scope(goal=real.goals[2].id))
    assert pypdf.PdfReader(path).trailer["/Root"]["/Lang"] == "en"
    assert "Follow-up of the council's goals" in _run("pdftotext", "-l", "1", str(path), "-")


def test_the_hostile_repository_gives_a_pdf_with_its_text_as_written(tmp_path: Path) -> None:
    path = _write(load(hostile_repository(tmp_path / "hostile")), tmp_path)
    text = _flat(_run("pdftotext", str(path), "-"))
    assert "<script>window.__pwned = 1;" in text
    assert re.search(r"^JavaScript:\s+no$", _run("pdfinfo", str(path)), re.M)


def test_without_weasyprint_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import weasyprint raises ImportError
    with pytest.raises(
        PdfUnavailableError, match=r"it needs the pango library \(Debian: apt"
    ) as raised:
        html_to_pdf("<html lang=sv><title>x</title><p>x</p></html>")
    assert "det behöver biblioteket `pango` (Debian: `apt-get install" in raised.value.render("sv")
