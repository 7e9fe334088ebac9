"""Follow-up reports: a typed context, one Jinja environment, Markdown and HTML templates."""

from ambition.report.render import ReportContext, ReportFormat, render_report, write_reports

__all__ = ["ReportContext", "ReportFormat", "render_report", "write_reports"]
