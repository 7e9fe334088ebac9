"""The one text edit of an import: set years in an indicator file's ``values:`` block.

Only the lines of the years that change are touched: an existing year keeps its indentation,
quoting, spacing and trailing comment, and only its number is replaced; a new year is a new line
placed in year order, indented as its neighbours, ending as the line before it ends (LF or
CRLF). Every other byte (comments, blank lines, a byte-order mark, other keys) stays. A
``values:`` block the edit cannot place a year in safely (a flow mapping ``{…}`` with values,
a line it does not understand) is refused with its line, never guessed at.
"""

import re
from collections.abc import Mapping

from ambition.importing.problems import ImportRefused, Problem
from ambition.messages.text import Text, text
from ambition.models.value import ValueEntry
from ambition.yaml.edit import indentation, plain_number

DECIMALS = 10
"""The most decimals a value is written with (Kolada publishes up to eight: N00957)."""

_KEY = re.compile(r"^(?P<bom>\ufeff?)(?P<key>values|\"values\"|'values')[ \t]*:(?P<rest>.*)$")
_ENTRY = re.compile(
    r"^(?P<indent>[ ]+)(?P<quote>[\"']?)(?P<year>\d{4})(?P=quote)(?P<sep>[ \t]*:[ \t]+)"
    r"(?P<value>[^\s#](?:[^#]*[^\s#])?)(?P<tail>[ \t]*(?:#.*)?)$"
)
_COMMENT_ONLY = re.compile(r"^[ \t]*(?:#.*)?$")


def number_text(value: float) -> str:
    """``value`` as the file gets it: a plain decimal, at most ``DECIMALS`` places, no exponent."""
    return plain_number(value, DECIMALS)


def entry_text(entry: float | ValueEntry) -> str:
    """A year's entry as the file gets it: a plain number (``number_text``), a preliminary
    value as ``{value: 13.1, preliminary: true}``, a marker as ``{marker: reported_later}``."""
    if isinstance(entry, float):
        return number_text(entry)
    if entry.value is None:
        return f"{{marker: {entry.marker}}}"
    if entry.preliminary:
        return f"{{value: {number_text(entry.value)}, preliminary: true}}"
    return number_text(entry.value)


def _body(line: str) -> tuple[str, str]:
    stripped = line.rstrip("\r\n")
    return stripped, line[len(stripped) :]


def set_values(raw: bytes, values: Mapping[int, float | ValueEntry], relpath: str) -> bytes:
    """``raw`` (an indicator file, UTF-8) with each year of ``values`` set to its entry (a
    number, a preliminary value or a marker, written with ``entry_text``).

    Years already holding that entry (as ``entry_text`` writes it) are left as they are, so
    a second run returns the same bytes. Raises ImportRefused (naming ``relpath`` and the line)
    when the ``values:`` block cannot be edited safely, and UnicodeDecodeError for non-UTF-8.
    """
    content = raw.decode("utf-8")
    if not values:
        return raw
    lines = content.splitlines(keepends=True)
    default_newline = "\r\n" if "\r\n" in content else "\n"
    key_at = None
    for index, line in enumerate(lines):
        if _KEY.match(_body(line)[0]):
            key_at = index
            break
    if key_at is None:
        if lines and not lines[-1].endswith(("\n", "\r")):
            lines[-1] += default_newline
        lines.append(f"values:{default_newline}")
        key_at = len(lines) - 1
    else:
        key_line, newline = _body(lines[key_at])
        found = _KEY.match(key_line)
        assert found is not None
        rest = found.group("rest")
        if rest.strip().startswith("{}"):
            after = rest.strip()[2:]
            if not _COMMENT_ONLY.match(after):
                raise _refused(relpath, key_at, text("import.edit.after-empty"))
            head = found.group("bom") + found.group("key") + ":"
            lines[key_at] = head + (f"  {after.strip()}" if after.strip() else "") + newline
        elif not _COMMENT_ONLY.match(rest):
            raise _refused(relpath, key_at, text("import.edit.one-line"))
    return "".join(edit_block(lines, key_at, values, relpath, content)).encode("utf-8")


def edit_block(
    lines: list[str],
    key_at: int,
    values: Mapping[int, float | ValueEntry],
    relpath: str,
    content: str,
    key_indent: int = 0,
) -> list[str]:
    """``lines`` with the ``values:`` block whose key is the line ``key_at`` (indented
    ``key_indent`` spaces) holding each year of ``values``: a changed year's entry replaced in
    its line, a new year a new line in year order. Raises ImportRefused naming the line of a
    block it cannot edit safely."""
    entries: dict[int, int] = {}
    indent = None
    end = key_at + 1
    while end < len(lines):
        body = _body(lines[end])[0]
        if body.strip() == "" or body.lstrip().startswith("#"):
            end += 1
            continue
        if not body.startswith((" ", "\t")) or len(body) - len(body.lstrip(" ")) <= key_indent:
            break
        found = _ENTRY.match(body)
        if found is None or (indent is not None and found.group("indent") != indent):
            raise _refused(relpath, end, text("import.edit.not-entry"))
        indent = found.group("indent")
        year = int(found.group("year"))
        if year in entries:
            raise _refused(relpath, end, text("import.edit.twice", year=year))
        entries[year] = end
        end += 1
    indent = indent or " " * (key_indent + indentation(content))
    replaced: dict[int, str] = {}
    inserted: dict[int, list[str]] = {}
    for year, value in sorted(values.items()):
        written = entry_text(value)
        if year in entries:
            at = entries[year]
            body, newline = _body(lines[at])
            found = _ENTRY.match(body)
            assert found is not None
            if _written_as(found.group("value")) != written:
                start, stop = found.span("value")
                replaced[at] = body[:start] + written + body[stop:] + newline
            continue
        earlier = [y for y in entries if y < year]
        if earlier:
            after = entries[max(earlier)]
        elif entries:
            after = entries[min(entries)] - 1
        else:
            after = key_at
        inserted.setdefault(after, []).append(f"{indent}{year}: {written}")
    result: list[str] = []
    for index, line in enumerate(lines):
        line = replaced.get(index, line)
        if index in inserted:
            body, newline = _body(line)
            if not newline:
                newline = "\r\n" if "\r\n" in content else "\n"
                line = body + newline
            result.append(line)
            result.extend(new + newline for new in inserted[index])
        else:
            result.append(line)
    return result


def _written_as(token: str) -> str:
    try:
        return number_text(float(token))
    except ValueError:
        return token


def _refused(relpath: str, index: int, message: Text) -> ImportRefused:
    return ImportRefused([Problem(f"{relpath}:{index + 1}", message)])
