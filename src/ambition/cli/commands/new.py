"""``ambition new indicator|goal|period``: start a new file (or period) with every field
explained. Each first removes the temporary files an interrupted write left behind, and makes
the repository's ``.gitignore`` match them."""

from typing import TYPE_CHECKING, Annotated

import typer

from ambition.cli.common import LangOption, RootOption, boundary, language, load_checked

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from ambition.cli.common import Language


def _tidy(root: "Path", lang: "Language | None") -> list["Path"]:
    """Remove leftovers of interrupted writes (said on the terminal, in the language of
    ``lang`` or the repository); the ``.gitignore`` line, if it had to be written, as a path to
    report with the command's own."""
    from ambition.messages.text import text
    from ambition.round.new import ensure_ignored
    from ambition.yaml.edit import remove_leftovers

    speak = language(lang, root)
    for relpath in remove_leftovers(root):
        typer.echo(text("new.removed", path=str(relpath)).render(speak))
    ignored = ensure_ignored(root, speak)
    return [ignored] if ignored else []


app = typer.Typer(
    help="Start a new indicator, goal or period, with every field explained.", no_args_is_help=True
)
"""The ``new`` sub-app; ``ambition.cli`` adds it to the main app under the name ``new``."""


@app.command("indicator")
@boundary
def new_indicator(
    indicator_id: Annotated[str, typer.Argument(help="The new indicator's id, e.g. 'cykelvagar'.")],
    area: Annotated[str, typer.Option("--area", help="Measurement area id.")],
    responsible: Annotated[str, typer.Option("--responsible", help="Organisation id.")],
    title: Annotated[str | None, typer.Option("--title", help="The indicator's title.")] = None,
    root: RootOption = None,
    lang: LangOption = None,
) -> None:
    """Create data/indicators/<id>.yaml."""
    import ambition.cli.output as output
    from ambition.round.new import new_indicator as create

    repository = load_checked(root, lenient=True, lang=lang).repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    output.written(
        [create(repository, indicator_id, area, responsible, title), *_tidy(repository.root, lang)]
    )


@app.command("goal")
@boundary
def new_goal(
    goal_id: Annotated[str, typer.Argument(help="The new goal's id.")],
    number: Annotated[int, typer.Option("--number", help="The goal's number.")],
    title: Annotated[str, typer.Option("--title", help="The goal as decided.")],
    owner: Annotated[str, typer.Option("--owner", help="Organisation id.")] = "kommunstyrelsen",
    root: RootOption = None,
    lang: LangOption = None,
) -> None:
    """Create data/goals/<id>.yaml."""
    import ambition.cli.output as output
    from ambition.round.new import new_goal as create

    repository = load_checked(root, lenient=True, lang=lang).repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    output.written(
        [create(repository, goal_id, number, title, owner), *_tidy(repository.root, lang)]
    )


@app.command("period")
@boundary
def new_period(
    period_id: Annotated[
        str | None,
        typer.Argument(help="The new period's id, e.g. 'delar-2023'; default: proposed."),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", help="tertial, interim or annual; default: the next round."),
    ] = None,
    closing_date: Annotated[
        str | None,
        typer.Option(
            "--closing-date", help="YYYY-MM-DD; default: 30 April, 31 August or 31 December."
        ),
    ] = None,
    deadline: Annotated[
        str | None,
        typer.Option(
            "--deadline", help="YYYY-MM-DD; default: as long after as the last of its kind."
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="The period's title, e.g. 'Delårsrapport 2023'.")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the period that would be added; write nothing.")
    ] = False,
    root: RootOption = None,
    lang: LangOption = None,
) -> None:
    """Add a period to ambition.yaml, keeping the rest of the file as it is.

    What is not given is proposed as the next round: tertial (30 April) → interim (31 August)
    → annual (31 December) → next year's tertial, with its id, title and a deadline as long
    after its closing date as the last period of its kind had."""

    import ambition.cli.output as output
    from ambition.errors import AmbitionError
    from ambition.messages.text import text
    from ambition.models import PeriodKind
    from ambition.round.new import new_period as create
    from ambition.round.rounds import next_round

    repository = load_checked(root, lenient=True, lang=lang).repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    try:
        period_kind = PeriodKind(kind) if kind else None
    except ValueError:
        raise AmbitionError(text("new.bad-kind", value=kind)) from None
    closing = _date("--closing-date", closing_date)
    due = _date("--deadline", deadline)
    proposed = next_round(repository.project.periods, period_kind)
    # Only what is missing is proposed: with id, kind and closing date given, nothing else is.
    proposing = period_id is None or period_kind is None or closing is None
    path, lines = create(
        repository,
        period_id or proposed.id,
        period_kind or proposed.kind,
        closing or proposed.closing_date,
        due or (proposed.deadline if proposing and closing is None else None),
        title or (proposed.title if proposing else None),
        dry_run=dry_run,
    )
    if dry_run:
        output.document("\n".join(lines) + "\n")
        return
    output.written([path, *_tidy(repository.root, lang)])


def _date(option: str, value: str | None) -> "dt.date | None":
    """The day ``value`` of ``option`` (YYYY-MM-DD), None when not given; raises AmbitionError
    for text that is not such a day."""
    import datetime as dt

    from ambition.errors import AmbitionError
    from ambition.messages.text import text

    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        raise AmbitionError(text("error.not-a-date", option=option, value=value)) from None
