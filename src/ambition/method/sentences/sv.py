"""Svenska: the method's sentences in Swedish, keyed by (section, case).

Sections are the rule kinds, 'engine' (the checks before any rule), 'trend', the roll-up rules,
and the shared pieces: 'head' (the start of a sentence, followed by ': '), 'comparison',
'direction', 'progress' and 'status'. Fields and format specs: see ``reader``.
"""

from collections.abc import Callable, Mapping

from ambition.method.sentences.reader import Headed, Key, Reader, Sentence

# -- shared pieces -------------------------------------------------------------------------------


def _against_target(subject: str) -> Callable[[Reader], str]:
    def head(r: Reader) -> str:
        compared = r.entry(("comparison", r.text("comparison")))
        text = r.entry(("head", subject)) + r.fill(" jämförs med målvärdet för {target_year} (")
        return f"{text}{compared})" + (", vars år har passerats" if r.flag("target_passed") else "")

    return head


def _against_reference(r: Reader) -> str:
    return r.entry(("head", "value")) + r.fill(
        " jämförs med {reference_name} ({reference_value:v})"
    )


def _trend_only_head(r: Reader) -> str:
    goal = r.entry(("direction", r.text("direction")))
    return f"Utan målvärde bedöms utvecklingen i önskad riktning ({goal})"


SHARED: dict[Key, Sentence] = {
    ("head", "value"): "Värdet {year} ({value:v})",
    ("head", "mean"): "Medelvärdet {first_year}–{last_year} ({mean:v}, {inputs[values]} värden)",
    ("head", "value_against_target"): _against_target("value"),
    ("head", "mean_against_target"): _against_target("mean"),
    ("head", "value_against_reference"): _against_reference,
    ("head", "trend_only"): _trend_only_head,
    ("head", "trend_last_two"): (
        "Förändring från {previous:n} ({previous_year}) till {value:n} ({year}), "
        "{relative_change:+%1}"
    ),
    ("head", "trend_theil_sen"): (
        "Theil–Sen-lutningen över {window_values} värden {first_year}–{year} är "
        "{relative_change:+%1} per år av medianvärdet"
    ),
    ("head", "rollup_counts"): (
        "{achieved} av {assessed} bedömda indikatorer är uppfyllda, {partly_achieved} delvis "
        "uppfyllda och {not_achieved} ej uppfyllda."
    ),
    ("comparison", "at_least"): "minst {target:n} {unit}",
    ("comparison", "at_most"): "högst {target:n} {unit}",
    ("comparison", "above"): "över {target:n} {unit}",
    ("comparison", "below"): "under {target:n} {unit}",
    ("comparison", "between"): "mellan {target:n} och {upper:n} {unit}",
    ("direction", "increase"): "öka",
    ("direction", "decrease"): "minska",
    ("progress", "target_achieved"): "målvärdet är nått",
    ("progress", "on_track"): "på väg att nå målet",
    ("progress", "acceleration_needed"): "framsteg, men takten behöver öka",
    ("progress", "limited_progress"): "begränsade framsteg",
    ("progress", "deterioration"): "försämring",
    ("status", "achieved"): "uppfyllt",
    ("status", "partly_achieved"): "delvis uppfyllt",
    ("status", "not_achieved"): "ej uppfyllt",
}

# -- the engine's checks and the expert ----------------------------------------------------------

ENGINE: dict[Key, Sentence] = {
    ("engine", "unknown_rule"): "Regeln '{rule}' finns inte i metoden, så ingen status föreslås.",
    ("engine", "no_value"): (
        "Inget värde finns för {period_year} eller tidigare, så metoden kan inte föreslå en status."
    ),
    ("engine", "stale_value"): (
        "Det senaste värdet är från {year}, mer än {stale_after_years} år före {period_year}, så "
        "metoden föreslår ingen status."
    ),
    (
        "engine",
        "no_target",
    ): "Indikatorn saknar målvärde, så regeln {rule} kan inte föreslå en status.",
    ("expert", "expert_only"): (
        "Indikatorn bedöms av sakkunnig utan regel: metoden föreslår ingen status."
    ),
}

