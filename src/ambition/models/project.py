"""``ambition.yaml``: the municipality, the language, the term of office and the follow-up periods."""

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from ambition.models.common import Id, Model, NonEmptyText, WholeNumber


class PeriodKind(StrEnum):
    """Kind of follow-up period: tertial (per 30 April), interim (delårsbokslut) or annual."""

    TERTIAL = "tertial"
    INTERIM = "interim"
    ANNUAL = "annual"


class Municipality(Model):
    """The municipality whose goals are followed up; ``code`` is the four-digit SCB code."""

    name: NonEmptyText
    code: Annotated[str, StringConstraints(pattern=r"^\d{4}$")] = Field(
        description="Four-digit municipality code as a quoted string, e.g. '0665'."
    )


class TermOfOffice(Model):
    """Term of office (mandatperiod), first and last calendar year, e.g. 2023-2026."""

    start: WholeNumber = Field(ge=1900, le=2200)
    end: WholeNumber = Field(ge=1900, le=2200)

    @model_validator(mode="after")
    def _ordered(self) -> "TermOfOffice":
        if self.end < self.start:
            raise ValueError(f"the term ends ({self.end}) before it starts ({self.start})")
        return self


class Period(Model):
    """A follow-up period (uppföljningsperiod).

    ``closing_date`` is the date the accounts are drawn up to; the period's measurement year is
    its year. ``deadline`` is the date by which every assessment must be written.
    """

    id: Id
    kind: PeriodKind
    closing_date: dt.date
    deadline: dt.date | None = None
    title: str | None = Field(default=None, description="Display title, e.g. 'Helårsbokslut 2022'.")

    @property
    def year(self) -> int:
        """The measurement year the period belongs to (the year of its closing date)."""
        return self.closing_date.year

    @property
    def forecast(self) -> bool:
        """True for a tertial or interim period: its assessments are forecasts for the whole
        year ("prognos för helåret"), made before the year's values exist."""
        return self.kind is not PeriodKind.ANNUAL


class Project(Model):
    """The root file ``ambition.yaml`` of a data repository."""

    municipality: Municipality
    language: Literal["sv", "en"] = "sv"
    notice: str | None = Field(
        default=None,
        description="A notice shown at the top of every report, e.g. that the assessments are "
        "examples or a draft.",
    )
    term_of_office: TermOfOffice
    periods: list[Period] = Field(min_length=1)
    max_file_size: WholeNumber = Field(
        default=1_000_000,
        gt=0,
        description="Largest data file read, in bytes (default 1 000 000, 1 MB); a larger "
        "file is refused before it is read.",
    )
