"""Assessments (bedömningar) written by experts and goal owners, one file per indicator or goal.

Layout: ``data/assessments/<period>/indicators/<indicator-id>.yaml`` and
``data/assessments/<period>/goals/<goal-id>.yaml``, so two experts never edit the same file.
"""

from pydantic import Field

from ambition.models.common import Id, Model, Status, Trend


class Assessment(Model):
    """What an expert writes: status, trend, analysis and, where the status differs from the
    method's proposal, a justification."""

    status: Status | None = Field(default=None, description="The expert's status.")
    trend: Trend | None = Field(default=None, description="The expert's trend.")
    analysis: str | None = Field(default=None, description="The expert's analysis (Markdown).")
    assessor: str | None = Field(default=None, description="Who assessed: role and organisation.")
    justification: str | None = Field(
        default=None, description="Why the status differs from the method's proposal."
    )


class IndicatorAssessment(Assessment):
    """An expert's assessment of one indicator for one period."""


class AreaAssessment(Assessment):
    """The goal owner's assessment of one measurement area."""


class GoalAssessment(Assessment):
    """The goal owner's assessment of one goal for one period, with optional area assessments."""

    areas: dict[Id, AreaAssessment] = Field(default_factory=dict)
