"""The descriptions of the schemas' fields: Swedish beside English, with examples.

The models keep one language (English, in their ``Field`` descriptions); the Swedish, an English
text where a model has none, and the examples an editor shows are kept here, by model and field.
"""

from collections.abc import Mapping
from typing import Any

# (model name, field) → (Swedish description, English description where the model has none,
# examples). The English of the model's own description is used when it has one.
DESCRIPTIONS: Mapping[tuple[str, str], tuple[str, str | None, list[Any] | None]] = {
    ("Project", "municipality"): ("Kommunen vars mål följs upp.", "The municipality.", None),
    ("Project", "language"): ("Rapporternas språk: sv eller en.", "Report language.", ["sv"]),
    ("Project", "term_of_office"): ("Mandatperioden, första och sista år.", None, None),
    ("Project", "periods"): ("Uppföljningsperioderna: tertial, delår och helår.", None, None),
    ("Municipality", "name"): ("Kommunens namn.", "Name.", ["Vaggeryds kommun"]),
    ("Municipality", "code"): ("Kommunkoden (fyra siffror) inom citattecken.", None, ["0665"]),
    ("TermOfOffice", "start"): ("Mandatperiodens första år.", "First year.", [2023]),
    ("TermOfOffice", "end"): ("Mandatperiodens sista år.", "Last year.", [2026]),
    ("Period", "id"): ("Periodens id, t.ex. helar-2022.", None, ["helar-2022"]),
    ("Period", "kind"): ("Tertial, delår (interim) eller helår (annual).", "Kind.", ["annual"]),
    ("Period", "closing_date"): (
        "Bokslutsdagen, ÅÅÅÅ-MM-DD.",
        "Closing date, YYYY-MM-DD.",
        ["2022-12-31"],
    ),
    ("Period", "deadline"): (
        "Sista dag för bedömningarna, ÅÅÅÅ-MM-DD.",
        "Deadline for assessments, YYYY-MM-DD.",
        ["2023-02-15"],
    ),
    ("Period", "title"): ("Rubrik i rapporterna.", None, ["Helårsbokslut 2022"]),
    ("Organisation", "id"): ("Organisationens id, t.ex. ks.", None, ["ks", "bun"]),
    ("Organisation", "name"): ("Namnet.", "Name.", ["Kommunstyrelsen"]),
    ("Organisation", "kind"): ("Slag av organisation.", "Kind.", ["committee"]),
    ("OrganisationsFile", "organisations"): ("Organisationerna.", "The organisations.", None),
    ("Goal", "id"): ("Målets id, samma som filnamnet.", "Id, equal to the file name.", None),
    ("Goal", "number"): ("Målets nummer, ordnar målen i rapporterna.", "Number.", [1]),
    ("Goal", "title"): ("Målet som fullmäktige beslutat, i sin helhet.", None, None),
    ("Goal", "short_title"): ("Kort namn för tabeller.", None, None),
    ("Goal", "description"): ("Beskrivning.", "Description.", None),
    ("Goal", "owner"): ("Id för organisationen som bedömer målet.", None, ["ks"]),
    ("Goal", "agenda2030"): (
        "Agenda 2030-mål ('11') eller delmål ('11.6'), inom citattecken.",
        "Agenda 2030 goals or targets, in quotes.",
        [["11", "11.6"]],
    ),
    ("Goal", "decision"): ("Beslutet om målet.", "The decision on the goal.", None),
    ("Goal", "measurement_areas"): ("Mätområdena under målet.", "Measurement areas.", None),
    ("MeasurementArea", "id"): ("Mätområdets id, unikt i hela repot.", "Id, unique.", None),
    ("MeasurementArea", "title"): ("Mätområdets namn.", "Title.", None),
    ("MeasurementArea", "description"): ("Beskrivning.", "Description.", None),
    ("Indicator", "id"): (
        "Indikatorns id, samma som filnamnet.",
        "Id, equal to the file name.",
        None,
    ),
    ("Indicator", "title"): ("Indikatorns namn.", "Title.", ["Ekologiska livsmedel"]),
    ("Indicator", "description"): ("Beskrivning.", "Description.", None),
    ("Indicator", "unit"): ("Enheten för värdena.", "Unit of the values.", ["procent"]),
    ("Indicator", "count_noun"): (
        "Vad enheten 'antal' räknar, skrivet i dess ställe: med 'invånare' blir 14 854 antal "
        "'14 854 invånare'.",
        "What a unit of 'antal' counts, written in its place.",
        ["invånare"],
    ),
    ("Indicator", "decimals"): ("Antal decimaler i rapporterna.", "Decimals shown.", [1]),
    ("Indicator", "direction"): (
        "Önskad riktning: increase (öka) eller decrease (minska).",
        "Desired direction.",
        ["increase"],
    ),
    ("Indicator", "responsible"): ("Id för ansvarig organisation.", None, ["bun"]),
    ("Indicator", "measurement_area"): ("Id för mätområdet.", "Measurement area id.", None),
    ("Indicator", "source"): ("Källan till värdena.", "Source of the values.", None),
    ("Indicator", "rule"): ("Metodens regel för indikatorn.", None, ["target_level"]),
    ("Indicator", "weight"): ("Vikt i sammanvägningen.", None, [1]),
    ("Indicator", "baseline"): ("Utgångsvärdet: år och värde.", "Baseline.", None),
    ("Indicator", "targets"): (
        "Målvärden per år, med jämförelse (at_least = minst, at_most = högst).",
        "Targets per year.",
        None,
    ),
    ("Indicator", "decision"): ("Beslutet om ambitionsnivån.", None, None),
    ("Indicator", "values"): (
        "Värden per år: 2022: 36.2 (decimalpunkt, inga mellanslag, inget %); ett preliminärt "
        "värde som 2022: {value: 36.2, preliminary: true}; ett år utan värde som "
        "2023: {marker: reported_later}.",
        "Values per year, with a decimal point; a preliminary value or a marker as a mapping.",
        [{"2021": 34.5, "2022": 36.2}],
    ),
    ("Indicator", "series_breaks"): (
        "År då definitionen ändrades, med en förklaring; ingen trend dras över brottet.",
        "Years where the definition changed.",
        None,
    ),
    ("Indicator", "references"): ("Jämförelseserier, t.ex. riket.", None, None),
    ("Source", "publisher"): ("Utgivaren av värdena.", "Publisher.", ["Kolada"]),
    ("Source", "kolada_kpi"): ("Koladas nyckeltals-id.", None, ["N00401"]),
    ("Source", "measure"): ("Utgivarens namn på måttet.", None, None),
    ("Source", "url"): ("Länk till källan.", "Link.", None),
    ("Source", "note"): ("Anteckning.", "Note.", None),
    ("Baseline", "year"): ("Utgångsvärdets år.", "Year.", [2018]),
    ("Baseline", "value"): ("Utgångsvärdet.", "Value.", [30]),
    ("Target", "year"): ("Målårets år.", "Year.", [2026]),
    ("Target", "value"): ("Målvärdet (långsiktigt).", "Target value.", [40]),
    ("Target", "comparison"): (
        "Jämförelse: at_least (minst), at_most (högst), above (över), below (under), "
        "between (mellan).",
        "Comparison.",
        ["at_least"],
    ),
    ("Target", "upper"): ("Övre gräns vid 'between'.", "Upper bound with 'between'.", None),
    ("Target", "acceptable"): ("Värdet som är acceptabelt på kortare sikt.", None, [35]),
    ("Target", "national"): ("true för ett nationellt mål som antagits lokalt.", None, [False]),
    ("Target", "note"): ("Anteckning.", "Note.", None),
    ("Decision", "body"): ("Beslutande organ.", None, ["Kommunfullmäktige"]),
    ("Decision", "date"): ("Beslutsdatum, ÅÅÅÅ-MM-DD.", None, ["2019-06-17"]),
    ("Decision", "paragraph"): ("Paragraf i protokollet.", None, ["§ 155"]),
    ("Decision", "registration_number"): ("Diarienummer.", None, ["KS 2019/160"]),
    ("Decision", "url"): ("Länk till beslutet.", None, None),
    ("Decision", "note"): ("Anteckning om beslutet.", None, None),
    ("Assessment", "status"): (
        "Sakkunnigs bedömning: achieved (uppfyllt), partly_achieved (delvis uppfyllt), "
        "not_achieved (ej uppfyllt), not_assessed (ej bedömd); på en skala med fyra eller fem "
        "nivåer även largely_achieved (till stor del uppfyllt) och slightly_achieved (i låg "
        "grad uppfyllt).",
        None,
        ["partly_achieved"],
    ),
    ("Assessment", "trend"): (
        "Trend: improving (förbättring), stable (oförändrad), worsening (försämring).",
        None,
        ["improving"],
    ),
    ("Assessment", "analysis"): ("Sakkunnigs analys (Markdown).", None, None),
    ("Assessment", "assessor"): ("Vem som bedömt: roll och organisation.", None, None),
    ("Assessment", "justification"): (
        "Motivering när bedömningen skiljer sig från metodens förslag.",
        None,
        None,
    ),
    ("Assessment", "areas"): ("Bedömningar av målets mätområden, per id.", None, None),
    ("Method", "decision"): ("Beslutet om metodiken.", "The decision on the method.", None),
    ("Method", "scale"): ("Skalan: etikett, symbol och färg per status.", "The scale.", None),
    ("Method", "rules"): ("Namngivna regler med parametrar.", None, None),
    ("Method", "default_rule"): ("Regel för indikatorer med målvärde och utan regel.", None, None),
    ("Method", "default_rule_without_target"): (
        "Regel för indikatorer utan målvärde och utan regel.",
        None,
        None,
    ),
    ("Method", "trend"): ("Hur trenden beräknas.", "How the trend is computed.", None),
    ("Method", "rollup"): ("Sammanvägningen från indikatorer till mål.", "The roll-up.", None),
    ("Method", "stale_after_years"): ("Antal år innan ett värde räknas som gammalt.", None, [2]),
    ("Method", "analysis_required"): ("true när varje bedömning måste ha en analys.", None, None),
    ("Goal", "steering_documents"): ("Id för styrdokument som målet vilar på.", None, None),
    ("MeasurementArea", "steering_documents"): (
        "Id för styrdokument som mätområdet vilar på.",
        None,
        None,
    ),
    ("Indicator", "steering_documents"): (
        "Id för styrdokument som indikatorn vilar på.",
        None,
        [["miljoprogram-2022-2025"]],
    ),
    ("SteeringDocumentsFile", "steering_documents"): ("Styrdokumenten.", "The documents.", None),
    ("SteeringDocument", "id"): ("Styrdokumentets id.", "Id.", ["miljoprogram-2022-2025"]),
    ("SteeringDocument", "title"): ("Styrdokumentets namn.", "Title.", ["Miljöprogram 2022–2025"]),
    ("SteeringDocument", "kind"): (
        "Slag: vision, policy, programme (program), plan, guideline (riktlinje) eller "
        "decision (beslut).",
        "Kind.",
        ["programme"],
    ),
    ("SteeringDocument", "description"): ("Vad dokumentet styr.", None, None),
    ("SteeringDocument", "decision"): ("Beslutet som antog dokumentet.", None, None),
    ("SteeringDocument", "valid_from"): ("Första året dokumentet gäller.", None, [2022]),
    ("SteeringDocument", "valid_to"): ("Sista året dokumentet gäller.", None, [2025]),
    ("SteeringDocument", "url"): ("Länk till dokumentet.", None, None),
    ("Programme", "title"): ("Programmets namn.", "Title.", None),
    ("Programme", "steering_document"): (
        "Programmets id i data/steering-documents.yaml.",
        None,
        ["strategiskt-program"],
    ),
    ("Programme", "description"): ("Beskrivning.", "Description.", None),
    ("Programme", "focus_areas"): ("Programmets fokusområden.", "Focus areas.", None),
    ("FocusArea", "id"): ("Fokusområdets id.", "Id.", None),
    ("FocusArea", "title"): ("Fokusområdets namn.", "Title.", None),
    ("FocusArea", "description"): ("Beskrivning.", "Description.", None),
    ("FocusArea", "goals"): ("Id för målen som fokusområdet hör till.", None, None),
    ("Action", "id"): ("Åtgärdens id, samma som filnamnet.", "Id, equal to the file name.", None),
    ("Action", "title"): ("Åtgärden i korthet.", "Title.", None),
    ("Action", "description"): ("Beskrivning.", "Description.", None),
    ("Action", "focus_area"): ("Id för programmets fokusområde.", None, None),
    ("Action", "goals"): ("Id för målen som åtgärden bidrar till.", None, None),
    ("Action", "measurement_area"): ("Id för mätområdet.", None, None),
    ("Action", "responsible"): ("Id för ansvarig organisation.", None, ["kommunstyrelsen"]),
    ("Action", "steering_documents"): ("Id för styrdokument som åtgärden genomför.", None, None),
    ("Action", "start"): ("Startdatum, ÅÅÅÅ-MM-DD.", None, ["2023-01-01"]),
    ("Action", "due"): ("Klart senast, ÅÅÅÅ-MM-DD.", None, ["2026-12-31"]),
    ("Action", "status"): (
        "Läge: planned (planerad), ongoing (pågår), done (genomförd), delayed (försenad), "
        "cancelled (avbruten).",
        "Status.",
        ["ongoing"],
    ),
    ("Action", "completed"): ("Datum då åtgärden blev genomförd, ÅÅÅÅ-MM-DD.", None, None),
    ("Action", "progress"): (
        "Lägesbeskrivning per period: periodens id följt av note (och reported_by).",
        None,
        [{"helar-2022": {"note": "Arbetet har startat."}}],
    ),
    ("ProgressNote", "note"): ("Lägesbeskrivningen (Markdown).", None, None),
    ("ProgressNote", "reported_by"): ("Vem som rapporterat: roll och organisation.", None, None),
    ("Goal", "sub_goals"): ("Delmål (nämndmål) som grupperar målets mätområden.", None, None),
    ("SubGoal", "id"): (
        "Delmålets id, unikt i hela repot och skilt från mätområdenas.",
        "Id.",
        None,
    ),
    ("SubGoal", "title"): ("Delmålets namn.", "Title.", None),
    ("SubGoal", "description"): ("Beskrivning.", "Description.", None),
    ("SubGoal", "owner"): ("Id för nämnden som äger delmålet.", None, ["bun"]),
    ("SubGoal", "measurement_areas"): ("Id för målets mätområden i delmålet.", None, None),
    ("SubGoal", "steering_documents"): ("Id för styrdokument som delmålet vilar på.", None, None),
    ("Assessment", "sub_goals"): ("Målägarens bedömning av delmålen, per id.", None, None),
    ("Method", "rollup_by_level"): (
        "En egen sammanvägning per nivå: measurement_area, sub_goal, goal.",
        "Each level's own roll-up.",
        [{"goal": {"rule": "worst", "over": "parts"}}],
    ),
    ("ValueEntry", "value"): ("Värdet (decimalpunkt).", None, [13.1]),
    ("ValueEntry", "preliminary"): ("true för ett preliminärt värde.", None, [True]),
    ("ValueEntry", "marker"): (
        "Varför året saknar värde: statistics_missing (statistik saknas), reported_later "
        "(redovisas senare) eller confidential (sekretess).",
        None,
        ["reported_later"],
    ),
    ("ValueEntry", "note"): ("Anteckning.", "Note.", None),
    ("Indicator", "breakdowns"): (
        "Rader bredvid totalen: kvinnor och man (Koladas K och M) eller egna uppdelningar, "
        "var och en med title och values (och egna targets om de skiljer sig).",
        None,
        [{"kvinnor": {"title": "Kvinnor", "values": {"2022": 81.2}}}],
    ),
    ("Breakdown", "title"): ("Radens namn i rapporterna.", None, ["Kvinnor"]),
    ("Breakdown", "values"): ("Radens värden per år, som indikatorns values.", "Values.", None),
    ("Breakdown", "targets"): ("Radens egna målvärden; annars gäller indikatorns.", None, None),
    ("Assessment", "breakdowns"): (
        "Sakkunnigs bedömning av uppdelningens rader (valfritt), per radens id.",
        None,
        [{"kvinnor": {"status": "achieved"}}],
    ),
}
_ASSESSMENT_MODELS = {
    "IndicatorAssessment",
    "GoalAssessment",
    "AreaAssessment",
    "BreakdownAssessment",
}
"""The models whose fields share the ``Assessment`` descriptions."""


def describe(body: dict[str, Any], model_name: str) -> None:
    """Give the properties of one model's JSON Schema ``body`` their descriptions, in place.

    Swedish beside English (``"<sv>\\n\\n<en>"``, the English of the model's own description
    where it has one), the examples, and no generated field titles.
    """
    owner = "Assessment" if model_name in _ASSESSMENT_MODELS else model_name
    for field, prop in body.get("properties", {}).items():
        prop.pop("title", None)
        sv, en, examples = DESCRIPTIONS.get((owner, field), (None, None, None))
        english = prop.get("description") or en
        if sv and english:
            prop["description"] = f"{sv}\n\n{english}"
        elif sv or english:
            prop["description"] = sv or english
        if examples is not None:
            prop["examples"] = examples
