"""English: the roll-up's sentences, templates keyed by (section, case): each roll-up rule's
cases, the majority of a goal's trends, and the words for what a roll-up counts. Part of
``en.SENTENCES``; fields and format specs: ``reader``."""

from ambition.method.sentences.degrees import EXTRA, STATUSES, counted_degrees
from ambition.method.sentences.reader import Key, Sentence

# What a roll-up counts (fact 'counted'), in the singular and the plural.
COUNTED_WORDS = {
    "indicator": ("indicator", "indicators"),
    "measurement_area": ("measurement area", "measurement areas"),
    "sub_goal": ("sub-goal", "sub-goals"),
    "part": ("part", "parts"),
}
_ROLLUPS = ("share", "mean_score", "worst", "all", "two_worst", "majority")
_COUNTS = "{=rollup_counts:{counts_case}} "
_LEFT_OUT = "{=left_out:{left_out}}"
_SHARE = "({share_achieved:%{achieved_decimals}})"
_SHARE_PARTLY = "({share_partly_or_better:%{partly_decimals}})"
_SHARE_LARGELY = "({share_largely_or_better:%{largely_decimals}})"
_SHARE_SLIGHTLY = "({share_slightly_or_better:%{slightly_decimals}})"


def _counts(one: str, many: str, extra: tuple[str, ...]) -> Sentence:
    named = counted_degrees(extra)
    parts = ["{achieved} {achieved:is|are} achieved"] + [
        f"{{{s}}} {s.replace('_', ' ')}" for s in named[1:]
    ]
    return (
        f"Of {{assessed}} assessed {{assessed:{one}|{many}}}, "
        + ", ".join(parts[:-1])
        + f" and {parts[-1]}."
    )


_MEAN = "{=mean:{rule}} {mean_score:n{places}}"

MAJORITY: dict[Key, Sentence] = {
    ("head", "trend_counts"): (
        "The indicators' trends: improving {improving}, stable {stable}, worsening {worsening}"
    ),
    ("trend_majority", "improving"): "{=head:trend_counts}, so the combined trend is improving.",
    ("trend_majority", "stable"): "{=head:trend_counts}, so the combined trend is stable.",
    ("trend_majority", "worsening"): "{=head:trend_counts}, so the combined trend is worsening.",
    ("trend_majority", "unclear"): (
        "{=head:trend_counts}: as many in two directions, so the combined trend is unclear."
    ),
    ("trend_majority", "no_trend"): "No indicator has a trend, so there is no combined trend.",
}

