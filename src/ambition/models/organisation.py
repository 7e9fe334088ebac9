"""``data/organisations.yaml``: committees, administrations, companies and the central office."""

from enum import StrEnum

from pydantic import Field

from ambition.models.common import Id, Model, NonEmptyText


class OrganisationKind(StrEnum):
    """Kind of organisation that owns indicators or goals."""

    COUNCIL = "council"
    EXECUTIVE_BOARD = "executive_board"
    COMMITTEE = "committee"
    ADMINISTRATION = "administration"
    COMPANY = "company"
    CENTRAL_OFFICE = "central_office"


class Organisation(Model):
    """An organisation (nämnd, förvaltning, bolag) referenced by goals and indicators."""

    id: Id
    name: NonEmptyText
    kind: OrganisationKind


class OrganisationsFile(Model):
    """The whole ``data/organisations.yaml`` file."""

    organisations: list[Organisation] = Field(min_length=1)
