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


class ReferenceKind(StrEnum):
    """What a named reference is: the country (Riket), a county (län), one municipality, or a
    group of municipalities (a Kolada group, or named references)."""

    COUNTRY = "country"
    COUNTY = "county"
    MUNICIPALITY = "municipality"
    GROUP = "group"


COUNTRY_CODE = "0000"
"""Kolada's id of the country as a whole (Riket)."""
KoladaCode = Annotated[
    str,
    StringConstraints(pattern=r"^(\d{4}|G\d{1,9})$"),
    Field(
        description="Kolada id: '0000' Riket, '0006' a county, '0604' a municipality, 'G…' a group."
    ),
]


_EXPECTED = {
    ReferenceKind.COUNTRY: "'0000'",
    ReferenceKind.COUNTY: "'00' and the county code, e.g. '0006' for Jönköpings län",
    ReferenceKind.MUNICIPALITY: "the four-digit municipality code, e.g. '0604'",
}


def _code_fits(kind: ReferenceKind, code: str) -> bool:
    if kind is ReferenceKind.COUNTRY:
        return code == COUNTRY_CODE
    if kind is ReferenceKind.COUNTY:
        return code.startswith("00") and code != COUNTRY_CODE
    return code.isdigit() and not code.startswith("00")


class NamedReference(Model):
    """A reference the municipality compares itself with (``ambition.yaml`` ``references``).

    ``kolada`` is its id in Kolada: ``0000`` for the country, ``00`` and the county code for a
    county (``0006`` Jönköpings län), the municipality code for a municipality, ``G`` and
    digits for a Kolada group of municipalities (``municipality_groups``). A group is either
    such a Kolada group or ``members``: ids of other named references (e.g. the neighbours).
    Raises ValueError when the id does not fit the kind.
    """

    name: NonEmptyText = Field(description="Display name, e.g. 'Riket' or 'Jönköpings län'.")
    kind: ReferenceKind
    kolada: KoladaCode | None = None
    members: list[Id] = Field(
        default_factory=list, description="A group's members: ids of other named references."
    )

    @model_validator(mode="after")
    def _fits_kind(self) -> "NamedReference":
        code, kind = self.kolada, self.kind
        if kind is ReferenceKind.GROUP:
            if (code is None) == (not self.members):
                raise ValueError(
                    "a group is either a Kolada group ('kolada: G…') or 'members' (ids of "
                    "other references): give exactly one"
                )
            if code is not None and not code.startswith("G"):
                raise ValueError(f"a Kolada group's id starts with G, e.g. 'G33795', not '{code}'")
            return self
        if self.members:
            raise ValueError(f"only a group has members, not a {kind.value}")
        if code is None or not _code_fits(kind, code):
            found = f"'{code}'" if code is not None else "nothing"
            raise ValueError(f"a {kind.value}'s Kolada id is {_EXPECTED[kind]}; found {found}")
        return self


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
    references: dict[Id, NamedReference] = Field(
        default_factory=dict,
        description="The references compared with, by id: the country, the county, a group "
        "of similar municipalities, neighbours.",
    )

    @model_validator(mode="after")
    def _references_consistent(self) -> "Project":
        problems = []
        for ref_id, reference in self.references.items():
            if reference.kolada == self.municipality.code:
                problems.append(
                    f"references.{ref_id}: '{reference.kolada}' is the municipality itself; "
                    "a reference is another municipality, a county, the country or a group"
                )
            for member in reference.members:
                other = self.references.get(member)
                if other is None:
                    known = ", ".join(sorted(self.references)) or "none"
                    problems.append(
                        f"references.{ref_id}.members: no reference '{member}' "
                        f"(the references are {known})"
                    )
                elif other.kind is ReferenceKind.GROUP:
                    problems.append(
                        f"references.{ref_id}.members: '{member}' is a group; a group's "
                        "members are municipalities, counties or the country"
                    )
        if problems:
            raise ValueError("; ".join(problems))
        return self