# -- target_level and rolling_mean: a value (or a mean) against the target -----------------------


def _allowed(r: Reader) -> str:
    if r.has("partly_band_relative"):
        return r.fill("{partly_band_relative:%1} av målvärdet, {allowed_distance:v}")
    return r.fill("{partly_band_absolute:v}")


JUDGED: dict[str, Sentence] = {
    "target_met": "målvärdet är nått.",
    "acceptable_met": (
        "målvärdet är inte nått, men den på kort sikt acceptabla nivån ({acceptable:v}) är nådd."
    ),
    "acceptable_missed": (
        "varken målvärdet eller den på kort sikt acceptabla nivån ({acceptable:v}) är nådd."
    ),
    "fulfilment_undefined": (
        "målvärdet är inte nått, och måluppfyllelsen kan inte beräknas eftersom värdet eller "
        "målvärdet inte är större än noll."
    ),
    "fulfilment_partly": (
        "målvärdet är inte nått, men måluppfyllelsen är {fulfilment:%}, minst "
        "{partly_band_fulfilment:%} som krävs för delvis uppfyllt."
    ),
    "fulfilment_low": (
        "målvärdet är inte nått och måluppfyllelsen är {fulfilment:%}, under "
        "{partly_band_fulfilment:%} som krävs för delvis uppfyllt."
    ),
    "within_band": lambda r: (
        r.fill("målvärdet är inte nått, men avståndet ({distance:v}) är inom ")
        + _allowed(r)
        + " som ger delvis uppfyllt."
    ),
    "outside_band": lambda r: (
        r.fill("målvärdet är inte nått och avståndet ({distance:v}) är större än ")
        + _allowed(r)
        + " som ger delvis uppfyllt."
    ),
}

TARGETS: dict[Key, Sentence] = {
    **{("target_level", c): Headed("value_against_target", s) for c, s in JUDGED.items()},
    **{("rolling_mean", c): Headed("mean_against_target", s) for c, s in JUDGED.items()},
    ("rolling_mean", "too_few_values"): (
        "Medelvärdet av de {thresholds[values]} senaste jämförbara värdena behövs, men bara "
        "{inputs[values]} finns."
    ),
}

# -- trajectory -----------------------------------------------------------------------------------

_PATH = (
    "banan från utgångsvärdet {baseline:n} ({baseline_year}) kräver {path_value:v} {year}; gjord "
    "förändring är {ratio:%} av den som krävs"
)

TRAJECTORY: dict[Key, Sentence] = {
    ("trajectory", case): Headed("value_against_target", body)
    for case, body in {
        "target_met": "målvärdet är redan nått.",
        "no_baseline": "utgångsvärde saknas, så ingen bana kan dras.",
        "no_time_since_baseline": "inget värde finns efter utgångsåret {baseline_year}.",
        "baseline_equals_target": (
            "utgångsvärdet är lika med målvärdet, men målvärdet är inte längre nått."
        ),
        "ratio_undefined": "förändringen som krävs är för liten för att jämföras med.",
        "on_path": _PATH + ", minst {achieved_from:%}.",
        "behind_path": _PATH + ", under {achieved_from:%} men minst {partly_from:%}.",
        "far_behind_path": _PATH + ", under {partly_from:%}.",
    }.items()
}

# -- growth_ratio and trend_only ------------------------------------------------------------------

_GROWTH = "från {base:n} ({base_year}) är den årliga förändringen {observed_cagr:+%2}"
_TOO_LARGE = "tillväxttakten blir för stor för att kunna beräknas."


def _progress(r: Reader) -> str:
    return r.entry(("progress", r.case))


def _growth_undefined(r: Reader) -> str:
    if r.text("reason") == "overflow":
        return _TOO_LARGE
    return "tillväxttakten kan bara beräknas när utgångsvärdet, värdet och målvärdet är större än noll."


