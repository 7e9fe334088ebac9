"""Svenska: the method's sentences in Swedish, templates keyed by (section, case).

Sections are the rule kinds, 'engine' (the checks before any rule), 'trend' and the roll-up
rules, whose cases are those the code declares; and the shared pieces they embed with
``{=section:case}``: 'head' (the start of a sentence), the words ('comparison', 'direction',
'progress', 'status'), the bodies shared by target_level and rolling_mean ('judged') and the
choices made by a fact ('allowed', 'target_time', 'growth_undefined', 'zero_previous',
'left_out', 'weighted', 'short', 'mean'). Fields and format specs: ``reader``.
"""

from collections.abc import Mapping

from ambition.method.sentences.comparison import SWEDISH as COMPARISON
from ambition.method.sentences.reader import Key, Sentence

_TARGET = "{=head:value_against_target}: "
_TREND_ONLY = "{=head:trend_only}: "
_REFERENCE = "{=head:value_against_reference}: "
_PROGRESS = ("on_track", "acceleration_needed", "limited_progress", "deterioration")
_ROLLUPS = ("share", "mean_score", "worst", "all", "two_worst", "majority")
_COUNTS = "{=head:rollup_counts} "
_LEFT_OUT = "{=left_out:{left_out}}"
_SHARE = "({share_achieved:%{achieved_decimals}})"
_SHARE_PARTLY = "({share_partly_or_better:%{partly_decimals}})"
_MEAN = "{=mean:{rule}} {mean_score:n{places}}"

