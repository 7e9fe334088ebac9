"""``ambition new``: start a goal, an indicator or a period with every field explained.

New files carry short Swedish comments that say what each field means, so an officer can fill
them in without the documentation at hand. A new period is appended to ``ambition.yaml`` as
text, leaving the rest of the file exactly as it was.
"""

import datetime as dt
import re
from pathlib import Path

from ambition import layout
from ambition.errors import AmbitionError
from ambition.messages.text import Text
from ambition.messages.text import text as message
from ambition.models import PeriodKind
from ambition.models.common import ID_PATTERN
from ambition.repository import Repository
from ambition.round.proof import prove
from ambition.schema.json_schema import modeline
from ambition.yaml.edit import (
    ExactText,
    PlacementError,
    block_span,
    split_lines,
    write_atomic,
    yaml_scalar,
)

IGNORED = ".*.yaml.*.tmp"
"""The ``.gitignore`` line that matches the temporary files of an interrupted write
(``ambition.yaml.edit.LEFTOVER``: ``.<name>.yaml.<8 characters>.tmp``, in any folder)."""


def ignored_comment(lang: str) -> str:
    """The comment line above ``IGNORED`` in ``lang`` ("# tillfälliga filer som en avbruten
    skrivning av ambition lämnar …"), from the catalogue (``new.gitignore-comment``)."""
    return f"# {message('new.gitignore-comment').render(lang)}"


def ensure_ignored(root: Path, lang: str = "sv") -> Path | None:
    """Make the repository's ``.gitignore`` hold ``IGNORED``: create the file, or append the
    line (after a comment in ``lang``, with the file's own line ending) when no line is
    ``IGNORED`` already; the comment is not written again when the file has it (in any
    language). Every line already there is kept as it was. Returns the path when it was
    written, None when nothing changed. Raises OSError or UnicodeDecodeError when an existing
    ``.gitignore`` cannot be read as UTF-8."""
    from ambition.messages.catalogue import LANGUAGES

    path = root / ".gitignore"
    original = ExactText.decode(path.read_bytes()) if path.exists() else ExactText("")
    lines = split_lines(original.text)
    stripped = {line.strip() for line in lines}
    if IGNORED in stripped:
        return None
    endings = [line[len(line.rstrip("\r\n")) :] for line in lines]
    ending = next((e for e in reversed(endings) if e), "\n")
    text = original.text
    if text and not text.endswith(("\n", "\r")):
        text += ending
    if not stripped & {ignored_comment(language) for language in LANGUAGES}:
        text += f"{ignored_comment(lang)}{ending}"
    text += f"{IGNORED}{ending}"
    write_atomic(path, ExactText(text, original.bom).encoded())
    return path


class ScaffoldError(AmbitionError):
    """The file to create exists already, or an argument is not usable."""


def _check_id(kind: str, new_id: str) -> None:
    if not re.fullmatch(ID_PATTERN, new_id):
        raise ScaffoldError(message("new.bad-id", id=new_id, kind=message(f"new.kind.{kind}")))


def _ensure_absent(repository: Repository, relpath: str) -> None:
    if (repository.root / relpath).exists():
        raise ScaffoldError(message("new.exists", path=relpath))


def unknown_id(kind: str, given: str, known: list[str]) -> Text:
    """ "det finns inget mätområde 'miljo' (menade du 'miljo-och-naturresurser'?);
    mätområdena är: a, b, c" ("there is no measurement area 'miljo' (did you mean …?); the
    measurement areas are: …"): every valid id, in ``known``'s order, and the nearest one (an
    id that starts with ``given``, else the closest spelling) if any. ``kind`` is 'area' or
    'organisation'."""
    import difflib

    nearest = [k for k in known if k.startswith(given)][:1] or difflib.get_close_matches(
        given, known, n=1, cutoff=0.6
    )
    guess = message("new.unknown.guess", option=nearest[0]) if nearest else ""
    listing = ", ".join(known) if known else message("new.unknown.none")
    return message(f"new.unknown.{kind}", given=given, guess=guess, known=listing)


def _create(repository: Repository, relpath: str, text: str) -> Path:
    _ensure_absent(repository, relpath)
    line = modeline(relpath)
    if line is not None:
        text = f"{line}\n{text}"
    path = repository.root / relpath
    write_atomic(path, text.encode("utf-8"))
    return path


