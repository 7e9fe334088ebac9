"""The text edit of an import into a breakdown row: set years in ``breakdowns: <id>: values:``.

As ``values.set_values`` does for the total: only the lines of the years that change are
touched, a new year is a new line in year order, and every other byte stays. What is missing is
added at the end of the block it belongs to, indented as the file indents: the row
(``<id>:`` with its ``title``), its ``values:``, or the whole ``breakdowns:`` block at the end of
the file. A block written on one line (``breakdowns: {kvinnor: …}``) or a line the edit does not
understand is refused with its line, never guessed at.
"""

import re
from collections.abc import Mapping

from ambition.importing.problems import ImportRefused, Problem
from ambition.importing.values import edit_block, entry_text
from ambition.messages.text import text
from ambition.models.value import ValueEntry
from ambition.yaml.edit import indentation, yaml_scalar

_COMMENT_ONLY = re.compile(r"^[ \t]*(?:#.*)?$")


def _body(line: str) -> tuple[str, str]:
    stripped = line.rstrip("\r\n")
    return stripped, line[len(stripped) :]


def _content(line: str) -> bool:
    body = line.strip()
    return bool(body) and not body.startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _key_line(lines: list[str], start: int, end: int, indent: int, key: str) -> int | None:
    """The line in ``start``–``end`` that is ``key:`` at ``indent``, or None."""
    pattern = re.compile(rf"^\ufeff?{' ' * indent}{re.escape(key)}[ \t]*:(?P<rest>.*)$")
    for index in range(start, end):
        if _indent(lines[index]) == indent and pattern.match(_body(lines[index])[0]):
            return index
    return None


def _block_end(lines: list[str], key_at: int, indent: int) -> int:
    """The index after the last content line of the block under the key at ``key_at``."""
    last = key_at
    for index in range(key_at + 1, len(lines)):
        if _content(lines[index]):
            if _indent(lines[index]) <= indent:
                break
            last = index
    return last + 1


def _plain_key(lines: list[str], at: int, relpath: str, key: str) -> None:
    """Refuse a key whose value is written on its own line (a flow mapping), except '{}',
    which becomes an empty block."""
    body, newline = _body(lines[at])
    rest = body.split(":", 1)[1]
    if rest.strip().startswith("{}") and _COMMENT_ONLY.match(rest.strip()[2:]):
        lines[at] = body.split(":", 1)[0] + ":" + newline
    elif not _COMMENT_ONLY.match(rest):
        raise ImportRefused(
            [Problem(f"{relpath}:{at + 1}", text("import.edit.key-one-line", key=key))]
        )


def set_breakdown_values(
    raw: bytes,
    breakdown: str,
    title: str,
    values: Mapping[int, float | ValueEntry],
    relpath: str,
) -> bytes:
    """``raw`` (an indicator file, UTF-8) with each year of ``values`` set in the breakdown row
    ``breakdown``; a row that does not exist yet is added with ``title``. Idempotent: years
    already holding their entry are left as they are. Raises ImportRefused naming ``relpath``
    and the line when the block cannot be edited safely."""
    text = raw.decode("utf-8")
    if not values:
        return raw
    newline = "\r\n" if "\r\n" in text else "\n"
    step = indentation(text)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += newline

    def row(indent: int) -> list[str]:
        pad = " " * indent
        inner = " " * (indent + step)
        return [f"{pad}{breakdown}:", f"{inner}title: {yaml_scalar(title)}", f"{inner}values:"]

    def entries(indent: int) -> list[str]:
        pad = " " * indent
        return [f"{pad}{year}: {entry_text(values[year])}" for year in sorted(values)]

    top = _key_line(lines, 0, len(lines), 0, "breakdowns")
    if top is None:
        added = ["breakdowns:", *row(step), *entries(3 * step)]
        return "".join([*lines, *(line + newline for line in added)]).encode("utf-8")
    _plain_key(lines, top, relpath, "breakdowns")
    top_end = _block_end(lines, top, 0)
    children = [i for i in range(top + 1, top_end) if _content(lines[i])]
    child = _indent(lines[children[0]]) if children else step
    at = _key_line(lines, top + 1, top_end, child, breakdown)
    if at is None:
        added = [*row(child), *entries(child + 2 * step)]
        lines[top_end:top_end] = [line + newline for line in added]
        return "".join(lines).encode("utf-8")
    _plain_key(lines, at, relpath, breakdown)
    row_end = _block_end(lines, at, child)
    inner = [i for i in range(at + 1, row_end) if _content(lines[i])]
    grandchild = _indent(lines[inner[0]]) if inner else child + step
    key_at = _key_line(lines, at + 1, row_end, grandchild, "values")
    if key_at is None:
        added = [f"{' ' * grandchild}values:", *entries(grandchild + step)]
        lines[row_end:row_end] = [line + newline for line in added]
        return "".join(lines).encode("utf-8")
    _plain_key(lines, key_at, relpath, "values")
    return "".join(edit_block(lines, key_at, values, relpath, text, grandchild)).encode("utf-8")
