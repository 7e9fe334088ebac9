"""Roll-up of indicator statuses to a measurement area or a goal.

Scores: achieved 1, partly achieved 0.5, not achieved 0. Indicators not assessed are left out
and counted apart; with no assessed indicator the roll-up is 'not assessed'. Shares and means
are weighted by the indicators' weights wᵢ (1 unless set).

- ``share``: achieved when Σw(achieved)/Σw ≥ ``achieved_share``; partly achieved when
  Σw(achieved or partly)/Σw ≥ ``partly_share``; else not achieved.
- ``mean_score``: m = Σ wᵢ·scoreᵢ / Σ wᵢ; achieved when m ≥ ``achieved_share``, partly achieved
  when m ≥ ``partly_share``; else not achieved.
- ``worst``: the worst status of the assessed indicators.
- ``all``: achieved only when every assessed indicator is; otherwise as ``share``.
- ``two_worst``: the mean score of the two worst indicators (the one, if there is one), with the
  thresholds of ``mean_score``.
"""

from collections import Counter
from collections.abc import Iterable

from ambition.method.explanation import Explanation
from ambition.method.results import StatusProposal
from ambition.method.wording import both
from ambition.models import Status
from ambition.models.method import Rollup, RollupRule
from ambition.numbers import format_number, format_percent, telling_decimals

SCORES = {Status.ACHIEVED: 1.0, Status.PARTLY_ACHIEVED: 0.5, Status.NOT_ACHIEVED: 0.0}
_BY_SCORE = {score: status for status, score in SCORES.items()}

_NAMES = {
    Status.ACHIEVED: ("uppfyllt", "achieved"),
    Status.PARTLY_ACHIEVED: ("delvis uppfyllt", "partly achieved"),
    Status.NOT_ACHIEVED: ("ej uppfyllt", "not achieved"),
}


def _from_mean(mean: float, parameters: Rollup) -> Status:
    if mean >= parameters.achieved_share:
        return Status.ACHIEVED
    if mean >= parameters.partly_share:
        return Status.PARTLY_ACHIEVED
    return Status.NOT_ACHIEVED


