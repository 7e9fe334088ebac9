"""The catalogue's texts of the models' own checks (the ``ValueError`` of a validator in
``models/``), which pydantic hands over in English: ``ambition.loading.model_checks`` knows each
sentence by its pattern and makes it one of these texts, with its parameters and its fix apart.
Key → (Swedish, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "invalid-value.target": ("targets[{index}]: {inner}", "targets[{index}]: {inner}"),
    "invalid-value.due-before-start": (
        "slutdatumet {due} ligger före startdatumet {start}",
        "the due date {due} is before the start {start}",
    ),
    "invalid-value.completed-before-start": (
        "datumet då åtgärden blev klar, {completed}, ligger före startdatumet {start}",
        "the completion date {completed} is before the start {start}",
    ),
    "invalid-value.completed-not-done": (
        "ett datum då åtgärden blev klar är angivet, men statusen är '{status}'",
        "a completion date is given but the status is '{status}'",
    ),
    "invalid-value.completed-not-done.fix": (
        "skriv 'status: done', eller ta bort 'completed'",
        "write 'status: done', or remove 'completed'",
    ),
    "invalid-value.years-in-pairs": (
        "ange både first_year och last_year, eller ingen av dem (utgångsvärdet)",
        "give both first_year and last_year, or neither (the baseline)",
    ),
    "invalid-value.years-reversed": (
        "last_year ({last}) ligger före first_year",
        "last_year ({last}) is before first_year",
    ),
    "invalid-value.between-upper": (
        "jämförelsen 'between' behöver en övre gräns",
        "comparison 'between' needs an upper bound",
    ),
    "invalid-value.between-upper.fix": ("lägg till 'upper: <tal>'", "add 'upper: <number>'"),
    "invalid-value.upper-below": (
        "'upper' ({upper}) är lägre än 'value' ({value})",
        "upper ({upper}) is below value ({value})",
    ),
    "invalid-value.upper-alone": (
        "'upper' används bara med jämförelsen 'between'",
        "'upper' is only used with comparison 'between'",
    ),
    "invalid-value.reference-year-alone": (
        "'reference_year' används bara med 'increase', 'decrease' eller 'unchanged'",
        "'reference_year' is only used with increase, decrease or unchanged",
    ),
    "invalid-value.tolerance-alone": (
        "'tolerance' används bara med jämförelsen 'unchanged'",
        "'tolerance' is only used with comparison 'unchanged'",
    ),
    "invalid-value.directional-derived": (
        "ett målvärde som är en riktning har varken 'derived' eller 'acceptable'",
        "a directional target has neither 'derived' nor 'acceptable'",
    ),
    "invalid-value.not-finite": (
        "värdet för {year} är inte ett ändligt tal",
        "the value for {year} is not a finite number",
    ),
    "invalid-value.against-direction": (
        "'{comparison}' går emot indikatorns riktning '{direction}'; rätta jämförelsen eller "
        "riktningen, eller skriv 'against_direction: true' om det är meningen",
        "'{comparison}' goes against the indicator's direction '{direction}'; fix the "
        "comparison or the direction, or write 'against_direction: true' if it is meant",
    ),
    "invalid-value.reference-year-needed": (
        "ett målvärde som är en riktning behöver ett jämförelseår",
        "a directional target needs a reference year",
    ),
    "invalid-value.reference-year-needed.fix": (
        "lägg till 'reference_year: <år>' eller ett utgångsvärde",
        "add 'reference_year: <year>' or a baseline",
    ),
    "invalid-value.reference-year-empty": (
        "jämförelseåret {year} har inget värde; skriv ett år som har ett (till exempel {known})",
        "the directional target's reference year {year} has no value; write a year that has "
        "one (e.g. {known})",
    ),
    "invalid-value.derived-empty": (
        "det härledda målvärdet har inget värde {first}–{last}",
        "the derived target has no value in {first}–{last}",
    ),
    "invalid-value.derived-base": (
        "det härledda målvärdet behöver ett utgångsvärde, eller first_year och last_year",
        "the derived target needs a baseline, or first_year and last_year",
    ),
    "invalid-value.computed-differs": (
        "värdet {written} skiljer sig från {computed}, som målvärdet beräknas till; utelämna "
        "'value'",
        "the value {written} differs from {computed}, which the target computes; leave 'value' out",
    ),
    "invalid-value.not-assessed-level": (
        "{where}: 'not_assessed' är ingen grad av måluppfyllelse; den finns alltid, så utelämna "
        "den bland nivåerna",
        "{where}: 'not_assessed' is not a degree of achievement; it is always available, leave "
        "it out of the levels",
    ),
    "invalid-value.level-twice": (
        "{where}: en nivå förekommer två gånger",
        "{where}: a level is named twice",
    ),
    "invalid-value.scale-ends": (
        "{where}: varje skala har 'achieved' och 'not_achieved'",
        "{where}: every scale has 'achieved' and 'not_achieved'",
    ),
    "invalid-value.scale-ends.fix": ("lägg till {missing}", "add {missing}"),
    "invalid-value.partly-band": (
        "ange exakt en av 'fulfilment', 'absolute' eller 'relative' för gränsen för delvis "
        "uppfyllt",
        "give exactly one of 'fulfilment', 'absolute' or 'relative' for the partly band",
    ),
    "invalid-value.min-points": (
        "'min_points' får inte vara större än 'window'",
        "min_points must not exceed window",
    ),
    "invalid-value.strong-change": (
        "en stark förändring får inte vara mindre än toleransen",
        "a strong change must not be smaller than the tolerance",
    ),
    "invalid-value.partly-from": (
        "partly_from får inte vara större än achieved_from",
        "partly_from must not exceed achieved_from",
    ),
    "invalid-value.partly-share": (
        "partly_share ({partly}) får inte vara större än achieved_share ({achieved})",
        "partly_share ({partly}) must not exceed achieved_share ({achieved})",
    ),
    "invalid-value.default-rule": (
        "standardregeln '{name}' finns varken inbyggd eller under 'rules'",
        "the default rule '{name}' is neither built in nor in 'rules'",
    ),
    "invalid-value.reviewer": (
        "'{written}' är varken en användare eller ett team ('@namn', '@grupp/team') eller en "
        "e-postadress",
        "'{written}' is neither a forge user or team ('@name', '@group/team') nor an e-mail "
        "address",
    ),
    "invalid-value.reviewer.fix": ("skriv '{reviewer}'", "write '{reviewer}'"),
    "invalid-value.reviewer.any.fix": (
        "skriv en användare som '@namn', ett team som '@kommun/team', eller en e-postadress",
        "write a user as '@name', a team as '@kommun/team', or an e-mail address",
    ),
    "invalid-value.term-reversed": (
        "mandatperioden slutar ({end}) innan den börjar ({start})",
        "the term ends ({end}) before it starts ({start})",
    ),
    "invalid-value.validity-reversed": (
        "det sista året {last} ligger före det första året {first}",
        "the last year {last} is before the first year {first}",
    ),
}
