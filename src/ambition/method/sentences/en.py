"""English: the method's sentences in English, keyed by (section, case).

The same keys as ``sv.py`` (the catalogue tests check it); fields and format specs: ``reader``.
"""

from collections.abc import Callable, Mapping

from ambition.method.sentences.reader import Headed, Key, Reader, Sentence

# -- shared pieces -------------------------------------------------------------------------------


def _against_target(subject: str) -> Callable[[Reader], str]:
    def head(r: Reader) -> str:
        compared = r.entry(("comparison", r.text("comparison")))
        text = r.entry(("head", subject)) + r.fill(" is compared with the {target_year} target (")
        return f"{text}{compared})" + (", whose year has passed" if r.flag("target_passed") else "")

    return head


def _against_reference(r: Reader) -> str:
    return r.entry(("head", "value")) + r.fill(
        " is compared with {reference_name} ({reference_value:v})"
    )


def _trend_only_head(r: Reader) -> str:
    goal = r.entry(("direction", r.text("direction")))
    return f"Without a target, the development in the desired direction ({goal}) is assessed"


SHARED: dict[Key, Sentence] = {
    ("head", "value"): "The {year} value ({value:v})",
    ("head", "mean"): "The mean of {first_year}–{last_year} ({mean:v}, {inputs[values]} values)",
    ("head", "value_against_target"): _against_target("value"),
    ("head", "mean_against_target"): _against_target("mean"),
    ("head", "value_against_reference"): _against_reference,
    ("head", "trend_only"): _trend_only_head,
    ("head", "trend_last_two"): (
        "Change from {previous:n} ({previous_year}) to {value:n} ({year}), {relative_change:+%1}"
    ),
    ("head", "trend_theil_sen"): (
        "The Theil–Sen slope over {window_values} values {first_year}–{year} is "
        "{relative_change:+%1} a year of the median value"
    ),
    ("head", "rollup_counts"): (
        "{achieved} of {assessed} assessed indicators are achieved, {partly_achieved} partly "
        "achieved and {not_achieved} not achieved."
    ),
    ("comparison", "at_least"): "at least {target:n} {unit}",
    ("comparison", "at_most"): "at most {target:n} {unit}",
    ("comparison", "above"): "above {target:n} {unit}",
    ("comparison", "below"): "below {target:n} {unit}",
    ("comparison", "between"): "between {target:n} and {upper:n} {unit}",
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
}

# -- the engine's checks and the expert ----------------------------------------------------------

ENGINE: dict[Key, Sentence] = {
    ("engine", "unknown_rule"): "The rule '{rule}' is not in the method, so no status is proposed.",
    ("engine", "no_value"): (
        "There is no value for {period_year} or earlier, so the method proposes no status."
    ),
    ("engine", "stale_value"): (
        "The latest value is from {year}, more than {stale_after_years} years before "
        "{period_year}, so the method proposes no status."
    ),
    ("engine", "no_target"): "The indicator has no target, so the rule {rule} proposes no status.",
    ("expert", "expert_only"): (
        "The indicator is assessed by an expert without a rule: the method proposes no status."
    ),
}

# -- target_level and rolling_mean: a value (or a mean) against the target -----------------------


def _allowed(r: Reader) -> str:
    if r.has("partly_band_relative"):
        return r.fill("{partly_band_relative:%1} of the target, {allowed_distance:v}")
    return r.fill("{partly_band_absolute:v}")


JUDGED: dict[str, Sentence] = {
    "target_met": "the target is met.",
    "acceptable_met": (
        "the target is not met, but the level acceptable in the shorter term ({acceptable:v}) is."
    ),
    "acceptable_missed": (
        "neither the target nor the level acceptable in the shorter term ({acceptable:v}) is met."
    ),
    "fulfilment_undefined": (
        "the target is not met, and the fulfilment cannot be computed because the value or the "
        "target is not above zero."
    ),
    "fulfilment_partly": (
        "the target is not met, but the fulfilment is {fulfilment:%}, at least the "
        "{partly_band_fulfilment:%} required for partly achieved."
    ),
    "fulfilment_low": (
        "the target is not met and the fulfilment is {fulfilment:%}, below the "
        "{partly_band_fulfilment:%} required for partly achieved."
    ),
    "within_band": lambda r: (
        r.fill("the target is not met, but the distance ({distance:v}) is within the ")
        + _allowed(r)
        + " that gives partly achieved."
    ),
    "outside_band": lambda r: (
        r.fill("the target is not met and the distance ({distance:v}) exceeds the ")
        + _allowed(r)
        + " that gives partly achieved."
    ),
}

