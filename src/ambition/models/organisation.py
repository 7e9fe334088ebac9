"""``data/organisations.yaml``: committees, administrations, companies and the central office."""

import re
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, Field

from ambition.models.common import Id, Model, NonEmptyText

_FORGE_NAME = re.compile(
    r"@[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?:/[A-Za-z0-9][A-Za-z0-9._-]*)*"
)
_EMAIL = re.compile(r"[^@\s<>]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def _reviewer(text: str) -> str:
    if _FORGE_NAME.fullmatch(text) or _EMAIL.fullmatch(text):
        return text
    bare = text.strip().lstrip("@")
    if bare and _FORGE_NAME.fullmatch("@" + bare):
        fix = f"write '@{bare}'"
    else:
        fix = "write a user as '@name', a team as '@kommun/team', or an e-mail address"
    raise ValueError(
        f"'{text}' is neither a forge user or team ('@name', '@group/team') nor an e-mail "
        f"address: {fix}"
    )


Reviewer = Annotated[
    str,
    AfterValidator(_reviewer),
    Field(
        description="A reviewer: a forge user ('@anna.svensson'), a team or group "
        "('@kommun/socialforvaltningen'), or an e-mail address."
    ),
]
"""A reviewer as CODEOWNERS writes one (GitHub and GitLab take the same three forms)."""


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
    reviewers: list[Reviewer] = Field(
        default_factory=list,
        description="Who reviews the organisation's indicators, goals and assessments: forge "
        "users, teams or e-mail addresses (ambition codeowners writes them into CODEOWNERS).",
    )


class OrganisationsFile(Model):
    """The whole ``data/organisations.yaml`` file."""

    organisations: list[Organisation] = Field(min_length=1)