SHARED: dict[Key, Sentence] = {
    ("head", "value"): "Värdet {year} ({value:v})",
    ("head", "mean"): "Medelvärdet {first_year}–{last_year} ({mean:v}, {inputs[values]} värden)",
    ("head", "against_target"): (
        " jämförs med {=target_word:{target_kind}} för {target_year} ({=target:described})"
        "{=target_time:{target_time}}"
    ),
    ("target", "described"): "{=comparison:{comparison}}{=derived:{derived}}",
    ("target_word", "value"): "målvärdet",
    ("target_word", "direction"): "målet",
    ("derived", "none"): "",
    ("derived", "baseline"): ", det vill säga utgångsvärdet {derived_base:n} {derived_change:+%0}",
    ("derived", "mean"): (
        ", det vill säga medelvärdet {derived_first}–{derived_last} ({derived_base:n}) "
        "{derived_change:+%0}"
    ),
    ("within", "none"): "",
    ("within", "some"): " (±{target_tolerance:%1})",
    ("head", "value_against_target"): "{=head:value}{=head:against_target}",
    ("head", "mean_against_target"): "{=head:mean}{=head:against_target}",
    ("head", "value_against_reference"): (
        "{=head:value} jämförs med {=reference:{reference_form}}"
    ),
    ("head", "trend_only"): (
        "Utan målvärde bedöms utvecklingen i önskad riktning ({=direction:{direction}})"
    ),
    ("head", "path"): (
        "banan från utgångsvärdet {baseline:n} ({baseline_year}) kräver {path_value:v} {year}; "
        "gjord förändring är {ratio:%} av den som krävs"
    ),
    (
        "head",
        "growth",
    ): "från {base:n} ({base_year}) är den årliga förändringen {observed_cagr:+%2}",
    ("head", "trend_last_two"): (
        "Förändring från {previous:n} ({previous_year}) till {value:n} ({year}), {=change:{measure}}"
    ),
    ("head", "trend_start_latest"): (
        "Från startvärdet {previous:n} ({previous_year}) till {value:n} ({year}) är förändringen "
        "{=change:{measure}} per år{=of_start:{measure}}"
    ),
    ("head", "trend_linear_regression"): (
        "Den linjära trenden {previous_year}–{year} ({values} värden) är "
        "{=change:{measure}} per år{=of_mean:{measure}}"
    ),
    ("head", "trend_theil_sen"): (
        "Theil–Sen-lutningen över {window_values} värden {first_year}–{year} är "
        "{=change:{measure}} per år{=of_median:{measure}}"
    ),
    ("change", "relative"): "{change:+%1}",
    ("change", "points"): "{change:+n1} procentenheter",
    ("tolerance", "relative"): "±{tolerance:%1}",
    ("tolerance", "points"): "±{tolerance:n1} procentenheter",
    ("limit", "relative"): "{strong:%1}",
    ("limit", "points"): "{strong:n1} procentenheter",
    ("status", "not_assessed"): "ej bedömd",
    ("of_start", "relative"): " av startvärdet",
    ("of_mean", "relative"): " av medelvärdet",
    ("of_median", "relative"): " av medianvärdet",
    ("of_start", "points"): "",
    ("of_mean", "points"): "",
    ("of_median", "points"): "",
    ("head", "rollup_counts"): (
        "{achieved} av {assessed} bedömda indikatorer är uppfyllda, {partly_achieved} delvis "
        "uppfyllda och {not_achieved} ej uppfyllda."
    ),
    ("comparison", "at_least"): "minst {target:n} {unit}",
    ("comparison", "at_most"): "högst {target:n} {unit}",
    ("comparison", "above"): "över {target:n} {unit}",
    ("comparison", "below"): "under {target:n} {unit}",
    ("comparison", "between"): "mellan {target:n} och {upper:n} {unit}",
    ("comparison", "increase"): "öka från {target:n} {unit} {reference_year}",
    ("comparison", "decrease"): "minska från {target:n} {unit} {reference_year}",
    ("comparison", "unchanged"): (
        "oförändrat från {target:n} {unit} {reference_year}{=within:{within}}"
    ),
    ("target_time", "ahead"): "",
    ("target_time", "passed"): ", vars år har passerats",
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

ENGINE: dict[Key, Sentence] = {
    ("scale", "no_partly_level"): (
        "{=period_kind:{period_kind}} har skalan ingen nivå delvis uppfyllt, så förslaget blir "
        "ej uppfyllt."
    ),
    ("period_kind", "tertial"): "Vid tertialuppföljningen",
    ("period_kind", "interim"): "Vid delårsbokslutet",
    ("period_kind", "annual"): "Vid årsbokslutet",
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
    ("engine", "directional_target"): (
        "Målet är en riktning utan målvärde, så regeln {rule} kan inte föreslå en status."
    ),
    ("expert", "expert_only"): (
        "Indikatorn bedöms av sakkunnig utan regel: metoden föreslår ingen status."
    ),
    ("expert", "no_value"): (
        "Inget värde finns ännu för {period_year} eller tidigare; sakkunnig bedömer utan regel."
    ),
    ("expert", "one_value"): (
        "Bara värdet för {year} ({value:v}) finns, så ingen utveckling kan jämföras; sakkunnig "
        "bedömer utan regel."
    ),
    ("expert", "old_value"): (
        "Det senaste värdet är från {year} ({value:v}), före {period_year}; sakkunnig bedömer "
        "utan regel."
    ),
}

JUDGED: dict[Key, Sentence] = {
    ("judged", "target_met"): "målvärdet är nått.",
    ("judged", "direction_met"): "målet är nått.",
    ("judged", "direction_missed"): "målet är inte nått.",
    ("judged", "acceptable_met"): (
        "målvärdet är inte nått, men den på kort sikt acceptabla nivån ({acceptable:v}) är nådd."
    ),
    ("judged", "acceptable_missed"): (
        "varken målvärdet eller den på kort sikt acceptabla nivån ({acceptable:v}) är nådd."
    ),
    ("judged", "fulfilment_undefined"): (
        "målvärdet är inte nått, och måluppfyllelsen kan inte beräknas eftersom värdet eller "
        "målvärdet inte är större än noll."
    ),
    ("judged", "fulfilment_partly"): (
        "målvärdet är inte nått, men måluppfyllelsen är {fulfilment:%}, minst "
        "{partly_band_fulfilment:%} som krävs för delvis uppfyllt."
    ),
    ("judged", "fulfilment_low"): (
        "målvärdet är inte nått och måluppfyllelsen är {fulfilment:%}, under "
        "{partly_band_fulfilment:%} som krävs för delvis uppfyllt."
    ),
    ("judged", "within_band"): (
        "målvärdet är inte nått, men avståndet ({distance:v}) är inom {=allowed:{band}} som ger "
        "delvis uppfyllt."
    ),
    ("judged", "outside_band"): (
        "målvärdet är inte nått och avståndet ({distance:v}) är större än {=allowed:{band}} som "
        "ger delvis uppfyllt."
    ),
    ("allowed", "absolute"): "{partly_band_absolute:v}",
    ("allowed", "relative"): "{partly_band_relative:%1} av målvärdet, {allowed_distance:v}",
    ("rolling_mean", "too_few_values"): (
        "Medelvärdet av de {thresholds[values]} senaste jämförbara värdena behövs, men bara "
        "{inputs[values]} finns."
    ),
}

TRAJECTORY: dict[Key, Sentence] = {
    ("trajectory", "target_met"): _TARGET + "målvärdet är redan nått.",
    ("trajectory", "no_baseline"): _TARGET + "utgångsvärde saknas, så ingen bana kan dras.",
    ("trajectory", "no_time_since_baseline"): (
        _TARGET + "inget värde finns efter utgångsåret {baseline_year}."
    ),
    ("trajectory", "baseline_equals_target"): (
        _TARGET + "utgångsvärdet är lika med målvärdet, men målvärdet är inte längre nått."
    ),
    ("trajectory", "ratio_undefined"): (
        _TARGET + "förändringen som krävs är för liten för att jämföras med."
    ),
    ("trajectory", "on_path"): _TARGET + "{=head:path}, minst {achieved_from:%}.",
    ("trajectory", "behind_path"): (
        _TARGET + "{=head:path}, under {achieved_from:%} men minst {partly_from:%}."
    ),
    ("trajectory", "far_behind_path"): _TARGET + "{=head:path}, under {partly_from:%}.",
}

GROWTH: dict[Key, Sentence] = {
    ("growth_ratio", "target_achieved"): _TARGET + "{=progress:target_achieved}.",
    ("growth_ratio", "no_base"): (
        _TARGET + "ett tidigare värde behövs för att beräkna en tillväxttakt."
    ),
    ("growth_ratio", "growth_undefined"): _TARGET + "{=growth_undefined:{reason}}",
    ("growth_ratio", "target_before_base"): (
        _TARGET + "målåret {target_year} ligger inte efter basåret {base_year}."
    ),
    ("growth_ratio", "target_passed"): (
        _TARGET + "målåret har passerats utan att målvärdet är nått."
    ),
    ("growth_ratio", "baseline_equals_target"): (
        _TARGET + "{=head:growth}; utgångsvärdet var lika med målvärdet, som inte längre är nått "
        "({=progress:deterioration})."
    ),
    **dict.fromkeys(
        [("growth_ratio", case) for case in _PROGRESS],
        _TARGET + "{=head:growth} mot {required_cagr:+%2} som krävs; kvoten är {ratio:n3} "
        "({=progress:{case}}; gränser {on_track:%} och {acceleration_needed:%}).",
    ),
    ("trend_only", "no_base"): _TREND_ONLY + "ett tidigare jämförbart värde behövs.",
    ("trend_only", "growth_undefined"): _TREND_ONLY + "{=growth_undefined:{reason}}",
    **dict.fromkeys(
        [("trend_only", case) for case in _PROGRESS],
        _TREND_ONLY + "från {base:n} ({base_year}) till {value:n} ({year}) "
        "{=annual:{measure}} ({=no_target_progress:{case}}; gränser för tillväxttakten "
        "{on_track:%1} och {acceleration_needed:%1} per år).",
    ),
    ("annual", "relative"): "är den årliga tillväxttakten {observed_cagr:+%2}",
    ("annual", "points"): (
        "är förändringen {annual_points:+n2} procentenheter per år, en årlig tillväxttakt av "
        "{observed_cagr:+%2}"
    ),
    ("no_target_progress", "on_track"): "god utveckling i önskad riktning",
    ("no_target_progress", "acceleration_needed"): "utveckling i önskad riktning, men långsam",
    ("no_target_progress", "limited_progress"): "begränsad utveckling i önskad riktning",
    ("no_target_progress", "deterioration"): "försämring",
    ("growth_undefined", "base_value_or_target_not_positive"): (
        "tillväxttakten kan bara beräknas när utgångsvärdet, värdet och målvärdet är större än noll."
    ),
    ("growth_undefined", "base_or_value_not_positive"): (
        "tillväxttakten kan bara beräknas för värden större än noll."
    ),
    ("growth_undefined", "overflow"): "tillväxttakten blir för stor för att kunna beräknas.",
}

RELATIVE: dict[Key, Sentence] = {
    ("relative", "no_reference"): "Jämförelseserien '{reference}' saknas för indikatorn.",
    ("relative", "no_reference_value"): "{reference_name} saknar värde för {year}.",
    ("relative", "as_good_as_reference"): _REFERENCE + "minst lika bra i önskad riktning.",
    ("relative", "close_to_reference"): (
        _REFERENCE + "sämre, men inom {partly_band:%1} av jämförelsevärdet."
    ),
    ("relative", "worse_than_reference"): (
        _REFERENCE + "sämre med mer än {partly_band:%1} av jämförelsevärdet."
    ),
}

_STATUS = ", så förslaget är {=status:{status}}."
TREND_STRENGTH: dict[Key, Sentence] = {
    ("trend_strength", "strong"): (
        "{=head:trend_{method}}: i önskad riktning och minst {=limit:{measure}}, en stark trend"
        + _STATUS
    ),
    ("trend_strength", "weak"): (
        "{=head:trend_{method}}: i önskad riktning men under {=limit:{measure}}, en svag trend"
        + _STATUS
    ),
    ("trend_strength", "stable"): (
        "{=head:trend_{method}}: inom {=tolerance:{measure}}, oförändrad" + _STATUS
    ),
    ("trend_strength", "worsening"): "{=head:trend_{method}}: mot önskad riktning" + _STATUS,
    ("trend_strength", "no_trend"): "Ingen trend kan beräknas, så regeln föreslår ingen status.",
}

TREND: dict[Key, Sentence] = {
    ("trend", "series_break"): (
        "Serien bryts {first} (ändrad definition), och efter brottet finns för få värden för en "
        "trend (minst {needed} behövs)."
    ),
    ("trend", "too_few_values"): "Minst {needed} värden behövs för en trend; {values} finns.",
    ("trend", "zero_previous"): "{=zero_previous:{reason}}",
    ("zero_previous", "zero"): (
        "Värdet {previous_year} är noll, så ingen relativ förändring kan beräknas."
    ),
    ("zero_previous", "near_zero"): (
        "Värdet {previous_year} är så nära noll att ingen relativ förändring kan beräknas."
    ),
    ("trend", "zero_median"): (
        "Medel- eller medianvärdet är noll eller nära noll, så ingen relativ lutning kan beräknas."
    ),
    ("trend", "within_tolerance"): "{=head:trend_{method}}, inom {=tolerance:{measure}}.",
    ("trend", "expert_trend"): "Trenden bedöms av sakkunnig; metoden föreslår ingen.",
    **dict.fromkeys(
        [("trend", "desired_direction"), ("trend", "opposite_direction")],
        "{=head:trend_{method}}; önskad riktning är att {=direction:{direction}}.",
    ),
}

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
        "Ingen indikator är bedömd, så ingen sammanvägning kan göras.",
    ),
    ("share", "achieved"): (
        _COUNTS + "Andelen uppfyllda{=weighted:{weighted}} " + _SHARE + " når "
        "{achieved_share:%{achieved_decimals}}." + _LEFT_OUT
    ),
    ("all", "achieved"): _COUNTS + "Alla bedömda indikatorer är uppfyllda." + _LEFT_OUT,
    **dict.fromkeys(
        [("share", "partly_achieved"), ("all", "partly_achieved")],
        _COUNTS + "{=short:{rule}}, men andelen minst delvis uppfyllda " + _SHARE_PARTLY + " når "
        "{partly_share:%{partly_decimals}}." + _LEFT_OUT,
    ),
    **dict.fromkeys(
        [("share", "not_achieved"), ("all", "not_achieved")],
        _COUNTS
        + "{=short:{rule}}, och andelen minst delvis uppfyllda "
        + _SHARE_PARTLY
        + " är under {partly_share:%{partly_decimals}}."
        + _LEFT_OUT,
    ),
    ("short", "share"): (
        "Andelen uppfyllda{=weighted:{weighted}} " + _SHARE + " är under "
        "{achieved_share:%{achieved_decimals}}"
    ),
    ("short", "all"): "Inte alla bedömda indikatorer är uppfyllda",
    **dict.fromkeys(
        [("worst", status) for status in ("achieved", "partly_achieved", "not_achieved")],
        _COUNTS + "Den sämsta bedömda indikatorn är {=status:{case}}." + _LEFT_OUT,
    ),
    **{
        key: _COUNTS + _MEAN + text + _LEFT_OUT
        for rule in ("mean_score", "two_worst")
        for key, text in {
            (rule, "achieved"): " når {achieved_share:n{places}}.",
            (rule, "partly_achieved"): (
                " är under {achieved_share:n{places}} men når {partly_share:n{places}}."
            ),
            (rule, "not_achieved"): " är under {partly_share:n{places}}.",
        }.items()
    },
    ("mean", "mean_score"): "Medelpoängen{=weighted:{weighted}}",
    ("mean", "two_worst"): "Medelpoängen av de två sämsta",
    **dict.fromkeys(
        [("majority", status) for status in ("achieved", "partly_achieved", "not_achieved")],
        _COUNTS + "Den vanligaste statusen{=weighted:{weighted}} bland de bedömda indikatorerna "
        "är {=status:{case}}{=tie:{tie}}." + _LEFT_OUT,
    ),
    ("tie", "none"): "",
    ("tie", "tie"): " (lika många har en bättre status, och den sämre gäller)",
    ("weighted", "weighted"): " (viktat)",
    ("weighted", "unweighted"): "",
    ("left_out", "some"): " {not_assessed} ej bedömda räknas inte.",
    ("left_out", "none"): "",
}

SENTENCES: Mapping[Key, Sentence] = {
    **SHARED,
    **ENGINE,
    **JUDGED,
    **TRAJECTORY,
    **GROWTH,
    **RELATIVE,
    **TREND,
    **TREND_STRENGTH,
    **ROLLUP,
    **MAJORITY,
    **COMPARISON,
}
"""Every Swedish template of the method by (section, case); target_level and rolling_mean take
their bodies from 'judged' (``catalogue.composed``)."""
