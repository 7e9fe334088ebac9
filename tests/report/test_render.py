"""ambition.report.render: reports of the real data of Vaggeryds kommun and of small fixtures, as
Markdown and HTML, whole and split."""

import html
import itertools
import re
from pathlib import Path

import pytest

from ambition.export.formats import to_csv
from ambition.export.table import export_rows
from ambition.method.engine import assess_period
from ambition.models import Status
from ambition.report import (
    ReportFormat,
    Scope,
    render_files,
    render_report,
    write_reports,
)
from ambition.report.download import Download
from ambition.report.forecasts import forecast_periods
from ambition.repository import Repository
from tests.conftest import MINIMAL, copy_repository
from tests.method.levels import levels_repository
from tests.report.hostile import PAYLOAD, URL_PAYLOAD, hostile_repository
from tests.report.htmlcheck import heading_jumps, parse
from tests.report.markdowncheck import flatten, lax_viewer
from tests.report.repositories import load

NNBSP = "\u202f"


@pytest.fixture(scope="module")
def real_html(real: Repository) -> str:
    return render_report(real, real.period(), ReportFormat.HTML)


def test_html_report_of_the_real_data(real: Repository, real_html: str) -> None:
    page = parse(real_html)
    assert real_html.startswith('<!DOCTYPE html>\n<html lang="sv">')
    # A number and its unit never break apart (report/values.py): a no-break space.
    assert f"14{NNBSP}854\u00a0invånare (2022)" in page.text
    assert f"79{NNBSP}385\u00a0ton CO2-ekv (2022)" in page.text
    assert f"högst 15{NNBSP}668\u00a0ton CO2-ekv (2045), nationellt mål" in page.text
    # data/indicators/fossiloberoende-personbilar.yaml: "öka" from the baseline 10,604559 (2020).
    assert '<td data-label="Målvärde">öka från 10,6\u00a0procent (2020) till 2022</td>' in real_html
    assert "Period: Helårsbokslut 2022, bokslutsdatum 31 december 2022." in page.text
    for goal in real.goals:
        assert f"Mål {goal.number}: {goal.display_title}" in page.text
        for area in goal.measurement_areas:
            assert f"Mätområde: {area.title}" in page.text
    for indicator in real.indicators.values():
        assert f'id="indicator-{indicator.id}"' in real_html
        assert f'id="chart-{indicator.id}-title"' in real_html
    # One chart with a title, a description and a data table per indicator with values.
    charts = [svg for svg in page.svgs if svg.get("role") == "img"]
    assert len(charts) == len(real.indicators) == 39
    for svg in charts:
        title, desc = svg["aria-labelledby"].split()
        assert title.endswith("-title") and desc.endswith("-desc")
    # A values table per chart, and a table of the comparison series beside 38 of them: the
    # 37 with reference series from data/sources/ and the emissions with their path.
    assert page.tags.count("details") == 39 + 38
    assert real_html.count('<table class="values">') == 39


def test_html_report_is_accessible_in_structure(real_html: str) -> None:
    page = parse(real_html)
    assert heading_jumps(page.headings) == []
    assert [h for h in page.headings if h[0] == 1] == [
        (1, "Uppföljning av fullmäktiges mål: Helårsbokslut 2022")
    ]
    assert len(page.ids) == len(set(page.ids)), "ids are unique"
    for landmark in ("header", "main", "footer"):
        assert page.tags.count(landmark) == 1
    assert ("a", "href", "#content") in page.attributes
    assert ("main", "id", "content") in page.attributes
    # Every internal link points at an element of the page.
    targets = {
        value[1:] for tag, name, value in page.attributes if name == "href" and value[:1] == "#"
    }
    assert targets <= set(page.ids)
    # Status by word and shape: every status shape is hidden from screen readers and followed
    # by its label.
    assert real_html.count('<span class="mark" aria-hidden="true"></span> Delvis uppfyllt') > 4
    assert real_html.count('<span class="mark" aria-hidden="true"></span>') == real_html.count(
        '<span class="status status-'
    )


def test_html_report_is_self_contained(real_html: str) -> None:
    page = parse(real_html)
    assert "script" not in page.tags
    assert "link" not in page.tags and "img" not in page.tags and "iframe" not in page.tags
    assert not [a for a in page.attributes if a[1] in ("src", "srcset", "background")]
    assert "url(" not in real_html and "@import" not in real_html
    assert (
        "meta",
        "content",
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
        "form-action 'none'",
    ) in page.attributes
    assert "@media print" in real_html and "size: A4" in real_html
    assert "section.goal { break-before: page; }" in real_html


