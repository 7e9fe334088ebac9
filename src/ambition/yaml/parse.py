"""Parsing a data file into its document, with diagnostics for what cannot or should not be read.

Measured (DESIGN.md §4): ruamel.yaml's safe loader with its C extension parses a 50-line file in
about 0.8 ms. Plain data files are built straight from the C parser's events (``fast_yaml``,
0.06 ms a file; docs/performance.md), everything else by the safe loader. A file that holds an
anchor, alias, merge key, tag or ``%YAML`` directive is refused before the document is built
(expanding aliases can hang a run; found by a cheap search of the text, on the files the fast
path leaves to the safe loader). A plain value that YAML 1.1 readers understand differently
(``no``, ``1:30``, ``010``; noted by the fast path as it builds) is reported by ``ambiguity``
where the model found nothing else. Both loaders use YAML 1.2, where ``no`` is text and ``010``
is 10.
"""

import math
import re
from collections.abc import Iterator
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from ambition.diagnostics import Diagnostic
from ambition.diagnostics.codes import diagnostic
from ambition.messages.text import Text, text
from ambition.yaml import fast as fast_yaml
from ambition.yaml.explain import syntax_diagnostic
from ambition.yaml.invisible import format_characters
from ambition.yaml.positions import Finding, SourceFile, YamlPath
from ambition.yaml.scan import MAX_DEPTH, is_yaml11_trap, may_hold_findings

_LINE_SEPARATORS = re.compile("[\u0085\u2028\u2029]")
_DATE = re.compile(r"(\d{4})-\d\d?-\d\d?(?:[Tt ]|$)")
_FIRST_YEAR, _LAST_YEAR = 1900, 2200


