"""The ``expert`` rule: no rule. The method proposes nothing and the expert assesses.

The explanation says why nothing honest applies, from what is known: no value yet
('no_value'), a single value, so no development to compare ('one_value'), a latest value
older than the period ('old_value'), or else only that the indicator is the expert's
('expert_only').
"""

from dataclasses import replace

from ambition.method.results import StatusProposal
from ambition.method.rules.base import Inputs, Rule, RuleContext
from ambition.method.series import observations
from ambition.models import Status
from ambition.models.method import ExpertRule


class Expert(Rule[ExpertRule]):
    """``expert``: never a proposal, whatever the values; needs neither a value nor a target."""

    kind = "expert"
    parameters = ExpertRule
    needs_value = False
    needs_target = False
    cases = ("expert_only", "no_value", "one_value", "old_value")

    def propose(self, context: RuleContext[ExpertRule]) -> StatusProposal:
        """'Not assessed': the indicator is for the expert to assess, with the reason. The
        explanation keeps the rule's name as written (e.g. 'expert', or a named rule of kind
        expert)."""
        latest = context.latest
        inputs: Inputs = {"period_year": context.year}
        if latest is None:
            case = "no_value"
        else:
            inputs.update(year=latest.year, value=latest.value)
            if len(observations(context.indicator, context.year)) == 1:
                case = "one_value"
            elif latest.year < context.year:
                case = "old_value"
            else:
                case = "expert_only"
        proposal = context.explain(Status.NOT_ASSESSED, case, inputs)
        return StatusProposal(proposal.status, replace(proposal.explanation, rule=context.name))
