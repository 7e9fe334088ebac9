"""The status scale of ``data/method.yaml``: the degrees of achievement in use, best first, a
style per status, another set of degrees per kind of period, and how a status folds onto a
period's scale (formulas in docs/method.md, "The scale").

The degrees are a fixed vocabulary of five (``DEGREES``): achieved, largely achieved, partly
achieved, slightly achieved and not achieved. A scale uses any ordered subset that holds
achieved and not achieved: the common three, two without a partial level, four ("Uppfyllt /
Till stor del uppfyllt / Delvis uppfyllt / Ej uppfyllt") or all five.
"""

import itertools
from collections.abc import Sequence
from fractions import Fraction
from typing import Annotated, Literal

from pydantic import Field, model_validator

from ambition.models.common import Model, NonEmptyText, Status, WithOptionalDegrees
from ambition.models.project import PeriodKind


class Labels(Model):
    """A text in Swedish and English."""

    sv: NonEmptyText
    en: NonEmptyText


Shape = Literal["circle", "half_circle", "ring", "square", "triangle", "diamond", "dash"]
"""The shape of a status mark, for readers who cannot tell the colours apart."""


class StatusStyle(Model):
    """How a status is shown: label, symbol, shape, colour and a text alternative.

    The colour is never the only carrier of meaning; reports always show the label and symbol.
    """

    label: Labels
    symbol: NonEmptyText
    shape: Shape | None = Field(
        default=None, description="Shape of the mark: circle, half_circle, ring, square, …"
    )
    colour: Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$", description="e.g. '#1a7f37'.")]
    description: Labels = Field(description="Text alternative that explains the status.")


DEGREES = (
    Status.ACHIEVED,
    Status.LARGELY_ACHIEVED,
    Status.PARTLY_ACHIEVED,
    Status.SLIGHTLY_ACHIEVED,
    Status.NOT_ACHIEVED,
)
"""The degrees of achievement a scale may use, best first ('not assessed' is none of them)."""

COMMON = (Status.ACHIEVED, Status.PARTLY_ACHIEVED, Status.NOT_ACHIEVED)
"""The common three-level scale, the default."""

OPTIONAL = (Status.LARGELY_ACHIEVED, Status.SLIGHTLY_ACHIEVED)
"""The degrees whose style a scale may leave out when it does not use them."""


def _check_levels(levels: Sequence[Status], where: str) -> list[Status]:
    """``levels`` if they are a valid set of degrees, best first; raises ValueError otherwise."""
    if Status.NOT_ASSESSED in levels:
        raise ValueError(
            f"{where}: 'not_assessed' is not a degree of achievement; it is always available, "
            "leave it out of the levels"
        )
    if len(set(levels)) != len(levels):
        raise ValueError(f"{where}: a level is named twice")
    missing = [s.value for s in (Status.ACHIEVED, Status.NOT_ACHIEVED) if s not in levels]
    if missing:
        raise ValueError(f"{where}: every scale has 'achieved' and 'not_achieved'; add {missing}")
    return sorted(levels, key=DEGREES.index)


def fold_to(status: Status, levels: Sequence[Status]) -> Status:
    """``status`` on a scale of ``levels``: a degree the scale does not use becomes the next
    worse degree it does use (partly → not achieved on a two-level scale, largely → partly on
    the common three, slightly → not achieved); a degree on the scale and 'not assessed' are
    kept. ``levels`` must hold 'not achieved' (every scale does)."""
    if status is Status.NOT_ASSESSED or status in levels:
        return status
    worse = DEGREES[DEGREES.index(status) + 1 :]
    return next(degree for degree in worse if degree in levels)


def scores(levels: Sequence[Status]) -> dict[Status, Fraction]:
    """The roll-up's score of each degree of a scale of ``levels``, evenly spaced from 1 (the
    best) to 0 (the worst), exact: three levels 1, 1/2, 0; four 1, 2/3, 1/3, 0; five 1, 3/4,
    1/2, 1/4, 0 (score of the i-th level, counting from 0, of n: (n − 1 − i)/(n − 1))."""
    ordered = sorted(levels, key=DEGREES.index)
    last = len(ordered) - 1
    return {degree: Fraction(last - i, last) for i, degree in enumerate(ordered)}


