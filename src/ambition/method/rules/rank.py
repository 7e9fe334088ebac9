"""The ``rank`` rule: the municipality's place among a group, in Kolada's colour bands.

With v the latest value (year y), m₁ … mₖ the values in y of the group's members that have one
(the group is a reference whose ``members`` are series kept with the indicator), n = k + 1 the
group with the municipality, d = +1 (increase desired) or −1, and the place
p = 1 + #{i : d·(mᵢ − v) > 0} (1 is the best; an equal value is not counted as better):
achieved when p ≤ ``best``·n (the best quarter by default), not achieved when
p > (1 − ``worst``)·n (the worst quarter), partly achieved otherwise (the middle half); not
assessed without a member value in y. Source of the bands: Kolada's colours for a key figure
among all municipalities (best quarter green, middle half yellow, worst quarter red, grey
without data), as published municipal follow-ups state their rank (issue 13 of this project).
"""

from ambition.method.results import StatusProposal
from ambition.method.rules.base import Inputs, Rule, RuleContext
from ambition.models import Direction, Indicator, Status
from ambition.models.ranking import RankRule


def member_values(indicator: Indicator, group: str, year: int) -> dict[str, float] | None:
    """The values in ``year`` of the members of the group reference ``group`` that have one,
    by member id; None when the indicator has no such group (or it is a single series)."""
    reference = indicator.references.get(group)
    if reference is None or not reference.is_group:
        return None
    found = {}
    for member in reference.members:
        value = indicator.references[member].values.get(year)
        if value is not None:
            found[member] = value
    return found


class Rank(Rule[RankRule]):
    """``rank``: the place among a group, best quarter / middle half / worst quarter."""

    kind = "rank"
    parameters = RankRule
    needs_target = False
    cases = ("no_group", "no_group_values", "best_band", "middle_band", "worst_band")

    def propose(self, context: RuleContext[RankRule]) -> StatusProposal:
        """Place the latest value among the group's values of the same year."""
        indicator, rule, latest = context.indicator, context.parameters, context.require_latest()
        inputs: Inputs = {"year": latest.year, "value": latest.value, "group": rule.group}
        thresholds = {"best": rule.best, "worst": rule.worst}
        found = member_values(indicator, rule.group, latest.year)
        if found is None:
            return context.explain(Status.NOT_ASSESSED, "no_group", inputs, {}, thresholds)
        facts = {"group_name": indicator.references[rule.group].name}
        if not found:
            return context.explain(
                Status.NOT_ASSESSED, "no_group_values", inputs, {}, thresholds, facts
            )
        sign = 1 if indicator.direction is Direction.INCREASE else -1
        place = 1 + sum(1 for value in found.values() if sign * (value - latest.value) > 0)
        size = len(found) + 1
        ordered = sorted([*found.values(), latest.value], key=lambda v: -sign * v)
        computed = {
            "place": place,
            "size": size,
            "group_best": ordered[0],
            "group_worst": ordered[-1],
        }
        if place <= rule.best * size:
            status, case = Status.ACHIEVED, "best_band"
        elif place > (1 - rule.worst) * size:
            status, case = Status.NOT_ACHIEVED, "worst_band"
        else:
            status, case = Status.PARTLY_ACHIEVED, "middle_band"
        return context.explain(status, case, inputs, computed, thresholds, facts)
