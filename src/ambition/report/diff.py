"""The comparison of two revisions as text lines, as a Markdown decision appendix, and as JSON.

``appendix`` turns a ``RevisionDiff`` into rows of words in one language (numbers with the
indicator's decimals and unit, in the language's format); ``render_text`` and
``render_markdown`` lay the same rows out for a terminal and for a decision. ``diff_record`` is
the language-independent JSON document. Nothing here prints.

The words are the report's label catalogue's (:func:`ambition.report.labels.diff_labels`); the
appendix is ``templates/diff.md.j2`` in the reports' Jinja environment, escaped with the filters
of :mod:`ambition.report.text`.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ambition.diff.compare import Change, EntryChange, FieldChange, Subject, Value, ValueChange
from ambition.diff.method import Scalar
from ambition.diff.revisions import Revision, RevisionDiff
from ambition.method.targets import describe_target
from ambition.models import Baseline, Indicator, Target
from ambition.numbers import format_number
from ambition.report.entries import ABSENT, change_subject, entry_record, entry_text
from ambition.report.environment import build_environment
from ambition.report.labels import diff_labels
from ambition.report.text import markdown_code
from ambition.repository import Repository

TEMPLATE = "diff.md.j2"
"""The appendix template; a data repository's own ``templates/diff.md.j2`` overrides it."""


@dataclass(frozen=True)
class Row:
    """One change in words: what it concerns, which change, before and after ('–': absent).

    ``whole`` marks a goal, sub-goal, area or indicator added or removed as a whole.
    """

    subject: str
    change: str
    before: str
    after: str
    whole: bool = False


@dataclass(frozen=True)
class Section:
    """The changes under one goal."""

    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Appendix:
    """The comparison in words of one language, ready for text or Markdown.

    ``before`` and ``after`` name the two sides (a revision with its short commit id, or the
    working tree); ``corrections`` and ``new_measurements`` are rows with the year as ``change``.
    """

    lang: str
    words: Mapping[str, str]
    municipality: str
    before: str
    after: str
    goals: tuple[Section, ...]
    method: tuple[Row, ...]
    corrections: tuple[Row, ...]
    new_measurements: tuple[Row, ...]

    @property
    def ambition_count(self) -> int:
        """The number of changes of ambition: rows under goals and method parameters."""
        return sum(len(s.rows) for s in self.goals) + len(self.method)

    @property
    def summary(self) -> str:
        """One sentence with the three counts."""
        return self.words["summary"].format(
            ambition=self.ambition_count,
            corrections=len(self.corrections),
            measurements=len(self.new_measurements),
        )


def _side(revision: Revision, w: Mapping[str, str], code: bool = False) -> str:
    """A revision by its name and short commit id (the id alone when named by it)."""
    if revision.name is None or revision.commit is None:
        return w["working_tree"]
    name, commit = revision.name, revision.commit[:7]
    if code:
        name, commit = markdown_code(name), markdown_code(commit)
    if revision.commit.startswith(revision.name.lower()):
        return commit
    return w["revision"].format(name=name, commit=commit)


def appendix(result: RevisionDiff, lang: str) -> Appendix:
    """The comparison in words of ``lang`` ('sv' or 'en')."""
    w = diff_labels(lang)
    changes = result.changes
    sections: list[Section] = []
    for goal_changes in changes.goals:
        goal, removed = changes.goal(goal_changes.goal_id)
        key = "goal_removed_heading" if removed else "goal_heading"
        rows = tuple(
            row for entry in goal_changes.entries for row in _entry_rows(entry, result, w, lang)
        )
        sections.append(Section(w[key].format(number=goal.number, title=goal.title), rows))
    return Appendix(
        lang=lang,
        words=w,
        municipality=changes.new.project.municipality.name,
        before=_side(result.before, w),
        after=_side(result.after, w),
        goals=tuple(sections),
        method=tuple(
            Row(c.path, "", _scalar(c.old, w, lang), _scalar(c.new, w, lang))
            for c in changes.method
        ),
        corrections=tuple(_value_row(c, result, lang) for c in changes.corrections),
        new_measurements=tuple(_value_row(c, result, lang) for c in changes.new_measurements),
    )


