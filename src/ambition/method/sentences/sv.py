"""Svenska: the method's sentences in Swedish, templates keyed by (section, case).

Sections are the rule kinds, 'engine' (the checks before any rule), 'trend' and the roll-up
rules, whose cases are those the code declares; and the shared pieces they embed with
``{=section:case}``: 'head' (the start of a sentence), the words ('comparison', 'direction',
'progress', 'status'), the bodies shared by target_level and rolling_mean ('judged') and the
choices made by a fact ('allowed', 'against', 'dated', 'until', 'target_time',
'growth_undefined', 'zero_previous', 'left_out', 'weighted', 'short', 'mean'). Fields and format specs: ``reader``.
"""

from collections.abc import Mapping

from ambition.method.sentences.comparison import SWEDISH as COMPARISON
from ambition.method.sentences.degrees import SWEDISH as DEGREES
from ambition.method.sentences.reader import Key, Sentence
from ambition.method.sentences.sv_rollup import MAJORITY, ROLLUP

_TARGET = "{=head:value_against_target}: "
_TREND_ONLY = "{=head:trend_only}: "
_REFERENCE = "{=head:value_against_reference}: "
_PROGRESS = ("on_track", "acceleration_needed", "limited_progress", "deterioration")
# What a roll-up counts, one and many, with the singular of the participles, which follows the
# noun's gender: "en bedömd indikator … uppfylld", "ett bedömt mätområde … uppfyllt".
_COUNTED_FORMS = {
    "indicator": ("indikator", "indikatorer", "bedömd", "uppfylld"),
    "measurement_area": ("mätområde", "mätområden", "bedömt", "uppfyllt"),
    "sub_goal": ("delmål", "delmål", "bedömt", "uppfyllt"),
    "part": ("del", "delar", "bedömd", "uppfylld"),
}

