"""Pydantic models of every file kind in a data repository.

All models are immutable (``frozen=True``) and refuse unknown keys (``extra="forbid"``), so a
misspelt key is a diagnostic, not silently ignored data.
"""

from ambition.models.assessment import GoalAssessment, IndicatorAssessment
from ambition.models.common import Decision, Status, Trend
from ambition.models.goal import Goal, MeasurementArea
from ambition.models.indicator import Baseline, Comparison, Direction, Indicator, Source, Target
from ambition.models.method import Method
from ambition.models.organisation import Organisation, OrganisationsFile
from ambition.models.project import Municipality, Period, PeriodKind, Project, TermOfOffice

__all__ = [
    "Baseline",
    "Comparison",
    "Decision",
    "Direction",
    "Goal",
    "GoalAssessment",
    "Indicator",
    "IndicatorAssessment",
    "MeasurementArea",
    "Method",
    "Municipality",
    "Organisation",
    "OrganisationsFile",
    "Period",
    "PeriodKind",
    "Project",
    "Source",
    "Status",
    "Target",
    "TermOfOffice",
    "Trend",
]