def _entry_rows(
    entry: EntryChange, result: RevisionDiff, w: Mapping[str, str], lang: str
) -> list[Row]:
    changes = result.changes
    old, new = changes.old, changes.new
    if entry.subject is Subject.GOAL:
        goal, _ = changes.goal(entry.id)
        subject = w["goal"].format(number=goal.number)
        title = goal.title
    elif entry.subject is Subject.SUB_GOAL:
        title = changes.sub_goal(entry.id).title
        subject = w["sub_goal"].format(title=title)
    elif entry.subject is Subject.AREA:
        found = new.area(entry.id) or old.area(entry.id)
        assert found is not None, "an area in the comparison is in one of the repositories"
        title = found[1].title
        subject = w["area"].format(title=title)
    else:
        title = changes.indicator(entry.id).title
        subject = w["indicator_subject"].format(title=title)
    rows: list[Row] = []
    if entry.change is Change.ADDED:
        rows.append(Row(subject, w[f"{entry.subject}_added"], ABSENT, title, whole=True))
    elif entry.change is Change.REMOVED:
        rows.append(Row(subject, w[f"{entry.subject}_removed"], title, ABSENT, whole=True))
    for field in entry.fields:
        if entry.subject is Subject.INDICATOR and field.field == "goal":
            continue  # the measurement area's row names both goals
        rows.append(_field_row(subject, entry, field, result, w, lang))
    return rows


def _field_row(
    subject: str,
    entry: EntryChange,
    field: FieldChange,
    result: RevisionDiff,
    w: Mapping[str, str],
    lang: str,
) -> Row:
    old_repo, new_repo = result.changes.old, result.changes.new
    if field.field == "target":
        label = w["field_interim" if field.interim else "field_target"].format(year=field.year)
    else:
        label = w[f"field_{field.field}"]
    before_indicator = old_repo.indicators.get(entry.id)
    after_indicator = new_repo.indicators.get(entry.id)
    before = _value(field.field, field.old, old_repo, before_indicator, w, lang)
    after = _value(field.field, field.new, new_repo, after_indicator, w, lang)
    return Row(subject, label, before, after)


def _value(
    field: str,
    value: Value,
    repository: Repository,
    indicator: Indicator | None,
    w: Mapping[str, str],
    lang: str,
) -> str:
    """One side of a field change in words, with that side's unit and decimals."""
    if value is None:
        return w["default_rule"] if field == "rule" else ABSENT
    if isinstance(value, Target):
        assert indicator is not None, "a target belongs to an indicator on its side"
        return target_text(value, indicator, w, lang, year=False)  # the row's label names it
    if isinstance(value, Baseline):
        assert indicator is not None, "a baseline belongs to an indicator on its side"
        return f"{_number(value.value, indicator, lang)} ({value.year})"
    if isinstance(value, tuple):  # a sub-goal's measurement areas, by their titles
        return ", ".join(found[1].title if (found := repository.area(a)) else a for a in value)
    if field in ("owner", "responsible"):
        organisation = repository.organisations.get(str(value))
        return organisation.name if organisation else str(value)
    if field == "measurement_area":
        found = repository.area(str(value))
        if found is None:
            return str(value)
        goal, area = found
        return w["area_value"].format(title=area.title, number=goal.number)
    if field == "goal":
        for goal in repository.goals:
            if goal.id == value:
                return w["goal_value"].format(number=goal.number, title=goal.display_title)
        return str(value)
    if field == "direction":
        return w.get(str(value), str(value))
    if isinstance(value, float | int):
        return _scalar(value, w, lang)
    return str(value)


def _number(value: float, indicator: Indicator, lang: str) -> str:
    return f"{format_number(value, indicator.decimals, lang)} {indicator.unit_text}"


def target_text(
    target: Target, indicator: Indicator, w: Mapping[str, str], lang: str, *, year: bool = True
) -> str:
    """A target in words with its year (unless ``year`` is False: a row whose label already
    names it, "målvärde 2026"), acceptable short-term value and national mark, e.g.
    'högst 700 ton (2026), acceptabel nivå på kort sikt 750 ton'."""
    text = describe_target(target, indicator.unit_text, indicator.decimals, lang, dated=year)
    if target.acceptable is not None:
        text += ", " + w["acceptable"].format(value=_number(target.acceptable, indicator, lang))
    if target.national:
        text += ", " + w["national"]
    return text


def _scalar(value: Scalar | float, w: Mapping[str, str], lang: str) -> str:
    """A method parameter or weight: numbers with as many decimals as they have, in ``lang``."""
    if value is None:
        return ABSENT
    if isinstance(value, bool):
        return w["yes"] if value else w["no"]
    if isinstance(value, int):
        return format_number(float(value), 0, lang)
    if isinstance(value, float):
        exponent = Decimal(repr(value)).as_tuple().exponent
        decimals = 0 if value.is_integer() or not isinstance(exponent, int) else max(0, -exponent)
        return format_number(value, decimals, lang)
    return str(value)


