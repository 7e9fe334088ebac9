"""Findings as data: a ``Diagnostic`` per problem, gathered into one list per run.

Text, GitHub, GitLab and JSON output are renderers of the same list (in the CLI layer); the core
never prints. Lines and columns are 1-based, as editors show them; 0 means "the whole file".
The codes, their severities and summaries are catalogued in ``ambition.diagnostics.codes``;
the message and the fix are texts of the message catalogue (``ambition.messages``), written in
the reader's language only when printed (``format(lang)``).
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ambition.messages.text import Text


class Severity(StrEnum):
    """How serious a finding is; ``--strict`` treats warnings as errors."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in the data.

    ``path`` is relative to the repository root with forward slashes; ``line`` and ``column`` are
    1-based (0 when the problem concerns the whole file); ``code`` is a stable kebab-case id;
    ``yaml_path`` is the dotted key path inside the file, e.g. ``values.2021``; ``message`` says
    what is wrong and ``hint`` how to fix it, as texts of the catalogue (``message_in(lang)``).
    """

    path: str
    line: int
    column: int
    code: str
    message: Text
    severity: Severity = Severity.ERROR
    hint: Text | None = None
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
            self.message.as_record(),
            self.severity.value,
            self.hint.as_record() if self.hint is not None else None,
            self.yaml_path,
        ]

    @classmethod
    def from_record(cls, record: list[Any]) -> "Diagnostic":
        """The diagnostic of ``as_record``'s list.

        Raises ValueError (or TypeError) when the list does not have that shape.
        """
        path, line, column, code, message, severity, hint, yaml_path = record
        fix = Text.from_record(hint) if hint is not None else None
        return cls(
            path, line, column, code, Text.from_record(message), Severity(severity), fix, yaml_path
        )

    def severity_in(self, lang: str) -> str:
        """The severity as a word in ``lang``: 'fel' or 'varning' in Swedish."""
        return Text(f"severity.{self.severity.value}").render(lang)

    def message_in(self, lang: str) -> str:
        """What is wrong, in ``lang`` ('sv' or 'en')."""
        return self.message.render(lang)

    def hint_in(self, lang: str) -> str | None:
        """How to fix it, in ``lang``; None when there is no fix to give."""
        return self.hint.render(lang) if self.hint is not None else None

    def format(self, lang: str) -> str:
        """One plain line in ``lang``, as ``ambition validate`` prints it when not on a terminal.

        ``path:line:column: code: message — hint``; a warning says ``code (warning):`` (``code
        (varning):`` in Swedish).
        """
        kind = "" if self.severity is Severity.ERROR else f" ({self.severity_in(lang)})"
        line = f"{self.location}: {self.code}{kind}: {self.message_in(lang)}"
        hint = self.hint_in(lang)
        if hint:
            line += f" — {hint}"
        return line


def has_errors(diagnostics: list[Diagnostic], *, strict: bool = False) -> bool:
    """True when any diagnostic is an error, or any at all with ``strict``."""
    return any(strict or d.severity is Severity.ERROR for d in diagnostics)


def counts(diagnostics: list[Diagnostic]) -> tuple[int, int]:
    """The number of errors and of warnings."""
    errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
    return errors, len(diagnostics) - errors
