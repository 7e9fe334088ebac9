"""``ambition status``: what is still missing for a period, per organisation, and whether the
deadline has passed."""

from enum import StrEnum
from typing import Annotated

import typer

from ambition.cli.common import (
    EXIT_PROBLEMS,
    LangOption,
    PeriodOption,
    RootOption,
    boundary,
    load_checked,
)


class StatusFormat(StrEnum):
    """Output of ``status``."""

    TEXT = "text"
    JSON = "json"
    MD = "md"
    ICS = "ics"


@boundary
def status(
    root: RootOption = None,
    period: PeriodOption = None,
    lang: LangOption = None,
    organisation: Annotated[
        str | None, typer.Option("--org", help="Only this organisation id.")
    ] = None,
    output_format: Annotated[
        StatusFormat, typer.Option("--format", "-f", help="Output format.")
    ] = StatusFormat.TEXT,
    today: Annotated[
        str | None, typer.Option("--today", help="Count days from this date (YYYY-MM-DD).")
    ] = None,
) -> None:
    """List, per organisation, what is still missing for the period.

    Missing are values, statuses, analyses, justifications and the actions' progress notes.
    The period by default is the current round, whose deadline is the first on or after today
    (else the latest). Exit 1 when something is missing after the deadline.

    --format md writes a checklist per organisation (an issue's body); --format ics every
    period's closing date and deadline as an iCalendar file (exit 0)."""
    import datetime as dt

    import ambition.cli.output as output
    from ambition.errors import AmbitionError
    from ambition.messages.text import text
    from ambition.round.status import outstanding

    validation = load_checked(root, unfinished=True, lang=lang)
    repository = validation.repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    if organisation is not None and organisation not in repository.organisations:
        known = ", ".join(repository.organisations)
        raise AmbitionError(
            text("error.unknown-organisation", organisation=organisation, known=known)
        )
    try:
        day = dt.date.fromisoformat(today) if today else dt.date.today()
    except ValueError:
        raise AmbitionError(text("error.not-a-date", option="--today", value=today)) from None
    if output_format is StatusFormat.ICS:
        from ambition.forge.calendar import calendar

        stamp = dt.datetime.combine(day, dt.time(), dt.UTC)
        output.binary(calendar(repository, stamp))
        return
    if period is None:
        from ambition.round.rounds import current_round

        # The round due: the period whose deadline is the first on or after the day.
        chosen = current_round(repository.project.periods, day)
    else:
        chosen = repository.period(period)
    report = outstanding(repository, chosen, day, organisation, validation.result(chosen))
    language = lang.value if lang else repository.project.language
    if output_format is StatusFormat.JSON:
        output.outstanding_json(report)
    elif output_format is StatusFormat.MD:
        from ambition.forge.checklist import checklist, organisation_checklist

        if organisation is None:
            output.document(checklist(report, repository, language))
        else:
            output.document(organisation_checklist(report, repository, organisation, language))
    else:
        output.outstanding(report, repository, language)
    if report.overdue:
        raise typer.Exit(EXIT_PROBLEMS)