def _growth_class(r: Reader) -> str:
    return (
        r.fill(_GROWTH + " mot {required_cagr:+%2} som krävs; kvoten är {ratio:n3} (")
        + _progress(r)
        + r.fill("; gränser {on_track:%} och {acceleration_needed:%}).")
    )


def _trend_only_class(r: Reader) -> str:
    return (
        r.fill(
            "från {base:n} ({base_year}) till {value:n} ({year}) är den årliga förändringen "
            "{observed_cagr:+%2} ("
        )
        + _progress(r)
        + r.fill("; gränser {on_track:%1} och {acceleration_needed:%1} per år).")
    )


PROGRESS_CLASSES = ("on_track", "acceleration_needed", "limited_progress", "deterioration")

_GROWTH_RATIO: dict[str, Sentence] = {
    "target_achieved": lambda r: _progress(r) + ".",
    "no_base": "ett tidigare värde behövs för att beräkna en tillväxttakt.",
    "growth_undefined": _growth_undefined,
    "target_before_base": "målåret {target_year} ligger inte efter basåret {base_year}.",
    "target_passed": "målåret har passerats utan att målvärdet är nått.",
    "baseline_equals_target": lambda r: (
        r.fill(_GROWTH + "; utgångsvärdet var lika med målvärdet, som inte längre är nått (")
        + r.entry(("progress", "deterioration"))
        + ")."
    ),
    **dict.fromkeys(PROGRESS_CLASSES, _growth_class),
}

_TREND_ONLY: dict[str, Sentence] = {
    "no_base": "ett tidigare jämförbart värde behövs.",
    "growth_undefined": lambda r: (
        _TOO_LARGE
        if r.text("reason") == "overflow"
        else "tillväxttakten kan bara beräknas för värden större än noll."
    ),
    **dict.fromkeys(PROGRESS_CLASSES, _trend_only_class),
}

GROWTH: dict[Key, Sentence] = {
    **{("growth_ratio", c): Headed("value_against_target", b) for c, b in _GROWTH_RATIO.items()},
    **{("trend_only", c): Headed("trend_only", b) for c, b in _TREND_ONLY.items()},
}

# -- relative ------------------------------------------------------------------------------------

RELATIVE: dict[Key, Sentence] = {
    ("relative", "no_reference"): "Jämförelseserien '{reference}' saknas för indikatorn.",
    ("relative", "no_reference_value"): "{reference_name} saknar värde för {year}.",
    ("relative", "as_good_as_reference"): Headed(
        "value_against_reference", "minst lika bra i önskad riktning."
    ),
    ("relative", "close_to_reference"): Headed(
        "value_against_reference", "sämre, men inom {partly_band:%1} av jämförelsevärdet."
    ),
    ("relative", "worse_than_reference"): Headed(
        "value_against_reference", "sämre med mer än {partly_band:%1} av jämförelsevärdet."
    ),
}

# -- the trend ----------------------------------------------------------------------------------


def _lead(r: Reader) -> str:
    return r.entry(("head", "trend_" + r.text("method")))


def _direction(r: Reader) -> str:
    goal = r.entry(("direction", r.text("direction")))
    return f"{_lead(r)}; önskad riktning är att {goal}."


TREND: dict[Key, Sentence] = {
    ("trend", "series_break"): (
        "Serien bryts {first} (ändrad definition), och efter brottet finns för få värden för en "
        "trend (minst {needed} behövs)."
    ),
    ("trend", "too_few_values"): "Minst {needed} värden behövs för en trend; {values} finns.",
    ("trend", "zero_previous"): lambda r: r.fill(
        "Värdet {previous_year} är så nära noll att ingen relativ förändring kan beräknas."
        if r.text("reason") == "near_zero"
        else "Värdet {previous_year} är noll, så ingen relativ förändring kan beräknas."
    ),
    ("trend", "zero_median"): (
        "Medianvärdet är noll eller nära noll, så ingen relativ lutning kan beräknas."
    ),
    ("trend", "within_tolerance"): lambda r: _lead(r) + r.fill(", inom ±{tolerance:%1}."),
    ("trend", "desired_direction"): _direction,
    ("trend", "opposite_direction"): _direction,
}

