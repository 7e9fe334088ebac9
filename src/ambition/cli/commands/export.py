"""``ambition export csv|xlsx|json``: the period's values, targets, statuses and trends as one
table, for download."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ambition.cli.common import LangOption, PeriodOption, RootOption, boundary, load_checked


class ExportFormat(StrEnum):
    """Export formats."""

    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"


@boundary
def export(
    export_format: Annotated[ExportFormat, typer.Argument(help="csv, xlsx or json.")],
    root: RootOption = None,
    period: PeriodOption = None,
    output_file: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="File to write; '-' for standard output (csv, json); "
            "default: <repository>/build/export/<period>.<format>.",
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Write one row per indicator and year, for a spreadsheet or another program.

    Each row holds the value, the target, the method's proposed status, the final status and
    the trend."""
    import ambition.cli.output as output
    from ambition.export.formats import WRITERS
    from ambition.export.table import export_rows
    from ambition.yaml.edit import write_atomic

    validation = load_checked(root, lang=lang)
    repository = validation.repository
    assert repository is not None, "load_checked exits when the repository is unusable"
    chosen = repository.period(period)
    data = WRITERS[export_format.value](export_rows(validation.result(chosen)))
    if output_file == Path("-") and export_format is not ExportFormat.XLSX:
        output.document(data.decode("utf-8"))
        return
    target = output_file or repository.root / "build" / "export" / f"{chosen.id}.{export_format}"
    write_atomic(target, data)
    output.written([target])
