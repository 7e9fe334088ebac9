"""The explanation of a YAML syntax error: one diagnostic with a code, the place and a fix.

The parser's messages ("mapping values are not allowed here") are read for the common cases of
hand-edited files: tabs, unclosed quotes and brackets, values that need quotes, a missing
colon, indentation that does not fit the lines above, a key written twice, a second document.
Anything else keeps the parser's own words under ``yaml-syntax``.
"""

from ruamel.yaml.error import MarkedYAMLError

from ambition.diagnostics import Diagnostic
from ambition.diagnostics.codes import diagnostic
from ambition.messages.text import text
from ambition.yaml.positions import SourceFile
from ambition.yaml.scan import Node


def syntax_diagnostic(source: SourceFile, error: MarkedYAMLError) -> Diagnostic:
    """The one diagnostic for a YAML error in ``source``, with a code and a fix for common cases.

    Codes: ``duplicate-key``, ``yaml-tab``, ``yaml-multiple-documents``,
    ``yaml-unclosed-quote``, ``yaml-escape``, ``yaml-unclosed-bracket``, ``yaml-needs-quotes``,
    ``yaml-missing-colon``, ``yaml-indentation``, else ``yaml-syntax``; positions are 1-based.
    """
    relpath = source.relpath
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    lines = source.text.split("\n")
    written = lines[line - 1].rstrip("\r") if 0 < line <= len(lines) else ""
    at = written[column - 1 : column]
    if "duplicate key" in problem:
        return _duplicate_key(source, line, column)
    if at == "\t" or "tab character" in problem:
        return diagnostic(
            "yaml-tab",
            relpath,
            line,
            column,
            text("yaml-tab"),
            text("yaml-tab.fix"),
        )
    if "expected a single document" in context:
        return diagnostic(
            "yaml-multiple-documents",
            relpath,
            line,
            column,
            text("yaml-multiple-documents"),
            text("yaml-multiple-documents.fix"),
        )
    if "quoted scalar" in context and "end of stream" in problem and error.context_mark:
        start = error.context_mark
        quote = _char_at(lines, start.line, start.column) or '"'
        return diagnostic(
            "yaml-unclosed-quote",
            relpath,
            start.line + 1,
            start.column + 1,
            text("yaml-unclosed-quote", quote=quote),
            text("yaml-unclosed-quote.fix", quote=quote),
        )
    if "quoted scalar" in context:
        return diagnostic(
            "yaml-escape",
            relpath,
            line,
            column,
            text("yaml-escape"),
            text("yaml-escape.fix"),
        )
    opener = _unclosed_bracket(lines, line, column) if "flow" in context else None
    if opener is not None:
        bracket, (start_line, start_column) = opener
        return diagnostic(
            "yaml-unclosed-bracket",
            relpath,
            start_line,
            start_column,
            text("yaml-unclosed-bracket", bracket=bracket),
            text("yaml-unclosed-bracket.fix", closing="]" if bracket == "[" else "}"),
        )
    if "expected node content" in problem and at:
        return diagnostic(
            "yaml-needs-quotes",
            relpath,
            line,
            column,
            text("yaml-needs-quotes.start", char=at),
            text("yaml-needs-quotes.fix"),
        )
    if "alias" in context or "anchor" in context or "cannot start any token" in problem:
        start = error.context_mark or mark
        assert start is not None
        char = _char_at(lines, start.line, start.column)
        return diagnostic(
            "yaml-needs-quotes",
            relpath,
            start.line + 1,
            start.column + 1,
            text("yaml-needs-quotes.start", char=char),
            text("yaml-needs-quotes.fix"),
        )
    if "mapping values are not allowed" in problem and _colon_in_value(written, column):
        return diagnostic(
            "yaml-needs-quotes",
            relpath,
            line,
            column,
            text("yaml-needs-quotes.colon"),
            text("yaml-needs-quotes.colon.fix"),
        )
    if "could not find expected ':'" in problem and error.context_mark is not None:
        start = error.context_mark
        return diagnostic(
            "yaml-missing-colon",
            relpath,
            start.line + 1,
            start.column + 1,
            text("yaml-missing-colon"),
            text("yaml-missing-colon.fix"),
        )
    if context.startswith("while parsing a block mapping") and column > 1:
        before = written[: column - 1].rstrip()
        if before.endswith(("'", '"', "]", "}")):
            return diagnostic(
                "yaml-syntax",
                relpath,
                line,
                column,
                text("yaml-syntax.after-quote"),
                text("yaml-syntax.after-quote.fix"),
            )
    if any(
        phrase in problem
        for phrase in (
            "mapping values are not allowed",
            "did not find expected key",
            "did not find expected '-' indicator",
            "block sequence entries are not allowed",
            "expected <block end>",
            "did not find expected <document start>",
        )
    ):
        return _indentation(source, lines, line, column, problem)
    detail = f"{problem} ({context})" if context else problem
    return diagnostic(
        "yaml-syntax",
        relpath,
        line,
        column,
        text("yaml-syntax", error=detail or "invalid YAML"),
        text("yaml-syntax.line.fix"),
    )


