"""The catalogue's labels: the follow-up report (``REPORT``), the comparison of two revisions
(``DIFF``, ``ambition diff``), the words of the round (``ROUND``: what is missing, ``status``)
and of the commands (``CLI``);
key → (Swedish, English). ``ambition.report.labels`` and ``ambition.round.status`` read them.
"""

REPORT: dict[str, tuple[str, str]] = {
    "report_title": ("Uppföljning av fullmäktiges mål", "Follow-up of the council's goals"),
    "skip_to_content": ("Hoppa till innehållet", "Skip to content"),
    "summary": ("Sammanfattning", "Summary"),
    "goal": ("Mål", "Goal"),
    "goals": ("Mål", "Goals"),
    "measurement_area": ("Mätområde", "Measurement area"),
    "indicator": ("Indikator", "Indicator"),
    "indicators": ("Indikatorer", "Indicators"),
    "latest_value": ("Senaste värde", "Latest value"),
    "target": ("Målvärde", "Target"),
    "baseline": ("Utgångsvärde", "Baseline"),
    "proposal": ("Förslag enligt metoden", "Proposal by the method"),
    "status": ("Bedömning", "Assessment"),
    "expert_status": ("Sakkunnigs bedömning", "Expert's assessment"),
    "owner_status": ("Målägarens bedömning", "Goal owner's assessment"),
    "trend": ("Trend", "Trend"),
    "analysis": ("Analys", "Analysis"),
    "justification": ("Motivering", "Justification"),
    "no_justification": ("saknas", "missing"),
    "explanation": ("Förklaring", "Explanation"),
    "trend_explanation": ("Trendens förklaring", "Explanation of the trend"),
    "assessor": ("Bedömd av", "Assessed by"),
    "responsible": ("Ansvarig", "Responsible"),
    "source": ("Källa", "Source"),
    "differs": ("Avviker från metodens förslag", "Differs from the method's proposal"),
    "no_value": ("Värde saknas", "No value"),
    "no_target": ("inget", "none"),
    "no_assessment": ("Bedömning saknas", "No assessment"),
    "no_indicators": ("Inga indikatorer", "No indicators"),
    "national_target": ("nationellt mål", "national target"),
    "period": ("Period", "Period"),
    "closing_date": ("Bokslutsdatum", "Closing date"),
    "municipality": ("Kommun", "Municipality"),
    "count": ("Antal", "Count"),
    "goal_statuses": ("Målens status", "Status of the goals"),
    "indicator_statuses": ("Indikatorernas status", "Status of the indicators"),
    "method_note": (
        "Förslagen är gjorda med den gemensamma metodiken; sakkunniga och målägare har sista ordet.",
        "The proposals follow the common method; experts and goal owners have the last word.",
    ),
    "generated_by": ("Skapad med ambition", "Made with ambition"),
    "contents": ("Innehåll", "Contents"),
    "status_totals": ("Antal mål och indikatorer per status", "Goals and indicators by status"),
    "meaning": ("Betydelse", "Meaning"),
    "description": ("Beskrivning", "Description"),
    "goal_count": ("Målen", "The goals"),
    "indicator_count": ("Indikatorerna", "The indicators"),
    "goal_of": ("Mål {number}", "Goal {number}"),
    "back_to_index": ("Till sammanfattningen", "Back to the summary"),
    "scope_goal": ("Urval: mål {number}, {title}.", "Selection: goal {number}, {title}."),
    "scope_org": (
        "Urval: indikatorer som {name} ansvarar för. Målens och mätområdenas status gäller alla "
        "deras indikatorer.",
        "Selection: indicators {name} is responsible for. The status of goals and measurement areas "
        "covers all their indicators.",
    ),
    "agenda2030": ("Agenda 2030", "Agenda 2030"),
    "decision": ("Beslut", "Decision"),
    "chart": ("Diagram", "Chart"),
    "chart_title": ("{title}, {years}", "{title}, {years}"),
    "chart_desc_single": (
        "Diagram med ett enda värde, {value} {unit} ({year}).",
        "Chart of a single value, {value} {unit} ({year}).",
    ),
    "chart_desc_series": (
        "Linjediagram med {count} {count:värde|värden} i {unit} från {first_year} till "
        "{last_year}.",
        "Line chart of {count} {count:value|values} in {unit} from {first_year} to {last_year}.",
    ),
    "chart_desc_range": (
        "Första värdet är {first} ({first_year}) och det senaste {last} ({last_year}); "
        "lägst {min} ({min_year}), högst {max} ({max_year}).",
        "The first value is {first} ({first_year}) and the latest {last} ({last_year}); "
        "lowest {min} ({min_year}), highest {max} ({max_year}).",
    ),
    "chart_desc_gaps": (
        "En streckad linje förbinder värden med år utan mätning emellan.",
        "A dashed line joins values with years without measurement between them.",
    ),
    "chart_desc_table": (
        "Alla värden finns i tabellen intill.",
        "Every value is in the table beside the chart.",
    ),
    "chart_target": ("Mål {year}", "Target {year}"),
    "off_scale": ("utanför diagrammets skala", "off the chart's scale"),
    "legend": ("Teckenförklaring", "Legend"),
    "legend_values": ("Uppmätta värden", "Measured values"),
    "legend_gap": ("År utan mätning", "Years without measurement"),
    "legend_baseline": ("Utgångsvärde {value} ({year})", "Baseline {value} ({year})"),
    "legend_target": ("Målvärde {text}", "Target {text}"),
    "legend_acceptable": (
        "Acceptabel nivå på kort sikt {value} ({year})",
        "Level acceptable in the shorter term {value} ({year})",
    ),
    "legend_break": ("Serieavbrott {year}", "Series break {year}"),
    "legend_period": ("Perioden som följs upp: {period}", "The period followed up: {period}"),
    "values_table": ("Värden: {title}", "Values: {title}"),
    "show_table": ("Tabell med värdena", "Table of the values"),
    "year": ("År", "Year"),
    "value_in": ("Värde ({unit})", "Value ({unit})"),
    "note": ("Anmärkning", "Note"),
    "latest_for_period": ("Senaste värdet för perioden", "Latest value for the period"),
    "targets": ("Målvärden", "Targets"),
    "values": ("Värden", "Values"),
    "chart_file": ("Diagram: {title}", "Chart: {title}"),
    "steering_documents": ("Styrdokument", "Steering documents"),
    "steering_documents_of": (
        "Styrdokument som målet vilar på",
        "Steering documents the goal rests on",
    ),
    "steering_document": ("Styrdokument", "Steering document"),
    "kind": ("Slag", "Kind"),
    "valid": ("Gäller", "Applies"),
    "referred_from": ("Hänvisas från", "Referred to by"),
    "the_goal": ("Målet", "The goal"),
    "actions": ("Åtgärder i handlingsplanen", "Actions of the action plan"),
    "actions_of_goal": ("Åtgärder: mål {number}", "Actions: goal {number}"),
    "action": ("Åtgärd", "Action"),
    "action_count": ("Åtgärder", "Actions"),
    "no_actions": ("Inga åtgärder i handlingsplanen", "No actions in the action plan"),
    "actions_done": (
        "{done} av {total} {total:åtgärd|åtgärder} är {done:genomförd|genomförda}.",
        "{done} of {total} {total:action|actions} {done:is|are} done.",
    ),
    "action_status": ("Läge", "Status"),
    "action_statuses": ("Åtgärdernas läge", "Status of the actions"),
    "due": ("Klart senast", "Due"),
    "no_due": ("Inget datum", "No date"),
    "overdue": ("Slutdatum passerat", "Past due date"),
    "overdue_count": ("Slutdatum passerat", "Past due date"),
    "overdue_list": (
        "Slutdatum passerat vid periodens slut, utan att åtgärden är genomförd:",
        "Due date passed at the period's close without the action being done:",
    ),
    "progress": ("Lägesbeskrivning", "Progress"),
    "progress_in": ("Lägesbeskrivning {period}", "Progress {period}"),
    "no_progress": ("Lägesbeskrivning saknas", "No progress note"),
    "reported_by": ("Rapporterad av", "Reported by"),
    "focus_area": ("Fokusområde", "Focus area"),
    "no_focus_area": ("Utan fokusområde", "Without focus area"),
    "organisation": ("Organisation", "Organisation"),
    "total": ("Totalt", "Total"),
    "implementation": ("Programmets genomförande", "Implementation of the programme"),
    "implementation_of": ("Genomförande: {title}", "Implementation: {title}"),
    "implementation_note": (
        "Åtgärderna i handlingsplanen per fokusområde och per ansvarig organisation, med läget vid "
        "periodens slut.",
        "The actions of the action plan per focus area and per responsible organisation, as they "
        "stood at the period's close.",
    ),
    "by_focus_area": ("Åtgärder per fokusområde och läge", "Actions by focus area and status"),
    "by_organisation": (
        "Åtgärder per ansvarig organisation och läge",
        "Actions by responsible organisation and status",
    ),
    "final_status": ("Bedömning", "Assessment"),
    "by_method": ("Enligt metodens förslag", "As the method proposes"),
    "differs_from": ("Metoden föreslår: {status}", "The method proposes: {status}"),
    "expert_missing": ("Sakkunnigs bedömning saknas", "The expert's assessment is missing"),
    "owner_missing": ("Målägarens bedömning saknas", "The goal owner's assessment is missing"),
    "expert_only": ("Bedöms bara av sakkunnig", "Assessed by an expert only"),
    "expert_only_note": (
        "{count} indikatorer har ingen regel i metoden och bedöms bara av sakkunnig; metoden "
        "föreslår ingen status för dem.",
        "{count} indicators have no rule of the method and are assessed by an expert only; the "
        "method proposes no status for them.",
    ),
    "expert_only_note_one": (
        "En indikator har ingen regel i metoden och bedöms bara av sakkunnig; metoden föreslår "
        "ingen status för den.",
        "One indicator has no rule of the method and is assessed by an expert only; the method "
        "proposes no status for it.",
    ),
    "goals_by_status": (
        "Målens bedömning och indikatorernas status per mål",
        "The goals' assessment and their indicators' statuses",
    ),
    "status_legend": ("Teckenförklaring och antal per status", "Legend and counts by status"),
    "trend_legend": (
        "Pilen visar åt vilket håll värdet har gått: ↑ ökat, ↓ minskat, → oförändrat. Ordet och "
        "färgen visar om det är en förbättring eller en försämring, till exempel ↓ Förbättring "
        "när utsläppen minskar.",
        "The arrow shows which way the value went: ↑ up, ↓ down, → unchanged. The word and the "
        "colour show whether that is an improvement or a deterioration, for example ↓ Improving "
        "when emissions fall.",
    ),
    "trend_legend_text": (
        "Pilen visar åt vilket håll värdet har gått: ↑ ökat, ↓ minskat, → oförändrat. Ordet visar "
        "om det är en förbättring eller en försämring, till exempel ↓ Förbättring när utsläppen "
        "minskar.",
        "The arrow shows which way the value went: ↑ up, ↓ down, → unchanged. The word shows "
        "whether that is an improvement or a deterioration, for example ↓ Improving when "
        "emissions fall.",
    ),
    "organisations_heading": ("Per nämnd och bolag", "By committee and company"),
    "organisations_caption": (
        "Status för indikatorerna som varje nämnd och bolag ansvarar för",
        "Status of the indicators each committee and company is responsible for",
    ),
    "organisation_actions": (
        "Åtgärder som {name} ansvarar för",
        "Actions {name} is responsible for",
    ),
    # Added by the work of issues 13, 14, 15, 16 and 19 (merged after the catalogue).
    "unfinished": (
        "Bedömningen är inte klar: {missing}",
        "The assessment is not finished: {missing}",
    ),
    "justification-missing": ("motivering saknas", "justification missing"),
    "analysis-missing": ("analys saknas", "analysis missing"),
    "and": ("och", "and"),
    "combined_trend": ("Sammanvägd trend", "Combined trend"),
    "trend_unclear": ("Oklar", "Unclear"),
    "no_trend": ("Ingen trend", "No trend"),
    "sub_goals": ("Delmål", "Sub-goals"),
    "sub_goal": ("Delmål", "Sub-goal"),
    "sub_goal_owner": ("Ägs av", "Owned by"),
    "sub_goals_of": ("Delmålen under mål {number}", "The sub-goals of goal {number}"),
    "measurement_areas": ("Mätområden", "Measurement areas"),
    "download_heading": ("Ladda ned underlaget", "Download the data"),
    "download_text": (
        "Alla indikatorers värden, målvärden, metodens förslag, bedömningar och trender för {period}, en rad per indikator och år.",
        "Every indicator's values, targets, the method's proposals, assessments and trends for {period}, one row per indicator and year.",
    ),
    "download_link": ("Ladda ned som {format} ({size})", "Download as {format} ({size})"),
    "combined_trend_legend": (
        "Ett måls sammanvägda trend är den trend som flest av dess indikatorer har; den är oklar när lika många indikatorer pekar åt två håll.",
        "A goal's combined trend is the trend most of its indicators have; it is unclear when as many indicators point two ways.",
    ),
    "forecast_note": (
        "Bedömningarna är prognoser för helåret {year}: de flesta nyckeltal för {year} publiceras först {next_year}, så varje förslag säger vilket års värde det bygger på.",
        "The assessments are forecasts for the year {year}: most key figures for {year} are published in {next_year} at the earliest, so each proposal says which year's value it rests on.",
    ),
    "forecast_value_year": ("prognos {year}", "forecast {year}"),
    "report_revision": (
        "Läget enligt version {revision} i git.",
        "The state as of revision {revision} in git.",
    ),
    "preliminary": ("preliminärt", "preliminary"),
    "marker_statistics_missing": ("Statistik saknas", "Statistics missing"),
    "marker_reported_later": ("Redovisas senare", "Reported later"),
    "marker_confidential": ("Sekretess", "Confidential"),
    "legend_preliminary": ("Preliminärt värde", "Preliminary value"),
    "legend_marker": (
        "År utan värde: statistik saknas, redovisas senare eller sekretess",
        "Year without a value: statistics missing, reported later or confidential",
    ),
    "breakdown": ("Uppdelning", "Breakdown"),
    "breakdowns_caption": ("{title}, totalt och uppdelat", "{title}, in total and by breakdown"),
    "total_note": (
        "Sammanvägningen till målet bygger på totalen.",
        "The roll-up to the goal uses the total.",
    ),
    "unfinished_cli_note": (
        "obs: de enda felen är bedömningar som inte är klara (en motivering eller en analys återstår att skriva); de visas med metodens förslag och markeras som inte klara. 'ambition validate' underkänner tills de är skrivna.",
        "note: the only errors are unfinished assessments (a justification or an analysis still to write); shown with the method's proposals and marked 'not finished'. 'ambition validate' fails until they are written.",
    ),
    "forecasts_heading": ("Prognoser mot utfall", "Forecasts against the outcome"),
    "forecasts_intro": (
        "Bedömningarna vid årets tertialprognos och delårsrapport var prognoser för helåret. Tabellen visar dem bredvid utfallet i årsbokslutet; ≠ markerar en prognos som inte höll. En prognos eller ett utfall som inte är bedömt räknas inte.",
        "The assessments of the year's four-month and interim reports were forecasts for the year. The table shows them beside the outcome of the annual accounts; ≠ marks a forecast that did not hold. A forecast or an outcome that is not assessed is not counted.",
    ),
    "forecasts_held": ("{held} av {total} {noun} höll", "{held} of {total} {noun} held"),
    "forecast_one": ("prognos", "forecast"),
    "forecast_many": ("prognoser", "forecasts"),
    "forecasts_caption": (
        "Prognoser och utfall per mål och indikator",
        "Forecasts and outcome by goal and indicator",
    ),
    "goal_or_indicator": ("Mål eller indikator", "Goal or indicator"),
    "outcome": ("Utfall", "Outcome"),
    "not_outcome": ("≠ utfallet", "≠ the outcome"),
    "no_forecast": ("Ingen prognos", "No forecast"),
    "legend_reference": ("Jämförelse: {name}", "Comparison: {name}"),
    "legend_path": (
        "Bana från utgångsvärdet {baseline} ({baseline_year}) till målvärdet {target} ({target_year})",
        "Path from the baseline {baseline} ({baseline_year}) to the target {target} ({target_year})",
    ),
    "chart_desc_references": (
        "Jämförelseserier i diagrammet: {names}.",
        "Comparison series in the chart: {names}.",
    ),
    "chart_desc_references_left": (
        "{names} ryms inte i diagrammets skala och finns bara i tabellen.",
        "{names}: not on the chart's scale, only in the table.",
    ),
    "references_table": ("Jämförelseserier: {title}", "Comparison series: {title}"),
    "show_references_table": ("Tabell med jämförelseserierna", "Table of the comparison series"),
    "path_column": ("Bana till målvärdet", "Path to the target"),
}

