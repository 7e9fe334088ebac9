"""Svenska: the roll-up's sentences, templates keyed by (section, case): each roll-up rule's
cases, the majority of a goal's trends, and the words for what a roll-up counts. Part of
``sv.SENTENCES``; fields and format specs: ``reader``."""

from ambition.method.sentences.degrees import EXTRA, STATUSES, counted_degrees
from ambition.method.sentences.reader import Key, Sentence

# What a roll-up counts (fact 'counted'): an area's indicators, or the parts of a goal or a
# sub-goal (its sub-goals and measurement areas), in the plural and the definite plural.
_COUNTED_MANY = {
    "indicator": "indikatorer",
    "measurement_area": "mätområden",
    "sub_goal": "delmål",
    "part": "delar",
}
_ROLLUPS = ("share", "mean_score", "worst", "all", "two_worst", "majority")
_COUNTS = "{=rollup_counts:{counts_case}} "
_LEFT_OUT = "{=left_out:{left_out}}"
_SHARE = "({share_achieved:%{achieved_decimals}})"
_SHARE_PARTLY = "({share_partly_or_better:%{partly_decimals}})"
_SHARE_LARGELY = "({share_largely_or_better:%{largely_decimals}})"
_SHARE_SLIGHTLY = "({share_slightly_or_better:%{slightly_decimals}})"
# The counts on a scale with more than three degrees (fact 'counts_case': the counted thing
# and the scale's extra degrees), each participle agreeing with its own count and the noun.
_COUNTED_FORMS = {
    "indicator": ("indikator", "indikatorer", "bedömd", "uppfylld"),
    "measurement_area": ("mätområde", "mätområden", "bedömt", "uppfyllt"),
    "sub_goal": ("delmål", "delmål", "bedömt", "uppfyllt"),
    "part": ("del", "delar", "bedömd", "uppfylld"),
}
_WORDS = {
    "achieved": "",
    "largely_achieved": "till stor del ",
    "partly_achieved": "delvis ",
    "slightly_achieved": "i låg grad ",
    "not_achieved": "ej ",
}


def _counts(counted: str, extra: tuple[str, ...]) -> Sentence:
    one, many, judged, done = _COUNTED_FORMS[counted]
    named = counted_degrees(extra)
    parts = [f"{{{s}}} {_WORDS[s]}{{{s}:{done}|uppfyllda}}" for s in named]
    return (
        f"Av {{assessed}} {{assessed:{judged} {one}|bedömda {many}}} är "
        + ", ".join(parts[:-1])
        + f" och {parts[-1]}."
    )


_MEAN = "{=mean:{rule}} {mean_score:n{places}}"

MAJORITY: dict[Key, Sentence] = {
    ("head", "trend_counts"): (
        "Indikatorernas trender: förbättring {improving}, oförändrad {stable}, försämring {worsening}"
    ),
    (
        "trend_majority",
        "improving",
    ): "{=head:trend_counts}, så den sammanvägda trenden är förbättring.",
    ("trend_majority", "stable"): "{=head:trend_counts}, så den sammanvägda trenden är oförändrad.",
    (
        "trend_majority",
        "worsening",
    ): "{=head:trend_counts}, så den sammanvägda trenden är försämring.",
    ("trend_majority", "unclear"): (
        "{=head:trend_counts}: lika många åt två håll, så den sammanvägda trenden är oklar."
    ),
    (
        "trend_majority",
        "no_trend",
    ): "Ingen indikator har en trend, så ingen sammanvägd trend finns.",
}

