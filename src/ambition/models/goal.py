"""``data/goals/<id>.yaml``: a council goal (fullmäktiges mål) with its measurement areas and,
optionally, sub-goals (delmål) that group them."""

from typing import Annotated

from pydantic import Field, StringConstraints

from ambition.models.common import Decision, Id, Model, NonEmptyText, WholeNumber

Agenda2030Goal = Annotated[
    str,
    StringConstraints(pattern=r"^(1[0-7]|[1-9])(\.([1-9][0-9]?|[a-c]))?$"),
    Field(description="An Agenda 2030 goal ('11') or target ('11.6'), as a quoted string."),
]


class MeasurementArea(Model):
    """A measurement area (mätområde, framgångsfaktor) under a goal; ids are unique repository-wide."""

    id: Id
    title: NonEmptyText
    description: str | None = None
    steering_documents: list[Id] = Field(
        default_factory=list, description="Ids of steering documents the area rests on."
    )


class SubGoal(Model):
    """A sub-goal (delmål, nämndmål) of a goal: it groups some of the goal's measurement areas
    and rolls up their indicators (or their statuses, as the method's ``rollup_by_level`` says),
    and may be owned by a committee. Ids are unique repository-wide, apart from area ids."""

    id: Id
    title: NonEmptyText
    description: str | None = None
    owner: Id | None = Field(
        default=None, description="Organisation id that owns the sub-goal (a committee)."
    )
    measurement_areas: list[Id] = Field(
        min_length=1, description="Ids of the goal's measurement areas the sub-goal groups."
    )
    steering_documents: list[Id] = Field(
        default_factory=list, description="Ids of steering documents the sub-goal rests on."
    )


class Goal(Model):
    """A goal decided by the council, followed up through its measurement areas.

    ``number`` orders goals in reports. ``owner`` is the id of the organisation that assesses the
    goal (usually the executive board).
    """

    id: Id
    number: WholeNumber = Field(ge=1, le=99)
    title: NonEmptyText = Field(description="The goal as decided, in full.")
    short_title: str | None = Field(default=None, description="A short name for tables.")
    description: str | None = None
    owner: Id = Field(description="Organisation id responsible for the goal's assessment.")
    agenda2030: list[Agenda2030Goal] = Field(default_factory=list)
    decision: Decision | None = None
    steering_documents: list[Id] = Field(
        default_factory=list, description="Ids of steering documents the goal rests on."
    )
    measurement_areas: list[MeasurementArea] = Field(min_length=1)
    sub_goals: list[SubGoal] = Field(
        default_factory=list,
        description="Sub-goals (delmål) grouping the goal's measurement areas; optional.",
    )

    @property
    def display_title(self) -> str:
        """The short title where there is one, else the full title."""
        return self.short_title or self.title
