"""The sentences of the degrees beyond the common three, in Swedish and English: the cases
in which ``target_level`` and ``rolling_mean`` (the 'judged' bodies), ``trajectory`` and
``relative`` propose 'largely achieved' (till stor del uppfyllt) or 'slightly achieved' (i låg
grad uppfyllt), or fall below the slightly band. Each names only the bands and thresholds the
rule has (issue 13.9). Templates only, in the syntax of ``reader``; ``sv.SENTENCES`` and
``en.SENTENCES`` take them in (kept here so each language's file stays short)."""

from collections.abc import Mapping

from ambition.method.sentences.reader import Key, Sentence

STATUSES = (
    "achieved",
    "largely_achieved",
    "partly_achieved",
    "slightly_achieved",
    "not_achieved",
)
"""The degrees a roll-up can propose, best first."""

EXTRA = {
    "largely": ("largely_achieved",),
    "slightly": ("slightly_achieved",),
    "five": ("largely_achieved", "slightly_achieved"),
}
"""The counts' cases of a scale beyond the common three (``rollup.counts_case``), with the
degrees each adds."""


def counted_degrees(extra: tuple[str, ...]) -> list[str]:
    """The degrees a roll-up's counts name on a scale with the ``extra`` degrees, best first."""
    return [s for s in STATUSES if s in extra or s not in ("largely_achieved", "slightly_achieved")]


_TARGET = "{=head:value_against_target}: "
_REFERENCE = "{=head:value_against_reference}: "
_FULFILMENT = "{fulfilment:%~{d}_band_fulfilment}"

_DEGREE_SV = {"largely": "till stor del uppfyllt", "slightly": "i låg grad uppfyllt"}
_DEGREE_EN = {"largely": "largely achieved", "slightly": "slightly achieved"}


def _allowed(words: str) -> dict[Key, Sentence]:
    """The allowed distance of the largely and slightly bands, as ('allowed', …) says it for
    the partly band; ``words`` is the language's 'of the target'."""
    return {
        key: text
        for d in ("largely", "slightly")
        for key, text in {
            (f"allowed_{d}", "absolute"): f"{{=band_difference_{d}:{{measure}}}}",
            (f"allowed_{d}", "relative"): (
                f"{{{d}_band_relative:t%}} {words}, {{=allowed_difference_{d}:{{measure}}}}"
            ),
        }.items()
    }


DIFFERENCES: dict[Key, Sentence] = {
    key: text
    for d in ("largely", "slightly")
    for key, text in {
        (f"band_difference_{d}", "relative"): f"{{{d}_band_absolute:v}}",
        (f"band_difference_{d}", "points"): (
            f"{{{d}_band_absolute:n}} {{=points:{{{d}_band_absolute:form}}}}"
        ),
        (f"allowed_difference_{d}", "relative"): f"{{{d}_allowed_distance:v}}",
        (f"allowed_difference_{d}", "points"): (
            f"{{{d}_allowed_distance:n}} {{=points:{{{d}_allowed_distance:form}}}}"
        ),
    }.items()
}
"""The largely and slightly bands' distances in the indicator's unit, the same in every
language (as ``catalogue.DIFFERENCES`` for the partly band)."""

