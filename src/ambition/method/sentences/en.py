"""English: the method's sentences in English, templates keyed by (section, case).

Sections are the rule kinds, 'engine' (the checks before any rule), 'trend' and the roll-up
rules, whose cases are those the code declares; and the shared pieces they embed with
``{=section:case}``: 'head' (the start of a sentence), the words ('comparison', 'direction',
'progress', 'status'), the bodies shared by target_level and rolling_mean ('judged') and the
choices made by a fact ('allowed', 'against', 'dated', 'until', 'target_time',
'growth_undefined', 'zero_previous', 'left_out', 'weighted', 'short', 'mean'). Fields and format specs: ``reader``.
"""

from collections.abc import Mapping

from ambition.method.sentences.comparison import ENGLISH as COMPARISON
from ambition.method.sentences.degrees import ENGLISH as DEGREES
from ambition.method.sentences.en_rollup import COUNTED_WORDS, MAJORITY, ROLLUP
from ambition.method.sentences.reader import Key, Sentence

_TARGET = "{=head:value_against_target}: "
_TREND_ONLY = "{=head:trend_only}: "
_REFERENCE = "{=head:value_against_reference}: "
_PROGRESS = ("on_track", "acceleration_needed", "limited_progress", "deterioration")

SHARED: dict[Key, Sentence] = {
    ("head", "value"): "The {year} value ({value:v})",
    ("head", "mean"): "The mean ({mean:v}) of {averaged:series}",
    ("list", "and"): " and ",
    ("head", "against_target"): (
        " is compared with the {=against:{target_kind}}{=target_time:{target_time}}"
    ),
    ("against", "value"): "{target_year} target ({=target:described})",
    ("against", "direction"): "target to {=target:dated}",
    # A target in words: without its year (a row already naming it), and with it, as the
    # report's target column and the sentences write it: "at least 60.0 percent (2025)",
    # "increase from 10.6 percent (2020) by 2022".
    ("target", "described"): "{=comparison:{comparison}}{=derived:{derived}}{=within:{within}}",
    ("target", "dated"): "{=dated:{target_kind}}",
    ("dated", "value"): "{=target:described} ({target_year})",
    ("dated", "direction"): (
        "{=comparison:{comparison}} {=until:{comparison}} {target_year}{=within:{within}}"
    ),
    ("until", "increase"): "by",
    ("until", "decrease"): "by",
    ("until", "unchanged"): "until",
    ("derived", "none"): "",
    ("derived", "baseline"): ", that is the baseline {derived_base:n} {derived_change:+%0}",
    ("derived", "mean"): (
        ", that is the mean of {derived_first}–{derived_last} ({derived_base:n}) "
        "{derived_change:+%0}"
    ),
    ("within", "none"): "",
    ("within", "some"): ", within ±{target_tolerance:t%} of it",
    ("head", "value_against_target"): "{=head:value}{=head:against_target}",
    ("head", "mean_against_target"): "{=head:mean}{=head:against_target}",
    ("head", "value_against_reference"): (
        "{=head:value} is compared with {=reference:{reference_form}}"
    ),
    ("head", "trend_only"): "{=trend_only_lead:{targeted}} ({=direction:{direction}})",
    ("trend_only_lead", "none"): (
        "Without a target, the development is assessed in the desired direction"
    ),
    ("trend_only_lead", "some"): (
        "The rule does not compare with the target but assesses the development in the desired "
        "direction"
    ),
    ("head", "path"): (
        "the path from the baseline {baseline:n} ({baseline_year}) requires {path_value:v} in "
        "{year}; the progress made is {ratio:%~{ratio_limit}} of the progress required"
    ),
    ("head", "growth"): "from {base:n} ({base_year}) {=annual:{measure}}",
    ("head", "trend_last_two"): (
        "Change from {previous:n} ({previous_year}) to {value:n} ({year}), {=step:{step}}"
    ),
    ("head", "trend_start_latest"): (
        "From the start value {previous:n} ({previous_year}) to {value:n} ({year}) the change is "
        "{=change:{measure}} a year{=of_start:{measure}}"
    ),
    ("head", "trend_linear_regression"): (
        "The linear trend {previous_year}–{year} ({values} values) is "
        "{=change:{measure}} a year{=of_mean:{measure}}"
    ),
    ("head", "trend_theil_sen"): (
        "The Theil–Sen slope over {window_values} values {first_year}–{year} is "
        "{=change:{measure}} a year{=of_median:{measure}}"
    ),
    ("change", "relative"): "{change:+%1}",
    ("step", "points"): "{=change:points}",
    ("step", "relative"): "{difference:+n{change_decimals}} {unit} ({change:+%1})",
    ("step", "signed"): "{difference:+n{change_decimals}} {unit}",
    ("change", "points"): "{change:+n{change_decimals}} {=points:{change:form{change_decimals}}}",
    ("points", "one"): "percentage point",
    ("points", "many"): "percentage points",
    ("tolerance", "relative"): "±{tolerance:t%}",
    ("tolerance", "points"): "±{tolerance:t} {=points:{tolerance:tform}}",
    ("limit", "relative"): "{strong:t%}",
    ("limit", "points"): "{strong:t} {=points:{strong:tform}}",
    ("status", "not_assessed"): "not assessed",
    ("of_start", "relative"): " of the start value",
    ("of_mean", "relative"): " of the mean value",
    ("of_median", "relative"): " of the median value",
    ("of_start", "points"): "",
    ("of_mean", "points"): "",
    ("of_median", "points"): "",
    **{
        ("rollup_counts", counted): (
            "Of {assessed} assessed {assessed:" + one + "|" + many + "}, {achieved} "
            "{achieved:is|are} achieved, {partly_achieved} partly achieved and {not_achieved} "
            "not achieved."
        )
        for counted, (one, many) in COUNTED_WORDS.items()
    },
    ("comparison", "at_least"): "at least {target:n} {unit}",
    ("comparison", "at_most"): "at most {target:n} {unit}",
    ("comparison", "above"): "above {target:n} {unit}",
    ("comparison", "below"): "below {target:n} {unit}",
    ("comparison", "between"): "between {target:n} and {upper:n} {unit}",
    ("comparison", "increase"): "increase from {target:n} {unit} ({reference_year})",
    ("comparison", "decrease"): "decrease from {target:n} {unit} ({reference_year})",
    ("comparison", "unchanged"): "remain at {target:n} {unit} ({reference_year})",
    ("target_time", "ahead"): "",
    ("target_time", "passed"): ", whose year has passed",
    ("direction", "increase"): "increase",
    ("direction", "decrease"): "decrease",
    ("progress", "target_achieved"): "target achieved",
    ("progress", "on_track"): "on track",
    ("progress", "acceleration_needed"): "progress made but acceleration needed",
    ("progress", "limited_progress"): "limited progress",
    ("progress", "deterioration"): "deterioration",
    ("status", "achieved"): "achieved",
    ("status", "partly_achieved"): "partly achieved",
    ("status", "not_achieved"): "not achieved",
    ("status", "largely_achieved"): "largely achieved",
    ("status", "slightly_achieved"): "slightly achieved",
}

