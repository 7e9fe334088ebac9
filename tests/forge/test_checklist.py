"""The round as a checklist per organisation, as ``status --format md`` writes it.

In tests/fixtures/minimal, on 1 February 2023, the indicator 'ekologisk-mat' (bun) lacks a status
and an analysis (tests/round/test_status.py); the deadline 15 February 2023 is 14 days away.
"""

import datetime as dt
from pathlib import Path

from ambition.forge.checklist import checklist, organisation_checklist
from ambition.loading.repository import load_repository
from ambition.repository import Repository
from ambition.round.status import outstanding

BUN = """<!-- ambition-status organisation=bun period=ar-2022 missing=2 reviewers=@testby/bun,berit@testby.se -->
## Barn- och utbildningsnämnden

Helår 2022: sista dag 15 februari 2023 (14 dagar kvar).

- [ ] Status för indikatorn **Ekologiska livsmedel** i `data/assessments/ar-2022/indicators/ekologisk-mat.yaml`
- [ ] Analys för indikatorn **Ekologiska livsmedel** i `data/assessments/ar-2022/indicators/ekologisk-mat.yaml`

Granskare: @testby/bun berit@testby.se
"""


def _repository(root: Path) -> Repository:
    path = root / "data/organisations.yaml"
    text = path.read_text("utf-8").replace(
        "kind: committee\n", 'kind: committee\n    reviewers: ["@testby/bun", berit@testby.se]\n'
    )
    path.write_text(text, "utf-8")
    loaded = load_repository(root)
    assert loaded.repository is not None
    return loaded.repository


def test_one_box_per_missing_piece_with_the_file_and_the_reviewers(minimal_repo: Path) -> None:
    repository = _repository(minimal_repo)
    report = outstanding(repository, repository.period(), dt.date(2023, 2, 1))
    assert checklist(report, repository, "sv") == BUN
    assert organisation_checklist(report, repository, "bun", "sv") == BUN


def test_an_organisation_with_nothing_missing_and_english(minimal_repo: Path) -> None:
    repository = _repository(minimal_repo)
    report = outstanding(repository, repository.period(), dt.date(2023, 2, 20))
    assert organisation_checklist(report, repository, "ks", "en") == (
        "<!-- ambition-status organisation=ks period=ar-2022 missing=0 reviewers= -->\n"
        "## Kommunstyrelsen\n"
        "\n"
        "Helår 2022: deadline 15 February 2023 (passed 5 days ago).\n"
        "\n"
        "Everything is in.\n"
    )


def test_a_value_points_to_the_indicator_and_titles_mention_no_one(minimal_repo: Path) -> None:
    indicator = minimal_repo / "data/indicators/ekologisk-mat.yaml"
    text = indicator.read_text("utf-8")
    indicator.write_text(
        text.replace("title: Ekologiska livsmedel", "title: '#1 @all *mat* <b>'"), "utf-8"
    )
    values = text.split("values:")[1]
    # Drop every value: the method has none to use.
    indicator.write_text(
        indicator.read_text("utf-8").replace("values:" + values, "values: {}\n"), "utf-8"
    )
    repository = _repository(minimal_repo)
    report = outstanding(repository, repository.period(), dt.date(2023, 2, 1))
    lines = organisation_checklist(report, repository, "bun", "sv").splitlines()
    assert lines[5] == (
        r"- [ ] Aktuellt värde för indikatorn **\#1 \@all \*mat\* \<b\>** i "
        "`data/indicators/ekologisk-mat.yaml`"
    )


def test_nothing_missing_anywhere(minimal_repo: Path) -> None:
    repository = _repository(minimal_repo)
    report = outstanding(repository, repository.period(), dt.date(2023, 2, 1), "ks")
    assert checklist(report, repository, "sv") == (
        "Helår 2022: sista dag 15 februari 2023 (14 dagar kvar).\n\nAllt är inrapporterat.\n"
    )


def test_an_escaped_title_renders_as_written(minimal_repo: Path) -> None:
    from markdown_it import MarkdownIt

    indicator = minimal_repo / "data/indicators/ekologisk-mat.yaml"
    text = indicator.read_text("utf-8")
    indicator.write_text(
        text.replace("title: Ekologiska livsmedel", "title: '#1 @all *mat* <b>'"), "utf-8"
    )
    repository = _repository(minimal_repo)
    report = outstanding(repository, repository.period(), dt.date(2023, 2, 1))
    html = MarkdownIt("commonmark").render(organisation_checklist(report, repository, "bun", "sv"))
    assert "<strong>#1 @all *mat* &lt;b&gt;</strong>" in html
    assert "<b>" not in html
