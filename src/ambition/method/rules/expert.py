"""The ``expert`` rule: no rule. The method proposes nothing and the expert assesses."""

from ambition.method.explanation import Explanation
from ambition.method.results import StatusProposal
from ambition.method.rules.base import Rule, RuleContext
from ambition.models import Status
from ambition.models.method import ExpertRule


class Expert(Rule[ExpertRule]):
    """``expert``: never a proposal, whatever the values; needs neither a value nor a target."""

    kind = "expert"
    parameters = ExpertRule
    needs_value = False
    needs_target = False
    cases = ("expert_only",)

    def propose(self, context: RuleContext[ExpertRule]) -> StatusProposal:
        """'Not assessed': the indicator is for the expert to assess. The explanation keeps the
        rule's name as written (e.g. 'expert', or a named rule of kind expert)."""
        return StatusProposal(
            Status.NOT_ASSESSED,
            Explanation(
                rule=context.name,
                kind=self.kind,
                case="expert_only",
                outcome=Status.NOT_ASSESSED.value,
            ),
        )