ENGINE: dict[Key, Sentence] = {
    ("scale", "no_partly_level"): (
        "{=period_kind:{period_kind}} the scale has no partly achieved level, so the proposal is "
        "not achieved."
    ),
    ("period_kind", "tertial"): "At the four-month follow-up",
    ("period_kind", "interim"): "At the interim accounts",
    ("period_kind", "annual"): "At the annual accounts",
    ("engine", "unknown_rule"): "The rule '{rule}' is not in the method, so no status is proposed.",
    ("engine", "no_value"): (
        "There is no value for {period_year} or earlier, so the method proposes no status."
    ),
    ("engine", "stale_value"): (
        "The latest value is from {year}, more than {stale_after_years} "
        "{stale_after_years:year|years} before "
        "{period_year}, so the method proposes no status."
    ),
    ("engine", "no_target"): "The indicator has no target, so the rule {rule} proposes no status.",
    ("engine", "directional_target"): (
        "The target is a direction without a value, so the rule {rule} proposes no status."
    ),
    ("engine", "marked_value"): (
        "{year} is marked {=marker:{marker}} and there is no recent value, so the method "
        "proposes no status."
    ),
    ("marker", "statistics_missing"): "“statistics missing”",
    ("marker", "reported_later"): "“reported later”",
    ("marker", "confidential"): "“confidential”",
    ("value_note", "preliminary"): "The assessment rests on a preliminary value.",
    ("expert", "expert_only"): (
        "The indicator is assessed by an expert without a rule: the method proposes no status."
    ),
    ("expert", "no_value"): (
        "There is no value for {period_year} or earlier yet; an expert assesses without a rule."
    ),
    ("expert", "one_value"): (
        "Only the {year} value ({value:v}) exists, so no development can be compared; an expert "
        "assesses without a rule."
    ),
    ("expert", "old_value"): (
        "The latest value is from {year} ({value:v}), before {period_year}; an expert assesses "
        "without a rule."
    ),
    ("forecast", "latest_value"): (
        "Forecast for the year {period_year}, based on the value for {basis_year}; the value for "
        "{period_year} {=published:{published}}."
    ),
    ("forecast", "partial_value"): (
        "Forecast for the year {period_year}, based on the value for {covers} ({basis_value:v})."
    ),
    ("forecast", "forecast_value"): (
        "Forecast for the year {period_year}, based on the expert's forecast value for the year "
        "({basis_value:v})."
    ),
    ("published", "kolada"): "is published in Kolada in {next_year} at the earliest",
    ("published", "unknown"): "is published later",
}