def test_summary_counts_goals_and_indicators_by_status(real: Repository, real_html: str) -> None:
    result = assess_period(real, real.period())
    rows = re.findall(
        r'<tr><th scope="row"><span class="status status-(\w+) shape-\w+">.*?</td>'
        r'<td class="num" data-label="Mål">(\d+)</td>'
        r'<td class="num" data-label="Indikatorer">(\d+)</td>',
        real_html,
    )
    assert rows == [
        (
            status.value,
            str(sum(g.status is status for g in result.goals)),
            str(sum(i.status is status for i in result.indicators)),
        )
        for status in Status
        if real.method.scale.has_style(status)  # the shipped scale's three degrees
    ]
    assert sum(int(n) for _, _, n in rows) == 39


def test_markdown_report_of_the_real_data(real: Repository) -> None:
    files = {f.name: f for f in render_files(real, real.period(), [ReportFormat.MARKDOWN])}
    text = files["helar-2022.md"].text
    assert text.startswith(
        "# Uppföljning av fullmäktiges mål: Vaggeryds kommun, Helårsbokslut 2022\n"
    )
    # The final status leads, then the indicator, its trend, value and the example's
    # directional target: more inhabitants in 2022 than in 2018 (13 980, Kolada N01951).
    assert (
        f"| ● Uppfyllt | Antal invånare | → Oförändrad | 14{NNBSP}854 invånare (2022) "
        f"| öka från 13{NNBSP}980 invånare (2018) till 2022 |"
    ) in text
    # data/indicators/vaxthusgasutslapp.yaml (decimals 0): 89 277,404 → 79 384,566 t. The trend
    # writes the values as "Senaste värde" does; the change −9 892,838 takes a decimal, since
    # 79 385 − 89 277 = −9 892 while it rounds to −9 893.
    assert (
        f"- **Trend:** ↓ Förbättring. Förändring från 89{NNBSP}277 (2021) till 79{NNBSP}385 "
        f"(2022), \u22129{NNBSP}892,8 ton CO2-ekv (\u221211,1\u00a0%); önskad riktning är att "
        f"minska.\n- **Senaste värde:** 79{NNBSP}385 ton CO2-ekv (2022)\n"
    ) in text
    # In every card the trend's latest value is the "Senaste värde" as written.
    cards = re.findall(
        r"^- \*\*Trend:\*\* .*? till ([^()\n]+) \((\d{4})\), .*\n- \*\*Senaste värde:\*\* (.+)$",
        text,
        re.MULTILINE,
    )
    assert len(cards) == 36  # every trend of the shipped method: the last two values
    for value, year, latest in cards:
        assert latest.startswith(value + " ") and latest.endswith(f"({year})"), (value, latest)
    assert "\n\n\n" not in text
    for indicator in real.indicators.values():
        name = f"helar-2022-charts/{indicator.id}.svg"
        assert f"]({name})\n" in text
        chart = files[name]
        assert not chart.report
        assert chart.text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns=')
        assert 'role="img"' in chart.text and "<title id=" in chart.text
    # Headings go one level at a time.
    levels = [
        len(line) - len(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")
    ]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in itertools.pairwise(levels))
    assert "| 2022 | 14\u202f854 | Senaste värdet för perioden |" in text


def test_english_report(real: Repository) -> None:
    text = render_report(real, real.period(), ReportFormat.HTML, lang="en")
    page = parse(text)
    assert text.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "Follow-up of the council's goals: Helårsbokslut 2022" in page.text
    assert "closing date 31 December 2022" in page.text
    assert "14,854\u00a0invånare (2022)" in page.text
    assert "Partly achieved" in page.text and "Delvis uppfyllt" not in page.text
    # The data's own Swedish text is marked as Swedish (WCAG 3.1.2, language of parts).
    assert 'Goal 1: <span lang="sv">Hållbar samhällsutveckling och tillväxt</span></h2>' in text
    assert '<div class="text" lang="sv"><p>Utsläppen minskade' in text
    for label in (
        "Sammanfattning",
        "Bedömning saknas",
        "Sakkunnigs bedömning",
        "Perioden som följs",
    ):
        assert label not in page.text


