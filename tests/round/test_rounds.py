"""The year's rounds: which period is due on a day, and which comes next with its dates.

The dates are the ones the municipality follows up at (tertial per 30 April, interim report
per 31 August, annual accounts per 31 December; vaggeryd.se, mal-styrning-och-uppfoljning),
with the shipped example's deadlines (ambition.yaml): 20 May, 20 September, 15 February.
"""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from ambition.cli import app
from ambition.models import Period, PeriodKind
from ambition.round.rounds import ProposedPeriod, current_round, next_kind, next_round
from ambition.validation.validate import validate

runner = CliRunner()
D = dt.date


def period(period_id: str, kind: PeriodKind, closing: dt.date, deadline: dt.date) -> Period:
    title = {"tertial": "Tertialprognos", "interim": "Delårsrapport", "annual": "Helårsbokslut"}
    return Period(
        id=period_id,
        kind=kind,
        title=f"{title[kind.value]} {closing.year}",
        closing_date=closing,
        deadline=deadline,
    )


TERTIAL = period("tertial-2022", PeriodKind.TERTIAL, D(2022, 4, 30), D(2022, 5, 20))
INTERIM = period("delar-2022", PeriodKind.INTERIM, D(2022, 8, 31), D(2022, 9, 20))
ANNUAL = period("helar-2022", PeriodKind.ANNUAL, D(2022, 12, 31), D(2023, 2, 15))
YEAR = [TERTIAL, INTERIM, ANNUAL]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2022, 1, 10), TERTIAL),  # before the tertial: it is the next to be due
        (D(2022, 5, 20), TERTIAL),  # the deadline's own day
        (D(2022, 5, 21), INTERIM),
        (D(2022, 9, 21), ANNUAL),
        (D(2023, 2, 15), ANNUAL),
        (D(2023, 2, 16), ANNUAL),  # all passed: the latest
    ],
)
def test_the_current_round_is_the_next_deadline(today: dt.date, expected: Period) -> None:
    assert current_round(YEAR, today) == expected


def test_a_period_without_deadline_is_due_at_its_closing_date() -> None:
    open_interim = INTERIM.model_copy(update={"deadline": None})
    assert current_round([TERTIAL, open_interim, ANNUAL], D(2022, 8, 31)) == open_interim
    assert current_round([TERTIAL, open_interim, ANNUAL], D(2022, 9, 1)) == ANNUAL


def test_the_rounds_follow_each_other_through_the_year() -> None:
    assert next_round([TERTIAL]) == ProposedPeriod(
        "delar-2022", PeriodKind.INTERIM, D(2022, 8, 31), D(2022, 9, 20), "Delårsrapport 2022"
    )
    assert next_round([TERTIAL, INTERIM]) == ProposedPeriod(
        "helar-2022", PeriodKind.ANNUAL, D(2022, 12, 31), D(2023, 2, 15), "Helårsbokslut 2022"
    )
    # After the annual accounts: next year's tertial, 20 days after 30 April 2023 as in 2022.
    assert next_round(YEAR) == ProposedPeriod(
        "tertial-2023", PeriodKind.TERTIAL, D(2023, 4, 30), D(2023, 5, 20), "Tertialprognos 2023"
    )


def test_without_tertials_the_next_year_starts_with_the_interim() -> None:
    assert next_kind(ANNUAL, uses_tertials=False) == (PeriodKind.INTERIM, 2023)
    # The deadline follows the last interim's: 31 August + 20 days; the id its prefix.
    assert next_round([INTERIM, ANNUAL]).id == "delar-2023"


def test_a_kind_given_gets_its_next_closing_date_and_the_earlier_ones_names() -> None:
    annual = Period(
        id="ar-2021",
        kind=PeriodKind.ANNUAL,
        title="Årsredovisning 2021",
        closing_date=D(2021, 12, 31),
        deadline=D(2022, 3, 1),  # 60 days after
    )
    assert next_round([annual, TERTIAL], PeriodKind.ANNUAL) == ProposedPeriod(
        "ar-2022", PeriodKind.ANNUAL, D(2022, 12, 31), D(2023, 3, 1), "Årsredovisning 2022"
    )
    assert next_round([annual], PeriodKind.INTERIM).closing_date == D(2022, 8, 31)


@given(st.integers(2000, 2100), st.sampled_from(list(PeriodKind)))
def test_each_proposal_closes_after_the_latest_and_before_its_deadline(
    year: int, kind: PeriodKind
) -> None:
    month, day = {"tertial": (4, 30), "interim": (8, 31), "annual": (12, 31)}[kind.value]
    latest = Period(id="p", kind=kind, closing_date=D(year, month, day))
    proposed = next_round([latest])
    # At most the next year's interim: an annual period alone has no tertial after it.
    assert latest.closing_date < proposed.closing_date <= D(year + 1, 8, 31)
    assert proposed.closing_date < proposed.deadline
    assert proposed.id.endswith(str(proposed.closing_date.year))


def test_new_period_without_arguments_adds_the_next_round(minimal_repo: Path) -> None:
    path = minimal_repo / "ambition.yaml"
    before = path.read_text(encoding="utf-8")
    dry = runner.invoke(app, ["new", "period", "--dry-run", "--root", str(minimal_repo)])
    assert dry.exit_code == 0, dry.output
    # The minimal repository has one annual period (ar-2022, deadline 46 days after) and no
    # tertial, so the next round is the interim report per 31 August 2023 (deadline 20 days).
    added = (
        "  - id: delar-2023\n"
        "    kind: interim\n"
        '    title: "Delårsrapport 2023"\n'
        "    closing_date: 2023-08-31\n"
        "    deadline: 2023-09-20\n"
    )
    assert dry.output == added
    assert path.read_text(encoding="utf-8") == before
    result = runner.invoke(app, ["new", "period", "--root", str(minimal_repo)])
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == before + added
    assert validate(minimal_repo).diagnostics == []


def test_status_reports_on_the_round_that_is_due(real_repo: Path) -> None:
    result = runner.invoke(app, ["status", "--root", str(real_repo), "--today", "2022-09-01"])
    assert result.output.startswith(
        "Delårsrapport 2022\n"
        "Bedömningarna är prognoser för helåret 2022.\n"
        "Sista dag 2022-09-20: 19 dagar kvar.\n"
    )
    annual = runner.invoke(app, ["status", "--root", str(real_repo), "--today", "2022-09-21"])
    assert annual.output.startswith("Helårsbokslut 2022\nSista dag 2023-02-15: 147 dagar kvar.")


def test_new_period_keeps_every_byte_and_comment_of_the_real_ambition_yaml(
    real_repo: Path,
) -> None:
    path = real_repo / "ambition.yaml"
    before = path.read_bytes()
    result = runner.invoke(app, ["new", "period", "--root", str(real_repo)])
    assert result.exit_code == 0, result.output
    after = path.read_bytes()
    # The new period goes right after the last one (the references follow in the file); every
    # other byte is kept.
    added = (
        b"  - id: tertial-2023\n"
        b"    kind: tertial\n"
        b'    title: "Tertialprognos 2023"\n'
        b"    closing_date: 2023-04-30\n"
        b"    deadline: 2023-05-20\n"
    )
    last = (
        b"    deadline: 2023-02-15  # exempel p\xc3\xa5 sista dag f\xc3\xb6r bed\xc3\xb6mningar\n"
    )
    at = before.index(last) + len(last)
    assert after == before[:at] + added + before[at:]
    assert [d for d in validate(real_repo).diagnostics if d.severity.value == "error"] == []
