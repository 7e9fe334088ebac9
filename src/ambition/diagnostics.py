"""Findings as data: a ``Diagnostic`` per problem, gathered into one list per run.

Text, GitHub and JSON output are renderers of the same list (in the CLI layer); the core never
prints. Lines and columns are 1-based, as editors show them; 0 means "the whole file".
"""

from dataclasses import dataclass
from enum import StrEnum


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

    def format(self) -> str:
        """One line: ``path:line:column: severity code: message (hint)``."""
        text = f"{self.path}:{self.line}:{self.column}: {self.severity} {self.code}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


def has_errors(diagnostics: list[Diagnostic], *, strict: bool = False) -> bool:
    """True when any diagnostic is an error, or any at all with ``strict``."""
    return any(strict or d.severity is Severity.ERROR for d in diagnostics)
