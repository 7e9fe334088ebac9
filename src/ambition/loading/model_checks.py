"""The models' own checks in the reader's language: the ``ValueError`` of a validator in
``models/`` reaches pydantic in English; each sentence the models write is known here by its
pattern and becomes a text of the catalogue (``ambition.messages.validators``) with its
parameters and its fix apart. A sentence no pattern knows keeps its words, and a test lists
every check of ``models/`` that has no pattern here."""

import re
from collections.abc import Callable

from ambition.messages.text import Text, text
from ambition.messages.validators import MESSAGES

_V = r"(.+?)"
_PATTERNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # (pattern of the English sentence, key, the names of its groups); a key with a '.fix'
    # entry takes its fix from the last group, split off at ': '.
    (r"targets\[(\d+)\]: (.+)", "invalid-value.target", ("index", "inner")),
    (
        rf"the due date {_V} is before the start {_V}",
        "invalid-value.due-before-start",
        ("due", "start"),
    ),
    (
        rf"the completion date {_V} is before the start {_V}",
        "invalid-value.completed-before-start",
        ("completed", "start"),
    ),
    (
        r"a completion date is given but the status is '(.*)': write 'status: done', or remove "
        r"'completed'",
        "invalid-value.completed-not-done",
        ("status",),
    ),
    (
        r"give both first_year and last_year, or neither \(the baseline\)",
        "invalid-value.years-in-pairs",
        (),
    ),
    (rf"last_year \({_V}\) is before first_year", "invalid-value.years-reversed", ("last",)),
    (
        r"comparison 'between' needs an upper bound: add 'upper: <number>'",
        "invalid-value.between-upper",
        (),
    ),
    (rf"upper \({_V}\) is below value \({_V}\)", "invalid-value.upper-below", ("upper", "value")),
    (r"'upper' is only used with comparison 'between'", "invalid-value.upper-alone", ()),
    (
        r"'reference_year' is only used with increase, decrease or unchanged",
        "invalid-value.reference-year-alone",
        (),
    ),
    (r"'tolerance' is only used with comparison 'unchanged'", "invalid-value.tolerance-alone", ()),
    (
        r"a directional target has neither 'derived' nor 'acceptable'",
        "invalid-value.directional-derived",
        (),
    ),
    (rf"the value for {_V} is not a finite number", "invalid-value.not-finite", ("year",)),
    (
        r"'(.*)' goes against the indicator's direction '(.*)'; fix the comparison or the "
        r"direction, or write 'against_direction: true' if it is meant",
        "invalid-value.against-direction",
        ("comparison", "direction"),
    ),
    (
        r"a directional target needs a reference year: add 'reference_year: <year>' or a "
        r"baseline",
        "invalid-value.reference-year-needed",
        (),
    ),
    (
        rf"the directional target's reference year {_V} has no value; write a year that has "
        r"one \(e\.g\. (.*)\)",
        "invalid-value.reference-year-empty",
        ("year", "known"),
    ),
    (
        rf"the derived target has no value in {_V}–{_V}",
        "invalid-value.derived-empty",
        ("first", "last"),
    ),
    (
        r"the derived target needs a baseline, or first_year and last_year",
        "invalid-value.derived-base",
        (),
    ),
    (
        rf"the value {_V} differs from {_V}, which the target computes; leave 'value' out",
        "invalid-value.computed-differs",
        ("written", "computed"),
    ),
    (
        rf"{_V}: 'not_assessed' is not a degree of achievement; it is always available, leave "
        r"it out of the levels",
        "invalid-value.not-assessed-level",
        ("where",),
    ),
    (rf"{_V}: a level is named twice", "invalid-value.level-twice", ("where",)),
    (
        rf"{_V}: every scale has 'achieved' and 'not_achieved'; add (.*)",
        "invalid-value.scale-ends",
        ("where", "missing"),
    ),
    (
        r"give exactly one of 'fulfilment', 'absolute' or 'relative' for the partly band",
        "invalid-value.partly-band",
        (),
    ),
    (r"min_points must not exceed window", "invalid-value.min-points", ()),
    (r"a strong change must not be smaller than the tolerance", "invalid-value.strong-change", ()),
    (r"partly_from must not exceed achieved_from", "invalid-value.partly-from", ()),
    (
        rf"partly_share \({_V}\) must not exceed achieved_share \({_V}\)",
        "invalid-value.partly-share",
        ("partly", "achieved"),
    ),
    (
        r"the default rule '(.*)' is neither built in nor in 'rules'",
        "invalid-value.default-rule",
        ("name",),
    ),
    (
        r"'(.*)' is neither a forge user or team \('@name', '@group/team'\) nor an e-mail "
        r"address: (.*)",
        "invalid-value.reviewer",
        ("written", "fix"),
    ),
    (
        rf"the term ends \({_V}\) before it starts \({_V}\)",
        "invalid-value.term-reversed",
        ("end", "start"),
    ),
    (
        rf"the last year {_V} is before the first year {_V}",
        "invalid-value.validity-reversed",
        ("last", "first"),
    ),
    (
        r"expected a share between 0 and 1, such as 0\.667 or 2/3, not (.+)",
        "invalid-value.share-range",
        ("written",),
    ),
    (
        r"'(.*)' names what 'antal' counts, but the unit '(.*)' does not start with 'antal'; "
        r"write the unit as 'antal …' \(e\.g\. 'antal per 1 000 invånare'\) or remove count_noun",
        "invalid-value.count-noun-unit",
        ("noun", "unit"),
    ),
    (
        r"only a group has members, not a (.+)",
        "invalid-value.members-not-group",
        ("kind",),
    ),
    (
        rf"a {_V}'s Kolada id is {_V}; found (.+)",
        "invalid-value.kolada-id",
        ("kind", "expected", "found"),
    ),
    (
        r"a group is either a Kolada group \('kolada: G…'\) or 'members' \(ids of other "
        r"references\): give exactly one",
        "invalid-value.group-source",
        (),
    ),
    (
        r"a Kolada group's id starts with G, e\.g\. 'G33795', not '(.*)'",
        "invalid-value.group-id",
        ("code",),
    ),
    (
        rf"best \({_V}\) and worst \({_V}\) together exceed the whole group",
        "invalid-value.rank-bands",
        ("best", "worst"),
    ),
    (
        r"a reference has either 'values' \(one series\) or 'members' \(a group\), not both",
        "invalid-value.series-or-group",
        (),
    ),
    (
        rf"references\.{_V}\.members: '(.*)' is not one of the indicator's reference series; "
        r"import the members' series too",
        "invalid-value.member-missing",
        ("reference", "member"),
    ),
    (
        rf"breakdowns\.{_V}: (.+); add that year's value to the breakdown",
        "invalid-value.breakdown",
        ("name", "inner"),
    ),
    (
        r"a measurement area has no parts, only indicators: leave 'over' out here",
        "invalid-value.area-over-parts",
        (),
    ),
    (
        r"a roll-up over parts counts its parts' statuses, not breakdown rows: "
        r"write 'breakdown' on the measurement_area level, or leave 'over' out",
        "invalid-value.parts-on-row",
        (),
    ),
    (
        r"'preliminary: true' needs a 'value: <number>' beside it",
        "invalid-value.preliminary-alone",
        (),
    ),
    (
        r"a year written as a mapping needs 'value: <number>' \(a value, perhaps with "
        r"'preliminary: true'\) or 'marker: <word>' \((.*)\)",
        "invalid-value.entry-empty",
        ("markers",),
    ),
    (
        r"a year has either 'value' or 'marker', not both: remove the marker when the number is "
        r"known",
        "invalid-value.value-and-marker",
        (),
    ),
    (r"the value is not a finite number", "invalid-value.entry-not-finite", ()),
    # Threshold.parse (ambition.numbers), which the models' thresholds call.
    (
        r"expected a number \(0\.667\) or a fraction of whole numbers \(2/3\), not (.*)",
        "invalid-value.threshold-form",
        ("written",),
    ),
    (
        r"expected a number or a fraction such as 2/3, not (.*)",
        "invalid-value.threshold-boolean",
        ("written",),
    ),
    (r"expected a finite number, not (.*)", "invalid-value.threshold-finite", ("written",)),
    # The scale's degrees beyond the common three (models/scale.py, rollup.py, method.py).
    (
        rf"{_V}: '(.*)' is in use but the scale has no style for it; add '[^']*:' under 'scale' "
        r"with label, symbol, colour and description, or leave it out of the levels",
        "invalid-value.style-missing",
        ("where", "degree"),
    ),
    (
        rf"{_V} \({_V}\) must not exceed {_V} \({_V}\)",
        "invalid-value.not-exceed",
        ("lower", "low", "higher", "high"),
    ),
    (
        rf"{_V} must use the same measure as partly_band: write [^:]*: \{{(.*): <number>\}}",
        "invalid-value.band-measure",
        ("name", "measure"),
    ),
    (
        r"the scale uses '(.*)', so the '(.*)' roll-up needs '(.*)': add [^ ]+: <share> to (.+)",
        "invalid-value.threshold-needed",
        ("degree", "rule", "name", "where"),
    ),
)
_COMPILED = tuple((re.compile(pattern), key, names) for pattern, key, names in _PATTERNS)


