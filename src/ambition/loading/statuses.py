"""Every status an expert or a goal owner writes is a degree of the period's scale: a check
across files, since the scale (``data/method.yaml``) and the period's kind (``ambition.yaml``)
live apart from the assessments.

A 'partly achieved' at the annual accounts of a scale without it, or a 'largely achieved' on
the common three-level scale, is refused (``status-off-scale``) with the scale's degrees in the
reader's language, from the scale's own labels; 'not assessed' is always allowed.
"""

import dataclasses
from collections.abc import Iterable, Iterator, Mapping

from ambition import layout
from ambition.diagnostics import Diagnostic
from ambition.loading.findings import Findings
from ambition.loading.model_words import SWEDISH_WORDS, status_intent
from ambition.messages.text import Text, listing, text
from ambition.models import (
    GoalAssessment,
    IndicatorAssessment,
    Method,
    PeriodKind,
    Project,
    Status,
)
from ambition.models.assessment import Assessment
from ambition.models.scale import Scale
from ambition.yaml.positions import SourceFile

Where = tuple[str | int, ...]


def _statuses(assessment: Assessment, where: Where = ()) -> Iterator[tuple[Where, Status]]:
    """Every status written in ``assessment`` and its parts, with its key path."""
    if assessment.status is not None:
        yield (*where, "status"), assessment.status
    parts: Mapping[str, Assessment] = {}
    for name in ("breakdowns", "areas", "sub_goals"):
        parts = getattr(assessment, name, {})
        for key, part in parts.items():
            yield from _statuses(part, (*where, name, key))


def check_statuses_on_scale(
    findings: Findings,
    project: Project | None,
    method: Method | None,
    indicator_assessments: Mapping[tuple[str, str], IndicatorAssessment],
    goal_assessments: Mapping[tuple[str, str], GoalAssessment],
) -> None:
    """Report (``status-off-scale``) each status of an assessment that is not a degree of its
    period's scale (``Scale.levels_for`` the period's kind) nor 'not assessed'. Nothing is
    checked without a usable project or method (their own files are reported)."""
    if project is None or method is None:
        return
    kinds = {period.id: period.kind for period in project.periods}
    files = [
        *((layout.INDICATOR_ASSESSMENT, key, a) for key, a in indicator_assessments.items()),
        *((layout.GOAL_ASSESSMENT, key, a) for key, a in goal_assessments.items()),
    ]
    for kind, (period, item_id), assessment in files:
        if period not in kinds:
            continue
        levels = method.scale.levels_for(kinds[period])
        for where, status in _statuses(assessment):
            if status is Status.NOT_ASSESSED or status in levels:
                continue
            labels: list[str | Text] = [
                text(
                    "status-off-scale.label",
                    sv=method.scale.style(s).label.sv,
                    en=method.scale.style(s).label.en,
                )
                for s in levels
            ]
            findings.report(
                kind.path(period, item_id),
                where,
                "status-off-scale",
                text(
                    "status-off-scale", status=status.value, period=period, degrees=listing(labels)
                ),
                text(
                    "status-off-scale.fix",
                    values=listing([s.value for s in levels], "or"),
                ),
            )


def choices_on_scale(
    diagnostics: Iterable[Diagnostic],
    sources: Mapping[str, SourceFile],
    project: Project | None,
    method: Method | None,
) -> list[Diagnostic]:
    """``diagnostics`` (of single files) with each ``invalid-choice`` at a status of an
    assessment said again against its period's scale: its suggestion a degree of that scale
    (the nearest by spelling or the Swedish word, folded onto the scale by ``Scale.fold`` where
    the scale lacks it), every degree named by its key and its label. The file alone does not
    know the method, so it suggests from the whole vocabulary; without a usable project or
    method, or where the written word cannot be read back, a diagnostic is kept as it is."""
    kept = list(diagnostics)
    if project is None or method is None:
        return kept
    kinds = {period.id: period.kind for period in project.periods}
    for index, found in enumerate(kept):
        period, _, _ = found.path.removeprefix(layout.ASSESSMENTS_DIR + "/").partition("/")
        steps = (found.yaml_path or "").split(".")
        if found.code != "invalid-choice" or steps[-1] != "status" or period not in kinds:
            continue
        if not found.path.startswith(layout.ASSESSMENTS_DIR + "/"):
            continue
        source = sources.get(found.path)
        written = _written(source, steps) if source is not None else None
        if written is not None:
            hint = _on_scale(written, method.scale, kinds[period], period)
            kept[index] = dataclasses.replace(found, hint=hint)
    return kept


def _written(source: SourceFile, steps: list[str]) -> str | None:
    """The scalar written at ``steps`` (keys of mappings), as written; None if there is none."""
    node = source.scan().root
    for step in steps:
        entries = node.entries if node is not None else None
        found = entries.get(step) if entries is not None else None
        node = found[-1] if found else None
    return node.text if node is not None and node.is_scalar else None


def _named(scale: Scale, status: Status) -> Text:
    """A status as the reader writes it and the report shows it: 'achieved (Uppfyllt)'."""
    if not scale.has_style(status):
        return text("words.as-is", text=status.value)
    label = scale.style(status).label
    named = text("words.label", sv=label.sv, en=label.en)
    return text("invalid-choice.status.degree", key=status.value, label=named)


def _on_scale(written: str, scale: Scale, kind: PeriodKind, period: str) -> Text:
    """The fix of the status ``written`` in a period of ``kind`` (its id ``period``)."""
    levels = [_named(scale, s) for s in scale.levels_for(kind)]
    none = _named(scale, Status.NOT_ASSESSED)
    intent = status_intent(written)
    if intent is None:
        degrees = listing(levels, "or")
        return text("invalid-choice.status.fix", period=period, degrees=degrees, none=none)
    meant = Status(intent)
    folded = scale.fold(meant, kind)
    degree = _named(scale, folded)
    if folded is not meant:
        return text(
            "invalid-choice.status.folded",
            meant=_named(scale, meant),
            period=period,
            degrees=listing(levels),
            degree=degree,
            none=none,
        )
    on_scale = text(
        "invalid-choice.status.scale", period=period, degrees=listing(levels), none=none
    )
    swedish = written.strip().lower() in SWEDISH_WORDS
    key = "invalid-choice.status.swedish" if swedish else "invalid-choice.status.nearest"
    return text(key, degree=degree, scale=on_scale)
