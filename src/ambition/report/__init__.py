"""Follow-up reports: a typed context, one Jinja environment, Markdown and HTML templates."""

from ambition.report.render import (
    Page,
    RenderedFile,
    ReportContext,
    ReportFormat,
    Scope,
    UnknownScopeError,
    render_files,
    render_report,
    write_reports,
)

__all__ = [
    "Page",
    "RenderedFile",
    "ReportContext",
    "ReportFormat",
    "Scope",
    "UnknownScopeError",
    "render_files",
    "render_report",
    "write_reports",
]