ROLLUP: dict[Key, Sentence] = {
    **dict.fromkeys(
        [(rule, "none_assessed") for rule in _ROLLUPS],
        "{=none_assessed:{counted}}, so there is nothing to roll up.",
    ),
    **{("counted_one", counted): one for counted, (one, _) in COUNTED_WORDS.items()},
    **{("counted_many", counted): many for counted, (_, many) in COUNTED_WORDS.items()},
    **{("counted_definite", counted): many for counted, (_, many) in COUNTED_WORDS.items()},
    **{
        ("none_assessed", counted): f"No {one} is assessed"
        for counted, (one, _) in COUNTED_WORDS.items()
    },
    **{
        ("the_worst", counted): f"The worst assessed {one}"
        for counted, (one, _) in COUNTED_WORDS.items()
    },
    **{
        ("rollup_counts", f"{counted}_{name}"): _counts(one, many, extra)
        for counted, (one, many) in COUNTED_WORDS.items()
        for name, extra in EXTRA.items()
    },
    ("share", "achieved"): (
        _COUNTS + "The share achieved{=weighted:{weighted}} " + _SHARE + " is at least "
        "{achieved_share:t%}." + _LEFT_OUT
    ),
    ("all", "achieved"): _COUNTS
    + "Every assessed {=counted_one:{counted}} is achieved."
    + _LEFT_OUT,
    **dict.fromkeys(
        [("share", "partly_achieved"), ("all", "partly_achieved")],
        _COUNTS
        + "{=short:{rule}}{=largely_missed:{largely}}, but the share at least partly achieved "
        + _SHARE_PARTLY
        + " is at least {partly_share:t%}."
        + _LEFT_OUT,
    ),
    **dict.fromkeys(
        [("share", "not_achieved"), ("all", "not_achieved")],
        _COUNTS
        + "{=short:{rule}}{=largely_missed:{largely}}, and the share at least partly achieved "
        + _SHARE_PARTLY
        + " is below {partly_share:t%}{=slightly_missed:{slightly}}."
        + _LEFT_OUT,
    ),
    **dict.fromkeys(
        [("share", "largely_achieved"), ("all", "largely_achieved")],
        _COUNTS
        + "{=short:{rule}}, but the share at least largely achieved "
        + _SHARE_LARGELY
        + " is at least {largely_share:t%}."
        + _LEFT_OUT,
    ),
    **dict.fromkeys(
        [("share", "slightly_achieved"), ("all", "slightly_achieved")],
        _COUNTS
        + "{=short:{rule}}{=largely_missed:{largely}}, the share at least partly achieved "
        + _SHARE_PARTLY
        + " is below {partly_share:t%}, but the share at least slightly achieved "
        + _SHARE_SLIGHTLY
        + " is at least {slightly_share:t%}."
        + _LEFT_OUT,
    ),
    ("largely_missed", "none"): "",
    ("largely_missed", "missed"): (
        ", the share at least largely achieved " + _SHARE_LARGELY + " is below {largely_share:t%}"
    ),
    ("slightly_missed", "none"): "",
    ("slightly_missed", "missed"): (
        ". The share at least slightly achieved " + _SHARE_SLIGHTLY + " is below "
        "{slightly_share:t%}"
    ),
    ("short", "share"): (
        "The share achieved{=weighted:{weighted}} " + _SHARE + " is below {achieved_share:t%}"
    ),
    ("short", "all"): "Not every assessed {=counted_one:{counted}} is achieved",
    **dict.fromkeys(
        [("worst", status) for status in STATUSES],
        _COUNTS + "{=the_worst:{counted}} is {=status:{case}}." + _LEFT_OUT,
    ),
    **{
        key: _COUNTS + _MEAN + text + _LEFT_OUT
        for rule in ("mean_score", "two_worst")
        for key, text in {
            (rule, "achieved"): " is at least {achieved_share:t}.",
            (rule, "largely_achieved"): (
                " is below {achieved_share:t} but at least {largely_share:t}."
            ),
            (rule, "partly_achieved"): (
                " is below {=above_partly:{largely}} but at least {partly_share:t}."
            ),
            (rule, "slightly_achieved"): (
                " is below {partly_share:t} but at least {slightly_share:t}."
            ),
            (rule, "not_achieved"): " is below {=lowest:{slightly}}.",
        }.items()
    },
    ("above_partly", "none"): "{achieved_share:t}",
    ("above_partly", "missed"): "{largely_share:t}",
    ("lowest", "none"): "{partly_share:t}",
    ("lowest", "missed"): "{slightly_share:t}",
    ("mean", "mean_score"): "The mean score{=weighted:{weighted}}",
    ("mean", "two_worst"): "The mean score of the two worst",
    **dict.fromkeys(
        [("majority", status) for status in STATUSES],
        _COUNTS
        + "The most common status{=weighted:{weighted}} of the assessed {=counted_definite:{counted}} is "
        "{=status:{case}}{=tie:{tie}}." + _LEFT_OUT,
    ),
    ("tie", "none"): "",
    ("tie", "tie"): " (as many have a better status, and the worse one counts)",
    ("weighted", "weighted"): " (weighted)",
    ("weighted", "unweighted"): "",
    ("left_out", "some"): " {not_assessed} not assessed {not_assessed:is|are} left out.",
    ("left_out", "none"): "",
    # A roll-up on a breakdown row (the method's 'breakdown'), written before its sentence.
    ("rollup_row", "all"): "Each indicator counts with the row “{breakdown_title}”.",
    ("rollup_row", "some"): (
        "The indicators count with the row “{breakdown_title}”; {without_breakdown} "
        "{without_breakdown:indicator|indicators} without that row "
        "{without_breakdown:counts|count} with the total."
    ),
    ("rollup_row", "none"): (
        "None of the indicators has the row “{breakdown_title}”, so the total counts for all."
    ),
}
