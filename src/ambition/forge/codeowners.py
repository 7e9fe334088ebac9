"""CODEOWNERS from the data: who reviews which file, by the organisation responsible for it.

Each indicator's file and its assessment files of every period go to the reviewers of the
indicator's ``responsible`` organisation; each goal's file and its assessments to those of its
``owner``; each action to those of its ``responsible``. ``ambition.yaml``, the method, the
organisations, the steering documents and the programme go to the central office: the first
organisation of ``kind: central_office`` in ``data/organisations.yaml``. An organisation without
reviewers leaves its files to the central office; a file with nobody to review it gets no line.

Two syntaxes: GitHub's (one list, the last matching line wins) and GitLab's, with one section
per goal (``[Mål 1: …]``), since GitLab asks for an approval from every section a change touches.
The patterns ``/data/assessments/*/…`` match the files of every period, present and future.
Patterns are relative to the git repository's root, which must be the data repository's (the
folder of ``ambition.yaml``), as in the examples of docs/ci/.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ambition import layout
from ambition.diagnostics import Diagnostic
from ambition.diagnostics.codes import diagnostic
from ambition.messages.text import text
from ambition.models import Goal
from ambition.models.organisation import OrganisationKind
from ambition.repository import Repository

HEADER = "# Written by `ambition codeowners` from data/organisations.yaml: do not edit by hand."
"""The first line of every CODEOWNERS file ambition writes; ``validate`` checks only these."""

LOCATIONS = layout.CODEOWNERS_FILES
"""Where GitHub and GitLab look for CODEOWNERS, relative to the repository root."""

_SECTION = re.compile(r"^\^?\[[^\]]+\]")


class Syntax(StrEnum):
    """The forge whose CODEOWNERS syntax is written."""

    GITHUB = "github"
    GITLAB = "gitlab"


@dataclass(frozen=True)
class Rule:
    """One line of CODEOWNERS: a pattern (``/data/indicators/x.yaml``) and its owners."""

    pattern: str
    owners: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """A group of rules: one goal's, or (``goal`` None) the central office's files or, with
    ``actions``, the action plan's (and any indicator outside every goal)."""

    goal: Goal | None
    rules: tuple[Rule, ...]
    actions: bool = False


def _assessments(kind: layout.FileKind, item_id: str) -> str:
    return "/" + kind.path("*", item_id)


def sections(repository: Repository) -> list[Section]:
    """The rules grouped as GitLab's sections: the central office's first, then one per goal
    in the goals' order (the goal's files, then its indicators' by measurement area), then the
    actions and any indicator outside every goal under the central office's heading again."""
    central = next(
        (
            o.reviewers
            for o in repository.organisations.values()
            if o.kind is OrganisationKind.CENTRAL_OFFICE
        ),
        [],
    )

    def owners(organisation: str) -> tuple[str, ...]:
        known = repository.organisations.get(organisation)
        return tuple(known.reviewers if known and known.reviewers else central)

    common = [
        Rule(f"/{kind.pattern}", tuple(central))
        for kind in layout.KINDS.values()
        if kind.single and kind.name != "organisations"
    ]
    common.insert(2, Rule(f"/{layout.ORGANISATIONS.pattern}", tuple(central)))
    found = [Section(None, tuple(common))]
    placed: set[str] = set()
    for goal in repository.goals:
        rules = [
            Rule("/" + layout.GOAL.path(goal.id), owners(goal.owner)),
            Rule(_assessments(layout.GOAL_ASSESSMENT, goal.id), owners(goal.owner)),
        ]
        for area in goal.measurement_areas:
            for indicator in repository.indicators_in_area(area.id):
                placed.add(indicator.id)
                who = owners(indicator.responsible)
                rules.append(Rule("/" + layout.INDICATOR.path(indicator.id), who))
                rules.append(Rule(_assessments(layout.INDICATOR_ASSESSMENT, indicator.id), who))
        found.append(Section(goal, tuple(rules)))
    rest = [
        Rule("/" + layout.ACTION.path(action.id), owners(action.responsible))
        for action in repository.actions.values()
    ]
    for indicator in repository.indicators.values():
        if indicator.id not in placed:
            who = owners(indicator.responsible)
            rest.append(Rule("/" + layout.INDICATOR.path(indicator.id), who))
            rest.append(Rule(_assessments(layout.INDICATOR_ASSESSMENT, indicator.id), who))
    if rest:
        found.append(Section(None, tuple(rest), actions=True))
    return found


