"""``data/steering-documents.yaml``: the steering documents (styrdokument) politicians decided.

Goals, measurement areas, indicators and actions name the documents they rest on by id, so an
expert assesses with reference to them and the report shows them beside each goal.
"""

from enum import StrEnum
from typing import Annotated

from pydantic import Field, ValidationInfo, field_validator

from ambition.models.common import Decision, Id, Model, NonEmptyText, WholeNumber

ValidityYear = Annotated[
    WholeNumber, Field(ge=1900, le=2200, description="Calendar year, e.g. 2025.")
]


class SteeringDocumentKind(StrEnum):
    """Kind of steering document, from the most to the least general.

    ``vision`` (vision), ``policy`` (policy), ``programme`` (program), ``plan`` (plan),
    ``guideline`` (riktlinje), and ``decision`` (beslut): a decision that steers the follow-up
    without being a document of another kind, such as the decision on the ambition level.
    """

    VISION = "vision"
    POLICY = "policy"
    PROGRAMME = "programme"
    PLAN = "plan"
    GUIDELINE = "guideline"
    DECISION = "decision"


class SteeringDocument(Model):
    """A steering document with the decision that adopted it and the years it applies to.

    ``valid_from`` and ``valid_to`` are the first and last calendar year the document applies
    to (a programme 2022–2025: 2022 and 2025); leave them out where the document says nothing.
    ``url`` links the document itself; ``decision.url`` the decision.
    """

    id: Id
    title: NonEmptyText
    kind: SteeringDocumentKind
    description: str | None = Field(default=None, description="What the document steers.")
    decision: Decision | None = Field(default=None, description="The decision that adopted it.")
    valid_from: ValidityYear | None = Field(default=None, description="First year it applies.")
    valid_to: ValidityYear | None = Field(default=None, description="Last year it applies.")
    url: str | None = Field(default=None, description="Link to the published document.")

    @field_validator("valid_to")
    @classmethod
    def _after_valid_from(cls, valid_to: int | None, info: ValidationInfo) -> int | None:
        valid_from = info.data.get("valid_from")
        if valid_to is not None and valid_from is not None and valid_to < valid_from:
            raise ValueError(f"the last year {valid_to} is before the first year {valid_from}")
        return valid_to

    @property
    def validity(self) -> str | None:
        """The years it applies to, e.g. '2022–2025', '2013–' or '–2030'; None when unknown."""
        if self.valid_from is None and self.valid_to is None:
            return None
        first = "" if self.valid_from is None else str(self.valid_from)
        last = "" if self.valid_to is None else str(self.valid_to)
        return first if first == last else f"{first}–{last}"


class SteeringDocumentsFile(Model):
    """The whole ``data/steering-documents.yaml`` file."""

    steering_documents: list[SteeringDocument] = Field(min_length=1)
