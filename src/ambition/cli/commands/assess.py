"""``ambition assess``: the common method applied to a period, printed or as JSON; with
``--write`` the proposals written into the assessment files, with ``--check`` a CI check that
they are. A file where the proposal cannot be placed safely is not written: it is named with
its line and the reason, and the command exits 1. Both first remove the temporary files an
interrupted write left behind."""

from typing import TYPE_CHECKING, Annotated

import typer

from ambition.cli.common import (
    EXIT_PROBLEMS,
    LangOption,
    Language,
    PeriodOption,
    RevisionOption,
    RootOption,
    at_revision,
    boundary,
    language,
    load_checked,
)

if TYPE_CHECKING:
    from ambition.diff.revisions import Snapshot
    from ambition.validation.validate import Validation


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
    revision: RevisionOption = None,
) -> None:
    """Apply the common method and show its proposals beside the experts' statuses.

    Per goal, each indicator's value, target, proposed status and trend, with the explanation
    of every proposal, and the expert's status beside it."""
    if revision is not None:
        from ambition.errors import AmbitionError
        from ambition.messages.text import text

        if write or check:
            raise AmbitionError(text("error.revision-and-write"))
        with at_revision(root, revision) as state:  # the state read from git
            assert state is not None, "a revision gives a snapshot"
            validation = load_checked(state.root, unfinished=True, lang=lang)
            _show(validation, period, lang, as_json, state)
        return
    import ambition.cli.output as output

    validation = load_checked(root, unfinished=not (write or check), lang=lang)
    repository = validation.repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    result = validation.result(repository.period(period))  # the method ran once, in validation
    if write or check:
        from ambition.messages.text import text
        from ambition.round import write as assessment_round
        from ambition.yaml.edit import remove_leftovers

        speak = language(lang, repository.root)
        for relpath in remove_leftovers(repository.root):
            typer.echo(text("new.removed", path=str(relpath)).render(speak))
        planned = assessment_round.prepare(repository, result.period, result)
        if write:
            assessment_round.apply(repository, planned.changes)
        output.file_changes(planned.changes, written=write, lang=speak)
        said = "write.not-written" if write else "write.would-not-write"
        for refusal in planned.refusals:
            typer.echo(text(said, refusal=refusal.text()).render(speak))
        if planned.refusals or (check and planned.changes and not write):
            raise typer.Exit(EXIT_PROBLEMS)
        return
    _show(validation, period, lang, as_json)


def _show(
    validation: "Validation",
    period: str | None,
    lang: Language | None,
    as_json: bool,
    state: "Snapshot | None" = None,
) -> None:
    """The method's result for ``period`` printed, or as JSON; with ``state`` (--revision)
    naming the revision: a line of text, or a ``revision`` key (the name given, the commit,
    its tags and branches)."""
    import ambition.cli.output as output
    from ambition.method.records import period_record

    repository = validation.repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    result = validation.result(repository.period(period))  # the method ran once, in validation
    language = lang.value if lang else repository.project.language
    if as_json:
        record = period_record(result, analysis_required=repository.method.analysis_required)
        if state is not None:
            record["revision"] = {
                "name": state.revision.name,
                "commit": state.revision.commit,
                "names": list(state.names),
            }
        output.json_document(record)
    else:
        from ambition.cli.assessment import assessment

        assessment(result, repository, language, state.label if state else None)
