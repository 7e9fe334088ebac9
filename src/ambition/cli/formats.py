"""Diagnostics rendered for machines: GitHub workflow commands and step summary, GitLab Code
Quality, JSON. Pure functions from a list of diagnostics to text or JSON-ready data; printing is
``ambition.cli.output``'s job.

GitHub: https://docs.github.com/actions/reference/workflow-commands-for-github-actions (the
escaping of ``%``, CR and LF in messages, and of ``:`` and ``,`` in properties, follows the
runner's own ``escapeData``/``escapeProperty``). GitLab: the Code Quality report format,
https://docs.gitlab.com/ee/ci/testing/code_quality.html#code-quality-report-format.
"""

import hashlib
from typing import Any

from ambition.diagnostics import Diagnostic, Severity, counts

SUMMARY_ROWS = 500
"""Rows in the GitHub step summary; a summary is limited to 1 MiB, so very long lists are cut."""


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _text(item: Diagnostic) -> str:
    return f"{item.message} — {item.hint}" if item.hint else item.message


def github_command(item: Diagnostic, prefix: str = "") -> str:
    """One workflow command: ``::error file=…,line=…,col=…,title=…::message — hint``.

    ``prefix`` is the repository's folder relative to the workspace (e.g. ``kommun/``), so the
    annotation lands on the right file when the data repository is not at the checkout's root.
    """
    command = "error" if item.severity is Severity.ERROR else "warning"
    properties = [f"file={_escape_property(prefix + item.path)}"]
    if item.line:
        properties += [f"line={item.line}", f"col={item.column}"]
    properties.append(f"title={_escape_property(f'ambition {item.code}')}")
    return f"::{command} {','.join(properties)}::{_escape_data(_text(item))}"


def summary_line(found: list[Diagnostic], files: int | None, *, strict: bool = False) -> str:
    """The last line of every output: what was found in how many files."""
    errors, warnings = counts(found)
    where = f" in {files} files" if files is not None else ""
    if not found:
        return f"No problems found{where}."
    note = " (--strict: warnings count as errors)" if strict and warnings else ""
    return f"{errors} error(s), {warnings} warning(s){where}{note}."


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def github_summary(
    found: list[Diagnostic], files: int | None, prefix: str = "", *, strict: bool = False
) -> str:
    """A Markdown summary for ``$GITHUB_STEP_SUMMARY``: every finding, since annotations are
    capped per step."""
    lines = ["## ambition validate", "", summary_line(found, files, strict=strict), ""]
    if found:
        lines += ["| | Where | Code | Problem | Fix |", "|---|---|---|---|---|"]
        for item in found[:SUMMARY_ROWS]:
            mark = "❌" if item.severity is Severity.ERROR else "⚠️"
            where = prefix + item.location
            lines.append(
                f"| {mark} | `{_cell(where)}` | `{item.code}` | {_cell(item.message)} "
                f"| {_cell(item.hint or '')} |"
            )
        if len(found) > SUMMARY_ROWS:
            lines += ["", f"… and {len(found) - SUMMARY_ROWS} more: run `ambition validate`."]
        lines += ["", "What each code means and how to fix it: docs/diagnostics.md in ambition."]
    return "\n".join(lines) + "\n"


def _fingerprint(item: Diagnostic, prefix: str) -> str:
    """Stable across runs and across lines added above the finding: no line number in it."""
    key = "\0".join((item.code, prefix + item.path, item.yaml_path or "", item.message))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def gitlab_report(found: list[Diagnostic], prefix: str = "") -> list[dict[str, Any]]:
    """A GitLab Code Quality report: one issue per finding, with a unique stable fingerprint."""
    report: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for item in found:
        fingerprint = _fingerprint(item, prefix)
        seen[fingerprint] = seen.get(fingerprint, 0) + 1
        if seen[fingerprint] > 1:  # the same finding twice in a file: keep both, apart
            fingerprint = hashlib.sha256(f"{fingerprint}{seen[fingerprint]}".encode()).hexdigest()
        report.append(
            {
                "description": f"{item.code}: {_text(item)}",
                "check_name": item.code,
                "fingerprint": fingerprint,
                "severity": "major" if item.severity is Severity.ERROR else "minor",
                "location": {"path": prefix + item.path, "lines": {"begin": max(item.line, 1)}},
            }
        )
    return report


def json_records(found: list[Diagnostic]) -> list[dict[str, Any]]:
    """The diagnostics as JSON-ready records, every field of ``Diagnostic``."""
    return [
        {
            "path": d.path,
            "line": d.line,
            "column": d.column,
            "code": d.code,
            "severity": d.severity.value,
            "message": d.message,
            "hint": d.hint,
            "yaml_path": d.yaml_path,
        }
        for d in found
    ]
