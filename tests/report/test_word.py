"""ambition.report.word: the Word document of the real data of Vaggeryds kommun, read back with
python-docx (styles, tables, pictures' alternative text, language, links)."""

import io
from pathlib import Path

import docx
import docx.document
import pytest
from docx.oxml.ns import qn

from ambition.report import ReportFormat, Scope, build_context, render_files, write_reports
from ambition.report.word import html_to_docx
from ambition.repository import Repository
from tests.report.hostile import hostile_repository
from tests.report.repositories import load

WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"


def _document(repository: Repository, lang: str | None = None, scope: Scope | None = None) -> bytes:
    (file,) = render_files(
        repository, repository.period(), [ReportFormat.DOCX], lang, scope or Scope()
    )
    assert file.name.endswith(".docx") and isinstance(file.text, bytes)
    return file.text


@pytest.fixture(scope="module")
def word(real: Repository) -> docx.document.Document:
    return docx.Document(io.BytesIO(_document(real)))


def _language(document: docx.document.Document) -> str | None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang is not None
    return lang.get(qn("w:val"))


def test_headings_are_words_built_in_heading_styles(
    real: Repository, word: docx.document.Document
) -> None:
    result = build_context(real, real.period()).result
    by_style: dict[str, list[str]] = {}
    for paragraph in word.paragraphs:
        by_style.setdefault(paragraph.style.name, []).append(paragraph.text)
    assert by_style["Title"] == ["Uppföljning av fullmäktiges mål: Helårsbokslut 2022"]
    assert by_style["Heading 1"] == [
        "Sammanfattning",
        "Per nämnd och bolag",
        "Programmets genomförande",
        *(f"Mål {g.goal.number}: {g.goal.display_title}" for g in result.goals),
        "Prognoser mot utfall",  # the year's track record closes the annual report
    ]
    areas = [t for t in by_style["Heading 2"] if t.startswith("Mätområde: ")]
    assert areas == [f"Mätområde: {a.area.title}" for g in result.goals for a in g.areas]
    assert by_style["Heading 3"] == [i.indicator.title for i in result.indicators]
    assert len(by_style["Heading 3"]) == 39
    # Built-in styles (w:styleId "Heading1"…), which Swedish Word names Rubrik 1–3.
    assert word.styles["Heading 1"].style_id == "Heading1"


def test_the_summary_and_the_indicators_are_word_tables(
    real: Repository, word: docx.document.Document
) -> None:
    context = build_context(real, real.period())
    goals = [[c.text for c in row.cells] for row in word.tables[0].rows]
    assert goals[0] == ["Bedömning", "Mål", "Indikatorernas status", "Sammanvägd trend"]
    # data/assessments/helar-2022/goals/: the goal owners judge goal 1 partly achieved; its
    # nine indicators' final statuses are 2 achieved, 4 partly, 3 not achieved, and their
    # trends 5 improving, 1 stable, 3 worsening: the combined trend is improving.
    assert goals[1] == [
        "Delvis uppfyllt – 2 av 9 indikatorer uppfyllda",
        "1. Hållbar samhällsutveckling och tillväxt",
        " Uppfyllt: 2  Delvis uppfyllt: 4  Ej uppfyllt: 3",
        "Förbättring",
    ]
    totals = [[c.text for c in row.cells] for row in word.tables[1].rows]
    assert totals[0] == ["Bedömning", "Betydelse", "Mål", "Indikatorer"]
    # data/: goal 2 achieved (6 of 9 is two thirds), 3 goals partly achieved; 15, 14, 8 and 2
    # indicators (as the HTML report says).
    assert totals[1:] == [
        ["Uppfyllt", "Målvärdet är nått.", "1", "15"],
        ["Delvis uppfyllt", "Nära målvärdet eller på acceptabel nivå på kort sikt.", "3", "14"],
        ["Ej uppfyllt", "Långt från målvärdet.", "0", "8"],
        ["Ej bedömd", "Underlag eller regel saknas.", "0", "2"],
    ]
    header = word.tables[1].rows[0]._tr  # the header row repeats on each page
    assert header.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    area = context.result.goals[0].areas[0]
    captions = [p.text for p in word.paragraphs if p.style.name == "Caption"]
    assert f"Indikatorer: {area.area.title}" in captions
    first = area.indicators[0].indicator.title
    indicator_table = next(
        t for t in word.tables if len(t.rows) > 1 and t.rows[1].cells[1].text == first
    )
    rows = [[c.text for c in r.cells] for r in indicator_table.rows]
    # Reader first (issue 16): the final status leads.
    assert rows[0] == ["Bedömning", "Indikator", "Trend", "Senaste värde", "Målvärde"]
    assert [r[1] for r in rows[1:]] == [i.indicator.title for i in area.indicators]
    assert rows[1][3] == "30,0\u00a0procent (2022)"  # Ekologiska livsmedel, Kolada U07514
    # Fossiloberoende personbilar: the expert's 'partly', the proposal under it on a line of
    # its own (17,0 % in 2022 against 10,6 % in 2020: the direction 'increase' is met).
    assert rows[2][0] == "Delvis uppfyllt\nMetoden föreslår: Uppfyllt"