SWEDISH: Mapping[Key, Sentence] = {
    ("scale", "folded"): (
        "{=period_kind:{period_kind}} har skalan ingen nivå {=status:{proposed_status}}, så "
        "förslaget blir {=status:{folded_status}}."
    ),
    **{
        ("judged", f"fulfilment_{d}"): (
            "målvärdet är inte nått, men måluppfyllelsen är "
            + _FULFILMENT.replace("{d}", d)
            + f", minst de {{{d}_band_fulfilment:t%}} som krävs för {_DEGREE_SV[d]}."
        )
        for d in ("largely", "slightly")
    },
    ("judged", "fulfilment_below_slightly"): (
        "målvärdet är inte nått och måluppfyllelsen är "
        + _FULFILMENT.replace("{d}", "slightly")
        + ", under de {slightly_band_fulfilment:t%} som krävs för i låg grad uppfyllt."
    ),
    **{
        ("judged", f"within_{d}_band"): (
            "målvärdet är inte nått, men avståndet ({=difference:{measure}}) är inom "
            f"{{=allowed_{d}:{{band}}}} som ger {_DEGREE_SV[d]}."
        )
        for d in ("largely", "slightly")
    },
    ("judged", "outside_slightly_band"): (
        "målvärdet är inte nått och avståndet ({=difference:{measure}}) är större än "
        "{=allowed_slightly:{band}} som ger i låg grad uppfyllt."
    ),
    **_allowed("av målvärdet"),
    ("trajectory", "largely_on_path"): (
        _TARGET + "{=head:path}, under {achieved_from:t%} men minst {largely_from:t%}."
    ),
    ("trajectory", "behind_largely"): (
        _TARGET + "{=head:path}, under {largely_from:t%} men minst {partly_from:t%}."
    ),
    ("trajectory", "slightly_on_path"): (
        _TARGET + "{=head:path}, under {partly_from:t%} men minst {slightly_from:t%}."
    ),
    ("trajectory", "below_slightly"): _TARGET + "{=head:path}, under {slightly_from:t%}.",
    ("relative", "largely_close_to_reference"): (
        _REFERENCE + "sämre, men inom {largely_band:t%} av jämförelsevärdet."
    ),
    ("relative", "slightly_close_to_reference"): (
        _REFERENCE + "sämre med mer än {partly_band:t%} men inom {slightly_band:t%} av "
        "jämförelsevärdet."
    ),
    ("relative", "worse_than_slightly_band"): (
        _REFERENCE + "sämre med mer än {slightly_band:t%} av jämförelsevärdet."
    ),
}

ENGLISH: Mapping[Key, Sentence] = {
    ("scale", "folded"): (
        "{=period_kind:{period_kind}} the scale has no {=status:{proposed_status}} level, so the "
        "proposal is {=status:{folded_status}}."
    ),
    **{
        ("judged", f"fulfilment_{d}"): (
            "the target is not met, but the fulfilment is "
            + _FULFILMENT.replace("{d}", d)
            + f", at least the {{{d}_band_fulfilment:t%}} required for {_DEGREE_EN[d]}."
        )
        for d in ("largely", "slightly")
    },
    ("judged", "fulfilment_below_slightly"): (
        "the target is not met and the fulfilment is "
        + _FULFILMENT.replace("{d}", "slightly")
        + ", below the {slightly_band_fulfilment:t%} required for slightly achieved."
    ),
    **{
        ("judged", f"within_{d}_band"): (
            "the target is not met, but the distance ({=difference:{measure}}) is within the "
            f"{{=allowed_{d}:{{band}}}} that gives {_DEGREE_EN[d]}."
        )
        for d in ("largely", "slightly")
    },
    ("judged", "outside_slightly_band"): (
        "the target is not met and the distance ({=difference:{measure}}) exceeds the "
        "{=allowed_slightly:{band}} that gives slightly achieved."
    ),
    **_allowed("of the target"),
    ("trajectory", "largely_on_path"): (
        _TARGET + "{=head:path}, below {achieved_from:t%} but at least {largely_from:t%}."
    ),
    ("trajectory", "behind_largely"): (
        _TARGET + "{=head:path}, below {largely_from:t%} but at least {partly_from:t%}."
    ),
    ("trajectory", "slightly_on_path"): (
        _TARGET + "{=head:path}, below {partly_from:t%} but at least {slightly_from:t%}."
    ),
    ("trajectory", "below_slightly"): _TARGET + "{=head:path}, below {slightly_from:t%}.",
    ("relative", "largely_close_to_reference"): (
        _REFERENCE + "worse, but within {largely_band:t%} of the reference."
    ),
    ("relative", "slightly_close_to_reference"): (
        _REFERENCE + "worse by more than {partly_band:t%} but within {slightly_band:t%} of the "
        "reference."
    ),
    ("relative", "worse_than_slightly_band"): (
        _REFERENCE + "worse by more than {slightly_band:t%} of the reference."
    ),
}
