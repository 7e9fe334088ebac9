"""Diagnostics rendered for machines: GitHub workflow commands and step summary, GitLab Code
Quality, JSON. Pure functions from a list of diagnostics to text or JSON-ready data; printing is
``ambition.cli.output``'s job. Every function takes the reader's language (``lang``, 'sv' or
'en'): the messages and the words around them come from the message catalogue.

GitHub: https://docs.github.com/actions/reference/workflow-commands-for-github-actions (the
escaping of ``%``, CR and LF in messages, and of ``:`` and ``,`` in properties, follows the
runner's own ``escapeData``/``escapeProperty``). GitLab: the Code Quality report format,
https://docs.gitlab.com/ee/ci/testing/code_quality.html#code-quality-report-format.
"""

import hashlib
import json
from typing import Any

from ambition.diagnostics import Diagnostic, Severity, counts
from ambition.messages.text import text

SUMMARY_ROWS = 500
"""Rows in the GitHub step summary; a summary is limited to 1 MiB, so very long lists are cut."""


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _text(item: Diagnostic, lang: str) -> str:
    message, hint = item.message_in(lang), item.hint_in(lang)
    return f"{message} — {hint}" if hint else message


def github_command(item: Diagnostic, prefix: str = "", lang: str = "sv") -> str:
    """One workflow command: ``::error file=…,line=…,col=…,title=…::message — hint``.

    ``prefix`` is the repository's folder relative to the workspace (e.g. ``kommun/``), so the
    annotation lands on the right file when the data repository is not at the checkout's root.
    """
    command = "error" if item.severity is Severity.ERROR else "warning"
    properties = [f"file={_escape_property(prefix + item.path)}"]
    if item.line:
        properties += [f"line={item.line}", f"col={item.column}"]
    properties.append(f"title={_escape_property(f'ambition {item.code}')}")
    return f"::{command} {','.join(properties)}::{_escape_data(_text(item, lang))}"


def summary_line(
    found: list[Diagnostic], files: int | None, *, strict: bool = False, lang: str = "sv"
) -> str:
    """The last line of every output: what was found in how many files, in ``lang``
    ("1 fel och 2 varningar i 89 filer.")."""
    errors, warnings = counts(found)
    where = text("validate.where", files=files) if files is not None else ""
    if not found:
        return text("validate.clean", where=where).render(lang)
    note = text("validate.strict") if strict and warnings else ""
    summary = text("validate.summary", errors=errors, warnings=warnings, where=where, note=note)
    return summary.render(lang)


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def github_summary(
    found: list[Diagnostic],
    files: int | None,
    prefix: str = "",
    *,
    strict: bool = False,
    lang: str = "sv",
) -> str:
    """A Markdown summary for ``$GITHUB_STEP_SUMMARY``: every finding, since annotations are
    capped per step."""
    lines = ["## ambition validate", "", summary_line(found, files, strict=strict, lang=lang), ""]
    if found:
        lines += [text("validate.table").render(lang), "|---|---|---|---|---|"]
        for item in found[:SUMMARY_ROWS]:
            mark = "❌" if item.severity is Severity.ERROR else "⚠️"
            where = prefix + item.location
            lines.append(
                f"| {mark} | `{_cell(where)}` | `{item.code}` | {_cell(item.message_in(lang))} "
                f"| {_cell(item.hint_in(lang) or '')} |"
            )
        if len(found) > SUMMARY_ROWS:
            more = text("validate.more", count=len(found) - SUMMARY_ROWS).render(lang)
            lines += ["", more]
        lines += ["", text("validate.docs").render(lang)]
    return "\n".join(lines) + "\n"


def _fingerprint(item: Diagnostic, prefix: str) -> str:
    """Stable across runs, languages and lines added above the finding: no line number in it,
    and the message as its catalogue key and parameters."""
    message = json.dumps(item.message.as_record(), ensure_ascii=False, sort_keys=True)
    key = "\0".join((item.code, prefix + item.path, item.yaml_path or "", message))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def gitlab_report(
    found: list[Diagnostic], prefix: str = "", lang: str = "sv"
) -> list[dict[str, Any]]:
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
                "description": f"{item.code}: {_text(item, lang)}",
                "check_name": item.code,
                "fingerprint": fingerprint,
                "severity": "major" if item.severity is Severity.ERROR else "minor",
                "location": {"path": prefix + item.path, "lines": {"begin": max(item.line, 1)}},
            }
        )
    return report


def json_records(found: list[Diagnostic], lang: str = "sv") -> list[dict[str, Any]]:
    """The diagnostics as JSON-ready records, every field of ``Diagnostic``, the message and
    the fix in ``lang``."""
    return [
        {
            "path": d.path,
            "line": d.line,
            "column": d.column,
            "code": d.code,
            "severity": d.severity.value,
            "message": d.message_in(lang),
            "hint": d.hint_in(lang),
            "yaml_path": d.yaml_path,
        }
        for d in found
    ]
