"""The strategic programme and its action plan (handlingsplan).

Layout: ``data/programme.yaml`` holds the programme with its focus areas; each action is a file
of its own, ``data/actions/<action-id>.yaml``, so the officers responsible for different actions
never edit the same file. An action links the council's goals to the programme's
implementation (verkställighet): it names its goals, optionally a measurement area, the
organisation responsible, its dates and status, and a progress note per follow-up period.
"""

import datetime as dt
from enum import StrEnum

from pydantic import Field, ValidationInfo, field_validator

from ambition.models.common import Id, Model, NonEmptyText


class FocusArea(Model):
    """A focus area (fokusområde) of the programme; ``goals`` are the council goals it serves."""

    id: Id
    title: NonEmptyText
    description: str | None = None
    goals: list[Id] = Field(default_factory=list, description="Ids of the goals it serves.")


class Programme(Model):
    """``data/programme.yaml``: the strategic programme whose implementation the actions follow.

    ``steering_document`` names the programme's entry in ``data/steering-documents.yaml``,
    which holds its decision and validity.
    """

    title: NonEmptyText
    steering_document: Id | None = Field(
        default=None, description="Id of the programme in data/steering-documents.yaml."
    )
    description: str | None = None
    focus_areas: list[FocusArea] = Field(min_length=1)


class ActionStatus(StrEnum):
    """Where an action stands: planned, ongoing, done, delayed or cancelled.

    'delayed' is the responsible officer's word; whether the due date has passed is computed
    apart (an action can be past its due date while still called 'ongoing').
    """

    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"

    @property
    def closed(self) -> bool:
        """True for done and cancelled: nothing more is expected of the action."""
        return self in (ActionStatus.DONE, ActionStatus.CANCELLED)


class ProgressNote(Model):
    """What the responsible officer reports about an action for one period."""

    note: NonEmptyText = Field(description="The progress in the period (Markdown).")
    reported_by: str | None = Field(default=None, description="Who reported: role, organisation.")


class Action(Model):
    """An action (åtgärd) of the action plan.

    ``goals`` are the council goals it serves (at least one); ``measurement_area``, if given,
    lies under one of them. ``due`` is the date it is to be done by and ``completed`` the date it
    was done (required once ``status`` is 'done'). ``progress`` maps a period id to the note
    for that period.
    """

    id: Id
    title: NonEmptyText
    description: str | None = None
    focus_area: Id | None = Field(
        default=None,
        description="Focus area id in data/programme.yaml; by default that of its first goal.",
    )
    goals: list[Id] = Field(min_length=1, description="Ids of the goals the action serves.")
    measurement_area: Id | None = Field(default=None, description="Measurement area id.")
    responsible: Id = Field(description="Organisation id responsible for the action.")
    steering_documents: list[Id] = Field(
        default_factory=list, description="Ids of steering documents the action carries out."
    )
    start: dt.date | None = Field(default=None, description="Start date, YYYY-MM-DD.")
    due: dt.date | None = Field(default=None, description="Due date, YYYY-MM-DD.")
    status: ActionStatus
    completed: dt.date | None = Field(
        default=None, description="Date the action was done, YYYY-MM-DD."
    )
    progress: dict[Id, ProgressNote] = Field(
        default_factory=dict, description="Progress note per period id."
    )

    @field_validator("due")
    @classmethod
    def _due_after_start(cls, due: dt.date | None, info: ValidationInfo) -> dt.date | None:
        start = info.data.get("start")
        if due is not None and start is not None and due < start:
            raise ValueError(f"the due date {due} is before the start {start}")
        return due

    @field_validator("completed")
    @classmethod
    def _completed_when_done(
        cls, completed: dt.date | None, info: ValidationInfo
    ) -> dt.date | None:
        status, start = info.data.get("status"), info.data.get("start")
        if completed is None:
            return completed
        if start is not None and completed < start:
            raise ValueError(f"the completion date {completed} is before the start {start}")
        if status is not None and status is not ActionStatus.DONE:
            raise ValueError(
                f"a completion date is given but the status is '{status}': "
                "write 'status: done', or remove 'completed'"
            )
        return completed

    def overdue(self, as_of: dt.date) -> bool:
        """True when the due date lies before ``as_of`` and the action is neither done nor
        cancelled."""
        return self.due is not None and self.due < as_of and not self.status.closed