JUDGED: dict[Key, Sentence] = {
    ("judged", "target_met"): "the target is met.",
    ("judged", "direction_met"): "the target is met.",
    ("judged", "direction_missed"): "the target is not met.",
    ("judged", "acceptable_met"): (
        "the target is not met, but the level acceptable in the shorter term ({acceptable:v}) is."
    ),
    ("judged", "acceptable_missed"): (
        "neither the target nor the level acceptable in the shorter term ({acceptable:v}) is met."
    ),
    ("judged", "fulfilment_undefined"): (
        "the target is not met, and the fulfilment cannot be computed because the value or the "
        "target is not above zero."
    ),
    ("judged", "fulfilment_partly"): (
        "the target is not met, but the fulfilment is {fulfilment:%~partly_band_fulfilment}, at least the "
        "{partly_band_fulfilment:t%} required for partly achieved."
    ),
    ("judged", "fulfilment_low"): (
        "the target is not met and the fulfilment is {fulfilment:%~partly_band_fulfilment}, below the "
        "{partly_band_fulfilment:t%} required for partly achieved."
    ),
    ("judged", "within_band"): (
        "the target is not met, but the distance ({=difference:{measure}}) is within the "
        "{=allowed:{band}} "
        "that gives partly achieved."
    ),
    ("judged", "outside_band"): (
        "the target is not met and the distance ({=difference:{measure}}) exceeds the "
        "{=allowed:{band}} "
        "that gives partly achieved."
    ),
    ("allowed", "absolute"): "{=band_difference:{measure}}",
    (
        "allowed",
        "relative",
    ): "{partly_band_relative:t%} of the target, {=allowed_difference:{measure}}",
    ("rolling_mean", "too_few_values"): (
        "The mean of the last {thresholds[values]} comparable values is needed, but only "
        "{inputs[values]} exist."
    ),
}

TRAJECTORY: dict[Key, Sentence] = {
    ("trajectory", "target_met"): _TARGET + "the target is already met.",
    ("trajectory", "no_baseline"): _TARGET + "there is no baseline, so no path can be drawn.",
    ("trajectory", "no_time_since_baseline"): (
        _TARGET + "there is no value after the baseline year {baseline_year}."
    ),
    ("trajectory", "baseline_equals_target"): (
        _TARGET + "the baseline equals the target, but the target is no longer met."
    ),
    ("trajectory", "ratio_undefined"): (
        _TARGET + "the progress required is too small to compare with."
    ),
    ("trajectory", "on_path"): _TARGET + "{=head:path}, at least {achieved_from:t%}.",
    ("trajectory", "behind_path"): (
        _TARGET + "{=head:path}, below {achieved_from:t%} but at least {partly_from:t%}."
    ),
    ("trajectory", "far_behind_path"): _TARGET + "{=head:path}, below {partly_from:t%}.",
}

