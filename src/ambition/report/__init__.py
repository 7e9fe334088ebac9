"""Follow-up reports: a typed context, one Jinja environment, Markdown and HTML templates; and
the comparison of two revisions in words (:mod:`ambition.report.diff`)."""

from ambition.report.context import Page, ReportContext
from ambition.report.render import (
    RenderedFile,
    ReportFormat,
    build_context,
    render_files,
    render_report,
    write_reports,
)
from ambition.report.scope import WHOLE, Scope, UnknownScopeError

__all__ = [
    "WHOLE",
    "Page",
    "RenderedFile",
    "ReportContext",
    "ReportFormat",
    "Scope",
    "UnknownScopeError",
    "build_context",
    "render_files",
    "render_report",
    "write_reports",
]
