"""The steering documents and the action plan in the reports: per goal, per organisation and for
the programme's implementation, as Markdown and HTML."""

import re
from pathlib import Path

import pytest

from ambition.report import ReportFormat, Scope, render_files, render_report
from ambition.repository import Repository
from tests.conftest import MINIMAL, TESTS, copy_repository
from tests.report.htmlcheck import heading_jumps, parse
from tests.report.repositories import load

PROGRAMME = TESTS / "fixtures" / "programme"


@pytest.fixture(scope="module")
def fixture(tmp_path_factory: pytest.TempPathFactory) -> Repository:
    """tests/fixtures/programme, loaded once: five actions, one per status, one overdue."""
    return load(copy_repository(PROGRAMME, tmp_path_factory.mktemp("programme")))


def section(text: str, heading: str) -> str:
    """The Markdown from ``heading`` up to the next heading of the same or a higher level."""
    level = heading.split(" ", 1)[0]
    start = text.index(f"\n{heading}\n") + 1
    following = re.compile(rf"^#{{1,{len(level)}}} ", re.MULTILINE)
    found = following.search(text, start + len(heading))
    return text[start : found.start() if found else len(text)].rstrip("\n")


def test_markdown_implementation_counts_per_focus_area_and_organisation(
    fixture: Repository,
) -> None:
    text = render_report(fixture, fixture.period(), ReportFormat.MARKDOWN)
    assert section(text, "## Programmets genomförande").splitlines() == [
        "## Programmets genomförande",
        "",
        "**Hållbarhetsprogram**",
        "",
        "Åtgärderna i handlingsplanen per fokusområde och per ansvarig organisation, med läget "
        "vid periodens slut.",
        "",
        "1 av 5 åtgärder är genomförd. Åtgärdernas läge: planerad 1, pågår 1, genomförd 1, "
        "försenad 1, avbruten 1; slutdatum passerat 1.",
        "",
        "**Åtgärder per fokusområde och läge**",
        "",
        "| Fokusområde | Åtgärder | Planerad | Pågår | Genomförd | Försenad | Avbruten | "
        "Slutdatum passerat |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        "| Miljö i fokus | 5 | 1 | 1 | 1 | 1 | 1 | 1 |",
        "| **Totalt** | **5** | **1** | **1** | **1** | **1** | **1** | **1** |",
        "",
        "**Åtgärder per ansvarig organisation och läge**",
        "",
        "| Organisation | Åtgärder | Planerad | Pågår | Genomförd | Försenad | Avbruten | "
        "Slutdatum passerat |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        "| Kommunstyrelsen | 3 | 1 | 1 | 1 | 0 | 0 | 1 |",
        "| Barn- och utbildningsnämnden | 2 | 0 | 0 | 0 | 1 | 1 | 0 |",
        "| **Totalt** | **5** | **1** | **1** | **1** | **1** | **1** | **1** |",
    ]


def test_markdown_goal_shows_its_steering_documents_and_actions(fixture: Repository) -> None:
    text = render_report(fixture, fixture.period(), ReportFormat.MARKDOWN)
    assert section(text, "### Styrdokument").splitlines() == [
        "### Styrdokument",
        "",
        "| Styrdokument | Slag | Beslut | Gäller | Hänvisas från |",
        "|---|---|---|---|---|",
        "| Hållbarhetsprogram | Program |  |  | Målet |",
        "| [Miljöprogram 2022–2025](<https://example.org/miljoprogram>) | Program | "
        "Kommunfullmäktige, 29 november 2021, § 155 | 2022–2025 | Mätområde: Klimat; "
        "Indikator: Utsläpp av växthusgaser |",
    ]
    assert section(text, "### Åtgärder i handlingsplanen").splitlines() == [
        "### Åtgärder i handlingsplanen",
        "",
        "1 av 5 åtgärder är genomförd. Åtgärdernas läge: planerad 1, pågår 1, genomförd 1, "
        "försenad 1, avbruten 1; slutdatum passerat 1.",
        "",
        "Slutdatum passerat vid periodens slut, utan att åtgärden är genomförd:",
        "",
        "- Solceller på kommunens byggnader (klart senast 30 juni 2022)",
        "",
        "| Åtgärd | Mätområde | Ansvarig | Läge | Klart senast | Lägesbeskrivning Helår 2022 |",
        "|---|---|---|---|---|---|",
        "| Laddplatser vid kommunhuset | Klimat | Kommunstyrelsen | Genomförd 10 maj 2022 | "
        "31 december 2022 | Tio laddplatser invigdes i maj. |",
        "| Solceller på kommunens byggnader | Klimat | Kommunstyrelsen | Pågår (slutdatum "
        "passerat) | 30 juni 2022 | Två tak är klara, *tre* återstår. (Energistrateg) |",
        "| Ekologiska livsmedel i upphandlingen | Mat | Barn- och utbildningsnämnden | Försenad | "
        "30 juni 2023 | Lägesbeskrivning saknas |",
        # Cancelled, and not started by the period's close: no note is expected.
        "| Mindre matsvinn i skolköken | Mat | Barn- och utbildningsnämnden | Avbruten | "
        "Inget datum |  |",
        "| En cykelplan |  | Kommunstyrelsen | Planerad | Inget datum |  |",
    ]
    # The area and the indicator name the documents they rest on.
    assert "- **Styrdokument:** [Miljöprogram 2022–2025](<https://example.org/miljoprogram>)" in (
        section(text, "### Mätområde: Klimat")
    )