# The decision appendix of `ambition diff --format md` and its text output (report/diff.py).
DIFF: dict[str, tuple[str, str]] = {
    "title": ("Bilaga: Ändringar i ambitionsnivån", "Appendix: Changes in the ambition level"),
    "heading": ("Ändringar i ambitionsnivån", "Changes in the ambition level"),
    "comparison": (
        "Jämförelse mellan {before} och {after}.",
        "Comparison of {before} with {after}.",
    ),
    "working_tree": ("arbetskopian", "the working tree"),
    "revision": ("{name} (commit {commit})", "{name} (commit {commit})"),
    "decision": ("Beslut", "Decision"),
    "dnr": ("Diarienummer (Dnr)", "Registration number (Dnr)"),
    "paragraph": ("Paragraf (§)", "Minute paragraph (§)"),
    "date": ("Datum", "Date"),
    "subject": ("Avser", "Concerns"),
    "change": ("Ändring", "Change"),
    "before": ("Före", "Before"),
    "after": ("Efter", "After"),
    "parameter": ("Parameter", "Parameter"),
    "indicator": ("Indikator", "Indicator"),
    "year": ("År", "Year"),
    "value": ("Värde", "Value"),
    "summary": (
        "Ändringar av ambitionsnivån: {ambition}. Rättelser av uppmätta värden: {corrections}. "
        "Nya mätvärden: {measurements}.",
        "Changes in the ambition level: {ambition}. Corrections of measured values: "
        "{corrections}. New measurements: {measurements}.",
    ),
    "no_changes": ("Inga ändringar av ambitionsnivån.", "No changes in the ambition level."),
    "goal_heading": ("Mål {number}: {title}", "Goal {number}: {title}"),
    "goal_removed_heading": (
        "Mål {number}: {title} (borttaget)",
        "Goal {number}: {title} (removed)",
    ),
    "method": ("Metodiken (data/method.yaml)", "The method (data/method.yaml)"),
    "corrections": ("Rättelser av uppmätta värden", "Corrections of measured values"),
    "corrections_note": (
        "Rättelserna ändrar inte ambitionsnivån men kan ändra bedömningar.",
        "Corrections do not change the ambition level but may change assessments.",
    ),
    "new_measurements": ("Nya mätvärden", "New measurements"),
    "new_measurements_note": (
        "Värden för år efter det senast uppmätta; de ändrar inte ambitionsnivån.",
        "Values for years after the latest measured; they do not change the ambition level.",
    ),
    "goal": ("Mål {number}", "Goal {number}"),
    "area": ("Mätområde {title}", "Measurement area {title}"),
    "indicator_subject": ("Indikator {title}", "Indicator {title}"),
    "goal_added": ("tillagt", "added"),
    "goal_removed": ("borttaget", "removed"),
    "area_added": ("tillagt", "added"),
    "area_removed": ("borttaget", "removed"),
    "indicator_added": ("tillagd", "added"),
    "indicator_removed": ("borttagen", "removed"),
    "field_title": ("namn", "title"),
    "field_short_title": ("kortnamn", "short title"),
    "field_number": ("nummer", "number"),
    "field_owner": ("ansvarig", "responsible"),
    "field_goal": ("mål", "goal"),
    "field_measurement_area": ("mätområde", "measurement area"),
    "field_responsible": ("ansvarig", "responsible"),
    "field_unit": ("enhet", "unit"),
    "field_direction": ("önskad riktning", "desired direction"),
    "field_rule": ("regel", "rule"),
    "field_weight": ("vikt", "weight"),
    "field_baseline": ("utgångsvärde", "baseline"),
    "field_target": ("målvärde {year}", "target {year}"),
    "field_interim": ("etappmål {year}", "interim target {year}"),
    "increase": ("ökning", "increase"),
    "decrease": ("minskning", "decrease"),
    "default_rule": ("metodens standardregel", "the method's default rule"),
    "goal_value": ("mål {number}, {title}", "goal {number}, {title}"),
    "area_value": ("{title} (mål {number})", "{title} (goal {number})"),
    "acceptable": (
        "acceptabel nivå på kort sikt {value}",
        "acceptable in the shorter term {value}",
    ),
    "national": ("nationellt mål", "national target"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "sub_goal": ("Delmål {title}", "Sub-goal {title}"),
    "sub_goal_added": ("tillagt", "added"),
    "sub_goal_removed": ("borttaget", "removed"),
    "field_measurement_areas": ("mätområden", "measurement areas"),
}


ROUND: dict[str, tuple[str, str]] = {
    "missing.value": ("aktuellt värde", "a current value"),
    "missing.status": ("status", "status"),
    "missing.analysis": ("analys", "analysis"),
    "missing.justification": ("motivering", "justification"),
    "missing.progress": ("lägesbeskrivning", "progress note"),
    "deadline.none": ("Ingen sista dag är satt.", "No deadline is set."),
    "deadline.left": (
        "Sista dag {deadline}: {days} {days:dag|dagar} kvar.",
        "Deadline {deadline}: {days} {days:day|days} left.",
    ),
    "deadline.passed": (
        "Sista dag {deadline} passerades för {days} {days:dag|dagar} sedan.",
        "Deadline {deadline} passed {days} {days:day|days} ago.",
    ),
    "checklist.none": ("{title}: ingen sista dag är satt.", "{title}: no deadline is set."),
    "checklist.left": (
        "{title}: sista dag {deadline} ({days} {days:dag|dagar} kvar).",
        "{title}: deadline {deadline} ({days} {days:day|days} left).",
    ),
    "checklist.passed": (
        "{title}: sista dag {deadline} (passerades för {days} {days:dag|dagar} sedan).",
        "{title}: deadline {deadline} (passed {days} {days:day|days} ago).",
    ),
}

CLI: dict[str, tuple[str, str]] = {
    "severity.error": ("fel", "error"),
    "severity.warning": ("varning", "warning"),
    "validate.clean": ("Inga problem hittades{where}.", "No problems found{where}."),
    "validate.where": (" i {files} {files:fil|filer}", " in {files} {files:file|files}"),
    "validate.summary": (
        "{errors} {errors:fel|fel} och {warnings} {warnings:varning|varningar}{where}{note}.",
        "{errors} {errors:error|errors} and {warnings} {warnings:warning|warnings}{where}{note}.",
    ),
    "validate.strict": (
        " (--strict: varningar räknas som fel)",
        " (--strict: warnings count as errors)",
    ),
    "validate.table": ("| | Var | Kod | Problem | Åtgärd |", "| | Where | Code | Problem | Fix |"),
    "validate.more": (
        "… och {count} till: kör `ambition validate`.",
        "… and {count} more: run `ambition validate`.",
    ),
    "validate.docs": (
        "Vad varje kod betyder och hur den åtgärdas: docs/diagnostics.md i ambition.",
        "What each code means and how to fix it: docs/diagnostics.md in ambition.",
    ),
}
"""The words of the commands around the diagnostics (``validate``'s summary line and tables)."""

MESSAGES: dict[str, tuple[str, str]] = {
    **CLI,
    **{f"report.{key}": pair for key, pair in REPORT.items()},
    **{f"diff.{key}": pair for key, pair in DIFF.items()},
    **{f"round.{key}": pair for key, pair in ROUND.items()},
}
"""Every label under one key: ``report.<key>``, ``diff.<key>``, ``round.<key>``."""
