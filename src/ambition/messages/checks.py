"""The catalogue's texts of the checks across files, of the checks that need the method, of the
action plan and of the forge: key → (Swedish, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # Ids and references across files.
    "duplicate-id.period": (
        "id:t '{id}' används av två perioder",
        "the period id '{id}' is used twice",
    ),
    "duplicate-id.period.fix": ("ge varje period ett eget id", "give each period its own id"),
    "duplicate-id.organisation": (
        "id:t '{id}' används av två organisationer",
        "the organisation id '{id}' is used twice",
    ),
    "duplicate-id.organisation.fix": (
        "ge varje organisation ett eget id",
        "give each organisation its own id",
    ),
    "duplicate-id.steering document": (
        "id:t '{id}' används av två styrdokument",
        "the steering document id '{id}' is used twice",
    ),
    "duplicate-id.steering document.fix": (
        "ge varje styrdokument ett eget id",
        "give each steering document its own id",
    ),
    "duplicate-id.focus area": (
        "id:t '{id}' används av två fokusområden",
        "the focus area id '{id}' is used twice",
    ),
    "duplicate-id.focus area.fix": (
        "ge varje fokusområde ett eget id",
        "give each focus area its own id",
    ),
    "duplicate-id.area": (
        "mätområdets id '{id}' används också i målet '{goal}'",
        "the measurement area id '{id}' is also used in goal '{goal}'",
    ),
    "duplicate-id.area.fix": (
        "ett mätområdes id är unikt bland alla mål",
        "area ids are unique across all goals",
    ),
    "duplicate-number": (
        "målnummer {number} används också av målet '{other}'",
        "goal number {number} is also used by goal '{other}'",
    ),
    "duplicate-number.fix": ("ge varje mål ett eget nummer", "give each goal its own number"),
    "unknown-reference.organisation": (
        "det finns ingen organisation '{id}'",
        "there is no organisation '{id}'",
    ),
    "unknown-reference.organisation.fix": ("lägg till den i {path}", "add it to {path}"),
    "unknown-reference.area": (
        "det finns inget mätområde '{id}'",
        "there is no measurement area '{id}'",
    ),
    "unknown-reference.area.fix": (
        "mätområdena står i målens filer",
        "measurement areas are listed in the goal files",
    ),
    "unknown-reference.goal": ("det finns inget mål '{id}'", "there is no goal '{id}'"),
    "unknown-reference.goal.fix": (
        "målen är filerna i {folder}",
        "goals are the files in {folder}",
    ),
    "unknown-reference.steering-document": (
        "det finns inget styrdokument '{id}'",
        "there is no steering document '{id}'",
    ),
    "unknown-reference.steering-document.fix": (
        "styrdokumenten står i {path}",
        "steering documents are listed in {path}",
    ),
    "unknown-reference.focus-area": (
        "det finns inget fokusområde '{id}'",
        "there is no focus area '{id}'",
    ),
    "unknown-reference.focus-area.fix": (
        "fokusområdena står i {path}",
        "focus areas are listed in {path}",
    ),
    "unknown-reference.assessed-indicator": (
        "det finns ingen indikator '{id}' för den här bedömningen",
        "there is no indicator '{id}' for this assessment",
    ),
    "unknown-reference.assessed-indicator.fix": (
        "ge filen namn efter en indikators id",
        "name the file after an indicator id",
    ),
    "unknown-reference.assessed-goal": (
        "det finns inget mål '{id}' för den här bedömningen",
        "there is no goal '{id}' for this assessment",
    ),
    "unknown-reference.assessed-goal.fix": (
        "ge filen namn efter ett måls id",
        "name the file after a goal id",
    ),
    "id-file-name-mismatch": (
        "id:t '{id}' skiljer sig från filnamnet '{name}'",
        "the id '{id}' differs from the file name '{name}'",
    ),
    "id-file-name-mismatch.case": (
        "id:t '{id}' skiljer sig från filnamnet '{name}' i stora och små bokstäver",
        "the id '{id}' differs from the file name '{name}' in letter case",
    ),
    "id-file-name-mismatch.fix": ("byt namn på filen till {name}", "rename the file to {name}"),
    "id-file-name-mismatch.or-id.fix": (
        "byt namn på filen till {name} eller ändra id:t till '{stem}'",
        "rename the file to {name} or change the id to '{stem}'",
    ),
    "unknown-period.progress": (
        "lägesbeskrivningen gäller '{id}', som inte är en period i ambition.yaml",
        "the progress note is for '{id}', which is not a period configured in ambition.yaml",
    ),
    "deadline-before-closing": (
        "sista dagen {deadline} ligger före bokslutsdagen {closing}",
        "the deadline {deadline} is before the closing date {closing}",
    ),
    "deadline-before-closing.fix": (
        "sista dagen kommer efter att perioden har stängt",
        "the deadline comes after the period closes",
    ),
    "target-before-baseline": (
        "målåret {year} ligger före utgångsåret {baseline}",
        "the target year {year} is before the baseline year {baseline}",
    ),
    "target-before-baseline.fix": (
        "ett målvärde ligger efter sitt utgångsvärde",
        "a target lies after its baseline",
    ),
    "status-off-scale": (
        "bedömningen '{status}' finns inte på skalan för {period}, vars nivåer är {degrees}",
        "the status '{status}' is not on the scale of {period}, whose degrees are {degrees}",
    ),
    "status-off-scale.label": ("{sv}", "{en}"),
    "status-off-scale.fix": (
        "skriv {values}, eller not_assessed om bedömning inte kan göras",
        "write {values}, or not_assessed when no assessment can be made",
    ),
    # A status the file's model refuses, its fix said again against its period's scale.
    "invalid-choice.status.degree": ("{key} ({label})", "{key} ({label})"),
    "invalid-choice.status.scale": (
        "nivåerna för {period} är {degrees}; {none} om bedömning inte kan göras",
        "the degrees of {period} are {degrees}; {none} when no assessment can be made",
    ),
    "invalid-choice.status.nearest": (
        "menade du {degree}? ({scale})",
        "did you mean {degree}? ({scale})",
    ),
    "invalid-choice.status.swedish": (
        "skriv {degree}: nivåerna skrivs med sina engelska namn ({scale})",
        "write {degree}: the degrees are written by their English names ({scale})",
    ),
    "invalid-choice.status.folded": (
        "menade du {meant}? Den nivån används inte för {period}, vars nivåer är {degrees}: "
        "skriv {degree}, den närmast lägre nivån, eller {none} om bedömning inte kan göras",
        "did you mean {meant}? That degree is not used in {period}, whose degrees are "
        "{degrees}: write {degree}, the next lower degree, or {none} when no assessment can "
        "be made",
    ),
    "invalid-choice.status.fix": (
        "skriv en av nivåerna för {period}: {degrees}, eller {none} om bedömning inte kan göras",
        "write one of the degrees of {period}: {degrees}, or {none} when no assessment can be made",
    ),
    # Checks that need the method.
    "justification-missing": (
        "bedömningen '{status}' avviker från förslaget '{proposal}' utan motivering",
        "the status '{status}' differs from the proposal '{proposal}' without a justification",
    ),
    "justification-missing.area": (
        "bedömningen '{status}' av mätområdet '{area}' avviker från förslaget '{proposal}' utan "
        "motivering",
        "the status '{status}' of area '{area}' differs from the proposal '{proposal}' without a "
        "justification",
    ),
    "justification-missing.fix": (
        "lägg till 'justification: …' som säger varför bedömningen avviker från metodens "
        "förslag, eller använd den föreslagna bedömningen",
        "add 'justification: …' saying why the status differs from the method's proposal, or use "
        "the proposed status",
    ),
    "analysis-missing": (
        "bedömningen har en status men ingen analys",
        "the assessment has a status but no analysis",
    ),
    "analysis-missing.fix": (
        "lägg till 'analysis: …' med skälen för bedömningen; metoden kräver en analys",
        "add 'analysis: …' with the assessment's reasons; the method requires one",
    ),
    "unknown-rule": (
        "det finns ingen regel '{name}' i metoden",
        "there is no rule '{name}' in the method",
    ),
    "unknown-rule.fix": (
        "använd en av {rules}, eller ge en regel ett namn (till exempel en 'relative', som "
        "behöver en jämförelseserie) under 'rules:' i data/method.yaml",
        "use one of {rules}, or name a rule (e.g. a 'relative' one, which needs a reference) "
        "under 'rules:' in data/method.yaml",
    ),
    "missing-reference": (
        "regeln '{name}' jämför med jämförelseserien '{reference}', som den här indikatorn saknar",
        "the rule '{name}' compares with the reference series '{reference}', which this "
        "indicator does not have",
    ),
    "missing-reference.fix": (
        "lägg till 'references: {{{reference}: {{name: …, values: …}}}}'",
        "add 'references: {{{reference}: {{name: …, values: …}}}}'",
    ),
    "stale-value": (
        "det senaste värdet ({year}) är mer än {limit} år äldre än perioden {period} "
        "({period_year})",
        "the latest value ({year}) is more than {limit} {limit:year|years} older than the period "
        "{period} ({period_year})",
    ),
    "stale-value.fix": (
        "lägg till nyare värden, eller förklara luckan i bedömningen",
        "add newer values, or explain the gap in the assessment",
    ),
    "target-met-at-baseline": (
        "målvärdet för {year} är redan uppnått vid utgångsvärdet ({baseline})",
        "the target for {year} is already met by the baseline ({baseline})",
    ),
    "target-met-at-baseline.fix": (
        "kontrollera att målvärdet är tillräckligt ambitiöst",
        "check that the target is ambitious enough",
    ),
    # The action plan and the steering documents.
    "area-not-in-goals": (
        "mätområdet '{area}' hör till målet '{goal}', som inte är bland åtgärdens mål",
        "the measurement area '{area}' belongs to goal '{goal}', which is not among the action's "
        "goals",
    ),
    "area-not-in-goals.fix": (
        "lägg till '{goal}' under 'goals', eller ange ett mätområde i {goals}",
        "add '{goal}' to 'goals', or name an area of {goals}",
    ),
    "completion-date-missing": (
        "åtgärden är genomförd men har inget datum då den blev klar",
        "the action is done but has no completion date",
    ),
    "completion-date-missing.fix": (
        "lägg till 'completed: ÅÅÅÅ-MM-DD', dagen då den blev klar",
        "add 'completed: YYYY-MM-DD', the day it was done",
    ),
    "action-overdue": (
        "slutdatumet {due} passerades innan perioden {period} stängde ({closing}), och statusen "
        "är '{status}'",
        "the due date {due} passed before the period {period} closed ({closing}), and the status "
        "is '{status}'",
    ),
    "action-overdue.fix": (
        "sätt ett nytt slutdatum och förklara varför i lägesbeskrivningen, eller markera "
        "åtgärden som genomförd (med 'completed: ÅÅÅÅ-MM-DD') eller avbruten",
        "set a new due date and say why in the progress note, or mark the action done (with "
        "'completed: YYYY-MM-DD') or cancelled",
    ),
    "steering-document-expired": (
        "styrdokumentet '{id}' gällde till {valid_to}, före perioden {period} ({year})",
        "the steering document '{id}' applied until {valid_to}, before the period {period} "
        "({year})",
    ),
    "steering-document-expired.fix": (
        "hänvisa till dokumentet som ersatte det, eller förläng dess 'valid_to' i {path} om det "
        "fortfarande gäller",
        "refer to the document that replaced it, or extend its 'valid_to' in {path} if it still "
        "applies",
    ),
    # The forge.
    "codeowners-outdated": (
        "CODEOWNERS stämmer inte längre med data/organisations.yaml och data: rad {line} ska "
        "vara {expected}",
        "CODEOWNERS no longer matches data/organisations.yaml and the data: line {line} should "
        "be {expected}",
    ),
    "codeowners-outdated.line": ("'{line}'", "'{line}'"),
    "codeowners-outdated.end": ("slutet på filen", "the end of the file"),
    "codeowners-outdated.fix": (
        "kör 'ambition codeowners{option} --output {path}' och checka in filen",
        "run 'ambition codeowners{option} --output {path}' and commit the file",
    ),
    # Sub-goals (issue 13.5) and breakdowns (issue 13.4).
    "duplicate-id.sub-goal.sub-goal": (
        "delmålets id '{id}' används också av ett delmål under målet '{goal}'",
        "the sub-goal id '{id}' is also used by a sub-goal of goal '{goal}'",
    ),
    "duplicate-id.sub-goal.area": (
        "delmålets id '{id}' används också av ett mätområde under målet '{goal}'",
        "the sub-goal id '{id}' is also used by a measurement area of goal '{goal}'",
    ),
    "duplicate-id.sub-goal.fix": (
        "delmålens id är unika bland alla mål och skilda från mätområdenas",
        "sub-goal ids are unique across all goals, and differ from area ids",
    ),
    "unknown-reference.sub-goal-area": (
        "målet '{goal}' har inget mätområde '{area}'",
        "goal '{goal}' has no measurement area '{area}'",
    ),
    "unknown-reference.sub-goal-area.elsewhere": (
        "målet '{goal}' har inget mätområde '{area}' (det hör till målet '{other}')",
        "goal '{goal}' has no measurement area '{area}' (it belongs to goal '{other}')",
    ),
    "unknown-reference.sub-goal-area.fix": (
        "ett delmål grupperar mätområden som står under 'measurement_areas' i sitt mål",
        "a sub-goal groups areas listed under 'measurement_areas' of its goal",
    ),
    "duplicate-id.area-in-sub-goals": (
        "mätområdet '{area}' finns redan i delmålet '{sub_goal}'",
        "the measurement area '{area}' is already in sub-goal '{sub_goal}'",
    ),
    "duplicate-id.area-in-sub-goals.fix": (
        "ett mätområde hör till högst ett delmål: ta bort det ur ett av dem",
        "an area belongs to one sub-goal at most: remove it from one of them",
    ),
    "unknown-reference.breakdown": (
        "indikatorn '{indicator}' har ingen uppdelning '{key}'",
        "the indicator '{indicator}' has no breakdown '{key}'",
    ),
    "unknown-reference.breakdown.fix": (
        "bedöm uppdelningarna i {path}: {known}",
        "assess the breakdowns of {path}: {known}",
    ),
    "unknown-reference.breakdown.none": (
        "bedöm uppdelningarna i {path}: den har inga",
        "assess the breakdowns of {path}: it has none",
    ),
    "unknown-reference.assessed-area": (
        "målet '{goal}' har inget mätområde '{key}'",
        "the goal '{goal}' has no measurement area '{key}'",
    ),
    "unknown-reference.assessed-area.fix": (
        "bedöm målets mätområden i {path}: {known}",
        "assess the measurement areas of the goal in {path}: {known}",
    ),
    "unknown-reference.assessed-area.none": (
        "målet i {path} har inga mätområden",
        "the goal in {path} has no measurement areas",
    ),
    "unknown-reference.assessed-sub-goal": (
        "målet '{goal}' har inget delmål '{key}'",
        "the goal '{goal}' has no sub-goal '{key}'",
    ),
    "unknown-reference.assessed-sub-goal.fix": (
        "bedöm målets delmål i {path}: {known}",
        "assess the sub-goals of the goal in {path}: {known}",
    ),
    "unknown-reference.assessed-sub-goal.none": (
        "målet i {path} har inga delmål; ta bort 'sub_goals:' här, eller lägg till delmålen "
        "under sub_goals: i målets fil",
        "the goal in {path} has no sub-goals; remove 'sub_goals:' here, or add the sub-goals "
        "under sub_goals: in the goal's file",
    ),
    "unknown-reference.rollup-breakdown": (
        "ingen indikator har uppdelningen '{key}' som sammanvägningen räknar",
        "no indicator has the breakdown '{key}' that the roll-up counts",
    ),
    "unknown-reference.rollup-breakdown.fix": (
        "skriv en uppdelning som indikatorerna har: {known}",
        "write a breakdown that the indicator files have: {known}",
    ),
    "unknown-reference.rollup-breakdown.none": (
        "ingen indikator har 'breakdowns:'; ta bort 'breakdown', eller lägg till raderna hos "
        "indikatorerna",
        "no indicator has 'breakdowns:'; remove 'breakdown', or add the rows to the indicators",
    ),
    "justification-missing.sub-goal": (
        "bedömningen '{status}' av delmålet '{sub_goal}' avviker från förslaget '{proposal}' utan motivering",
        "the status '{status}' of sub-goal '{sub_goal}' differs from the proposal '{proposal}' without a justification",
    ),
    "breakdown-without-target": (
        "targets[{index}] ({comparison}, {year}) gäller inte raden '{key}': den har inget värde för {needed}",
        "targets[{index}] ({comparison}, {year}) does not apply to the row '{key}': it has no value for {needed}",
    ),
    "breakdown-without-target.baseline": (
        "targets[{index}] ({comparison}, {year}) gäller inte raden '{key}': den har inget värde för utgångsvärdets år",
        "targets[{index}] ({comparison}, {year}) does not apply to the row '{key}': it has no value for the baseline year",
    ),
    "breakdown-without-target.fix": (
        "lägg till det årets värde i raden, eller ge raden egna 'targets'",
        "add that year's value to the row, or give the row its own 'targets'",
    ),
    # Forecasts (issue 19).
    "forecast-in-annual-period": (
        "'{key}' används bara i en tertial- eller delårsperiod; helårsperioden {period} bedöms "
        "på årets eget värde",
        "'{key}' is used only in a tertial or interim period; the annual period {period} is "
        "judged on the year's own value",
    ),
    "forecast-in-annual-period.fix": (
        "ta bort '{key}', eller lägg till årets värde bland indikatorns värden",
        "remove '{key}', or add the year's value to the indicator's values",
    ),
}
