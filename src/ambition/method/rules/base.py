"""What every rule shares: the context it is applied in and the interface it implements.

A rule is a class with one method, ``propose(context) -> StatusProposal``, and a declaration of
what it needs before it can be applied:

- ``needs_value``: a value in or before the period, not older than ``stale_after_years``;
- ``needs_target``: a target applicable to the period;
- ``needs_target_value``: that target is a value, not a direction ("ska öka").

The engine (``method/engine.py``) checks these once for every rule, so a rule's ``propose`` only
decides between its own ``cases``. A new rule is one module in ``method/rules/``, one entry in
``method/rules/registry.py`` and its parameter model in ``models/method.py``.
"""

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from ambition.method.explanation import Explanation, Number
from ambition.method.results import Observation, StatusProposal
from ambition.method.sentences.reader import Fact
from ambition.method.series import comparable
from ambition.method.targets import target_facts
from ambition.method.trend import is_share
from ambition.models import Indicator, Status, Target
from ambition.models.common import Model

Inputs = dict[str, Number | str | None]
"""The data a rule used, by name, as its explanation records them."""

P = TypeVar("P", bound=Model)
"""The rule's parameter model, e.g. ``TargetLevelRule``."""


@dataclass(frozen=True)
class RuleContext(Generic[P]):
    """One application of a rule: the indicator and its series, the period's year, the rule's
    parameters as ``method.yaml`` gives them, and the target that applies to the period.

    ``name`` is the rule's name as the indicator or the method writes it (e.g. 'som-riket'),
    ``kind`` its kind (e.g. 'relative'); ``latest`` is the latest value in or before ``year``
    and ``target`` the applicable target (``targets.applicable_target``), each None when there
    is none.
    """

    name: str
    kind: str
    indicator: Indicator
    year: int
    parameters: P
    latest: Observation | None
    target: Target | None

    def require_latest(self) -> Observation:
        """The latest value; the engine guarantees one to rules that declare ``needs_value``.

        Raises LookupError when there is none.
        """
        if self.latest is None:
            raise LookupError(
                f"rule {self.name!r} applied without a value in or before {self.year}"
            )
        return self.latest

    def require_target(self) -> Target:
        """The applicable target; the engine guarantees one to rules that declare
        ``needs_target``. Raises LookupError when there is none."""
        if self.target is None:
            raise LookupError(f"rule {self.name!r} applied without a target for {self.year}")
        return self.target

    def comparable(self) -> list[Observation]:
        """The comparable values up to the latest value (from the last series break on), oldest
        first (``series.comparable``)."""
        return comparable(self.indicator, self.require_latest().year)

    def inputs_against_target(self) -> Inputs:
        """The inputs of a rule comparing the latest value with the target: 'year', 'value',
        'target_year' and 'target' (rules add their own after these)."""
        latest, target = self.require_latest(), self.require_target()
        return {
            "year": latest.year,
            "value": latest.value,
            "target_year": target.year,
            "target": target.value,
        }

    def explain(
        self,
        status: Status,
        case: str,
        inputs: Mapping[str, Number | str | None],
        computed: Mapping[str, Number] | None = None,
        thresholds: Mapping[str, Number] | None = None,
        facts: Mapping[str, Fact] | None = None,
    ) -> StatusProposal:
        """The proposal of ``status``, explained as the rule's ``case`` with its numbers.

        The explanation is named after the rule's kind (as the record has always been) and
        carries the facts its sentences need: the indicator's unit and decimals, the target's
        comparison, upper bound and whether its year has passed, and ``facts``.
        """
        known: dict[str, Fact] = {
            "unit": self.indicator.unit_text,
            "decimals": self.indicator.decimals,
            # A difference of two percentages is in procentenheter (issue 13, item 8).
            "measure": "points" if is_share(self.indicator.unit) else "relative",
            # Whether a target applies, so a rule that does not use one never denies it.
            "targeted": "none" if self.target is None else "some",
        }
        if self.target is not None:
            known.update(target_facts(self.target, self.year))
        return StatusProposal(
            status,
            Explanation(
                rule=self.kind,
                kind=self.kind,
                case=case,
                outcome=status.value,
                inputs=inputs,
                computed=computed or {},
                thresholds=thresholds or {},
                facts={**known, **(facts or {})},
            ),
        )


class Rule(ABC, Generic[P]):
    """A rule of the method: its kind (the ``kind`` written in ``method.yaml``), its parameter
    model, what it needs, the cases it can decide, and how it proposes a status."""

    kind: ClassVar[str]
    """The discriminator of the rule's parameter model, e.g. 'target_level'."""
    parameters: ClassVar[type[Model]]
    """The rule's parameter model in ``models/method.py``."""
    needs_value: ClassVar[bool] = True
    """True when the engine must find a recent enough value before applying the rule."""
    needs_target: ClassVar[bool] = True
    """True when the engine must find an applicable target before applying the rule."""
    needs_target_value: ClassVar[bool] = False
    """True when the target must be a value (a path or a growth rate to it), not a direction."""
    cases: ClassVar[tuple[str, ...]]
    """Every case the rule's explanations can name; each has a sentence in every language."""

    @abstractmethod
    def propose(self, context: RuleContext[P]) -> StatusProposal:
        """The proposed status in ``context``, with its explanation (one of ``cases``)."""