def _unclosed_bracket(
    lines: list[str], line: int, column: int
) -> tuple[str, tuple[int, int]] | None:
    """The last '[' or '{' before (line, column) that is not closed, with its 1-based place.

    Brackets inside quotes and comments are skipped; good enough to point at the opener that
    the parser gave up on.
    """
    openers: list[tuple[str, tuple[int, int]]] = []
    for number, written in enumerate(lines[:line], start=1):
        quote = ""
        for index, char in enumerate(written):
            if number == line and index >= column - 1:
                break
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char == "#" and (index == 0 or written[index - 1] in " \t"):
                break
            elif char in "[{":
                openers.append((char, (number, index + 1)))
            elif char in "]}" and openers:
                openers.pop()
    return openers[-1] if openers else None


def _char_at(lines: list[str], line: int, column: int) -> str:
    return lines[line][column : column + 1] if 0 <= line < len(lines) else ""


def _colon_in_value(text: str, column: int) -> bool:
    """True when the ': ' at ``column`` follows another key's ': ' on the same line."""
    before = text[: column - 1]
    stripped = before.lstrip(" -")
    return ": " in stripped or stripped.endswith(":")


def _indentation(
    source: SourceFile, lines: list[str], line: int, column: int, problem: str
) -> Diagnostic:
    """A line indented more or less than its place allows; the message compares with above."""
    written = lines[line - 1].rstrip("\r") if 0 < line <= len(lines) else ""
    indent = len(written) - len(written.lstrip(" "))
    previous = None
    for number in range(line - 2, -1, -1):
        candidate = lines[number].rstrip("\r")
        stripped = candidate.strip()
        if stripped and not stripped.startswith("#"):
            previous = (number + 1, len(candidate) - len(candidate.lstrip(" ")))
            break
    if "block sequence entries" in problem:
        message = text("yaml-indentation.list-on-key")
        hint = text("yaml-indentation.list-on-key.fix")
    elif written.lstrip(" ").startswith("- ") and "expected key" in problem:
        message = text("yaml-indentation.item-for-key")
        hint = text("yaml-indentation.item-for-key.fix")
    elif "'-' indicator" in problem:
        message = text("yaml-indentation.key-for-item")
        hint = text("yaml-indentation.key-for-item.fix")
    elif previous is not None:
        above, above_indent = previous
        message = text(
            "yaml-indentation.above", indent=indent, above=above, above_indent=above_indent
        )
        hint = text("yaml-indentation.above.fix")
    else:
        message = text("yaml-indentation")
        hint = text("yaml-indentation.fix")
    return diagnostic(
        "yaml-indentation", source.relpath, line, indent + 1 if indent else column, message, hint
    )


def _duplicate_key(source: SourceFile, line: int, column: int) -> Diagnostic:
    key, first = _duplicate_at(source.scan().root, line - 1, column - 1)
    where = text("duplicate-key.first", line=first + 1) if first is not None else ""
    return diagnostic(
        "duplicate-key",
        source.relpath,
        line,
        column,
        text("duplicate-key", key=key, where=where),
        text("duplicate-key.fix"),
    )


def _duplicate_at(root: Node | None, line: int, column: int) -> tuple[str, int | None]:
    """The key written at (line, column) and the line of its first occurrence in its mapping."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.entries is not None:
            for key, values in node.entries.items():
                if any((v.key_line, v.key_column) == (line, column) for v in values):
                    first = values[0].key_line
                    return key, first if first != line else None
            stack.extend(value for values in node.entries.values() for value in values)
        elif node.items is not None:
            stack.extend(node.items)
    return "?", None
