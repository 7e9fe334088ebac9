"""Reading YAML files: fast C-backed safe parsing, and round-trip parsing only to locate a key.

Measured (DESIGN.md §4): ruamel.yaml's safe loader with its C extension parses a 50-line file in
about 0.8 ms, the round-trip loader in 4.5 ms, so positions are looked up lazily, only for files
that have a problem. Both loaders use YAML 1.2, where ``no`` is a string and ``010`` is 10.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from ambition.diagnostics import Diagnostic

YamlPath = Sequence[str | int]
"""A path of mapping keys and sequence indices into a YAML document, e.g. ``("values", 2021)``."""


@dataclass(eq=False)
class SourceFile:
    """The text of one data file and, once asked for, its round-trip parse for positions.

    ``relpath`` is the path relative to the repository root with forward slashes.
    """

    relpath: str
    text: str
    _located: Any = field(default=None, repr=False)
    _located_loaded: bool = field(default=False, repr=False)

    def _roundtrip(self) -> Any:
        if not self._located_loaded:
            self._located_loaded = True
            try:
                self._located = YAML(typ="rt").load(self.text)
            except YAMLError:
                self._located = None
        return self._located

    def locate(self, yaml_path: YamlPath, *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``yaml_path``, or of its key with ``key=True``.

        Walks as far as the path exists and returns the position of the deepest node found, so a
        missing key is reported at the mapping that should hold it. Returns (1, 1) when the file
        cannot be parsed at all.
        """
        node = self._roundtrip()
        position = (0, 0)
        for depth, step in enumerate(yaml_path):
            last = depth == len(yaml_path) - 1
            lc = getattr(node, "lc", None)
            if lc is None:
                break
            if isinstance(node, dict):
                match = _find_key(node, step)
                if match is _MISSING:
                    break
                line, col = lc.key(match) if (key and last) else lc.value(match)
                if not (key and last) and not _is_scalar(node[match]):
                    line, col = lc.key(match)
                position = (line, col)
                node = node[match]
            elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
                position = lc.item(step)
                node = node[step]
            else:
                break
        return position[0] + 1, position[1] + 1


_MISSING = object()


def _find_key(mapping: dict[Any, Any], step: str | int) -> Any:
    if step in mapping:
        return step
    for candidate in mapping:
        if str(candidate) == str(step):
            return candidate
    return _MISSING


def _is_scalar(node: Any) -> bool:
    return not isinstance(node, dict | list)


def read_source(path: Path, relpath: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    """Read ``path`` as UTF-8 text; a byte-order mark is dropped and CRLF is accepted.

    Returns the source file, or None with a ``not-utf8`` diagnostic at the first bad byte.
    Raises OSError only when the file cannot be read at all.
    """
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        return None, [
            Diagnostic(
                relpath,
                line,
                column,
                "not-utf8",
                f"byte 0x{raw[error.start]:02x} is not valid UTF-8",
                hint="save the file as UTF-8 (in most editors: 'Save with encoding' > UTF-8)",
            )
        ]
    return SourceFile(relpath, text), []


def parse(source: SourceFile) -> tuple[Any, list[Diagnostic]]:
    """Parse ``source`` with the C-backed safe loader (YAML 1.2).

    Returns the plain Python document (dicts, lists, scalars) or None with a diagnostic for a
    syntax error, a duplicate key, or an empty file.
    """
    loader = YAML(typ="safe", pure=False)
    try:
        document = loader.load(source.text)
    except MarkedYAMLError as error:
        return None, [_syntax_diagnostic(source, error)]
    except YAMLError as error:
        return None, [Diagnostic(source.relpath, 1, 1, "yaml-syntax", str(error).strip())]
    if document is None:
        return None, [
            Diagnostic(
                source.relpath,
                1,
                1,
                "empty-file",
                "the file is empty",
                hint="fill it in, or delete it if it is not needed",
            )
        ]
    return document, []


def _syntax_diagnostic(source: SourceFile, error: MarkedYAMLError) -> Diagnostic:
    relpath = source.relpath
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (error.problem or "invalid YAML").strip()
    if "duplicate key" in problem:
        key = problem.split('"')[1] if '"' in problem else "?"
        first = _first_occurrence(source.text, key, error.context_mark, line, column)
        where = f" (first at line {first})" if first else ""
        return Diagnostic(
            relpath,
            line,
            column,
            "duplicate-key",
            f"the key '{key}' appears twice{where}",
            hint="keep one of them; YAML does not allow the same key twice in a mapping",
        )
    lines = source.text.splitlines()
    at_tab = 0 < line <= len(lines) and lines[line - 1][column - 1 : column] == "\t"
    if at_tab or "'\\t'" in problem:
        return Diagnostic(
            relpath,
            line,
            column,
            "yaml-tab",
            "a tab character is used for indentation",
            hint="indent with spaces only (two per level)",
        )
    context = f" {error.context.strip()}" if error.context else ""
    return Diagnostic(
        relpath,
        line,
        column,
        "yaml-syntax",
        f"YAML syntax error: {problem}{context}",
        hint="check the indentation and quotes on this line and the one before",
    )


def _first_occurrence(
    text: str, key: str, mapping_mark: Any, line: int, column: int
) -> int | None:
    """1-based line of the first ``key:`` at ``column`` between the mapping start and ``line``."""
    start = mapping_mark.line if mapping_mark is not None else 0
    lines = text.splitlines()
    for number in range(start, line - 1):
        content = lines[number][column - 1 :]
        if content.startswith((f"{key}:", f'"{key}":', f"'{key}':")):
            return number + 1
    return None