def test_charts_are_pictures_with_their_title_and_description_as_alternative_text(
    real: Repository, word: docx.document.Document
) -> None:
    context = build_context(real, real.period())
    charts = [c for i in context.result.indicators if (c := context.chart(i)) is not None]
    described = [e.get("descr") for e in word.element.body.iter(WP_DOCPR) if e.get("descr")]
    assert described == [f"{c.title}. {c.description}" for c in charts]
    assert described[0].startswith(
        "Ekologiska livsmedel i kommunens verksamheter, 2005–2022. Linjediagram med 17 värden"
    )
    widths = {s.width for s in word.inline_shapes if s.width > docx.shared.Cm(10)}
    assert widths == {docx.shared.Cm(16)}


def test_analyses_are_paragraphs_and_facts_name_their_term(word: docx.document.Document) -> None:
    texts = [p.text for p in word.paragraphs]
    assert "Senaste värde: 30,0\u00a0procent (2022)" in texts
    assert "Källa: Ekomatcentrum (Kolada U07514)" in texts
    analysis = next(
        # the number and its per cent sign joined by a no-break space (report/text.py)
        p
        for p in word.paragraphs
        if p.text.startswith("Andelen ekologiska livsmedel var 30\u00a0%")
    )
    assert analysis.style.name == "Normal"
    links = [h.url for p in word.paragraphs for h in p.hyperlinks]
    assert "https://www.kolada.se/verktyg/fri-sokning/?kpis=U07514&municipals=0665" in links


def test_the_language_is_swedish_or_english(real: Repository, word: docx.document.Document) -> None:
    assert _language(word) == "sv-SE"
    assert word.core_properties.language == "sv-SE"
    assert word.core_properties.title == (
        "Uppföljning av fullmäktiges mål: Vaggeryds kommun, Helårsbokslut 2022"
    )
    english = docx.Document(io.BytesIO(_document(real, "en", Scope(goal=real.goals[0].id))))
    assert _language(english) == "en-GB"
    assert (
        english.paragraphs[1].text == "Follow-up of the council's goals: Helårsbokslut 2022"
    )  # the data's own title