class Scale(WithOptionalDegrees):
    """The status scale: a style per status, and the degrees in use.

    ``levels`` are the degrees of achievement the method and the experts may use, best first
    (by default the common three; ``[achieved, not_achieved]`` is a scale without a partial
    level; ``[achieved, largely_achieved, partly_achieved, not_achieved]`` one of four).
    ``by_period_kind`` gives another set for a kind of period, e.g. no 'partly achieved' at the
    annual accounts ("gul markering används ej vid årsbokslut"). 'Not assessed' is never a degree
    and is always available. A degree in use needs its style: ``largely_achieved`` and
    ``slightly_achieved`` are optional only for a scale that does not use them.
    """

    OPTIONAL = ("largely_achieved", "slightly_achieved")

    achieved: StatusStyle
    partly_achieved: StatusStyle
    not_achieved: StatusStyle
    not_assessed: StatusStyle
    levels: list[Status] = Field(
        default_factory=lambda: list(COMMON),
        description="Degrees in use, best first, from achieved, largely_achieved, "
        "partly_achieved, slightly_achieved, not_achieved; always achieved and not_achieved.",
    )
    by_period_kind: dict[PeriodKind, list[Status]] = Field(
        default_factory=dict,
        description="Degrees in use for a kind of period (tertial, interim, annual).",
    )
    largely_achieved: StatusStyle | None = Field(
        default=None, description="Style of 'till stor del uppfyllt', when the scale uses it."
    )
    slightly_achieved: StatusStyle | None = Field(
        default=None, description="Style of 'i låg grad uppfyllt', when the scale uses it."
    )

    @model_validator(mode="after")
    def _valid_levels(self) -> "Scale":
        used = [("levels", _check_levels(self.levels, "levels"))]
        for kind, levels in self.by_period_kind.items():
            where = f"by_period_kind.{kind.value}"
            used.append((where, _check_levels(levels, where)))
        for where, levels in used:
            for degree in levels:
                if getattr(self, degree.value) is None:
                    raise ValueError(
                        f"{where}: '{degree.value}' is in use but the scale has no style for "
                        f"it; add '{degree.value}:' under 'scale' with label, symbol, colour and "
                        "description, or leave it out of the levels"
                    )
        return self

    def has_style(self, status: Status) -> bool:
        """True when the scale styles ``status`` (every degree in use, and 'not assessed')."""
        return getattr(self, status.value) is not None

    def style(self, status: Status) -> StatusStyle:
        """The style of ``status``; KeyError for a degree the scale neither uses nor styles."""
        style: StatusStyle | None = getattr(self, status.value)
        if style is None:
            raise KeyError(f"the scale has no style for '{status.value}'")
        return style

    def levels_for(self, kind: PeriodKind) -> tuple[Status, ...]:
        """The degrees in use in a period of ``kind``, best first."""
        return tuple(_check_levels(self.by_period_kind.get(kind, self.levels), "levels"))

    @property
    def in_use(self) -> tuple[Status, ...]:
        """Every degree the scale uses in some kind of period, best first."""
        used = {*self.levels, *(s for levels in self.by_period_kind.values() for s in levels)}
        return tuple(s for s in DEGREES if s in used)

    def fold(self, status: Status, kind: PeriodKind) -> Status:
        """``status`` on the scale of a period of ``kind`` (``fold_to``): a degree the scale
        does not use becomes the next worse degree it uses, the target not being met to that
        degree; every other status is kept."""
        return fold_to(status, self.levels_for(kind))


def check_ascending(named: Sequence[tuple[str, float]]) -> None:
    """Refuse (ValueError) thresholds out of order: each of ``named`` (name, value), from the
    one that must be smallest, must not exceed the next, e.g. slightly_from ≤ partly_from ≤
    largely_from ≤ achieved_from."""
    for (lower, low), (higher, high) in itertools.pairwise(named):
        if low > high:
            raise ValueError(f"{lower} ({low:g}) must not exceed {higher} ({high:g})")
