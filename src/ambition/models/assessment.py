"""Assessments (bedömningar) written by experts and goal owners, one file per indicator or goal.

Layout: ``data/assessments/<period>/indicators/<indicator-id>.yaml`` and
``data/assessments/<period>/goals/<goal-id>.yaml``, so two experts never edit the same file.
"""

from pydantic import Field

from ambition.models.common import (
    Id,
    Model,
    NonEmptyText,
    Number,
    RuleName,
    Status,
    Trend,
    WholeNumber,
)


class ProposalRecord(Model):
    """The method's proposal as ``ambition assess --write`` recorded it in the file, so reviewers
    of a pull request see what the expert's status is compared with. Never edited by hand;
    the method's current proposal is always recomputed, this record is for reading.

    ``computed`` holds the rule's numbers rounded to 4 decimals; ``areas`` (goal files) the
    proposed status of each measurement area, ``sub_goals`` of each sub-goal.
    """

    status: Status
    trend: Trend | None = None
    rule: RuleName | None = None
    year: WholeNumber | None = Field(default=None, description="Year of the value the rule used.")
    value: Number | None = Field(default=None, description="The value the rule used.")
    explanation: str | None = None
    computed: dict[str, Number] = Field(default_factory=dict)
    areas: dict[Id, Status] = Field(default_factory=dict)
    sub_goals: dict[Id, Status] = Field(
        default_factory=dict, description="Goal files: the proposed status of each sub-goal."
    )


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


class PartialValue(Model):
    """A value measured over part of the period's year, in the indicator's unit, e.g. the
    unemployment of January–August: ``{value: 7.2, covers: "januari–augusti 2022"}``."""

    value: Number = Field(description="The value for part of the year, in the indicator's unit.")
    covers: NonEmptyText = Field(
        description="What part of the year the value covers, in words, e.g. 'januari–augusti 2022'."
    )


class BreakdownAssessment(Assessment):
    """An expert's assessment of one breakdown row of an indicator (e.g. women), optional."""


class IndicatorAssessment(Assessment):
    """An expert's assessment of one indicator for one period; ``breakdowns`` holds the
    optional assessments of its breakdown rows by the breakdown's id (e.g. 'kvinnor').

    In a tertial or interim period (a forecast for the year), ``forecast_value`` is the
    expert's forecast of the year's value and ``partial_value`` a value measured over part of
    the year; the method proposes from the forecast value first, then the partial value, then
    the latest published value (docs/method.md, "Forecasts"). Both are in the indicator's unit
    and are ignored in an annual period.
    """

    forecast_value: Number | None = Field(
        default=None,
        description="Tertial or interim period: the expert's forecast of the year's value, in "
        "the indicator's unit.",
    )
    partial_value: PartialValue | None = Field(
        default=None,
        description="Tertial or interim period: a value measured over part of the year, with "
        "the part it covers.",
    )
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
    sub_goals: dict[Id, AreaAssessment] = Field(
        default_factory=dict, description="The goal owner's assessments of the sub-goals, by id."
    )
    proposal: ProposalRecord | None = Field(
        default=None, description="Written by 'ambition assess --write'; do not edit."
    )