# -- the roll-up -----------------------------------------------------------------------------------

_SHARE_ACHIEVED = "({share_achieved:%{achieved_decimals}})"
_SHARE_PARTLY = "({share_partly_or_better:%{partly_decimals}})"
_ACHIEVED_SHARE = "{achieved_share:%{achieved_decimals}}"
_PARTLY_SHARE = "{partly_share:%{partly_decimals}}"


def _weighted(r: Reader) -> str:
    return " (viktat)" if r.flag("weighted") else ""


def _rolled_up(body: Callable[[Reader], str]) -> Callable[[Reader], str]:
    def sentence(r: Reader) -> str:
        left_out = (
            r.fill(" {not_assessed} ej bedömda räknas inte.") if r.flag("not_assessed") else ""
        )
        return f"{r.entry(('head', 'rollup_counts'))} {body(r)}{left_out}"

    return sentence


def _short(r: Reader) -> str:
    if r.rule == "all":
        return "Inte alla bedömda indikatorer är uppfyllda"
    return f"Andelen uppfyllda{_weighted(r)} " + r.fill(
        f"{_SHARE_ACHIEVED} är under {_ACHIEVED_SHARE}"
    )


def _mean(r: Reader, rest: str) -> str:
    what = (
        "Medelpoängen av de två sämsta" if r.rule == "two_worst" else "Medelpoängen" + _weighted(r)
    )
    return f"{what} " + r.fill("{mean_score:n{places}} " + rest)


_PARTLY = ", men andelen minst delvis uppfyllda " + _SHARE_PARTLY + " når " + _PARTLY_SHARE + "."
_NOT = ", och andelen minst delvis uppfyllda " + _SHARE_PARTLY + " är under " + _PARTLY_SHARE + "."

_ROLLUP_BODIES: dict[Key, Callable[[Reader], str]] = {
    ("share", "achieved"): lambda r: (
        f"Andelen uppfyllda{_weighted(r)} " + r.fill(f"{_SHARE_ACHIEVED} når {_ACHIEVED_SHARE}.")
    ),
    ("all", "achieved"): lambda r: "Alla bedömda indikatorer är uppfyllda.",
    **{
        (rule, status): body
        for rule in ("share", "all")
        for status, body in {
            "partly_achieved": lambda r: _short(r) + r.fill(_PARTLY),
            "not_achieved": lambda r: _short(r) + r.fill(_NOT),
        }.items()
    },
    **{
        ("worst", status): lambda r: (
            f"Den sämsta bedömda indikatorn är {r.entry(('status', r.case))}."
        )
        for status in ("achieved", "partly_achieved", "not_achieved")
    },
    **{
        (rule, status): body
        for rule in ("mean_score", "two_worst")
        for status, body in {
            "achieved": lambda r: _mean(r, "når {achieved_share:n{places}}."),
            "partly_achieved": lambda r: _mean(
                r, "är under {achieved_share:n{places}} men når {partly_share:n{places}}."
            ),
            "not_achieved": lambda r: _mean(r, "är under {partly_share:n{places}}."),
        }.items()
    },
}

ROLLUP: dict[Key, Sentence] = {
    **{key: _rolled_up(body) for key, body in _ROLLUP_BODIES.items()},
    **{
        (rule, "none_assessed"): "Ingen indikator är bedömd, så ingen sammanvägning kan göras."
        for rule in ("share", "mean_score", "worst", "all", "two_worst")
    },
}

SENTENCES: Mapping[Key, Sentence] = {
    **SHARED,
    **ENGINE,
    **TARGETS,
    **TRAJECTORY,
    **GROWTH,
    **RELATIVE,
    **TREND,
    **ROLLUP,
}
"""Every Swedish sentence of the method by (section, case)."""
