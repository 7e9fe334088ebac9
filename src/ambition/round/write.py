"""The assessment round: write the method's proposals into the assessment files of a period.

For every indicator and goal of the repository, the period's assessment file gets a
``proposal:`` block with the method's current proposal (a goal's with the proposed status of
each of its measurement areas and sub-goals); a missing file is created with empty
fields for the expert. Nothing the expert wrote is touched (see ``ambition.yaml.edit``), and a
file whose proposal is already current is not written at all, so running the round twice
changes nothing. Every new text proves itself before it is written (``ambition.round.proof``):
a file where the block cannot be placed safely is left as it is, with a ``Refusal`` saying
where and why.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ambition import layout
from ambition.method.engine import assess_period
from ambition.method.results import GoalResult, IndicatorResult, PeriodResult
from ambition.models import Period
from ambition.repository import Repository
from ambition.round.proof import Refusal, plain_values, prove, refusal
from ambition.schema.json_schema import modeline
from ambition.yaml.edit import (
    BlockValue,
    ExactText,
    PlacementError,
    indentation,
    place_block,
    plain_number,
    render_block,
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
    fields: dict[str, BlockValue] = {
        "status": result.proposal.status.value,
        "explanation": result.proposal.explanation.sentence("sv"),
        "areas": {a.area.id: a.proposal.status.value for a in result.areas},
    }
    if result.sub_goals:  # a goal without sub-goals keeps the block it had
        fields["sub_goals"] = {s.sub_goal.id: s.proposal.status.value for s in result.sub_goals}
    return fields


def _new_file(relpath: str, heading: str, fields: tuple[str, ...]) -> str:
    line = modeline(relpath)
    lines = [line] if line else []
    lines += [f"# {heading}", "# Fyll i fälten nedan; förslaget längst ned skrivs av ambition."]
    lines += [f"{name}:" for name in fields]
    return "\n".join(lines) + "\n"


def _change(
    root: Path,
    relpath: str,
    kind: layout.FileKind,
    fields: Mapping[str, BlockValue],
    heading: str,
    empty_fields: tuple[str, ...],
) -> FileChange | Refusal | None:
    path = root / relpath
    old: bytes | None = path.read_bytes() if path.exists() else None
    original = (
        ExactText(_new_file(relpath, heading, empty_fields))
        if old is None
        else ExactText.decode(old)
    )
    block = render_block(PROPOSAL_KEY, fields, indentation(original.text), PROPOSAL_COMMENT)
    try:
        text = place_block(original.text, PROPOSAL_KEY, block)
    except PlacementError as error:
        return refusal(relpath, error)
    if old is not None and text == original.text:
        return None
    data = ExactText(text, original.bom).encoded()
    found = prove(relpath, kind, PROPOSAL_KEY, plain_values(fields), old, data)
    return found or FileChange(relpath, old is None, data)


@dataclass(frozen=True)
class Round:
    """What the round would do for a period: the ``changes`` to write (in path order) and the
    ``refusals``, files left as they are because the block cannot be placed safely."""

    changes: list[FileChange]
    refusals: list[Refusal]


def prepare(repository: Repository, period: Period, result: PeriodResult | None = None) -> Round:
    """The files the round would create or change for ``period``, and those it refuses to.

    ``result`` is the method applied to ``period`` (as validation computed it); computed here
    when None. Raises OSError or UnicodeDecodeError only if an existing file cannot be read (a
    loaded repository's files always can).
    """
    if result is None:
        result = assess_period(repository, period)
    found: list[FileChange | Refusal | None] = []
    for goal in result.goals:
        found.append(
            _change(
                repository.root,
                layout.GOAL_ASSESSMENT.path(period.id, goal.goal.id),
                layout.GOAL_ASSESSMENT,
                _goal_fields(goal),
                f"Målägarens bedömning av mål {goal.goal.number}, {goal.goal.display_title}, "
                f"för {period.title or period.id}.",
                ("status", "trend", "analysis", "assessor"),
            )
        )
        for item in goal.indicators:
            found.append(
                _change(
                    repository.root,
                    layout.INDICATOR_ASSESSMENT.path(period.id, item.indicator.id),
                    layout.INDICATOR_ASSESSMENT,
                    _indicator_fields(item),
                    f"Sakkunnigs bedömning av {item.indicator.title} för "
                    f"{period.title or period.id}.",
                    ("status", "trend", "analysis", "assessor"),
                )
            )
    return Round(
        sorted((c for c in found if isinstance(c, FileChange)), key=lambda c: c.relpath),
        sorted((c for c in found if isinstance(c, Refusal)), key=lambda c: c.relpath),
    )


def plan(
    repository: Repository, period: Period, result: PeriodResult | None = None
) -> list[FileChange]:
    """The files the round would create or change for ``period``, in path order: the
    ``changes`` of ``prepare`` (files it refuses to write are left out; ``prepare`` names them).
    """
    return prepare(repository, period, result).changes


def apply(repository: Repository, changes: list[FileChange]) -> None:
    """Write every change atomically. Raises OSError on the first file that cannot be written;
    files written before it keep their new contents, the failing one its old."""
    for change in changes:
        write_atomic(repository.root / change.relpath, change.data)
