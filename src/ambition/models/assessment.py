"""Assessments (bedömningar) written by experts and goal owners, one file per indicator or goal.

Layout: ``data/assessments/<period>/indicators/<indicator-id>.yaml`` and
``data/assessments/<period>/goals/<goal-id>.yaml``, so two experts never edit the same file.
"""

from pydantic import Field

from ambition.models.common import Id, Model, Number, RuleName, Status, Trend, WholeNumber


class ProposalRecord(Model):
    """The method's proposal as ``ambition assess --write`` recorded it in the file, so reviewers
    of a pull request see what the expert's status is compared with. Never edited by hand;
    the method's current proposal is always recomputed, this record is for reading.

    ``computed`` holds the rule's numbers rounded to 4 decimals; ``areas`` (goal files) the
    proposed status of each measurement area.
    """

    status: Status
    trend: Trend | None = None
    rule: RuleName | None = None
    year: WholeNumber | None = Field(default=None, description="Year of the value the rule used.")
    value: Number | None = Field(default=None, description="The value the rule used.")
    explanation: str | None = None
    computed: dict[str, Number] = Field(default_factory=dict)
    areas: dict[Id, Status] = Field(default_factory=dict)


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


class BreakdownAssessment(Assessment):
    """An expert's assessment of one breakdown row of an indicator (e.g. women), optional."""


class IndicatorAssessment(Assessment):
    """An expert's assessment of one indicator for one period; ``breakdowns`` holds the
    optional assessments of its breakdown rows by the breakdown's id (e.g. 'kvinnor')."""

    proposal: ProposalRecord | None = Field(
        default=None, description="Written by 'ambition assess --write'; do not edit."
    )
    breakdowns: dict[Id, BreakdownAssessment] = Field(
        default_factory=dict, description="Assessments of the breakdown rows by their id."
    )


class AreaAssessment(Assessment):
    """The goal owner's assessment of one measurement area."""


class GoalAssessment(Assessment):
    """The goal owner's assessment of one goal for one period, with optional area assessments."""

    areas: dict[Id, AreaAssessment] = Field(default_factory=dict)
    proposal: ProposalRecord | None = Field(
        default=None, description="Written by 'ambition assess --write'; do not edit."
    )