ROLLUP: dict[Key, Sentence] = {
    **dict.fromkeys(
        [(rule, "none_assessed") for rule in _ROLLUPS],
        "{=none_assessed:{counted}}, så ingen sammanvägning kan göras.",
    ),
    ("none_assessed", "indicator"): "Ingen indikator är bedömd",
    ("none_assessed", "measurement_area"): "Inget mätområde är bedömt",
    ("none_assessed", "sub_goal"): "Inget delmål är bedömt",
    ("none_assessed", "part"): "Ingen del är bedömd",
    **{("counted_many", counted): many for counted, many in _COUNTED_MANY.items()},
    # The singular, which the English sentences use ('Every assessed indicator').
    ("counted_one", "indicator"): "indikator",
    ("counted_one", "measurement_area"): "mätområde",
    ("counted_one", "sub_goal"): "delmål",
    ("counted_one", "part"): "del",
    ("the_worst", "indicator"): "Den sämsta bedömda indikatorn",
    ("the_worst", "measurement_area"): "Det sämsta bedömda mätområdet",
    ("the_worst", "sub_goal"): "Det sämsta bedömda delmålet",
    ("the_worst", "part"): "Den sämsta bedömda delen",
    ("counted_definite", "indicator"): "indikatorerna",
    ("counted_definite", "measurement_area"): "mätområdena",
    ("counted_definite", "sub_goal"): "delmålen",
    ("counted_definite", "part"): "delarna",
    **{
        ("rollup_counts", f"{counted}_{name}"): _counts(counted, extra)
        for counted in _COUNTED_FORMS
        for name, extra in EXTRA.items()
    },
    ("share", "achieved"): (
        _COUNTS + "Andelen uppfyllda{=weighted:{weighted}} " + _SHARE + " är minst "
        "{achieved_share:t%}." + _LEFT_OUT
    ),
    ("all", "achieved"): _COUNTS
    + "Alla bedömda {=counted_many:{counted}} är uppfyllda."
    + _LEFT_OUT,
    **dict.fromkeys(
        [("share", "partly_achieved"), ("all", "partly_achieved")],
        _COUNTS
        + "{=short:{rule}}{=largely_missed:{largely}}, men andelen minst delvis uppfyllda "
        + _SHARE_PARTLY
        + " är minst "
        "{partly_share:t%}." + _LEFT_OUT,
    ),
    **dict.fromkeys(
        [("share", "not_achieved"), ("all", "not_achieved")],
        _COUNTS
        + "{=short:{rule}}{=largely_missed:{largely}}, och andelen minst delvis uppfyllda "
        + _SHARE_PARTLY
        + " är under {partly_share:t%}{=slightly_missed:{slightly}}."
        + _LEFT_OUT,
    ),
    **dict.fromkeys(
        [("share", "largely_achieved"), ("all", "largely_achieved")],
        _COUNTS
        + "{=short:{rule}}, men andelen minst till stor del uppfyllda "
        + _SHARE_LARGELY
        + " är minst {largely_share:t%}."
        + _LEFT_OUT,
    ),
    **dict.fromkeys(
        [("share", "slightly_achieved"), ("all", "slightly_achieved")],
        _COUNTS
        + "{=short:{rule}}{=largely_missed:{largely}}, andelen minst delvis uppfyllda "
        + _SHARE_PARTLY
        + " är under {partly_share:t%}, men andelen minst i låg grad uppfyllda "
        + _SHARE_SLIGHTLY
        + " är minst {slightly_share:t%}."
        + _LEFT_OUT,
    ),
    ("largely_missed", "none"): "",
    ("largely_missed", "missed"): (
        ", andelen minst till stor del uppfyllda " + _SHARE_LARGELY + " är under {largely_share:t%}"
    ),
    ("slightly_missed", "none"): "",
    ("slightly_missed", "missed"): (
        ". Andelen minst i låg grad uppfyllda " + _SHARE_SLIGHTLY + " är under {slightly_share:t%}"
    ),
    ("short", "share"): (
        "Andelen uppfyllda{=weighted:{weighted}} " + _SHARE + " är under {achieved_share:t%}"
    ),
    ("short", "all"): "Inte alla bedömda {=counted_many:{counted}} är uppfyllda",
    **dict.fromkeys(
        [("worst", status) for status in STATUSES],
        _COUNTS + "{=the_worst:{counted}} är {=status:{case}}." + _LEFT_OUT,
    ),
    **{
        key: _COUNTS + _MEAN + text + _LEFT_OUT
        for rule in ("mean_score", "two_worst")
        for key, text in {
            (rule, "achieved"): " är minst {achieved_share:t}.",
            (rule, "largely_achieved"): " är under {achieved_share:t} men minst {largely_share:t}.",
            (rule, "partly_achieved"): (
                " är under {=above_partly:{largely}} men minst {partly_share:t}."
            ),
            (rule, "slightly_achieved"): " är under {partly_share:t} men minst {slightly_share:t}.",
            (rule, "not_achieved"): " är under {=lowest:{slightly}}.",
        }.items()
    },
    ("above_partly", "none"): "{achieved_share:t}",
    ("above_partly", "missed"): "{largely_share:t}",
    ("lowest", "none"): "{partly_share:t}",
    ("lowest", "missed"): "{slightly_share:t}",
    ("mean", "mean_score"): "Medelpoängen{=weighted:{weighted}}",
    ("mean", "two_worst"): "Medelpoängen av de två sämsta",
    **dict.fromkeys(
        [("majority", status) for status in STATUSES],
        _COUNTS
        + "Den vanligaste statusen{=weighted:{weighted}} bland de bedömda {=counted_definite:{counted}} "
        "är {=status:{case}}{=tie:{tie}}." + _LEFT_OUT,
    ),
    ("tie", "none"): "",
    ("tie", "tie"): " (lika många har en bättre status, och den sämre gäller)",
    ("weighted", "weighted"): " (viktat)",
    ("weighted", "unweighted"): "",
    ("left_out", "some"): " {not_assessed} ej {not_assessed:bedömd|bedömda} räknas inte.",
    ("left_out", "none"): "",
    # A roll-up on a breakdown row (the method's 'breakdown'), written before its sentence.
    ("rollup_row", "all"): "Varje indikator räknas med raden ”{breakdown_title}”.",
    ("rollup_row", "some"): (
        "Indikatorerna räknas med raden ”{breakdown_title}”; {without_breakdown} "
        "{without_breakdown:indikator|indikatorer} utan den raden räknas med totalen."
    ),
    ("rollup_row", "none"): (
        "Ingen av indikatorerna har raden ”{breakdown_title}”, så totalen räknas för alla."
    ),
}