def roll_up(items: Iterable[tuple[Status, float]], parameters: Rollup) -> StatusProposal:
    """Propose a status from (indicator status, weight) pairs; the expert's status where written."""
    pairs = list(items)
    counts = Counter(status for status, _ in pairs)
    assessed = [(s, w) for s, w in pairs if s is not Status.NOT_ASSESSED]
    achieved = counts[Status.ACHIEVED]
    partly = counts[Status.PARTLY_ACHIEVED]
    not_achieved = counts[Status.NOT_ACHIEVED]
    left_out = counts[Status.NOT_ASSESSED]
    rule = parameters.rule.value
    inputs: dict[str, float | int | str | None] = {
        "achieved": achieved,
        "partly_achieved": partly,
        "not_achieved": not_achieved,
        "not_assessed": left_out,
        "assessed": len(assessed),
    }
    thresholds = {
        "achieved_share": parameters.achieved_share,
        "partly_share": parameters.partly_share,
    }
    if not assessed:
        return StatusProposal(
            Status.NOT_ASSESSED,
            Explanation(
                rule,
                "none_assessed",
                Status.NOT_ASSESSED.value,
                both(
                    "Ingen indikator är bedömd, så ingen sammanvägning kan göras.",
                    "No indicator is assessed, so there is nothing to roll up.",
                ),
                inputs,
                {},
                thresholds,
            ),
        )

    total = sum(w for _, w in assessed)
    weight_achieved = sum(w for s, w in assessed if s is Status.ACHIEVED)
    weight_partly = sum(w for s, w in assessed if s is Status.PARTLY_ACHIEVED)
    weighted = any(w != 1.0 for _, w in assessed)
    note_sv = " (viktat)" if weighted else ""
    note_en = " (weighted)" if weighted else ""
    share_a = weight_achieved / total
    share_p = (weight_achieved + weight_partly) / total
    # As many decimals as it takes for a share and its threshold not to look equal.
    da = telling_decimals(share_a, parameters.achieved_share, 0, 100)
    dp = telling_decimals(share_p, parameters.partly_share, 0, 100)
    pct = {
        lang: (
            format_percent(parameters.achieved_share, lang, da),
            format_percent(parameters.partly_share, lang, dp),
        )
        for lang in ("sv", "en")
    }
    computed: dict[str, float]

    if parameters.rule in (RollupRule.SHARE, RollupRule.ALL):
        computed = {"share_achieved": share_a, "share_partly_or_better": share_p}
        a_sv, a_en = format_percent(share_a, "sv", da), format_percent(share_a, "en", da)
        p_sv, p_en = format_percent(share_p, "sv", dp), format_percent(share_p, "en", dp)
        if parameters.rule is RollupRule.ALL and share_a == 1.0:
            status = Status.ACHIEVED
            sv, en = (
                "Alla bedömda indikatorer är uppfyllda.",
                "Every assessed indicator is achieved.",
            )
        elif parameters.rule is RollupRule.SHARE and share_a >= parameters.achieved_share:
            status = Status.ACHIEVED
            sv = f"Andelen uppfyllda{note_sv} ({a_sv}) når {pct['sv'][0]}."
            en = f"The share achieved{note_en} ({a_en}) reaches {pct['en'][0]}."
        else:
            short_sv = (
                "Inte alla bedömda indikatorer är uppfyllda"
                if parameters.rule is RollupRule.ALL
                else f"Andelen uppfyllda{note_sv} ({a_sv}) är under {pct['sv'][0]}"
            )
            short_en = (
                "Not every assessed indicator is achieved"
                if parameters.rule is RollupRule.ALL
                else f"The share achieved{note_en} ({a_en}) is below {pct['en'][0]}"
            )
            if share_p >= parameters.partly_share:
                status = Status.PARTLY_ACHIEVED
                sv = f"{short_sv}, men andelen minst delvis uppfyllda ({p_sv}) når {pct['sv'][1]}."
                en = (
                    f"{short_en}, but the share at least partly achieved ({p_en}) reaches "
                    f"{pct['en'][1]}."
                )
            else:
                status = Status.NOT_ACHIEVED
                sv = f"{short_sv}, och andelen minst delvis uppfyllda ({p_sv}) är under {pct['sv'][1]}."
                en = (
                    f"{short_en}, and the share at least partly achieved ({p_en}) is below "
                    f"{pct['en'][1]}."
                )
    elif parameters.rule is RollupRule.WORST:
        worst = min(SCORES[s] for s, _ in assessed)
        status = _BY_SCORE[worst]
        computed = {"worst_score": worst}
        sv = f"Den sämsta bedömda indikatorn är {_NAMES[status][0]}."
        en = f"The worst assessed indicator is {_NAMES[status][1]}."
    else:
        if parameters.rule is RollupRule.MEAN_SCORE:
            mean = sum(SCORES[s] * w for s, w in assessed) / total
            what_sv, what_en = f"Medelpoängen{note_sv}", f"The mean score{note_en}"
        else:
            lowest = sorted(SCORES[s] for s, _ in assessed)[:2]
            mean = sum(lowest) / len(lowest)
            what_sv = "Medelpoängen av de två sämsta"
            what_en = "The mean score of the two worst"
        computed = {"mean_score": mean}
        status = _from_mean(mean, parameters)
        # The threshold the sentence compares with decides how many decimals tell them apart.
        limit = (
            parameters.achieved_share
            if status is not Status.NOT_ACHIEVED
            else parameters.partly_share
        )
        places = telling_decimals(mean, limit, 2)
        m_sv, m_en = format_number(mean, places, "sv"), format_number(mean, places, "en")
        t_sv = (
            format_number(parameters.achieved_share, places, "sv"),
            format_number(parameters.partly_share, places, "sv"),
        )
        t_en = (
            format_number(parameters.achieved_share, places, "en"),
            format_number(parameters.partly_share, places, "en"),
        )
        if status is Status.ACHIEVED:
            sv, en = (f"{what_sv} {m_sv} når {t_sv[0]}.", f"{what_en} {m_en} reaches {t_en[0]}.")
        elif status is Status.PARTLY_ACHIEVED:
            sv = f"{what_sv} {m_sv} är under {t_sv[0]} men når {t_sv[1]}."
            en = f"{what_en} {m_en} is below {t_en[0]} but reaches {t_en[1]}."
        else:
            sv, en = (
                f"{what_sv} {m_sv} är under {t_sv[1]}.",
                f"{what_en} {m_en} is below {t_en[1]}.",
            )

    counts_sv = (
        f"{achieved} av {len(assessed)} bedömda indikatorer är uppfyllda, {partly} delvis "
        f"uppfyllda och {not_achieved} ej uppfyllda."
    )
    counts_en = (
        f"{achieved} of {len(assessed)} assessed indicators are achieved, {partly} partly "
        f"achieved and {not_achieved} not achieved."
    )
    aside_sv = f" {left_out} ej bedömda räknas inte." if left_out else ""
    aside_en = f" {left_out} not assessed are left out." if left_out else ""
    return StatusProposal(
        status,
        Explanation(
            rule,
            status.value,
            status.value,
            both(f"{counts_sv} {sv}{aside_sv}", f"{counts_en} {en}{aside_en}"),
            inputs,
            computed,
            thresholds,
        ),
    )