SHARED: dict[Key, Sentence] = {
    ("head", "value"): "Värdet {year} ({value:v})",
    ("head", "mean"): "Medelvärdet ({mean:v}) av {averaged:series}",
    ("list", "and"): " och ",
    ("head", "against_target"): (
        " jämförs med {=against:{target_kind}}{=target_time:{target_time}}"
    ),
    ("against", "value"): "målvärdet för {target_year} ({=target:described})",
    ("against", "direction"): "målet att {=target:dated}",
    # A target in words: without its year (a row already naming it), and with it, as the
    # report's target column and the sentences write it: "minst 60,0 procent (2025)", "öka från
    # 10,6 procent (2020) till 2022".
    ("target", "described"): "{=comparison:{comparison}}{=derived:{derived}}{=within:{within}}",
    ("target", "dated"): "{=dated:{target_kind}}",
    ("dated", "value"): "{=target:described} ({target_year})",
    ("dated", "direction"): (
        "{=comparison:{comparison}} {=until:{comparison}} {target_year}{=within:{within}}"
    ),
    ("until", "increase"): "till",
    ("until", "decrease"): "till",
    ("until", "unchanged"): "till",
    ("derived", "none"): "",
    ("derived", "baseline"): ", det vill säga utgångsvärdet {derived_base:n} {derived_change:+%0}",
    ("derived", "mean"): (
        ", det vill säga medelvärdet {derived_first}–{derived_last} ({derived_base:n}) "
        "{derived_change:+%0}"
    ),
    ("within", "none"): "",
    ("within", "some"): ", inom ±{target_tolerance:t%} av värdet",
    ("head", "value_against_target"): "{=head:value}{=head:against_target}",
    ("head", "mean_against_target"): "{=head:mean}{=head:against_target}",
    ("head", "value_against_reference"): (
        "{=head:value} jämförs med {=reference:{reference_form}}"
    ),
    ("head", "trend_only"): "{=trend_only_lead:{targeted}} ({=direction:{direction}})",
    ("trend_only_lead", "none"): "Utan målvärde bedöms utvecklingen i önskad riktning",
    ("trend_only_lead", "some"): (
        "Regeln jämför inte med målet utan bedömer utvecklingen i önskad riktning"
    ),
    ("head", "path"): (
        "banan från utgångsvärdet {baseline:n} ({baseline_year}) kräver {path_value:v} {year}; "
        "gjord förändring är {ratio:%~{ratio_limit}} av den som krävs"
    ),
    ("head", "growth"): "från {base:n} ({base_year}) {=annual:{measure}}",
    ("head", "trend_last_two"): (
        "Förändring från {previous:n} ({previous_year}) till {value:n} ({year}), {=step:{step}}"
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
    ("step", "points"): "{=change:points}",
    ("step", "relative"): "{difference:+n{change_decimals}} {unit} ({change:+%1})",
    ("step", "signed"): "{difference:+n{change_decimals}} {unit}",
    ("change", "points"): "{change:+n{change_decimals}} {=points:{change:form{change_decimals}}}",
    ("points", "one"): "procentenhet",
    ("points", "many"): "procentenheter",
    ("tolerance", "relative"): "±{tolerance:t%}",
    ("tolerance", "points"): "±{tolerance:t} {=points:{tolerance:tform}}",
    ("limit", "relative"): "{strong:t%}",
    ("limit", "points"): "{strong:t} {=points:{strong:tform}}",
    ("status", "not_assessed"): "ej bedömd",
    ("of_start", "relative"): " av startvärdet",
    ("of_mean", "relative"): " av medelvärdet",
    ("of_median", "relative"): " av medianvärdet",
    ("of_start", "points"): "",
    ("of_mean", "points"): "",
    ("of_median", "points"): "",
    **{
        ("rollup_counts", counted): (
            "Av {assessed} {assessed:"
            + judged
            + " "
            + one
            + "|bedömda "
            + many
            + "} är {achieved} "
            "{achieved:" + done + "|uppfyllda}, {partly_achieved} delvis "
            "{partly_achieved:" + done + "|uppfyllda} och {not_achieved} ej "
            "{not_achieved:" + done + "|uppfyllda}."
        )
        for counted, (one, many, judged, done) in _COUNTED_FORMS.items()
    },
    ("comparison", "at_least"): "minst {target:n} {unit}",
    ("comparison", "at_most"): "högst {target:n} {unit}",
    ("comparison", "above"): "över {target:n} {unit}",
    ("comparison", "below"): "under {target:n} {unit}",
    ("comparison", "between"): "mellan {target:n} och {upper:n} {unit}",
    ("comparison", "increase"): "öka från {target:n} {unit} ({reference_year})",
    ("comparison", "decrease"): "minska från {target:n} {unit} ({reference_year})",
    ("comparison", "unchanged"): "ligga kvar på {target:n} {unit} ({reference_year})",
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
    ("status", "largely_achieved"): "till stor del uppfyllt",
    ("status", "slightly_achieved"): "i låg grad uppfyllt",
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
    ("engine", "marked_value"): (
        "För {year} anges {=marker:{marker}}, och inget aktuellt värde finns, så metoden "
        "föreslår ingen status."
    ),
    ("marker", "statistics_missing"): "”Statistik saknas”",
    ("marker", "reported_later"): "”Redovisas senare”",
    ("marker", "confidential"): "”Sekretess”",
    ("value_note", "preliminary"): "Bedömningen bygger på ett preliminärt värde.",
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
    ("forecast", "latest_value"): (
        "Prognos för helåret {period_year} utifrån värdet för {basis_year}; {period_year} års "
        "värde {=published:{published}}."
    ),
    ("forecast", "partial_value"): (
        "Prognos för helåret {period_year} utifrån värdet för {covers} ({basis_value:v})."
    ),
    ("forecast", "forecast_value"): (
        "Prognos för helåret {period_year} utifrån sakkunnigs prognosvärde för året "
        "({basis_value:v})."
    ),
    ("published", "kolada"): "publiceras i Kolada tidigast {next_year}",
    ("published", "unknown"): "publiceras senare",
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
        "målvärdet är inte nått, men måluppfyllelsen är {fulfilment:%~partly_band_fulfilment}, minst de "
        "{partly_band_fulfilment:t%} som krävs för delvis uppfyllt."
    ),
    ("judged", "fulfilment_low"): (
        "målvärdet är inte nått och måluppfyllelsen är {fulfilment:%~partly_band_fulfilment}, under de "
        "{partly_band_fulfilment:t%} som krävs för delvis uppfyllt."
    ),
    ("judged", "within_band"): (
        "målvärdet är inte nått, men avståndet ({=difference:{measure}}) är inom "
        "{=allowed:{band}} som ger delvis uppfyllt."
    ),
    ("judged", "outside_band"): (
        "målvärdet är inte nått och avståndet ({=difference:{measure}}) är större än "
        "{=allowed:{band}} som ger delvis uppfyllt."
    ),
    ("allowed", "absolute"): "{=band_difference:{measure}}",
    (
        "allowed",
        "relative",
    ): "{partly_band_relative:t%} av målvärdet, {=allowed_difference:{measure}}",
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
    ("trajectory", "on_path"): _TARGET + "{=head:path}, minst {achieved_from:t%}.",
    ("trajectory", "behind_path"): (
        _TARGET + "{=head:path}, under {achieved_from:t%} men minst {partly_from:t%}."
    ),
    ("trajectory", "far_behind_path"): _TARGET + "{=head:path}, under {partly_from:t%}.",
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
        "({=progress:{case}}; gränser {on_track:t} och {acceleration_needed:t}).",
    ),
    ("trend_only", "no_base"): _TREND_ONLY + "ett tidigare jämförbart värde behövs.",
    ("trend_only", "growth_undefined"): _TREND_ONLY + "{=growth_undefined:{reason}}",
    **dict.fromkeys(
        [("trend_only", case) for case in _PROGRESS],
        _TREND_ONLY + "från {base:n} ({base_year}) till {value:n} ({year}) "
        "{=annual:{measure}} ({=no_target_progress:{case}}; gränser för tillväxttakten "
        "{on_track:t%} och {acceleration_needed:t%} per år).",
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
        _REFERENCE + "sämre, men inom {partly_band:t%} av jämförelsevärdet."
    ),
    ("relative", "worse_than_reference"): (
        _REFERENCE + "sämre med mer än {partly_band:t%} av jämförelsevärdet."
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
    **DEGREES,
}
"""Every Swedish template of the method by (section, case); target_level and rolling_mean take
their bodies from 'judged' (``catalogue.composed``)."""
