"""``ambition assess``: the common method applied to a period, printed or as JSON; with
``--write`` the proposals written into the assessment files, with ``--check`` a CI check that
they are. A file where the proposal cannot be placed safely is not written: it is named with
its line and the reason, and the command exits 1. Both first remove the temporary files an
interrupted write left behind."""

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


@boundary
def assess(
    root: RootOption = None,
    period: PeriodOption = None,
    lang: LangOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
    write: Annotated[
        bool,
        typer.Option(
            "--write",
            help="Write the proposals into the period's assessment files, "
            "creating missing ones; what experts wrote is left untouched.",
        ),
    ] = False,
    check: Annotated[
        bool,
        typer.Option("--check", help="Exit 1 if --write would change any file (for CI)."),
    ] = False,
) -> None:
    """Apply the common method: per goal, each indicator's value, target, proposal, trend and
    the expert's status, with the explanation of every proposal."""
    import ambition.cli.output as output
    from ambition.method.records import period_record

    validation = load_checked(root, lang=lang)
    repository = validation.repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    result = validation.result(repository.period(period))  # the method ran once, in validation
    if write or check:
        from ambition.round import write as assessment_round
        from ambition.yaml.edit import remove_leftovers

        for relpath in remove_leftovers(repository.root):
            typer.echo(f"removed: {relpath} (left by an interrupted write)")
        planned = assessment_round.prepare(repository, result.period, result)
        if write:
            assessment_round.apply(repository, planned.changes)
        output.file_changes(planned.changes, written=write)
        for refusal in planned.refusals:
            typer.echo(f"{'not written' if write else 'would not write'}: {refusal.format()}")
        if planned.refusals or (check and planned.changes and not write):
            raise typer.Exit(EXIT_PROBLEMS)
        return
    if as_json:
        output.json_document(period_record(result))
    else:
        output.assessment(result, repository, lang.value if lang else repository.project.language)