def _line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index, counting lines as editors do."""
    before = text[:index]
    line = before.count("\n") + 1
    return line, index - (before.rfind("\n") + 1) + 1


class _Constructor(SafeConstructor):
    """The safe constructor, except that dates stay text for the models to check.

    A date that does not exist (2023-02-30) would otherwise stop the loader with a bare
    ValueError; as text it reaches pydantic, which reports it at its place.
    """


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)


def safe_loader() -> YAML:
    """The C-backed safe loader (YAML 1.2) that ``parse`` uses, with dates kept as text."""
    loader = YAML(typ="safe", pure=False)
    loader.Constructor = _Constructor
    return loader


def parse(source: SourceFile) -> tuple[dict[Any, Any] | None, list[Diagnostic]]:
    """Parse ``source`` with the C-backed safe loader (YAML 1.2) into a mapping.

    Returns the document, or None when the file cannot be used (a syntax error, a duplicate key,
    an anchor, an empty file, a list instead of a mapping), with diagnostics. NaN and infinity
    are reported and replaced by None, so the model reports nothing more at their place.
    """
    found: list[Diagnostic] = []
    separator = _LINE_SEPARATORS.search(source.text)
    if separator is not None:
        line, column = _line_column(source.text, separator.start())
        return None, [_control_character(source, line, column, separator.group())]
    found.extend(format_characters(source.relpath, source.text))
    loaded = fast_yaml.load(source.text, is_yaml11_trap)
    if isinstance(loaded, fast_yaml.Loaded):
        # Plain data, built from the C parser's events; nothing to refuse, and the scan is
        # needed only for a value that YAML 1.1 readers understand differently.
        if loaded.ambiguous:
            source.scan()
        document, check = loaded.document, loaded.check
    else:
        if may_hold_findings(source.text):
            scan = source.scan()
            found.extend(_refusals(source, scan.findings))
            if scan.refused:
                return None, found
        loader = safe_loader()
        try:
            document = loader.load(source.text)
        except MarkedYAMLError as error:
            return None, [*found, syntax_diagnostic(source, error)]
        except ReaderError as error:
            line, column = _line_column(source.text, error.position)
            return None, [*found, _control_character(source, line, column, chr(error.character))]
        except (YAMLError, ValueError, RecursionError) as error:
            message = text("yaml-syntax", error=str(error).strip() or type(error).__name__)
            hint = text("yaml-syntax.fix")
            return None, [*found, diagnostic("yaml-syntax", source.relpath, 1, 1, message, hint)]
        check = True
    if document is None:
        found.append(
            diagnostic(
                "empty-file",
                source.relpath,
                1,
                1,
                text("empty-file"),
                text("empty-file.fix"),
            )
        )
        return None, found
    if not isinstance(document, dict):
        line, column = source.locate(())
        kind = "not-a-mapping.list" if isinstance(document, list) else "not-a-mapping.value"
        found.append(
            diagnostic(
                "not-a-mapping",
                source.relpath,
                line,
                column,
                text("not-a-mapping", what=text(kind)),
                text("not-a-mapping.fix"),
            )
        )
        return None, found
    if check:
        found.extend(check_document(source, document))
    return document, found


def _control_character(source: SourceFile, line: int, column: int, char: str) -> Diagnostic:
    names = {
        "\u0085": "character.next-line",
        "\u2028": "character.line-separator",
        "\u2029": "character.paragraph-separator",
        "\x00": "character.null",
    }
    name = text(names.get(char, "character.control"), code=f"U+{ord(char):04X}")
    return diagnostic(
        "yaml-control-character",
        source.relpath,
        line,
        column,
        text("yaml-control-character", what=name),
        text("invisible-character.fix"),
    )


_REFUSALS_SHOWN = 10
"""Anchors, aliases, merge keys or tags reported per kind and file; the file is refused anyway."""


def _refusals(source: SourceFile, findings: list[Finding]) -> Iterator[Diagnostic]:
    """Diagnostics for what the scan found that is refused whatever the model says."""
    shown: dict[str, int] = {}
    for item in findings:
        shown[item.kind] = shown.get(item.kind, 0) + 1
        if shown[item.kind] > _REFUSALS_SHOWN:
            continue
        line, column = item.line + 1, item.column + 1
        where = ".".join(item.path) or None
        if item.kind == "anchor":
            yield diagnostic(
                "yaml-anchor",
                source.relpath,
                line,
                column,
                text("yaml-anchor", name=item.text),
                text("yaml-anchor.fix"),
                where,
            )
        elif item.kind == "alias":
            yield diagnostic(
                "yaml-alias",
                source.relpath,
                line,
                column,
                text("yaml-alias", name=item.text),
                text("yaml-alias.fix"),
                where,
            )
        elif item.kind == "merge":
            yield diagnostic(
                "yaml-merge-key",
                source.relpath,
                line,
                column,
                text("yaml-merge-key"),
                text("yaml-merge-key.fix"),
                where,
            )
        elif item.kind == "tag":
            yield diagnostic(
                "yaml-tag",
                source.relpath,
                line,
                column,
                text("yaml-tag", name=item.text),
                text("yaml-tag.fix"),
                where,
            )
        elif item.kind == "version":
            directive = _directive_line(source.text)
            yield diagnostic(
                "yaml-version-directive",
                source.relpath,
                directive,
                1,
                text("yaml-version-directive", version=item.text),
                text("yaml-version-directive.fix"),
            )


def _directive_line(text: str) -> int:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith("%YAML"):
            return number
    return 1


def ambiguity(source: SourceFile, item: Finding) -> Diagnostic | None:
    """The diagnostic for a plain value that YAML 1.1 readers understand differently, if any.

    ``leading-zero``, ``ambiguous-boolean`` and ``ambiguous-sexagesimal``; the loader adds them
    where the model found nothing else at the same place.
    """
    line, column = item.line + 1, item.column + 1
    where = ".".join(item.path) or None
    written = item.text
    if item.kind == "boolean":
        meaning = "true" if written.lower() in {"y", "yes", "on"} else "false"
        return diagnostic(
            "ambiguous-boolean",
            source.relpath,
            line,
            column,
            text("ambiguous-boolean", written=written, meaning=meaning),
            text("ambiguous-boolean.fix", written=written, meaning=meaning),
            where,
        )
    if item.kind == "sexagesimal":
        return diagnostic(
            "ambiguous-sexagesimal",
            source.relpath,
            line,
            column,
            text("ambiguous-sexagesimal", written=written, number=_base60(written)),
            text("ambiguous-sexagesimal.fix", written=written),
            where,
        )
    if item.kind == "leading-zero":
        digits = written.lstrip("+-").replace("_", "")
        sign = "-" if written.startswith("-") else ""
        decimal = f"{sign}{int(digits)}"
        octal = (
            text("leading-zero.octal", number=f"{sign}{int(digits, 8)}")
            if set(digits) <= set("01234567")
            else text("leading-zero.text")
        )
        return diagnostic(
            "leading-zero",
            source.relpath,
            line,
            column,
            text("leading-zero", written=written, decimal=decimal, octal=octal),
            text("leading-zero.fix", written=written, decimal=decimal),
            where,
        )
    if item.kind == "underscore":
        digits = written.replace("_", "")
        return diagnostic(
            "number-format",
            source.relpath,
            line,
            column,
            text("number-format.underscore", where=f"{where}: " if where else "", written=written),
            text("number-format.fix", number=digits),
            where,
        )
    return None


def _base60(text: str) -> str:
    sign = -1 if text.startswith("-") else 1
    whole, _, fraction = text.lstrip("+-").replace("_", "").partition(".")
    value = 0
    for part in whole.split(":"):
        value = value * 60 + int(part)
    number = sign * (value + float(f"0.{fraction}") if fraction else sign * value)
    return f"{number:g}"


def check_document(source: SourceFile, node: Any, path: tuple[Any, ...] = ()) -> list[Diagnostic]:
    """NaN and infinity (replaced by None), keys that collide after conversion, date years.

    ``node`` is the document (or the part of it at ``path``) as the loader built it; it is
    changed in place where a value is not finite. ``parse`` calls it unless the fast path
    found the document plain.
    """
    found: list[Diagnostic] = []
    stack: list[tuple[Any, tuple[Any, ...]]] = [(node, path)]
    while stack:
        current, where = stack.pop()
        if len(where) > MAX_DEPTH:
            continue
        if isinstance(current, dict):
            seen: dict[str, Any] = {}
            for key in list(current):
                value = current[key]
                normal = _normal_key(key)
                if normal in seen:
                    found.append(_collision(source, where, seen[normal], key))
                else:
                    seen[normal] = key
                if isinstance(value, float) and not math.isfinite(value):
                    found.append(_not_finite(source, (*where, key), value))
                    current[key] = None
                else:
                    stack.append((value, (*where, key)))
        elif isinstance(current, list):
            for index, value in enumerate(current):
                if isinstance(value, float) and not math.isfinite(value):
                    found.append(_not_finite(source, (*where, index), value))
                    current[index] = None
                else:
                    stack.append((value, (*where, index)))
        elif isinstance(current, str):
            match = _DATE.match(current)
            if match and not _FIRST_YEAR <= int(match.group(1)) <= _LAST_YEAR:
                line, column = source.locate(where)
                found.append(
                    diagnostic(
                        "year-out-of-range",
                        source.relpath,
                        line,
                        column,
                        text(
                            "year-out-of-range.date",
                            date=current,
                            year=match.group(1),
                            first=_FIRST_YEAR,
                            last=_LAST_YEAR,
                        ),
                        text("year-out-of-range.date.fix"),
                        _dotted(where),
                    )
                )
    return found


def _normal_key(key: Any) -> str:
    if isinstance(key, float) and key.is_integer():
        return str(int(key))
    return str(key).strip()


def _dotted(path: YamlPath) -> str | None:
    return ".".join(str(step) for step in path) or None


def _collision(source: SourceFile, where: tuple[Any, ...], first: Any, second: Any) -> Diagnostic:
    first_line, _ = source.locate((*where, first), key=True)
    line, column = source.locate((*where, second), key=True, occurrence=-1)
    return diagnostic(
        "colliding-keys",
        source.relpath,
        line,
        column,
        text("colliding-keys", second=_written(second), first=_written(first), line=first_line),
        text("colliding-keys.fix"),
        _dotted((*where, second)),
    )


def _written(key: Any) -> str | Text:
    return text("colliding-keys.quoted", key=key) if isinstance(key, str) else str(key)


def _not_finite(source: SourceFile, where: tuple[Any, ...], value: float) -> Diagnostic:
    line, column = source.locate(where)
    what = text("not-finite.nan" if math.isnan(value) else "not-finite.infinite")
    return diagnostic(
        "not-finite",
        source.relpath,
        line,
        column,
        text("not-finite", where=_dotted(where) or "", what=what),
        text("not-finite.fix"),
        _dotted(where),
    )
