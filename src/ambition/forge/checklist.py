"""The round as a checklist: per organisation, one ``- [ ]`` per missing piece, with the file.

``ambition status --format md`` writes it; each organisation's part is the body of one issue
(``docs/ci/reminders.py`` opens, updates and closes those issues). A part begins with a hidden
marker line the reminder script reads::

    <!-- ambition-status organisation=socialnamnden period=helar-2022 missing=3 reviewers=@a,b@c.se -->

Titles are escaped (CommonMark backslash escapes) so that they render as written: no emphasis,
link or HTML, and ``#`` and ``@`` escaped against the forges' issue references and mentions;
the reviewers are mentioned on purpose, in the part's last line.
"""

import re

from ambition import layout
from ambition.messages.text import text
from ambition.report.labels import format_date
from ambition.report.text import markdown_code
from ambition.repository import Repository
from ambition.round.status import Missing, Outstanding, OutstandingItem

MARKER = "<!-- ambition-status "
"""How each organisation's part begins (then ``key=value`` pairs and `` -->``)."""

_KINDS = {
    "indicator": ("indikatorn", "indicator"),
    "goal": ("målet", "goal"),
    "action": ("åtgärden", "action"),
}
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~@])")
_SPACE = re.compile(r"\s+")


def _plain(text: str) -> str:
    """``text`` as one line of Markdown that renders as written: every punctuation mark that
    could start emphasis, a link, HTML, a mention or an issue reference escaped."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text).strip())


def _box(item: OutstandingItem, missing: Missing, sv: bool) -> str:
    where = layout.INDICATOR.path(item.id) if missing is Missing.VALUE else item.path
    word = missing.label("sv" if sv else "en").removeprefix("a ")
    kind = _KINDS[item.kind][0 if sv else 1]
    title = _plain(item.title)
    if sv:
        return f"- [ ] {word.capitalize()} för {kind} **{title}** i {markdown_code(where)}"
    return f"- [ ] {word.capitalize()} of the {kind} **{title}** in {markdown_code(where)}"


def _deadline(report: Outstanding, sv: bool) -> str:
    period = report.period
    title = _plain(period.title or period.id)
    days = report.days_left
    lang = "sv" if sv else "en"
    if period.deadline is None or days is None:
        return text("round.checklist.none", title=title).render(lang)
    day = format_date(period.deadline, lang)
    key = "round.checklist.left" if days >= 0 else "round.checklist.passed"
    return text(key, title=title, deadline=day, days=abs(days)).render(lang)


def organisation_checklist(
    report: Outstanding, repository: Repository, organisation: str, lang: str
) -> str:
    """One organisation's part (ending in a newline): the marker, a heading with its name, the
    deadline, one box per missing piece (or a sentence that everything is in), and a line
    mentioning its reviewers. ``organisation`` is an id of ``repository.organisations``;
    ``lang`` is "sv" or "en"."""
    sv = lang == "sv"
    known = repository.organisations[organisation]
    items = report.by_organisation().get(organisation, ())
    boxes = [_box(item, missing, sv) for item in items for missing in item.missing]
    marker = (
        f"{MARKER}organisation={organisation} period={report.period.id} missing={len(boxes)} "
        f"reviewers={','.join(known.reviewers)} -->"
    )
    lines = [marker, f"## {_plain(known.name)}", "", _deadline(report, sv), ""]
    if boxes:
        lines.extend(boxes)
    else:
        lines.append("Allt är inrapporterat." if sv else "Everything is in.")
    if known.reviewers:
        lines.extend(["", ("Granskare: " if sv else "Reviewers: ") + " ".join(known.reviewers)])
    return "\n".join(lines) + "\n"


def checklist(report: Outstanding, repository: Repository, lang: str) -> str:
    """The whole round: the part of every organisation with something missing, in the order of
    ``data/organisations.yaml`` (or, when nothing is missing, one sentence saying so), parts
    separated by a blank line. ``lang`` is "sv" or "en"."""
    parts = [
        organisation_checklist(report, repository, organisation, lang)
        for organisation in report.by_organisation()
        if organisation in repository.organisations
    ]
    if not parts:
        sv = lang == "sv"
        everything = "Allt är inrapporterat." if sv else "Everything is in."
        return f"{_deadline(report, sv)}\n\n{everything}\n"
    return "\n".join(parts)