GROWTH: dict[Key, Sentence] = {
    ("growth_ratio", "target_achieved"): _TARGET + "{=progress:target_achieved}.",
    ("growth_ratio", "no_base"): _TARGET + "an earlier value is needed to compute a growth rate.",
    ("growth_ratio", "growth_undefined"): _TARGET + "{=growth_undefined:{reason}}",
    ("growth_ratio", "target_before_base"): (
        _TARGET + "the target year {target_year} is not after the base year {base_year}."
    ),
    ("growth_ratio", "target_passed"): (
        _TARGET + "the target year has passed and the target is not met."
    ),
    ("growth_ratio", "baseline_equals_target"): (
        _TARGET + "{=head:growth}; the base equalled the target, which is no longer met "
        "({=progress:deterioration})."
    ),
    **dict.fromkeys(
        [("growth_ratio", case) for case in _PROGRESS],
        _TARGET + "{=head:growth} against the {required_cagr:+%2} required; the ratio is "
        "{ratio:n3} ({=progress:{case}}; cut-offs {on_track:t} and {acceleration_needed:t}).",
    ),
    ("trend_only", "no_base"): _TREND_ONLY + "an earlier comparable value is needed.",
    ("trend_only", "growth_undefined"): _TREND_ONLY + "{=growth_undefined:{reason}}",
    **dict.fromkeys(
        [("trend_only", case) for case in _PROGRESS],
        _TREND_ONLY + "from {base:n} ({base_year}) to {value:n} ({year}) "
        "{=annual:{measure}} ({=no_target_progress:{case}}; cut-offs of the growth rate "
        "{on_track:t%} and {acceleration_needed:t%} a year).",
    ),
    ("annual", "relative"): "the annual growth rate is {observed_cagr:+%2}",
    ("annual", "points"): (
        "the change is {annual_points:+n2} percentage points a year, an annual growth rate of "
        "{observed_cagr:+%2}"
    ),
    ("no_target_progress", "on_track"): "good progress in the desired direction",
    ("no_target_progress", "acceleration_needed"): "progress in the desired direction, but slow",
    ("no_target_progress", "limited_progress"): "limited progress in the desired direction",
    ("no_target_progress", "deterioration"): "deterioration",
    ("growth_undefined", "base_value_or_target_not_positive"): (
        "growth rates are defined only when the base, the value and the target are above zero."
    ),
    ("growth_undefined", "base_or_value_not_positive"): (
        "growth rates are defined only for values above zero."
    ),
    ("growth_undefined", "overflow"): "the growth rate is too large to be computed.",
}

RELATIVE: dict[Key, Sentence] = {
    ("relative", "no_reference"): "The indicator has no reference series '{reference}'.",
    ("relative", "no_reference_value"): "{reference_name} has no value for {year}.",
    ("relative", "as_good_as_reference"): _REFERENCE + "at least as good in the desired direction.",
    ("relative", "close_to_reference"): (
        _REFERENCE + "worse, but within {partly_band:t%} of the reference."
    ),
    ("relative", "worse_than_reference"): (
        _REFERENCE + "worse by more than {partly_band:t%} of the reference."
    ),
}

_STATUS = ", so the proposal is {=status:{status}}."
TREND_STRENGTH: dict[Key, Sentence] = {
    ("trend_strength", "strong"): (
        "{=head:trend_{method}}: in the desired direction and at least {=limit:{measure}}, a "
        "strong trend" + _STATUS
    ),
    ("trend_strength", "weak"): (
        "{=head:trend_{method}}: in the desired direction but under {=limit:{measure}}, a weak "
        "trend" + _STATUS
    ),
    ("trend_strength", "stable"): (
        "{=head:trend_{method}}: within {=tolerance:{measure}}, stable" + _STATUS
    ),
    ("trend_strength", "worsening"): (
        "{=head:trend_{method}}: against the desired direction" + _STATUS
    ),
    ("trend_strength", "no_trend"): "No trend can be computed, so the rule proposes no status.",
}

TREND: dict[Key, Sentence] = {
    ("trend", "series_break"): (
        "The series breaks in {first} (changed definition), and after the break there are too "
        "few values for a trend ({needed} are needed)."
    ),
    ("trend", "too_few_values"): (
        "At least {needed} values are needed for a trend; there are {values}."
    ),
    ("trend", "zero_previous"): "{=zero_previous:{reason}}",
    ("zero_previous", "zero"): (
        "The {previous_year} value is zero, so no relative change can be computed."
    ),
    ("zero_previous", "near_zero"): (
        "The {previous_year} value is so close to zero that no relative change can be computed."
    ),
    ("trend", "zero_median"): (
        "The mean or median value is zero or close to it, so no relative slope can be computed."
    ),
    ("trend", "within_tolerance"): "{=head:trend_{method}}, within {=tolerance:{measure}}.",
    ("trend", "expert_trend"): "The trend is the expert's to assess; the method proposes none.",
    **dict.fromkeys(
        [("trend", "desired_direction"), ("trend", "opposite_direction")],
        "{=head:trend_{method}}; the desired direction is to {=direction:{direction}}.",
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
"""Every English template of the method by (section, case); target_level and rolling_mean take
their bodies from 'judged' (``catalogue.composed``)."""
