"""Findings as data: a ``Diagnostic`` per problem, gathered into one list per run.

Text, GitHub, GitLab and JSON output are renderers of the same list (in the CLI layer); the core
never prints. Lines and columns are 1-based, as editors show them; 0 means "the whole file".
The codes, their severities and summaries are catalogued in ``ambition.diagnostics.codes``.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How serious a finding is; ``--strict`` treats warnings as errors."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in the data.

    ``path`` is relative to the repository root with forward slashes; ``line`` and ``column`` are
    1-based (0 when the problem concerns the whole file); ``code`` is a stable kebab-case id;
    ``yaml_path`` is the dotted key path inside the file, e.g. ``values.2021``; ``hint`` says how to
    fix it.
    """

    path: str
    line: int
    column: int
    code: str
    message: str
    severity: Severity = Severity.ERROR
    hint: str | None = None
    yaml_path: str | None = None

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by file, line, column, code."""
        return (self.path, self.line, self.column, self.code)

    @property
    def location(self) -> str:
        """``path:line:column``, or only ``path`` for a finding about the whole file or folder."""
        if self.line == 0:
            return self.path
        return f"{self.path}:{self.line}:{self.column}"

    def as_record(self) -> list[Any]:
        """The diagnostic as a JSON-ready list: path, line, column, code, message, severity,
        hint, yaml_path (the stored form of the cache)."""
        return [
            self.path,
            self.line,
            self.column,
            self.code,
            self.message,
            self.severity.value,
            self.hint,
            self.yaml_path,
        ]

    @classmethod
    def from_record(cls, record: list[Any]) -> "Diagnostic":
        """The diagnostic of ``as_record``'s list.

        Raises ValueError (or TypeError) when the list does not have that shape.
        """
        path, line, column, code, message, severity, hint, yaml_path = record
        return cls(path, line, column, code, message, Severity(severity), hint, yaml_path)

    def format(self) -> str:
        """One plain line, as ``ambition validate`` prints it when not on a terminal.

        ``path:line:column: code: message — hint``; a warning says ``code (warning):``.
        """
        kind = "" if self.severity is Severity.ERROR else f" ({self.severity})"
        text = f"{self.location}: {self.code}{kind}: {self.message}"
        if self.hint:
            text += f" — {self.hint}"
        return text


def has_errors(diagnostics: list[Diagnostic], *, strict: bool = False) -> bool:
    """True when any diagnostic is an error, or any at all with ``strict``."""
    return any(strict or d.severity is Severity.ERROR for d in diagnostics)


def counts(diagnostics: list[Diagnostic]) -> tuple[int, int]:
    """The number of errors and of warnings."""
    errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
    return errors, len(diagnostics) - errors
