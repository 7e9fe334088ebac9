"""The sentences of the comparison with others, in Swedish and English: the ``rank`` rule and
the forms of a reference the ``relative`` rule compares with (one series, a group's mean or
median). Templates only, in the syntax of ``reader``; ``sv.SENTENCES`` and ``en.SENTENCES``
take them in (kept here so each language's file stays short)."""

from collections.abc import Mapping

from ambition.method.sentences.reader import Key, Sentence

_RANK_SV = (
    "{=head:value} har plats {place} av {size} bland {group_name} och kommunen själv, räknat "
    "från det bästa i önskad riktning (bäst {group_best:v}, sämst {group_worst:v}): "
)
SWEDISH: Mapping[Key, Sentence] = {
    ("reference", "series"): "{reference_name} ({reference_value:v})",
    ("reference", "mean"): (
        "medelvärdet för {reference_name} ({reference_value:v}, av {members} värden)"
    ),
    ("reference", "median"): (
        "medianen för {reference_name} ({reference_value:v}, av {members} värden)"
    ),
    ("rank", "no_group"): "Indikatorn har ingen grupp '{group}' att jämföra med.",
    ("rank", "no_group_values"): "Ingen i {group_name} har något värde för {year}.",
    ("rank", "best_band"): _RANK_SV + "bland de bästa {best:%}.",
    ("rank", "middle_band"): _RANK_SV + "varken bland de bästa {best:%} eller de sämsta {worst:%}.",
    ("rank", "worst_band"): _RANK_SV + "bland de sämsta {worst:%}.",
}
"""The Swedish templates."""

_RANK_EN = (
    "{=head:value} is number {place} of {size} among {group_name} and the municipality itself, "
    "counted from the best in the desired direction (best {group_best:v}, worst "
    "{group_worst:v}): "
)
ENGLISH: Mapping[Key, Sentence] = {
    ("reference", "series"): "{reference_name} ({reference_value:v})",
    ("reference", "mean"): (
        "the mean of {reference_name} ({reference_value:v}, of {members} values)"
    ),
    ("reference", "median"): (
        "the median of {reference_name} ({reference_value:v}, of {members} values)"
    ),
    ("rank", "no_group"): "The indicator has no group '{group}' to compare with.",
    ("rank", "no_group_values"): "No one in {group_name} has a value for {year}.",
    ("rank", "best_band"): _RANK_EN + "among the best {best:%}.",
    ("rank", "middle_band"): _RANK_EN + "neither among the best {best:%} nor the worst {worst:%}.",
    ("rank", "worst_band"): _RANK_EN + "among the worst {worst:%}.",
}
"""The English templates."""
