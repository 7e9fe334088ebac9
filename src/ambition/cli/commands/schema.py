"""``ambition schema``: write the JSON Schemas editors use to check the YAML as it is typed."""

from pathlib import Path
from typing import Annotated

import typer

from ambition.cli.common import RootOption, boundary


@boundary
def schema(
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Folder to write the schemas into; default: <repository>/schemas.",
        ),
    ] = None,
    root: RootOption = None,
) -> None:
    """Write a JSON Schema (draft-07) per file kind, for editors that check YAML as you type."""
    import ambition.cli.output as output
    from ambition.errors import RepositoryNotFoundError
    from ambition.layout import find_root
    from ambition.schema.json_schema import write_schemas

    if output_dir is None:
        try:
            output_dir = find_root(root or Path.cwd()) / "schemas"
        except RepositoryNotFoundError:
            output_dir = Path("schemas")
    output.written(write_schemas(output_dir))
