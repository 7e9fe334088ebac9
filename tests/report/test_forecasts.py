"""Forecast against outcome in the annual report: each forecast of the year beside the outcome,
and how many held.

The real data's statuses are read from the files in data/assessments/ (named in each test).
"""

import datetime as dt
import re
from pathlib import Path

import pytest

from ambition.models import Period, PeriodKind, Status
from ambition.report import ReportFormat
from ambition.report.forecasts import (
    ForecastRow,
    ForecastTrack,
    forecast_periods,
    held,
    held_sentence,
)
from ambition.report.labels import labels
from ambition.report.render import build_context, render_report
from ambition.repository import Repository

A, P, N, X = (
    Status.ACHIEVED,
    Status.PARTLY_ACHIEVED,
    Status.NOT_ACHIEVED,
    Status.NOT_ASSESSED,
)
INTERIM = Period(id="delar-2022", kind=PeriodKind.INTERIM, closing_date=dt.date(2022, 8, 31))


@pytest.mark.parametrize(
    ("forecast", "outcome", "expected"),
    [
        (A, A, True),
        (P, P, True),
        (A, P, False),
        (N, A, False),
        (X, A, None),
        (A, X, None),
        (None, A, None),
    ],
)
def test_a_forecast_holds_when_its_status_is_the_outcomes(
    forecast: Status | None, outcome: Status, expected: bool | None
) -> None:
    assert held(forecast, outcome) is expected


def test_the_count_leaves_out_what_is_not_assessed() -> None:
    track = ForecastTrack(
        (INTERIM,),
        (
            ForecastRow("goal", "g", "G", (A,), A),  # held
            ForecastRow("indicator", "a", "A", (A,), P),  # did not hold
            ForecastRow("indicator", "b", "B", (X,), A),  # no forecast made: not counted
            ForecastRow("indicator", "c", "C", (None,), N),  # not in the period: not counted
            ForecastRow("indicator", "d", "D", (N,), N),  # held
        ),
    )
    assert track.counts(0) == (2, 3)


@pytest.mark.parametrize(
    ("kept", "total", "sv", "en"),
    [
        (12, 15, "12 av 15 prognoser höll", "12 of 15 forecasts held"),
        (1, 1, "1 av 1 prognos höll", "1 of 1 forecast held"),
        (0, 2, "0 av 2 prognoser höll", "0 of 2 forecasts held"),
    ],
)
def test_the_noun_agrees_with_the_total(kept: int, total: int, sv: str, en: str) -> None:
    assert held_sentence(kept, total, labels("sv")) == sv
    assert held_sentence(kept, total, labels("en")) == en


def test_an_annual_period_has_its_years_forecast_periods(real: Repository) -> None:
    annual = real.period("helar-2022")
    assert [p.id for p in forecast_periods(real, annual)] == ["tertial-2022", "delar-2022"]
    assert forecast_periods(real, real.period("delar-2022")) == []
    assert build_context(real, real.period("delar-2022")).forecast_track is None


def test_the_annual_report_shows_each_forecast_beside_the_outcome(real: Repository) -> None:
    markdown = render_report(real, real.period("helar-2022"), ReportFormat.MARKDOWN)
    # data/assessments/*/indicators/arbetsloshet-18-65.yaml: the tertial's status is the
    # method's (2021's 4,9 % against "minska från 3,5 % 2018": not achieved); the interim's
    # expert judged achieved from the year's development; the annual outcome is achieved.
    assert (
        "| Arbetslöshet 18–65 år | ○ Ej uppfyllt ≠ utfallet | ● Uppfyllt | ● Uppfyllt |"
    ) in markdown
    # valdeltagande-minst-ett-val: no forecast at the tertial (the latest value, 2018, is too
    # old); the interim's forecast value 85,0 % is no increase from 85,4 %: not achieved.
    assert (
        "| Valdeltagande i minst ett av de allmänna valen | – Ej bedömd | ○ Ej uppfyllt ≠ "
        "utfallet | ◐ Delvis uppfyllt |"
    ) in markdown
    # 4 goals and 39 indicators; not counted: 7 not assessed at the tertial (sjalvskattad-halsa,
    # mojlighet-att-paverka, the three turnouts, trygghet-utomhus, bra-plats-att-bo), 6 at
    # the interim (the turnout in at least one election has a forecast value).
    # Counted again from `ambition assess --period P --json` of the three periods (final
    # statuses, pairs with 'not_assessed' on either side left out), after the example compares
    # five indicators with the country and reads 2/3 exactly: 10 of 36 and 13 of 37 held.
    assert "- Tertialprognos 2022: **10 av 36 prognoser höll**" in markdown
    assert "- Delårsrapport 2022: **13 av 37 prognoser höll**" in markdown


def test_an_interim_report_labels_its_statuses_as_forecasts(real: Repository) -> None:
    markdown = render_report(real, real.period("delar-2022"), ReportFormat.MARKDOWN)
    assert "> Bedömningarna är prognoser för helåret 2022" in markdown
    assert "Prognoser mot utfall" not in markdown
    # anmalda-brott (thin space between thousands): 2021’s 7 446 is below 2018's 7 682 (the target: decrease): achieved.
    assert (
        "- **Förslag enligt metoden:** ● Prognos: bedöms bli uppfyllt under året. Prognos för "
        "helåret 2022 utifrån värdet för 2021; 2022 års värde publiceras i Kolada tidigast "
        "2023. Värdet 2021 (7\u202f446 brott per 100\u202f000 invånare)"
    ) in markdown
    assert "85,0 procent (prognos 2022)" in markdown


def test_the_interim_html_names_the_year_of_each_value(real: Repository, tmp_path: Path) -> None:
    html = render_report(real, real.period("delar-2022"), ReportFormat.HTML)
    assert "7\u202f446\u00a0brott per 100\u202f000 invånare (2021)" in html
    assert "Prognos: bedöms inte bli uppfyllt under året" in html
    # No latest value shown is 2022's own (published in 2023): only 2021's or earlier, and the
    # expert's forecast value of valdeltagande-minst-ett-val.
    cells = re.findall(r'data-label="Senaste värde">([^<]*)</td>', html)
    assert len(cells) == 39
    years = {cell.rsplit("(", 1)[1].rstrip(")") for cell in cells if "(" in cell}
    assert years == {"2021", "2020", "2018", "2014", "prognos 2022"}  # nöjdhet: no 2021
