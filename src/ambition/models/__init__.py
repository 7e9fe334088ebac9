"""Pydantic models of every file kind in a data repository.

All models are immutable (``frozen=True``) and refuse unknown keys (``extra="forbid"``), so a
misspelt key is a diagnostic, not silently ignored data.
"""

from ambition.models.action_plan import Action, ActionStatus, FocusArea, Programme, ProgressNote
from ambition.models.assessment import BreakdownAssessment, GoalAssessment, IndicatorAssessment
from ambition.models.common import Decision, Status, Trend
from ambition.models.goal import Goal, MeasurementArea, SubGoal
from ambition.models.indicator import (
    Baseline,
    Breakdown,
    Comparison,
    Direction,
    Indicator,
    Source,
    Target,
)
from ambition.models.method import Method
from ambition.models.organisation import Organisation, OrganisationsFile
from ambition.models.project import Municipality, Period, PeriodKind, Project, TermOfOffice
from ambition.models.steering import (
    SteeringDocument,
    SteeringDocumentKind,
    SteeringDocumentsFile,
)
from ambition.models.value import Marker, ValueEntry

__all__ = [
    "Action",
    "ActionStatus",
    "Baseline",
    "Breakdown",
    "BreakdownAssessment",
    "Comparison",
    "Decision",
    "Direction",
    "FocusArea",
    "Goal",
    "GoalAssessment",
    "Indicator",
    "IndicatorAssessment",
    "Marker",
    "MeasurementArea",
    "Method",
    "Municipality",
    "Organisation",
    "OrganisationsFile",
    "Period",
    "PeriodKind",
    "Programme",
    "ProgressNote",
    "Project",
    "Source",
    "Status",
    "SteeringDocument",
    "SteeringDocumentKind",
    "SteeringDocumentsFile",
    "SubGoal",
    "Target",
    "TermOfOffice",
    "Trend",
    "ValueEntry",
]