TARGETS: dict[Key, Sentence] = {
    **{("target_level", c): Headed("value_against_target", s) for c, s in JUDGED.items()},
    **{("rolling_mean", c): Headed("mean_against_target", s) for c, s in JUDGED.items()},
    ("rolling_mean", "too_few_values"): (
        "The mean of the last {thresholds[values]} comparable values is needed, but only "
        "{inputs[values]} exist."
    ),
}

# -- trajectory -----------------------------------------------------------------------------------

_PATH = (
    "the path from the baseline {baseline:n} ({baseline_year}) requires {path_value:v} in {year}; "
    "the progress made is {ratio:%} of the progress required"
)

TRAJECTORY: dict[Key, Sentence] = {
    ("trajectory", case): Headed("value_against_target", body)
    for case, body in {
        "target_met": "the target is already met.",
        "no_baseline": "there is no baseline, so no path can be drawn.",
        "no_time_since_baseline": "there is no value after the baseline year {baseline_year}.",
        "baseline_equals_target": "the baseline equals the target, but the target is no longer met.",
        "ratio_undefined": "the progress required is too small to compare with.",
        "on_path": _PATH + ", at least {achieved_from:%}.",
        "behind_path": _PATH + ", below {achieved_from:%} but at least {partly_from:%}.",
        "far_behind_path": _PATH + ", below {partly_from:%}.",
    }.items()
}

# -- growth_ratio and trend_only ------------------------------------------------------------------

_GROWTH = "from {base:n} ({base_year}) the annual growth is {observed_cagr:+%2}"
_TOO_LARGE = "the growth rate is too large to be computed."


def _progress(r: Reader) -> str:
    return r.entry(("progress", r.case))


def _growth_undefined(r: Reader) -> str:
    if r.text("reason") == "overflow":
        return _TOO_LARGE
    return "growth rates are defined only when the base, the value and the target are above zero."


def _growth_class(r: Reader) -> str:
    return (
        r.fill(_GROWTH + " against the {required_cagr:+%2} required; the ratio is {ratio:n3} (")
        + _progress(r)
        + r.fill("; cut-offs {on_track:%} and {acceleration_needed:%}).")
    )


def _trend_only_class(r: Reader) -> str:
    return (
        r.fill(
            "from {base:n} ({base_year}) to {value:n} ({year}) the annual growth is "
            "{observed_cagr:+%2} ("
        )
        + _progress(r)
        + r.fill("; cut-offs {on_track:%1} and {acceleration_needed:%1} a year).")
    )


PROGRESS_CLASSES = ("on_track", "acceleration_needed", "limited_progress", "deterioration")

_GROWTH_RATIO: dict[str, Sentence] = {
    "target_achieved": lambda r: _progress(r) + ".",
    "no_base": "an earlier value is needed to compute a growth rate.",
    "growth_undefined": _growth_undefined,
    "target_before_base": "the target year {target_year} is not after the base year {base_year}.",
    "target_passed": "the target year has passed and the target is not met.",
    "baseline_equals_target": lambda r: (
        r.fill(_GROWTH + "; the base equalled the target, which is no longer met (")
        + r.entry(("progress", "deterioration"))
        + ")."
    ),
    **dict.fromkeys(PROGRESS_CLASSES, _growth_class),
}

_TREND_ONLY: dict[str, Sentence] = {
    "no_base": "an earlier comparable value is needed.",
    "growth_undefined": lambda r: (
        _TOO_LARGE
        if r.text("reason") == "overflow"
        else "growth rates are defined only for values above zero."
    ),
    **dict.fromkeys(PROGRESS_CLASSES, _trend_only_class),
}

GROWTH: dict[Key, Sentence] = {
    **{("growth_ratio", c): Headed("value_against_target", b) for c, b in _GROWTH_RATIO.items()},
    **{("trend_only", c): Headed("trend_only", b) for c, b in _TREND_ONLY.items()},
}

# -- relative ------------------------------------------------------------------------------------

RELATIVE: dict[Key, Sentence] = {
    ("relative", "no_reference"): "The indicator has no reference series '{reference}'.",
    ("relative", "no_reference_value"): "{reference_name} has no value for {year}.",
    ("relative", "as_good_as_reference"): Headed(
        "value_against_reference", "at least as good in the desired direction."
    ),
    ("relative", "close_to_reference"): Headed(
        "value_against_reference", "worse, but within {partly_band:%1} of the reference."
    ),
    ("relative", "worse_than_reference"): Headed(
        "value_against_reference", "worse by more than {partly_band:%1} of the reference."
    ),
}