def _reviewer_fix(fix: str) -> Text:
    named = re.fullmatch(r"write '(@[^']*)'", fix)
    if named is not None:
        return text("invalid-value.reviewer.fix", reviewer=named.group(1))
    if fix == "write a user as '@name', a team as '@kommun/team', or an e-mail address":
        return text("invalid-value.reviewer.any.fix")
    return text("words.as-is", text=fix)


def _decimal(written: str) -> Text | str:
    """A number the check wrote ('0.6') in the reader's form (0,6 in Swedish), else as is."""
    whole, point, decimals = written.partition(".")
    if not whole.isdigit() or (point and not decimals.isdigit()):
        return written
    return text("invalid-value.decimal", value=float(written), decimals=len(decimals))


def _share(values: dict[str, str]) -> tuple[Text, Text | None]:
    return text("invalid-value.share-range", written=_decimal(values["written"])), None


def _rank_bands(values: dict[str, str]) -> tuple[Text, Text | None]:
    best, worst = _decimal(values["best"]), _decimal(values["worst"])
    return text("invalid-value.rank-bands", best=best, worst=worst), text(
        "invalid-value.rank-bands.fix"
    )


def _kind(kind: str) -> Text:
    """The kind of a named reference in words ('en kommun'), or as written if unknown."""
    key = "invalid-value.kind." + kind
    return text(key) if key in MESSAGES else text("words.as-is", text=kind)