def _value_row(change: ValueChange, result: RevisionDiff, lang: str) -> Row:
    old_indicator = result.changes.old.indicators[change.indicator_id]
    new_indicator = result.changes.new.indicators[change.indicator_id]
    before = entry_text(change.old, old_indicator, lang)
    after = entry_text(change.new, new_indicator, lang)
    subject = change_subject(change, old_indicator, new_indicator)
    return Row(subject, str(change.year), before, after)


def render_text(document: Appendix) -> list[str]:
    """The appendix as plain lines for a terminal or a CI log."""
    w = document.words
    lines = [f"{w['heading']}, {document.municipality}: {document.before} → {document.after}"]
    if not document.ambition_count:
        lines += ["", w["no_changes"]]
    for section in document.goals:
        lines += ["", section.title]
        for row in section.rows:
            if row.whole:
                lines.append(f"  {row.subject}: {row.change}")
            else:
                lines.append(f"  {row.subject}: {row.change}: {row.before} → {row.after}")
    if document.method:
        lines += ["", w["method"]]
        lines += [f"  {row.subject}: {row.before} → {row.after}" for row in document.method]
    if document.corrections:
        lines += ["", w["corrections"]]
        lines += [
            f"  {row.subject}, {row.change}: {row.before} → {row.after}"
            for row in document.corrections
        ]
    if document.new_measurements:
        lines += ["", w["new_measurements"]]
        lines += [
            f"  {row.subject}, {row.change}: {row.after}" for row in document.new_measurements
        ]
    lines += ["", document.summary]
    return lines


def render_markdown(result: RevisionDiff, lang: str) -> str:
    """The decision appendix in GitHub-flavoured Markdown, with empty fields for the decision's
    registration number, paragraph and date, a table per goal, the method, and apart from them
    the corrections of measured values and the new measurements."""
    document = appendix(result, lang)
    w = document.words
    before = _side(result.before, w, code=True)
    after = _side(result.after, w, code=True)
    template = build_environment(result.root).get_template(TEMPLATE)
    return template.render(
        appendix=document, comparison=w["comparison"].format(before=before, after=after)
    )


def _field_record(field: FieldChange) -> dict[str, Any]:
    record: dict[str, Any] = {
        "field": field.field,
        "old": _json_value(field.old),
        "new": _json_value(field.new),
    }
    if field.year is not None:
        record["year"] = field.year
        record["interim"] = field.interim
    if field.field in ("target", "baseline"):
        record["parts"] = list(field.parts)
    return record


def _json_value(value: Value) -> Any:
    if isinstance(value, Target):
        return value.model_dump(mode="json", exclude={"note"})
    if isinstance(value, Baseline):
        return value.model_dump(mode="json")
    return value


def _revision_record(revision: Revision) -> dict[str, Any]:
    return {
        "revision": revision.name,
        "commit": revision.commit,
        "working_tree": revision.is_working_tree,
    }


def diff_record(result: RevisionDiff) -> dict[str, Any]:
    """The comparison as a JSON-ready document, independent of language.

    Keys: ``before`` and ``after`` (revision, commit, working_tree), ``data_path``,
    ``ambition_changed``, ``goals`` (per goal its id, number, title, whether removed, and its
    entries with their field changes), ``method`` (path, old, new), ``corrections`` and
    ``new_measurements`` (indicator, year, old, new).
    """
    changes = result.changes
    goals: list[dict[str, Any]] = []
    for goal_changes in changes.goals:
        goal, removed = changes.goal(goal_changes.goal_id)
        goals.append(
            {
                "id": goal.id,
                "number": goal.number,
                "title": goal.title,
                "removed": removed,
                "entries": [
                    {
                        "subject": entry.subject.value,
                        "id": entry.id,
                        "change": entry.change.value,
                        "fields": [_field_record(f) for f in entry.fields],
                    }
                    for entry in goal_changes.entries
                ],
            }
        )

    def values(found: tuple[ValueChange, ...]) -> list[dict[str, Any]]:
        return [
            {
                "indicator": c.indicator_id,
                "year": c.year,
                "old": entry_record(c.old),
                "new": entry_record(c.new),
                **({"breakdown": c.breakdown} if c.breakdown else {}),
            }
            for c in found
        ]

    return {
        "before": _revision_record(result.before),
        "after": _revision_record(result.after),
        "data_path": result.data_path,
        "ambition_changed": changes.ambition_changed,
        "goals": goals,
        "method": [{"path": c.path, "old": c.old, "new": c.new} for c in changes.method],
        "corrections": values(changes.corrections),
        "new_measurements": values(changes.new_measurements),
    }


__all__ = [
    "Appendix",
    "Row",
    "Section",
    "appendix",
    "diff_record",
    "render_markdown",
    "render_text",
    "target_text",
]
