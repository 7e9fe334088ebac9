"""``ambition codeowners``: write CODEOWNERS from the organisations' reviewers."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ambition.cli.common import (
    EXIT_PROBLEMS,
    LangOption,
    RootOption,
    boundary,
    language,
    load_checked,
)


class SyntaxOption(StrEnum):
    """The forge whose CODEOWNERS syntax is written."""

    GITHUB = "github"
    GITLAB = "gitlab"


@boundary
def codeowners(
    root: RootOption = None,
    syntax: Annotated[
        SyntaxOption | None,
        typer.Option(
            "--syntax",
            help="github, or gitlab (one section per goal); default: that of the file "
            "ambition wrote before, else github.",
        ),
    ] = None,
    output_path: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="The file to write, '-' for standard output; default: the CODEOWNERS file "
            "already in the repository (.github/, the root, docs/, .gitlab/), else CODEOWNERS.",
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Write nothing; exit 1 when the file would change."),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Write CODEOWNERS, so that each change waits for the right reviewers.

    Each indicator, its assessments and each goal go to the reviewers of the organisation
    responsible for it (data/organisations.yaml, 'reviewers:'); ambition.yaml and the method
    go to the central office (the organisation of kind central_office)."""
    import ambition.cli.output as output
    from ambition.forge import codeowners as owners
    from ambition.yaml.edit import write_atomic

    validation = load_checked(root, lang=lang)
    repository = validation.repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    to_stdout = output_path == Path("-")
    path = owners.default_path(repository.root) if output_path is None else output_path
    try:
        before: str | None = None if to_stdout else path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        before = None
    if syntax is not None:
        chosen = owners.Syntax(syntax.value)
    elif before is not None and before.startswith(owners.HEADER):
        chosen = owners.syntax_of(before)
    else:
        chosen = owners.Syntax.GITHUB
    text = owners.codeowners(repository, chosen)
    if to_stdout:
        output.document(text)
        return
    if before is not None and before.replace("\r\n", "\n") == text:
        return
    if check:
        from ambition.messages.text import text as message

        speak = language(lang, repository.root)
        said = message("write.codeowners-would-change", path=str(path))
        output.error(said.render(speak), speak)
        raise typer.Exit(EXIT_PROBLEMS)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text.encode("utf-8"))
    output.written([path])