def _members_not_group(values: dict[str, str]) -> tuple[Text, Text | None]:
    return text("invalid-value.members-not-group", kind=_kind(values["kind"])), text(
        "invalid-value.members-not-group.fix"
    )


def _kolada_id(values: dict[str, str]) -> tuple[Text, Text | None]:
    key, found = "invalid-value.kolada-id." + values["kind"], values["found"]
    known = MESSAGES.get(key, ("", ""))[1] == values["expected"]
    return text(
        "invalid-value.kolada-id",
        kind=_kind(values["kind"]),
        expected=text(key) if known else text("words.as-is", text=values["expected"]),
        found=(
            text("invalid-value.kolada-id.nothing")
            if found == "nothing"
            else text("invalid-value.kolada-id.found", code=found)
        ),
    ), None


def _breakdown(values: dict[str, str]) -> tuple[Text, Text | None]:
    inner = translated(values["inner"])
    said = inner[0] if inner is not None else text("words.as-is", text=values["inner"])
    return text("invalid-value.breakdown", name=values["name"], inner=said), text(
        "invalid-value.breakdown.fix"
    )


def _completed_not_done(values: dict[str, str]) -> tuple[Text, Text | None]:
    key = f"action-status.{values['status']}"
    status = text(key) if key in MESSAGES else text("words.as-is", text=values["status"])
    return text("invalid-value.completed-not-done", status=status), text(
        "invalid-value.completed-not-done.fix"
    )


def _not_exceed(values: dict[str, str]) -> tuple[Text, Text | None]:
    low, high = _decimal(values["low"]), _decimal(values["high"])
    lower, higher = values["lower"], values["higher"]
    said = text("invalid-value.not-exceed", lower=lower, low=low, higher=higher, high=high)
    return said, text("invalid-value.not-exceed.fix", lower=lower, higher=higher)


def _with_fix(key: str, *names: str) -> Callable[[dict[str, str]], tuple[Text, Text | None]]:
    """The check ``key``, whose fix names some of its parameters (``names``)."""

    def translate(values: dict[str, str]) -> tuple[Text, Text | None]:
        fix = text(key + ".fix", **{name: values[name] for name in names})
        return text(key, **values), fix

    return translate


_SPECIAL = {
    "invalid-value.not-exceed": _not_exceed,
    "invalid-value.style-missing": _with_fix("invalid-value.style-missing", "degree"),
    "invalid-value.band-measure": _with_fix("invalid-value.band-measure", "name", "measure"),
    "invalid-value.threshold-needed": _with_fix("invalid-value.threshold-needed", "name", "where"),
    "invalid-value.share-range": _share,
    "invalid-value.rank-bands": _rank_bands,
    "invalid-value.members-not-group": _members_not_group,
    "invalid-value.kolada-id": _kolada_id,
    "invalid-value.breakdown": _breakdown,
    "invalid-value.completed-not-done": _completed_not_done,
}
"""The checks whose parameters are texts themselves: a kind, a number, a nested check."""


def value_error(message: str) -> tuple[Text, Text]:
    """The message of a model's check and its fix, as texts: the catalogue's where a pattern
    knows the sentence; else the sentence as it is, its fix split off at ': add', ': write' …
    (or the general fix)."""
    known = translated(message)
    if known is not None:
        return known[0], known[1] or text("invalid-value.fix")
    fix = re.search(r": (?=(?:add|write|give|use|remove) )", message)
    if fix is None:
        return text("words.as-is", text=message), text("invalid-value.fix")
    said, rest = message[: fix.start()], message[fix.end() :]
    return text("words.as-is", text=said), text("words.as-is", text=rest)


def translated(message: str) -> tuple[Text, Text | None] | None:
    """The message of a model's check (pydantic's words, without 'Value error, ') as the
    catalogue's text and its fix (None when the sentence holds its own), or None for a sentence
    that no pattern knows."""
    for pattern, key, names in _COMPILED:
        match = pattern.fullmatch(message)
        if match is None:
            continue
        values = dict(zip(names, match.groups(), strict=True))
        if key == "invalid-value.target":
            inner = translated(values["inner"])
            if inner is None:
                return None
            return text(key, index=values["index"], inner=inner[0]), inner[1]
        if key == "invalid-value.reviewer":
            return text(key, written=values["written"]), _reviewer_fix(values["fix"])
        if key in _SPECIAL:
            return _SPECIAL[key](values)
        if key == "invalid-value.scale-ends":
            return text(key, where=values["where"]), text(
                "invalid-value.scale-ends.fix", missing=values["missing"]
            )
        fix = text(key + ".fix") if key + ".fix" in MESSAGES else None
        return text(key, **values), fix
    return None