# -- the trend ----------------------------------------------------------------------------------


def _lead(r: Reader) -> str:
    return r.entry(("head", "trend_" + r.text("method")))


def _direction(r: Reader) -> str:
    goal = r.entry(("direction", r.text("direction")))
    return f"{_lead(r)}; the desired direction is to {goal}."


TREND: dict[Key, Sentence] = {
    ("trend", "series_break"): (
        "The series breaks in {first} (changed definition), and after the break there are too "
        "few values for a trend ({needed} are needed)."
    ),
    ("trend", "too_few_values"): (
        "At least {needed} values are needed for a trend; there are {values}."
    ),
    ("trend", "zero_previous"): lambda r: r.fill(
        "The {previous_year} value is so close to zero that no relative change can be computed."
        if r.text("reason") == "near_zero"
        else "The {previous_year} value is zero, so no relative change can be computed."
    ),
    ("trend", "zero_median"): (
        "The median value is zero or close to it, so no relative slope can be computed."
    ),
    ("trend", "within_tolerance"): lambda r: _lead(r) + r.fill(", within ±{tolerance:%1}."),
    ("trend", "desired_direction"): _direction,
    ("trend", "opposite_direction"): _direction,
}

# -- the roll-up -----------------------------------------------------------------------------------

_SHARE_ACHIEVED = "({share_achieved:%{achieved_decimals}})"
_SHARE_PARTLY = "({share_partly_or_better:%{partly_decimals}})"
_ACHIEVED_SHARE = "{achieved_share:%{achieved_decimals}}"
_PARTLY_SHARE = "{partly_share:%{partly_decimals}}"


def _weighted(r: Reader) -> str:
    return " (weighted)" if r.flag("weighted") else ""


def _rolled_up(body: Callable[[Reader], str]) -> Callable[[Reader], str]:
    def sentence(r: Reader) -> str:
        left_out = (
            r.fill(" {not_assessed} not assessed are left out.") if r.flag("not_assessed") else ""
        )
        return f"{r.entry(('head', 'rollup_counts'))} {body(r)}{left_out}"

    return sentence


def _short(r: Reader) -> str:
    if r.rule == "all":
        return "Not every assessed indicator is achieved"
    return f"The share achieved{_weighted(r)} " + r.fill(
        f"{_SHARE_ACHIEVED} is below {_ACHIEVED_SHARE}"
    )


def _mean(r: Reader, rest: str) -> str:
    what = (
        "The mean score of the two worst"
        if r.rule == "two_worst"
        else "The mean score" + _weighted(r)
    )
    return f"{what} " + r.fill("{mean_score:n{places}} " + rest)


_PARTLY = (
    ", but the share at least partly achieved " + _SHARE_PARTLY + " reaches " + _PARTLY_SHARE + "."
)
_NOT = (
    ", and the share at least partly achieved " + _SHARE_PARTLY + " is below " + _PARTLY_SHARE + "."
)

_ROLLUP_BODIES: dict[Key, Callable[[Reader], str]] = {
    ("share", "achieved"): lambda r: (
        f"The share achieved{_weighted(r)} "
        + r.fill(f"{_SHARE_ACHIEVED} reaches {_ACHIEVED_SHARE}.")
    ),
    ("all", "achieved"): lambda r: "Every assessed indicator is achieved.",
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
            f"The worst assessed indicator is {r.entry(('status', r.case))}."
        )
        for status in ("achieved", "partly_achieved", "not_achieved")
    },
    **{
        (rule, status): body
        for rule in ("mean_score", "two_worst")
        for status, body in {
            "achieved": lambda r: _mean(r, "reaches {achieved_share:n{places}}."),
            "partly_achieved": lambda r: _mean(
                r, "is below {achieved_share:n{places}} but reaches {partly_share:n{places}}."
            ),
            "not_achieved": lambda r: _mean(r, "is below {partly_share:n{places}}."),
        }.items()
    },
}

ROLLUP: dict[Key, Sentence] = {
    **{key: _rolled_up(body) for key, body in _ROLLUP_BODIES.items()},
    **{
        (rule, "none_assessed"): "No indicator is assessed, so there is nothing to roll up."
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
"""Every English sentence of the method by (section, case)."""
