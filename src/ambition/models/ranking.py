"""The parameters of the ``rank`` rule: a place among a group of municipalities.

Kept apart from ``models/method.py`` (which holds the other rules' parameters and the union of
them all) so that file stays short; the formula and its source are in docs/method.md.
"""

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ambition.models.common import Id, Model, Number

Quantile = Annotated[Number, Field(gt=0.0, lt=1.0, description="A share of the group, e.g. 0.25.")]


class RankRule(Model):
    """``rank``: the municipality's place among a group kept with the indicator (a reference
    whose ``members`` are the group's series: a Kolada group of similar municipalities, all
    municipalities, the neighbours), as Kolada colours it: the best quarter green (achieved),
    the middle half yellow (partly achieved), the worst quarter red (not achieved), grey
    without data (not assessed). ``best`` and ``worst`` are the shares of the group in the two
    outer bands (default 0.25 each)."""

    kind: Literal["rank"] = "rank"
    group: Id = Field(description="Id of the group reference, e.g. 'liknande-kommuner'.")
    best: Quantile = 0.25
    worst: Quantile = 0.25

    @model_validator(mode="after")
    def _bands_fit(self) -> "RankRule":
        if self.best + self.worst > 1.0:
            raise ValueError(
                f"best ({self.best}) and worst ({self.worst}) together exceed the whole group"
            )
        return self
