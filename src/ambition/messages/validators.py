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
    # An action's status as the report names it (report/labels.py), inside a message.
    "action-status.planned": ("Planerad", "Planned"),
    "action-status.ongoing": ("Pågår", "Ongoing"),
    "action-status.done": ("Genomförd", "Done"),
    "action-status.delayed": ("Försenad", "Delayed"),
    "action-status.cancelled": ("Avbruten", "Cancelled"),
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
    "invalid-value.decimal": ("{value:n{decimals}}", "{value:n{decimals}}"),
    "invalid-value.share-range": (
        "andelen ska vara mellan 0 och 1, till exempel 0,667 eller 2/3, men är {written}",
        "expected a share between 0 and 1, such as 0.667 or 2/3, not {written}",
    ),
    "invalid-value.count-noun-unit": (
        "'{noun}' anger vad 'antal' räknar, men enheten '{unit}' börjar inte med 'antal'",
        "'{noun}' names what 'antal' counts, but the unit '{unit}' does not start with 'antal'",
    ),
    "invalid-value.count-noun-unit.fix": (
        "skriv enheten som 'antal …' (till exempel 'antal per 1 000 invånare') eller ta bort "
        "'count_noun'",
        "write the unit as 'antal …' (e.g. 'antal per 1 000 invånare') or remove count_noun",
    ),
    "invalid-value.kind.country": ("riket", "country"),
    "invalid-value.kind.county": ("ett län", "county"),
    "invalid-value.kind.municipality": ("en kommun", "municipality"),
    "invalid-value.members-not-group": (
        "bara en grupp har 'members', inte {kind}",
        "only a group has members, not a {kind}",
    ),
    "invalid-value.members-not-group.fix": (
        "ta bort 'members', eller skriv 'kind: group' om jämförelsen är en grupp",
        "remove 'members', or write 'kind: group' if the reference is a group",
    ),
    "invalid-value.kolada-id": (
        "Kolada-id för {kind} är {expected}, {found}",
        "a {kind}'s Kolada id is {expected}; {found}",
    ),
    "invalid-value.kolada-id.country": ("'0000'", "'0000'"),
    "invalid-value.kolada-id.county": (
        "'00' följt av länskoden, till exempel '0006' för Jönköpings län",
        "'00' and the county code, e.g. '0006' for Jönköpings län",
    ),
    "invalid-value.kolada-id.municipality": (
        "den fyrsiffriga kommunkoden, till exempel '0604'",
        "the four-digit municipality code, e.g. '0604'",
    ),
    "invalid-value.kolada-id.found": ("inte {code}", "found {code}"),
    "invalid-value.kolada-id.nothing": ("men inget id är angivet", "found nothing"),
    "invalid-value.group-source": (
        "en grupp är antingen en grupp i Kolada ('kolada: G…') eller 'members' (id:n för andra "
        "jämförelser)",
        "a group is either a Kolada group ('kolada: G…') or 'members' (ids of other references)",
    ),
    "invalid-value.group-source.fix": ("ange exakt ett av dem", "give exactly one"),
    "invalid-value.group-id": (
        "id:t för en grupp i Kolada börjar med G, till exempel 'G33795', inte '{code}'",
        "a Kolada group's id starts with G, e.g. 'G33795', not '{code}'",
    ),
    "invalid-value.rank-bands": (
        "'best' ({best}) och 'worst' ({worst}) är tillsammans större än hela gruppen",
        "best ({best}) and worst ({worst}) together exceed the whole group",
    ),
    "invalid-value.rank-bands.fix": (
        "minska 'best' eller 'worst' så att de tillsammans är högst 1",
        "lower 'best' or 'worst' so that together they are at most 1",
    ),
    "invalid-value.series-or-group": (
        "en jämförelseserie har antingen 'values' (en serie) eller 'members' (en grupp), inte båda",
        "a reference has either 'values' (one series) or 'members' (a group), not both",
    ),
    "invalid-value.member-missing": (
        "references.{reference}.members: '{member}' är inte en av indikatorns jämförelseserier",
        "references.{reference}.members: '{member}' is not one of the indicator's reference series",
    ),
    "invalid-value.member-missing.fix": (
        "importera även medlemmarnas serier",
        "import the members' series too",
    ),
    "invalid-value.breakdown": ("breakdowns.{name}: {inner}", "breakdowns.{name}: {inner}"),
    "invalid-value.breakdown.fix": (
        "lägg till det årets värde i uppdelningen",
        "add that year's value to the breakdown",
    ),
    "invalid-value.area-over-parts": (
        "ett mätområde har inga delar, bara indikatorer",
        "a measurement area has no parts, only indicators",
    ),
    "invalid-value.area-over-parts.fix": ("utelämna 'over' här", "leave 'over' out here"),
    "invalid-value.parts-on-row": (
        "en sammanvägning av delar räknar delarnas status, inte uppdelningens rader",
        "a roll-up over parts counts its parts' statuses, not breakdown rows",
    ),
    "invalid-value.parts-on-row.fix": (
        "skriv 'breakdown' under measurement_area, eller utelämna 'over'",
        "write 'breakdown' on the measurement_area level, or leave 'over' out",
    ),
    "invalid-value.preliminary-alone": (
        "'preliminary: true' kräver ett 'value: <tal>' bredvid sig",
        "'preliminary: true' needs a 'value: <number>' beside it",
    ),
    "invalid-value.preliminary-alone.fix": (
        "lägg till 'value: <tal>', eller ta bort 'preliminary: true'",
        "add 'value: <number>', or remove 'preliminary: true'",
    ),
    "invalid-value.entry-empty": (
        "ett år som skrivs som en mappning behöver 'value: <tal>' (ett värde, eventuellt med "
        "'preliminary: true') eller 'marker: <ord>' ({markers})",
        "a year written as a mapping needs 'value: <number>' (a value, perhaps with "
        "'preliminary: true') or 'marker: <word>' ({markers})",
    ),
    "invalid-value.value-and-marker": (
        "ett år har antingen 'value' eller 'marker', inte båda",
        "a year has either 'value' or 'marker', not both",
    ),
    "invalid-value.value-and-marker.fix": (
        "ta bort 'marker' när värdet är känt",
        "remove the marker when the number is known",
    ),
    "invalid-value.entry-not-finite": (
        "värdet är inte ett ändligt tal",
        "the value is not a finite number",
    ),
    "invalid-value.threshold-form": (
        "värdet ska vara ett tal med decimalpunkt (0.667) eller ett bråk av heltal (2/3), "
        "inte {written}",
        "expected a number (0.667) or a fraction of whole numbers (2/3), not {written}",
    ),
    "invalid-value.threshold-boolean": (
        "värdet ska vara ett tal eller ett bråk som 2/3, inte {written}",
        "expected a number or a fraction such as 2/3, not {written}",
    ),
    "invalid-value.threshold-finite": (
        "värdet ska vara ett ändligt tal, inte {written}",
        "expected a finite number, not {written}",
    ),
    # The scale's degrees beyond the common three.
    "invalid-value.style-missing": (
        "{where}: nivån '{degree}' används, men skalan har ingen stil för den",
        "{where}: '{degree}' is in use but the scale has no style for it",
    ),
    "invalid-value.style-missing.fix": (
        "lägg till '{degree}:' under 'scale' med 'label', 'symbol', 'colour' och 'description', "
        "eller ta bort nivån ur 'levels'",
        "add '{degree}:' under 'scale' with label, symbol, colour and description, or leave it "
        "out of the levels",
    ),
    "invalid-value.not-exceed": (
        "{lower} ({low}) får inte vara större än {higher} ({high})",
        "{lower} ({low}) must not exceed {higher} ({high})",
    ),
    "invalid-value.not-exceed.fix": (
        "ändra värdena så att {lower} är högst lika med {higher}",
        "change the values so that {lower} is at most {higher}",
    ),
    "invalid-value.band-measure": (
        "{name} ska använda samma mått som partly_band ('{measure}')",
        "{name} must use the same measure as partly_band ('{measure}')",
    ),
    "invalid-value.band-measure.fix": (
        "skriv {name} med '{measure}', som partly_band",
        "write {name} with '{measure}', as partly_band",
    ),
    "invalid-value.threshold-needed": (
        "skalan använder '{degree}', så sammanvägningen '{rule}' behöver '{name}'",
        "the scale uses '{degree}', so the '{rule}' roll-up needs '{name}'",
    ),
    "invalid-value.threshold-needed.fix": (
        "lägg till {name}: <andel> i {where}",
        "add {name}: <share> to {where}",
    ),
}