def test_split_report(real: Repository, tmp_path: Path) -> None:
    paths = write_reports(
        real, real.period(), [ReportFormat.HTML, ReportFormat.MARKDOWN], tmp_path, split=True
    )
    goal_ids = [g.id for g in real.goals]
    # A page per organisation responsible for an indicator follows the goals' pages.
    org_ids = [
        "kommunstyrelsen",
        "barn-och-utbildningsnamnden",
        "socialnamnden",
        "kultur-och-fritidsnamnden",
        "miljo-och-byggnamnden",
    ]
    assert [p.name for p in paths] == [
        "helar-2022.html",
        *[f"helar-2022-{g}.html" for g in goal_ids],
        *[f"helar-2022-{o}.html" for o in org_ids],
        "helar-2022.md",
        *[f"helar-2022-{g}.md" for g in goal_ids],
        *[f"helar-2022-{o}.md" for o in org_ids],
    ]
    index = (tmp_path / "helar-2022.html").read_text(encoding="utf-8")
    for goal_id in goal_ids:
        assert f'href="helar-2022-{goal_id}.html"' in index
    assert "indicator-folkmangd" not in index
    page_text = (tmp_path / "helar-2022-hallbar-samhallsutveckling.html").read_text(
        encoding="utf-8"
    )
    page = parse(page_text)
    assert page.headings[0] == (1, "Mål 1: Hållbar samhällsutveckling och tillväxt")
    assert heading_jumps(page.headings) == []
    assert '<a href="helar-2022.html">Till sammanfattningen</a>' in page_text
    assert f"14{NNBSP}854\u00a0invånare (2022)" in page.text
    markdown_index = (tmp_path / "helar-2022.md").read_text(encoding="utf-8")
    assert (
        "[1. Hållbar samhällsutveckling och tillväxt](helar-2022-hallbar-samhallsutveckling.md)"
        in markdown_index
    )
    assert (tmp_path / "helar-2022-charts" / "folkmangd.svg").is_file()


def test_markdown_table_cells_are_escaped(tmp_path: Path) -> None:
    root = copy_repository(MINIMAL, tmp_path / "repo")
    path = root / "data/indicators/utslapp.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "title: Utsläpp av växthusgaser", 'title: "Utsläpp | CO2\\noch metan"'
        ),
        encoding="utf-8",
    )
    repository = load(root)
    text = render_report(repository, repository.period(), ReportFormat.MARKDOWN)
    assert (
        "| Utsläpp \\| CO2 och metan | ↓ Förbättring | 900 ton (2022) | högst 800 ton (2026) |"
        in text
    )


def test_officers_markdown_is_rendered_in_html_and_passed_through_in_markdown(
    tmp_path: Path,
) -> None:
    root = copy_repository(MINIMAL, tmp_path / "repo")
    path = root / "data/assessments/ar-2022/indicators/utslapp.yaml"
    path.write_text(
        "status: partly_achieved\nassessor: Miljöstrateg\nanalysis: |-\n"
        "  Utsläppen *minskar*, se [SMHI](https://smhi.se).\n\n  - transporter\n  - industri\n",
        encoding="utf-8",
    )
    repository = load(root)
    page = render_report(repository, repository.period(), ReportFormat.HTML)
    assert (
        '<div class="text"><p>Utsläppen <em>minskar</em>, se <a href="https://smhi.se" '
        'rel="noopener noreferrer">SMHI</a>.</p>\n<ul>\n<li>transporter</li>\n<li>industri</li>\n'
        "</ul></div>"
    ) in page
    text = render_report(repository, repository.period(), ReportFormat.MARKDOWN)
    assert (
        "**Analys**\n\nUtsläppen *minskar*, se [SMHI](https://smhi.se).\n\n- transporter\n- industri\n"
    ) in text


def test_injected_text_never_becomes_markup(tmp_path: Path) -> None:
    repository = load(hostile_repository(tmp_path / "hostile"))
    for name, text in [
        (f.name, str(f.text))
        for f in render_files(repository, repository.period(), [ReportFormat.HTML], split=True)
        if f.report  # the pages, not the bulk download beside them
    ] + [("whole", render_report(repository, repository.period(), ReportFormat.HTML))]:
        page = parse(text)
        assert "script" not in page.tags, name
        assert "img" not in page.tags, name
        assert len([t for t in page.tags if t == "svg"]) == len(page.svgs)
        assert not [a for a in page.attributes if a[1].startswith("on")], name
        hrefs = [value for _, attribute, value in page.attributes if attribute == "href"]
        assert not [
            h for h in hrefs if not h.startswith(("#", "https:", "http:", "mailto:", "ar-2022"))
        ], name
        assert not [h for h in hrefs if h.startswith(("http", "mailto"))], name
        # The payload is shown as text, so it was really there and escaped, not dropped.
        assert "<script>window.__pwned = 1" in page.text, name
    whole = render_report(repository, repository.period(), ReportFormat.HTML)
    assert html.escape(PAYLOAD.split("\n")[0], quote=False)[:60] in whole


