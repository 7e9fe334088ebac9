"""The assessment round: write the method's proposals into the assessment files of a period.

For every indicator and goal of the repository, the period's assessment file gets a
``proposal:`` block with the method's current proposal; a missing file is created with empty
fields for the expert. Nothing the expert wrote is touched (see ``ambition.yaml.edit``), and a
file whose proposal is already current is not written at all, so running the round twice
changes nothing.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ambition import layout
from ambition.method.engine import assess_period
from ambition.method.results import GoalResult, IndicatorResult, PeriodResult
from ambition.models import Period
from ambition.repository import Repository
from ambition.schema.json_schema import modeline
from ambition.yaml.edit import (
    BlockValue,
    TextFile,
    indentation,
    plain_number,
    render_block,
    replace_block,
    write_atomic,
)

PROPOSAL_KEY = "proposal"
PROPOSAL_COMMENT = "metodens förslag, skrivet av ambition assess --write; ändra inte för hand"
COMPUTED_DECIMALS = 4
"""Precision of the computed numbers written into files (the unrounded ones stay in memory)."""


@dataclass(frozen=True)
class FileChange:
    """One file the round creates or changes: its repository-relative path and new bytes."""

    relpath: str
    created: bool
    data: bytes


def _indicator_fields(result: IndicatorResult) -> dict[str, BlockValue]:
    explanation = result.proposal.explanation
    computed = {
        k: float(plain_number(v, COMPUTED_DECIMALS)) for k, v in explanation.computed.items()
    }
    return {
        "status": result.proposal.status.value,
        "trend": result.trend.trend.value,
        "rule": result.rule,
        "year": result.latest.year if result.latest else None,
        "value": result.latest.value if result.latest else None,
        "explanation": explanation.sentence("sv"),
        "computed": computed,
    }


def _goal_fields(result: GoalResult) -> dict[str, BlockValue]:
    return {
        "status": result.proposal.status.value,
        "explanation": result.proposal.explanation.sentence("sv"),
        "areas": {a.area.id: a.proposal.status.value for a in result.areas},
    }


def _new_file(relpath: str, heading: str, fields: tuple[str, ...]) -> str:
    line = modeline(relpath)
    lines = [line] if line else []
    lines += [f"# {heading}", "# Fyll i fälten nedan; förslaget längst ned skrivs av ambition."]
    lines += [f"{name}:" for name in fields]
    return "\n".join(lines) + "\n"


def _change(
    root: Path,
    relpath: str,
    fields: Mapping[str, BlockValue],
    heading: str,
    empty_fields: tuple[str, ...],
) -> FileChange | None:
    path = root / relpath
    if path.exists():
        original = TextFile.read(path)
        created = False
    else:
        original = TextFile(_new_file(relpath, heading, empty_fields))
        created = True
    block = render_block(PROPOSAL_KEY, fields, indentation(original.text), PROPOSAL_COMMENT)
    text = replace_block(original.text, PROPOSAL_KEY, block)
    if not created and text == original.text:
        return None
    return FileChange(relpath, created, TextFile(text, original.bom, original.newline).encoded())


def plan(
    repository: Repository, period: Period, result: PeriodResult | None = None
) -> list[FileChange]:
    """The files the round would create or change for ``period``, in path order.

    ``result`` is the method applied to ``period`` (as validation computed it); computed here
    when None. Raises OSError or UnicodeDecodeError only if an existing file cannot be read (a
    loaded repository's files always can).
    """
    if result is None:
        result = assess_period(repository, period)
    changes: list[FileChange | None] = []
    for goal in result.goals:
        changes.append(
            _change(
                repository.root,
                layout.GOAL_ASSESSMENT.path(period.id, goal.goal.id),
                _goal_fields(goal),
                f"Målägarens bedömning av mål {goal.goal.number}, {goal.goal.display_title}, "
                f"för {period.title or period.id}.",
                ("status", "trend", "analysis", "assessor"),
            )
        )
        for item in goal.indicators:
            changes.append(
                _change(
                    repository.root,
                    layout.INDICATOR_ASSESSMENT.path(period.id, item.indicator.id),
                    _indicator_fields(item),
                    f"Sakkunnigs bedömning av {item.indicator.title} för "
                    f"{period.title or period.id}.",
                    ("status", "trend", "analysis", "assessor"),
                )
            )
    return sorted((c for c in changes if c is not None), key=lambda c: c.relpath)


def apply(repository: Repository, changes: list[FileChange]) -> None:
    """Write every change atomically. Raises OSError on the first file that cannot be written;
    files written before it keep their new contents, the failing one its old."""
    for change in changes:
        write_atomic(repository.root / change.relpath, change.data)
