"""Roll-up of indicator statuses to a measurement area or a goal.

Only indicators with a status other than 'not assessed' count; those left out are counted
apart. With no assessed indicator the roll-up is 'not assessed'.

- ``share``: achieved when achieved/assessed ≥ ``achieved_share``; partly achieved when
  (achieved + partly achieved)/assessed ≥ ``partly_share``; else not achieved.
- ``mean_score``: scores achieved 1, partly achieved 0.5, not achieved 0; achieved when the mean
  ≥ ``achieved_share``, partly achieved when ≥ ``partly_share``; else not achieved.
"""

from collections import Counter
from collections.abc import Iterable

from ambition.method.explanation import Explanation
from ambition.method.results import StatusProposal
from ambition.models import Status
from ambition.models.method import Rollup, RollupRule
from ambition.numbers import format_percent

SCORES = {Status.ACHIEVED: 1.0, Status.PARTLY_ACHIEVED: 0.5, Status.NOT_ACHIEVED: 0.0}


def roll_up(statuses: Iterable[Status], parameters: Rollup) -> StatusProposal:
    """Propose a status from indicator statuses (the expert's where written)."""
    counts = Counter(statuses)
    achieved = counts[Status.ACHIEVED]
    partly = counts[Status.PARTLY_ACHIEVED]
    not_achieved = counts[Status.NOT_ACHIEVED]
    left_out = counts[Status.NOT_ASSESSED]
    assessed = achieved + partly + not_achieved
    rule = parameters.rule.value
    inputs: dict[str, float | int | str | None] = {
        "achieved": achieved,
        "partly_achieved": partly,
        "not_achieved": not_achieved,
        "not_assessed": left_out,
        "assessed": assessed,
    }
    thresholds = {
        "achieved_share": parameters.achieved_share,
        "partly_share": parameters.partly_share,
    }
    aside_sv = f" {left_out} ej bedömda räknas inte." if left_out else ""
    aside_en = f" {left_out} not assessed are left out." if left_out else ""
    if assessed == 0:
        return StatusProposal(
            Status.NOT_ASSESSED,
            Explanation(
                rule,
                "none_assessed",
                Status.NOT_ASSESSED.value,
                {
                    "sv": "Ingen indikator är bedömd, så ingen sammanvägning kan göras.",
                    "en": "No indicator is assessed, so there is nothing to roll up.",
                },
                inputs,
                {},
                thresholds,
            ),
        )
    counts_sv = (
        f"{achieved} av {assessed} bedömda indikatorer är uppfyllda, {partly} delvis "
        f"uppfyllda och {not_achieved} ej uppfyllda."
    )
    counts_en = (
        f"{achieved} of {assessed} assessed indicators are achieved, {partly} partly "
        f"achieved and {not_achieved} not achieved."
    )
    achieved_sv = format_percent(parameters.achieved_share, "sv")
    achieved_en = format_percent(parameters.achieved_share, "en")
    partly_sv = format_percent(parameters.partly_share, "sv")
    partly_en = format_percent(parameters.partly_share, "en")
    if parameters.rule is RollupRule.SHARE:
        share_achieved = achieved / assessed
        share_partly = (achieved + partly) / assessed
        computed = {"share_achieved": share_achieved, "share_partly_or_better": share_partly}
        if share_achieved >= parameters.achieved_share:
            status = Status.ACHIEVED
            sv = f"Andelen uppfyllda ({format_percent(share_achieved, 'sv')}) når {achieved_sv}."
            en = f"The share achieved ({format_percent(share_achieved, 'en')}) reaches {achieved_en}."
        elif share_partly >= parameters.partly_share:
            status = Status.PARTLY_ACHIEVED
            sv = (
                f"Andelen uppfyllda ({format_percent(share_achieved, 'sv')}) är under "
                f"{achieved_sv}, men andelen minst delvis uppfyllda "
                f"({format_percent(share_partly, 'sv')}) når {partly_sv}."
            )
            en = (
                f"The share achieved ({format_percent(share_achieved, 'en')}) is below "
                f"{achieved_en}, but the share at least partly achieved "
                f"({format_percent(share_partly, 'en')}) reaches {partly_en}."
            )
        else:
            status = Status.NOT_ACHIEVED
            sv = (
                f"Andelen minst delvis uppfyllda ({format_percent(share_partly, 'sv')}) är "
                f"under {partly_sv}."
            )
            en = (
                f"The share at least partly achieved ({format_percent(share_partly, 'en')}) is "
                f"below {partly_en}."
            )
    else:
        mean = sum(SCORES[s] * n for s, n in counts.items() if s in SCORES) / assessed
        computed = {"mean_score": mean}
        mean_sv, mean_en = format_percent(mean, "sv"), format_percent(mean, "en")
        if mean >= parameters.achieved_share:
            status = Status.ACHIEVED
            sv, en = (
                f"Medelpoängen {mean_sv} når {achieved_sv}.",
                f"The mean score {mean_en} reaches {achieved_en}.",
            )
        elif mean >= parameters.partly_share:
            status = Status.PARTLY_ACHIEVED
            sv = f"Medelpoängen {mean_sv} är under {achieved_sv} men når {partly_sv}."
            en = f"The mean score {mean_en} is below {achieved_en} but reaches {partly_en}."
        else:
            status = Status.NOT_ACHIEVED
            sv, en = (
                f"Medelpoängen {mean_sv} är under {partly_sv}.",
                f"The mean score {mean_en} is below {partly_en}.",
            )
    return StatusProposal(
        status,
        Explanation(
            rule,
            status.value,
            status.value,
            {
                "sv": f"{counts_sv} {sv}{aside_sv}",
                "en": f"{counts_en} {en}{aside_en}",
            },
            inputs,
            computed,
            thresholds,
        ),
    )