def test_a_result_given_gives_the_same_report_without_running_the_method_again(
    real: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    period = real.period()
    result = assess_period(real, period)
    forecasts = [assess_period(real, p) for p in forecast_periods(real, period)]
    # The text formats (PDF and Word take seconds each; the Word file records when it was made).
    formats = [ReportFormat.MARKDOWN, ReportFormat.HTML]
    files = render_files(real, period, formats, split=True)
    page = render_report(real, period, ReportFormat.MARKDOWN)
    whole = render_files(real, period, [ReportFormat.MARKDOWN])

    def refuse(*_: object) -> None:
        raise AssertionError("the method ran again")

    monkeypatch.setattr("ambition.report.render.assess_period", refuse)
    given = {"result": result, "forecasts": forecasts}
    assert render_files(real, period, formats, split=True, **given) == files
    assert render_report(real, period, ReportFormat.MARKDOWN, **given) == page
    paths = write_reports(real, period, [ReportFormat.MARKDOWN], tmp_path, **given)
    assert paths == [tmp_path / "helar-2022.md"]
    assert [(tmp_path / f.name).read_bytes() for f in whole] == [
        f.text if isinstance(f.text, bytes) else f.text.encode("utf-8") for f in whole
    ]


def test_no_field_of_the_hostile_repository_becomes_live_in_any_format(tmp_path: Path) -> None:
    repository = load(hostile_repository(tmp_path / "hostile"))
    period = repository.period()
    # PDF and Word are made from this HTML; tests/report/test_pdf.py and test_word.py read
    # the hostile repository's files back.
    text_formats = [ReportFormat.MARKDOWN, ReportFormat.HTML]
    files = render_files(repository, period, text_formats, split=True)
    files += render_files(repository, period, text_formats)
    pages = [f for f in files if f.report]
    assert {f.name.rsplit(".", 1)[1] for f in pages} == {"md", "html"}
    for file in pages:
        if file.name.endswith(".html"):
            page = parse(file.text)
            assert "script" not in page.tags and "img" not in page.tags, file.name
            assert not [a for a in page.attributes if a[1].startswith("on")], file.name
            continue
        tokens = flatten(lax_viewer().parse(file.text))
        assert [t.content for t in tokens if t.type in ("html_inline", "html_block")] == [], (
            file.name
        )
        links = [t.attrs.get("href") for t in tokens if t.type == "link_open"]
        # The only links are the report's own pages and anchors; no javascript:, no data:.
        assert [h for h in links if not str(h).startswith("ar-2022")] == [], file.name
        images = [str(t.attrs.get("src")) for t in tokens if t.type == "image"]
        assert all(src.startswith("ar-2022") and src.endswith(".svg") for src in images)
        assert URL_PAYLOAD not in links
        headings = [t for t in tokens if t.type == "heading_open"]
        assert headings and all(t.map is not None for t in headings)
        # The payload is there, as text a reader sees.
        assert "<script>window.__pwned = 1" in html.unescape(file.text), file.name


def test_pdf_and_word_are_files_not_text(real: Repository) -> None:
    for fmt in (ReportFormat.PDF, ReportFormat.DOCX):
        with pytest.raises(ValueError, match=f"the {fmt.value} report is a file"):
            render_report(real, real.period(), fmt)


def test_each_goal_shows_its_counts_and_combined_trend(real: Repository, real_html: str) -> None:
    page = parse(real_html)
    md = render_report(real, real.period(), ReportFormat.MARKDOWN)
    # data/ (helar-2022): goal 1's nine indicators are 2 achieved, 4 partly, 3 not achieved, and
    # their final trends 5 improving, 1 stable, 3 worsening; goal 4 has two indicators without a
    # status and trends 3 improving, 1 stable, 4 worsening (docs/method.md, "A goal's trend").
    assert "Delvis uppfyllt – 2 av 9 indikatorer uppfyllda" in page.text
    assert "Delvis uppfyllt – 4 av 9 bedömda indikatorer uppfyllda; 2 ej bedömda" in page.text
    assert (
        '<dt>Sammanvägd trend</dt><dd><span class="trend trend-improving">Förbättring</span> '
        '<span class="explanation">Indikatorernas trender: förbättring 5, oförändrad 1, '
        "försämring 3, så den sammanvägda trenden är förbättring.</span></dd>"
    ) in real_html
    assert (
        "- **Sammanvägd trend:** Försämring. Indikatorernas trender: förbättring 3, oförändrad 1, "
        "försämring 4, så den sammanvägda trenden är försämring.\n"
    ) in md
    # The summary has a column of the goals' combined trends: improving for goals 1–3, worsening
    # for goal 4.
    trends = re.findall(
        r'<td data-label="Sammanvägd trend"><span class="trend trend-(\w+)">', real_html
    )
    assert trends == ["improving", "improving", "improving", "worsening"]
    assert "| Bedömning | Mål | Indikatorernas status | Sammanvägd trend |\n" in md
    assert "lika många indikatorer pekar åt två håll" in page.text


def test_a_goal_with_sub_goals_shows_each_with_its_counts_owner_and_areas(tmp_path: Path) -> None:
    # tests/method/levels.py: the sub-goal 'fossilfritt' (owned by bun) groups klimat (A, A, N)
    # and trafik (P, N); with rollup_by_level it is the worst of its areas, klimat achieved and
    # trafik partly (share with 60 %): partly achieved, 1 of 2 areas achieved.
    rollup = (
        "rollup_by_level:\n"
        "  measurement_area: {rule: share, achieved_share: 0.6, partly_share: 0.5}\n"
        "  sub_goal: {rule: worst, over: parts}\n"
    )
    repository = levels_repository(tmp_path, rollup)
    html_text = render_report(repository, repository.period(), ReportFormat.HTML)
    page = parse(html_text)
    assert heading_jumps(page.headings) == []
    assert (3, "Delmål") in page.headings
    row = html_text[html_text.index('<tr id="sub-goal-fossilfritt">') :]
    row = row[: row.index("</tr>")]
    assert 'Delvis uppfyllt</span> <span class="rollup-count">– 1 av 2 mätområden uppfyllt' in row
    assert "Barn- och utbildningsnämnden" in row
    assert '<a href="#area-klimat">Klimat</a>' in row and '<a href="#area-trafik">Trafik</a>' in row
    assert "Det sämsta bedömda mätområdet är delvis uppfyllt." in row
    md = render_report(repository, repository.period(), ReportFormat.MARKDOWN)
    assert "| Bedömning | Delmål | Ägs av | Sammanvägd trend | Mätområden |\n" in md
    assert "| ◐ Delvis uppfyllt (enligt metodens förslag) – 1 av 2 mätområden uppfyllt |" in md


def test_the_report_links_to_the_bulk_download_beside_it(real: Repository, tmp_path: Path) -> None:
    paths = write_reports(real, real.period(), [ReportFormat.HTML, ReportFormat.MARKDOWN], tmp_path)
    export = tmp_path / "helar-2022-export.csv"
    # The same bytes as `ambition export csv` writes, and not listed among the report pages.
    assert export.read_bytes() == to_csv(export_rows(assess_period(real, real.period())))
    assert export not in paths
    size = Download(export.name, "CSV", export.stat().st_size).size_text("sv")
    html_text = (tmp_path / "helar-2022.html").read_text(encoding="utf-8")
    assert (
        f'<a href="helar-2022-export.csv" download type="text/csv">Ladda ned som CSV ({size})</a>'
    ) in html_text
    assert html_text.index('id="download"') < html_text.index('id="organisations"')
    md = (tmp_path / "helar-2022.md").read_text(encoding="utf-8")
    assert f"[Ladda ned som CSV ({size})](helar-2022-export.csv)" in md
    # A split report's index links to it too; a report of one organisation has none.
    split = render_files(real, real.period(), [ReportFormat.HTML], split=True)
    assert 'href="helar-2022-export.csv"' in str(split[1].text)
    scoped = render_files(
        real, real.period(), [ReportFormat.HTML], scope=Scope(organisation="socialnamnden")
    )
    assert [f.name for f in scoped] == ["helar-2022-socialnamnden.html"]
    assert "export.csv" not in str(scoped[0].text)