def test_markdown_of_an_analysis_keeps_bold_italic_lists_and_safe_links() -> None:
    html = (
        '<html lang="sv"><head><title>T</title></head><body><a class="skip" href="#c">Hoppa</a>'
        '<h2>Mål</h2><div class="text"><p>Det <strong>ökar</strong> och <em>snabbt</em>, se '
        '<a href="https://scb.se/">SCB</a> och <a href="javascript:alert(1)">x</a>.</p>'
        "<ul><li>ett</li><li>två</li></ul><ol><li>först</li></ol></div></body></html>"
    )
    document = docx.Document(io.BytesIO(html_to_docx(html, {}, "sv")))
    heading, text, *items = document.paragraphs
    assert (heading.style.name, heading.text) == ("Heading 1", "Mål")
    assert text.text == "Det ökar och snabbt, se SCB och x."
    assert [(r.text, r.bold, r.italic) for r in text.runs if r.bold or r.italic] == [
        ("ökar", True, None),
        ("snabbt", None, True),
    ]
    assert [h.url for h in text.hyperlinks] == ["https://scb.se/"]  # javascript: is text
    assert [(p.style.name, p.text) for p in items] == [
        ("List Bullet", "ett"),
        ("List Bullet", "två"),
        ("List Number", "först"),
    ]


def test_write_reports_writes_one_word_file_split_or_not(real: Repository, tmp_path: Path) -> None:
    scope = Scope(goal=real.goals[1].id)
    # One file also with --split: the Word document is the whole report (here, of one goal).
    (path,) = write_reports(
        real, real.period(), [ReportFormat.DOCX], tmp_path, scope=scope, split=True
    )
    assert path == tmp_path / f"helar-2022-{real.goals[1].id}.docx"
    assert docx.Document(str(path)).paragraphs[1].style.name == "Title"


def test_the_hostile_repository_gives_text_and_no_script_link(tmp_path: Path) -> None:
    repository = load(hostile_repository(tmp_path / "hostile"))
    word = docx.Document(io.BytesIO(_document(repository)))
    texts = "\n".join(p.text for p in word.paragraphs)
    texts += "\n".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    assert "<script>window.__pwned = 1;" in texts  # shown as written, as on the web page
    targets = [rel.target_ref for rel in word.part.rels.values() if rel.is_external]
    assert not [t for t in targets if not t.startswith(("http:", "https:", "mailto:"))], targets
    assert "[länk](javascript:window.__pwned=3)" in texts  # the link's Markdown, as text


def test_every_picture_has_its_own_shape_id_and_a_repeated_symbol_is_stored_once(
    real: Repository, word: docx.document.Document
) -> None:
    # ECMA-376 Part 1, 20.4.2.5 (docPr): the id of a drawing object is unique in the document.
    ids = [int(e.get("id")) for e in word.element.body.iter(WP_DOCPR)]
    assert sorted(ids) == list(range(1, len(ids) + 1))
    context = build_context(real, real.period())
    charts = [c for i in context.result.indicators if (c := context.chart(i)) is not None]
    pictures = len(word.inline_shapes)
    assert len(ids) == pictures > len(charts)
    # Each chart is a picture of its own; the legend's symbols repeat in every card, each
    # stored once: the images are the charts and a handful of symbols (the statuses, the
    # values, targets and baseline, the comparison series' and breakdown rows' lines), not one
    # per picture.
    images = {r.target_ref for r in word.part.rels.values() if r.reltype.endswith("/image")}
    assert len(charts) < len(images) <= len(charts) + 20 < pictures


def test_no_table_row_is_split_across_pages_and_a_caption_stays_with_its_table(
    word: docx.document.Document,
) -> None:
    # ECMA-376 Part 1, 17.4.6 (cantSplit): the row is not split across pages; 17.3.1.15
    # (keepNext): the paragraph is on the page of the one after it, here the caption's table.
    rows = [row._tr for table in word.tables for row in table.rows]
    assert len(rows) > 100
    assert all(r.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for r in rows)
    captions = [p for p in word.paragraphs if p.style.name == "Caption"]
    assert len(captions) >= len(word.tables) - 1
    assert all(p.paragraph_format.keep_with_next for p in captions)
    for caption in captions:
        following = caption._p.getnext()
        assert following is not None and following.tag == qn("w:tbl"), caption.text