def new_indicator(
    repository: Repository, indicator_id: str, area: str, responsible: str, title: str | None = None
) -> Path:
    """Create ``data/indicators/<id>.yaml``; raises ScaffoldError for an existing file, a bad
    id, or an area or organisation that does not exist."""
    _check_id("indicator", indicator_id)
    _ensure_absent(repository, layout.INDICATOR.path(indicator_id))
    unknown = []  # both at once, when both are unknown
    if repository.area(area) is None:
        areas = [a.id for goal in repository.goals for a in goal.measurement_areas]
        unknown.append(unknown_id("area", area, areas))
    if responsible not in repository.organisations:
        unknown.append(unknown_id("organisation", responsible, list(repository.organisations)))
    if unknown:
        raise ScaffoldError(
            unknown[0]
            if len(unknown) == 1
            else message("new.both", first=unknown[0], second=unknown[1])
        )
    text = f"""# Indikator. Fältens betydelse: docs/data-format.md.
# Fält utan värde nedan måste fyllas i; ambition validate säger vilka som saknas.
id: {indicator_id}
title: {yaml_scalar(title or indicator_id)}
description:            # vad som mäts, gärna en mening
unit:                   # enheten som skrivs efter varje värde, t.ex. procent
decimals: 1             # antal decimaler i rapporterna
direction:              # önskad riktning: increase (öka) eller decrease (minska)
responsible: {responsible}
measurement_area: {area}
source:
  publisher:            # vem som publicerar värdena, t.ex. SCB
  # kolada_kpi: N00401  # Kolada-id, om det finns
  # url: https://www.kolada.se/
# Utgångsvärde och målvärden; utan målvärde bedöms indikatorn av sakkunnig.
# Ta bort #-tecknen framför raderna som ska gälla.
# baseline:
#   year: 2022
#   value: 12.5
# targets:
#   - year: 2026
#     value: 50
#     comparison: at_least   # at_least, at_most, above, below eller between
#     acceptable: 45         # värde som är godtagbart på kort sikt (ger delvis uppfyllt)
# Uppmätta värden, år: värde, med decimalpunkt och utan %-tecken.
# values:
#   2022: 12.5
"""
    return _create(repository, layout.INDICATOR.path(indicator_id), text)


def new_goal(
    repository: Repository, goal_id: str, number: int, title: str, owner: str = "kommunstyrelsen"
) -> Path:
    """Create ``data/goals/<id>.yaml``; raises ScaffoldError for an existing file, a bad id, a
    number in use or an unknown owner."""
    _check_id("goal", goal_id)
    _ensure_absent(repository, layout.GOAL.path(goal_id))
    if any(g.number == number for g in repository.goals):
        raise ScaffoldError(message("new.number-used", number=number))
    if owner not in repository.organisations:
        raise ScaffoldError(unknown_id("organisation", owner, list(repository.organisations)))
    text = f"""# Fullmäktiges mål. Fältens betydelse: docs/data-format.md.
id: {goal_id}
number: {number}
title: {yaml_scalar(title)}
short_title:            # kort namn för tabeller
owner: {owner}          # organisationen som bedömer målet
agenda2030: []          # t.ex. ["3", "11.6"]
decision:
  body: Kommunfullmäktige
  date:                 # beslutsdatum, ÅÅÅÅ-MM-DD
  paragraph:            # t.ex. "§ 155"
  registration_number:  # diarienummer, t.ex. "KS 2019/160"
measurement_areas:
  - id: {goal_id}-1
    title: Mätområde 1
"""
    return _create(repository, layout.GOAL.path(goal_id), text)


def new_period(
    repository: Repository,
    period_id: str,
    kind: PeriodKind,
    closing_date: dt.date,
    deadline: dt.date | None = None,
    title: str | None = None,
    *,
    dry_run: bool = False,
) -> tuple[Path, list[str]]:
    """Append a period to ``ambition.yaml`` as text, keeping the rest of the file byte for
    byte; returns the file's path and the lines added (without line endings). With
    ``dry_run`` the new text is made and proved but not written. Raises ScaffoldError for a bad
    or used id, a deadline before the closing date, or a file the period cannot be added to
    safely."""
    _check_id("period", period_id)
    if any(p.id == period_id for p in repository.project.periods):
        raise ScaffoldError(message("new.period-exists", period=period_id))
    if deadline is not None and deadline < closing_date:
        raise ScaffoldError(message("new.deadline-before"))
    path = repository.root / layout.PROJECT_FILE
    old = path.read_bytes()
    original = ExactText.decode(old)
    lines = split_lines(original.text)
    try:
        start, end = block_span(original.text, "periods")
    except PlacementError as error:
        raise ScaffoldError(
            message(
                "write.refusal",
                path=layout.PROJECT_FILE,
                line=error.line,
                reason=error.reason,
                hint=error.hint,
            )
        ) from None
    if start == end or not lines[start].rstrip().endswith(":"):
        raise ScaffoldError(message("new.no-periods"))
    item_lines = [line for line in lines[start + 1 : end] if line.lstrip().startswith("- ")]
    dash = item_lines[0][: len(item_lines[0]) - len(item_lines[0].lstrip())] if item_lines else "  "
    inner = dash + "  "
    newline = next(
        (x[len(x.rstrip("\r\n")) :] for x in reversed(lines[:end]) if x.endswith(("\n", "\r"))),
        "\n",
    )
    fields = [f"{dash}- id: {period_id}", f"{inner}kind: {kind.value}"]
    item: dict[str, object] = {"id": period_id, "kind": kind.value}
    if title:
        fields.append(f"{inner}title: {yaml_scalar(title)}")
        item["title"] = title
    fields.append(f"{inner}closing_date: {closing_date.isoformat()}")
    item["closing_date"] = closing_date.isoformat()
    if deadline is not None:
        fields.append(f"{inner}deadline: {deadline.isoformat()}")
        item["deadline"] = deadline.isoformat()
    if not lines[end - 1].endswith(("\n", "\r")):
        lines[end - 1] += newline
    text = "".join(lines[:end] + [f + newline for f in fields] + lines[end:])
    new = ExactText(text, original.bom).encoded()
    found = prove(layout.PROJECT_FILE, layout.PROJECT, "periods", None, old, new, appended=item)
    if found is not None:
        raise ScaffoldError(found.text())
    if not dry_run:
        write_atomic(path, new)
    return path, fields