def test_html_report_is_structured_and_says_status_in_words(fixture: Repository) -> None:
    text = render_report(fixture, fixture.period(), ReportFormat.HTML)
    page = parse(text)
    assert heading_jumps(page.headings) == []
    assert len(page.ids) == len(set(page.ids))
    assert [h for h in page.headings if h[0] <= 3] == [
        (1, "Uppföljning av fullmäktiges mål: Helår 2022"),
        (2, "Sammanfattning"),
        (2, "Per nämnd och bolag"),
        (2, "Programmets genomförande"),
        (2, "Mål 1: God miljö"),
        (3, "Styrdokument"),
        (3, "Åtgärder i handlingsplanen"),
        (3, "Mätområde: Klimat"),
        (3, "Mätområde: Mat"),
    ]
    captions = re.findall(r"<caption[^>]*>(.*?)</caption>", text)
    for caption in (
        "Åtgärder per fokusområde och läge",
        "Åtgärder per ansvarig organisation och läge",
        "Styrdokument som målet vilar på",
        "Åtgärder: mål 1",
    ):
        assert caption in captions
    # Every table of the action plan has header cells with a scope for each row and column.
    tables = re.findall(
        r'<table class="(?:actions|action-totals|steering) cards">.*?</table>', text, re.S
    )
    assert len(tables) == 4
    for table in tables:
        cells = re.findall(r"<th\b[^>]*>", table)
        assert cells and all(re.search(r'scope="(row|col)"', cell) for cell in cells), cells
    row = re.search(r'<tr id="action-miljo-solceller">.*?</tr>', text, re.S)
    assert row is not None
    assert (
        '<span class="action-status">Pågår</span> <span class="overdue">Slutdatum passerat</span>'
        in row.group()
    )
    assert '<div class="text"><p>Två tak är klara, <em>tre</em> återstår.</p></div>' in row.group()
    assert '<a href="#action-miljo-solceller">Solceller på kommunens byggnader</a>' in text
    totals = re.search(r"<tfoot>(.*?)</tfoot>", text, re.S)
    assert totals is not None
    assert (
        re.findall(r'<td class="num" data-label="[^"]+">(\d+)</td>', totals.group(1))
        == ["5"] + ["1"] * 6
    )
    assert '<li><span class="overdue">Slutdatum passerat</span>: 1</li>' in text


def test_english_labels(fixture: Repository) -> None:
    text = render_report(fixture, fixture.period(), ReportFormat.MARKDOWN, lang="en")
    assert "## Implementation of the programme" in text
    assert (
        "1 of 5 actions is done. Status of the actions: planned 1, ongoing 1, done 1, "
        "delayed 1, cancelled 1; past due date 1."
    ) in text
    assert "| Ongoing (past due date) | 30 June 2022 |" in text
    assert "| Programme |" in text and "Referred to by" in text


def test_report_of_one_organisation_lists_its_actions(fixture: Repository) -> None:
    scope = Scope(organisation="bun")
    text = render_report(fixture, fixture.period(), ReportFormat.MARKDOWN, scope=scope)
    own = section(text, "## Åtgärder som Barn- och utbildningsnämnden ansvarar för")
    assert own.splitlines() == [
        "## Åtgärder som Barn- och utbildningsnämnden ansvarar för",
        "",
        "0 av 2 åtgärder är genomförda. Åtgärdernas läge: försenad 1, avbruten 1.",
        "",
        "| Åtgärd | Mål | Mätområde | Ansvarig | Läge | Klart senast | "
        "Lägesbeskrivning Helår 2022 |",
        "|---|---|---|---|---|---|---|",
        "| Ekologiska livsmedel i upphandlingen | 1. God miljö | Mat | "
        "Barn- och utbildningsnämnden | Försenad | 30 juni 2023 | Lägesbeskrivning saknas |",
        "| Mindre matsvinn i skolköken | 1. God miljö | Mat | Barn- och utbildningsnämnden | "
        "Avbruten | Inget datum |  |",
    ]
    assert "## Programmets genomförande" not in text
    goal_actions = section(text, "### Åtgärder i handlingsplanen")
    assert "0 av 2 åtgärder är genomförda." in goal_actions
    assert "Solceller" not in text
    html = render_report(fixture, fixture.period(), ReportFormat.HTML, scope=scope)
    page = parse(html)
    assert heading_jumps(page.headings) == []
    assert len(page.ids) == len(set(page.ids))
    assert 'id="org-action-ekologisk-upphandling"' in html