def _lines(rules: tuple[Rule, ...]) -> Iterator[str]:
    for rule in rules:
        if rule.owners:
            yield f"{rule.pattern} {' '.join(rule.owners)}"
        else:
            yield f"# {rule.pattern}: no reviewers (give the central office 'reviewers:')"


def codeowners(repository: Repository, syntax: Syntax) -> str:
    """The whole CODEOWNERS text (lines ending in ``\\n``) in ``syntax``, headed by
    ``HEADER``; section and comment words in the project's language."""
    sv = repository.project.language == "sv"
    out = [
        HEADER,
        "# Ändra granskarna under 'reviewers:' där och kör kommandot igen."
        if sv
        else "# Change the reviewers under 'reviewers:' there and run the command again.",
    ]
    for section in sections(repository):
        out.append("")
        if section.actions:
            title = "Handlingsplanen" if sv else "The action plan"
        elif section.goal is None:
            title = "Gemensamt (kommunledningskontoret)" if sv else "Common (central office)"
        else:
            goal = section.goal.display_title.replace("]", ")").replace("[", "(")
            title = f"{'Mål' if sv else 'Goal'} {section.goal.number}: {goal}"
        out.append(f"[{title}]" if syntax is Syntax.GITLAB else f"# {title}")
        out.extend(_lines(section.rules))
    return "\n".join(out) + "\n"


def syntax_of(text: str) -> Syntax:
    """GitLab's syntax when ``text`` has a section heading (``[Name]``), else GitHub's."""
    lines = text.splitlines()
    return Syntax.GITLAB if any(_SECTION.match(line) for line in lines) else Syntax.GITHUB


def check(repository: Repository) -> list[Diagnostic]:
    """A warning ``codeowners-outdated`` for each CODEOWNERS file written by ambition (first
    line ``HEADER``) that differs from what ``codeowners`` writes now, at its first differing
    line; hand-written CODEOWNERS files are not checked. Files that cannot be read are skipped
    (only ambition's own files are judged)."""
    found = []
    for relpath in LOCATIONS:
        try:
            written = (repository.root / relpath).read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        have = [line.rstrip() for line in written.splitlines()]
        if not have or have[0] != HEADER:
            continue
        syntax = syntax_of(written)
        want = codeowners(repository, syntax).splitlines()
        if have == want:
            continue
        line = next(
            (n for n, (a, b) in enumerate(zip(have, want, strict=False), 1) if a != b),
            min(len(have), len(want)) + 1,
        )
        expected = (
            text("codeowners-outdated.line", line=want[line - 1])
            if line <= len(want)
            else text("codeowners-outdated.end")
        )
        option = " --syntax gitlab" if syntax is Syntax.GITLAB else ""
        found.append(
            diagnostic(
                "codeowners-outdated",
                relpath,
                line,
                1,
                text("codeowners-outdated", line=line, expected=expected),
                text("codeowners-outdated.fix", option=option, path=relpath),
            )
        )
    return found


def default_path(root: Path) -> Path:
    """The CODEOWNERS file to write when none is named: the first existing one of
    ``LOCATIONS``, else ``CODEOWNERS`` at the root (which both forges read)."""
    for relpath in LOCATIONS:
        if (root / relpath).is_file():
            return root / relpath
    return root / "CODEOWNERS"
