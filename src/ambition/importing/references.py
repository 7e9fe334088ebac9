"""The one text edit of a reference import: set series in an indicator file's ``references:``.

A reference series is written under its id with its name, source and values, one year per
line; a group with its ``members`` as one flow list::

    references:
      riket:
        name: Riket
        source: Kolada N00957 (Försäkringskassan)
        values:
          2021: 25.9
      grannkommuner:
        name: Grannkommunerna
        members: [aneby, gnosjo]

Only what changes is touched. A year already there keeps its line and only its number is
replaced; a new year is a new line placed in year order at its neighbours' indent; a series
not yet there is added after the last one; a missing ``references:`` block is appended to the
file. The name and source of a series already written stay as the person wrote them. Every
other byte (comments, blank lines, quotes, a byte-order mark, each line's own ending) stays.
Keys are found by the YAML parser (``yaml.scan``), never by the look of a line; a block the
edit cannot place a value in safely (a flow mapping ``{…}``, a value that is not a mapping) is
refused with its line, never guessed at.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ambition.importing.problems import ImportRefused, Problem
from ambition.importing.values import number_text
from ambition.messages.text import Text, text
from ambition.yaml.edit import (
    ExactText,
    PlacementError,
    block_span,
    indentation,
    place_block,
    split_lines,
    yaml_scalar,
)
from ambition.yaml.scan import Node, scan_text

KEY = "references"

_ENTRY = re.compile(
    r"^(?P<indent>[ ]+)(?P<quote>[\"']?)(?P<year>\d{4})(?P=quote)(?P<sep>[ \t]*:[ \t]+)"
    r"(?P<value>[^\s#](?:[^#]*[^\s#])?)(?P<tail>[ \t]*(?:#.*)?)$"
)
_FLOW_LIST = re.compile(r"^(?P<head>[^#]*?:[ \t]*)\[[^\]#]*\](?P<tail>[ \t]*(?:#.*)?)$")


@dataclass(frozen=True)
class SeriesEdit:
    """A reference series to write: its id (``riket``), display name, source text, and either
    ``values`` by year (one series) or ``members`` (the ids of a group's series)."""

    ref_id: str
    name: str
    source: str | None = None
    values: Mapping[int, float] = field(default_factory=dict)
    members: tuple[str, ...] = ()


def _body(line: str) -> tuple[str, str]:
    stripped = line.rstrip("\r\n")
    return stripped, line[len(stripped) :]


def _refused(relpath: str, index: int, message: Text) -> ImportRefused:
    return ImportRefused([Problem(f"{relpath}:{index + 1}", message)])


def _flow_list(members: Sequence[str]) -> str:
    return "[" + ", ".join(yaml_scalar(m) for m in members) + "]"


def _entry_lines(edit: SeriesEdit, indent: str, step: str) -> list[str]:
    inner = indent + step
    lines = [f"{indent}{edit.ref_id}:", f"{inner}name: {yaml_scalar(edit.name)}"]
    if edit.source:
        lines.append(f"{inner}source: {yaml_scalar(edit.source)}")
    if edit.members:
        lines.append(f"{inner}members: {_flow_list(edit.members)}")
    else:
        lines.append(f"{inner}values:")
        lines.extend(
            f"{inner}{step}{year}: {number_text(value)}"
            for year, value in sorted(edit.values.items())
        )
    return lines


def set_references(raw: bytes, edits: Sequence[SeriesEdit], relpath: str) -> bytes:
    """``raw`` (an indicator file, UTF-8) with each series of ``edits`` set under
    ``references:``; the same bytes when every value is already written so (idempotent).

    Raises ImportRefused naming ``relpath`` and the line where the block cannot be edited
    safely, and UnicodeDecodeError for a file that is not UTF-8.
    """
    exact = ExactText.decode(raw)
    content = exact.text
    if not edits:
        return raw
    step = " " * indentation(content)
    try:
        start, end = block_span(content, KEY)
    except PlacementError as error:
        raise _refused(
            relpath,
            error.line - 1,
            text("import.edit.placement", reason=error.reason, hint=error.hint),
        ) from None
    root = scan_text(content).root
    nodes = (root.entries or {}).get(KEY, []) if root is not None else []
    if start == end or not nodes or nodes[0].entries == {}:  # absent, or 'references: {}'
        block = f"{KEY}:\n" + "".join(
            line + "\n" for edit in edits for line in _entry_lines(edit, step, step)
        )
        return ExactText(place_block(content, KEY, block), exact.bom).encoded()
    node = nodes[0]
    lines = split_lines(content)
    if node.entries is None or _flow(node, lines):
        raise _refused(
            relpath,
            start,
            text("import.edit.references-flow"),
        )
    edited = _Edit(lines, relpath, step)
    indent = _child_indent(node, step, lines[start])
    added: list[str] = []
    for edit in edits:
        entries = node.entries.get(edit.ref_id)
        if not entries:
            added.extend(_entry_lines(edit, indent, step))
        else:
            edited.series(entries[-1], edit, _span_end(node, entries[-1], lines, end))
    if added:  # after what is inserted into the last series already there
        edited.insert(end - 1, added)
    return ExactText(edited.text(), exact.bom).encoded()


def _child_indent(node: Node, step: str, key_line: str) -> str:
    columns = [n.key_column or 0 for ns in (node.entries or {}).values() for n in ns]
    if columns:
        return " " * min(columns)
    return key_line[: len(key_line) - len(key_line.lstrip(" "))] + step


def _span_end(parent: Node, child: Node, lines: list[str], limit: int) -> int:
    """The index after the last content line of ``child``'s value inside ``parent``: up to
    the next key of ``parent`` (or ``limit``), back over blank lines and comments."""
    later = [
        n.key_line or 0
        for ns in (parent.entries or {}).values()
        for n in ns
        if (n.key_line or 0) > (child.key_line or 0)
    ]
    stop = min(later, default=limit)
    while stop > (child.key_line or 0) + 1 and (
        not lines[stop - 1].strip() or lines[stop - 1].lstrip().startswith("#")
    ):
        stop -= 1
    return stop


class _Edit:
    """Replacements and insertions on the file's lines, applied at once by ``text``."""

    def __init__(self, lines: list[str], relpath: str, step: str) -> None:
        self.lines = lines
        self.relpath = relpath
        self.step = step
        self.replaced: dict[int, str] = {}
        self.inserted: dict[int, list[str]] = {}

    def insert(self, after: int, new: list[str]) -> None:
        self.inserted.setdefault(after, []).extend(new)

    def replace(self, index: int, body: str) -> None:
        self.replaced[index] = body + _body(self.lines[index])[1]

    def series(self, entry: Node, edit: SeriesEdit, end: int) -> None:
        line = entry.key_line or 0
        if entry.entries is None or _flow(entry, self.lines):
            raise _refused(
                self.relpath,
                line,
                text("import.edit.reference-flow", reference=edit.ref_id),
            )
        indent = _child_indent(entry, self.step, self.lines[line])
        if edit.members:
            self._members(entry, edit, indent, end)
            return
        values = entry.entries.get("values")
        if not values:
            self.insert(
                end - 1,
                [f"{indent}values:"]
                + [
                    f"{indent}{self.step}{y}: {number_text(v)}"
                    for y, v in sorted(edit.values.items())
                ],
            )
            return
        self._values(values[-1], edit, indent)

    def _members(self, entry: Node, edit: SeriesEdit, indent: str, end: int) -> None:
        found = (entry.entries or {}).get("members")
        if not found:
            self.insert(end - 1, [f"{indent}members: {_flow_list(edit.members)}"])
            return
        node = found[-1]
        if node.items is not None and [i.text for i in node.items] == list(edit.members):
            return
        body = _body(self.lines[node.line])[0]
        flow = _FLOW_LIST.match(body)
        if node.line != (node.key_line or 0) or flow is None:
            raise _refused(
                self.relpath,
                node.key_line or node.line,
                text("import.edit.members-flow", reference=edit.ref_id),
            )
        self.replace(node.line, flow.group("head") + _flow_list(edit.members) + flow.group("tail"))

    def _values(self, node: Node, edit: SeriesEdit, indent: str) -> None:
        if node.entries is None or _flow(node, self.lines):
            raise _refused(
                self.relpath,
                node.key_line or node.line,
                text("import.edit.reference-values-flow", reference=edit.ref_id),
            )
        years: dict[int, int] = {}
        year_indent = None
        for key, children in node.entries.items():
            child = children[-1]
            at = child.key_line or 0
            found = _ENTRY.match(_body(self.lines[at])[0])
            if found is None or not key.isdigit() or int(key) in years:
                raise _refused(self.relpath, at, text("import.edit.reference-entry"))
            years[int(key)] = at
            year_indent = found.group("indent")
        pad = year_indent or indent + self.step
        for year, value in sorted(edit.values.items()):
            written = number_text(value)
            if year in years:
                at = years[year]
                body = _body(self.lines[at])[0]
                found = _ENTRY.match(body)
                assert found is not None
                if _written_as(found.group("value")) != written:
                    first, last = found.span("value")
                    self.replace(at, body[:first] + written + body[last:])
                continue
            earlier = [y for y in years if y < year]
            after = years[max(earlier)] if earlier else years[min(years)] - 1
            self.insert(after, [f"{pad}{year}: {written}"])

    def text(self) -> str:
        default = next((_body(x)[1] for x in self.lines if _body(x)[1]), "\n")
        result: list[str] = []
        for index, line in enumerate(self.lines):
            line = self.replaced.get(index, line)
            if index in self.inserted:
                body, newline = _body(line)
                if not newline:
                    newline = default
                    line = body + newline
                result.append(line)
                result.extend(new + newline for new in self.inserted[index])
            else:
                result.append(line)
        return "".join(result)


def _flow(node: Node, lines: list[str]) -> bool:
    """True for a mapping written in flow style (``{…}``), which the edit does not enter."""
    return lines[node.line][node.column : node.column + 1] == "{"


def _written_as(token: str) -> str:
    try:
        return number_text(float(token))
    except ValueError:
        return token