def test_goal_report_and_split_pages(fixture: Repository) -> None:
    scope = Scope(goal="miljo")
    text = render_report(fixture, fixture.period(), ReportFormat.MARKDOWN, scope=scope)
    assert "## Programmets genomförande" not in text
    assert "### Åtgärder i handlingsplanen" in text
    files = {
        f.name: f.text
        for f in render_files(
            fixture, fixture.period(), [ReportFormat.HTML, ReportFormat.MARKDOWN], split=True
        )
    }
    assert "Programmets genomförande" in files["ar-2022.html"]
    assert "Åtgärder i handlingsplanen" not in files["ar-2022.html"]
    goal_page = parse(files["ar-2022-miljo.html"])
    assert heading_jumps(goal_page.headings) == []
    assert [h for h in goal_page.headings if h[0] <= 2] == [
        (1, "Mål 1: God miljö"),
        (2, "Styrdokument"),
        (2, "Åtgärder i handlingsplanen"),
        (2, "Mätområde: Klimat"),
        (2, "Mätområde: Mat"),
    ]
    assert "## Åtgärder i handlingsplanen" in files["ar-2022-miljo.md"]


def test_without_an_action_plan_the_report_has_no_such_sections(tmp_path: Path) -> None:
    repository = load(copy_repository(MINIMAL, tmp_path / "repo"))
    for fmt in (ReportFormat.MARKDOWN, ReportFormat.HTML):
        text = render_report(repository, repository.period(), fmt)
        for words in ("Åtgärder", "Styrdokument", "Programmets genomförande"):
            assert words not in text, (fmt, words)


def test_real_report_shows_the_programme_per_goal_and_focus_area(real: Repository) -> None:
    text = render_report(real, real.period(), ReportFormat.MARKDOWN)
    assert "0 av 17 åtgärder är genomförda. Åtgärdernas läge: planerad 7, pågår 10." in text
    implementation = section(text, "## Programmets genomförande")
    for row in (
        "| Hållbar samhällsutveckling | 6 | 3 | 3 | 0 | 0 | 0 | 0 |",
        "| Näringsliv, utbildning och sysselsättning | 3 | 0 | 3 | 0 | 0 | 0 | 0 |",
        "| Folkhälsa, kultur och fritid | 5 | 3 | 2 | 0 | 0 | 0 | 0 |",
        "| Attraktivitet, tillgänglighet, demokrati och trygghet | 3 | 1 | 2 | 0 | 0 | 0 | 0 |",
        "| **Totalt** | **17** | **7** | **10** | **0** | **0** | **0** | **0** |",
    ):
        assert row in implementation
    assert "Åtgärdernas läge och lägesbeskrivningar är exempel" in implementation
    goal_one = section(text, "## Mål 1: Hållbar samhällsutveckling och tillväxt")
    assert "0 av 6 åtgärder är genomförda. Åtgärdernas läge: planerad 3, pågår 3." in goal_one
    assert (
        "| Miljöprogram 2022–2025 | Program | Kommunfullmäktige, 29 november 2021, § 155 | "
        "2022–2025 |"
    ) in goal_one
    assert (
        "| Vision 2030: Här ger vi plats för att göra skillnad | Vision |  | 2013–2030 | Målet |"
        in (goal_one)
    )
    assert (
        "| Ambitionsnivå inför uppföljning av fullmäktiges mål för hållbar utveckling | Beslut | "
        "Kommunstyrelsen, KS 2019/160 |  | Målet |"
    ) in goal_one


def test_no_column_of_due_dates_when_no_action_has_one(tmp_path: Path) -> None:
    # The shipped example: none of its 17 actions has a 'due' date, so the tables leave the
    # column out instead of writing "Inget datum" 17 times.
    repository = load(copy_repository(TESTS.parent, tmp_path / "vaggeryd"))
    assert all(a.due is None for a in repository.actions.values())
    for fmt in (ReportFormat.MARKDOWN, ReportFormat.HTML):
        text = render_report(repository, repository.period(), fmt)
        assert "Inget datum" not in text and "Klart senast" not in text
    markdown = render_report(repository, repository.period(), ReportFormat.MARKDOWN)
    assert "| Åtgärd | Mätområde | Ansvarig | Läge | Lägesbeskrivning Helårsbokslut 2022 |" in (
        markdown
    )
