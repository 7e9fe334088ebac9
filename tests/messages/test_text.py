"""Grammar by construction: every message with a count chooses singular or plural (and the form
of its participle) from the count, rendered here with 0, 1 and 2 against a list written by hand.

The rule is the one of Svenska skrivregler (Språkrådet) and of English: the singular for exactly
one, the plural for zero and for two or more ("0 indikatorer", "1 indikator", "2 indikatorer");
a participle agrees with the count it describes ("1 ej uppfylld", "2 ej uppfyllda"), and in
"Av 1 bedömd indikator är 1 uppfylld" each count governs its own words, as a Swedish officer
writes it (Språkrådets Språkriktighetsboken on kongruens with numerals).
"""

import string
from collections.abc import Mapping

import pytest

from ambition.messages.catalogue import DIAGNOSTICS, LABELS
from ambition.messages.text import Label, counted, text
from ambition.method.sentences.catalogue import CATALOGUES
from ambition.method.sentences.reader import Reader


def counted_fields(template: str) -> set[str]:
    """The fields of ``template`` whose spec chooses a word by count (``{n:a|b}``)."""
    return {
        field
        for _, field, spec, _ in string.Formatter().parse(template)
        if field and spec and "|" in spec
    }


# Every counted message of the catalogue, rendered with every count 0, 1 and 2 (other
# parameters as given here), written by hand: (Swedish, English) for 0, 1 and 2.
OTHER = {
    "names": "'--area'",
    "above": 10,
    "where": "targets",
    "deadline": "2023-02-15",
    "title": "Helår 2022",
    "unit": "ton",
    "first_year": 2018,
    "last_year": 2022,
    "note": "",
    "columns": "year",
}
EXPECTED: dict[str, list[tuple[str, str]]] = {
    "yaml-indentation.above": [
        (
            "raden är indragen 0 mellanslag, vilket inte passar rad 10 ovanför (0 mellanslag)",
            "this line is indented by 0 spaces, which does not fit line 10 above (0 spaces)",
        ),
        (
            "raden är indragen 1 mellanslag, vilket inte passar rad 10 ovanför (1 mellanslag)",
            "this line is indented by 1 space, which does not fit line 10 above (1 space)",
        ),
        (
            "raden är indragen 2 mellanslag, vilket inte passar rad 10 ovanför (2 mellanslag)",
            "this line is indented by 2 spaces, which does not fit line 10 above (2 spaces)",
        ),
    ],
    "too-long.characters": [
        ("targets: längre än 0 tecken", "targets: longer than 0 characters"),
        ("targets: längre än 1 tecken", "targets: longer than 1 character"),
        ("targets: längre än 2 tecken", "targets: longer than 2 characters"),
    ],
    "too-long.characters.fix": [
        ("korta den till högst 0 tecken", "shorten it to at most 0 characters"),
        ("korta den till högst 1 tecken", "shorten it to at most 1 character"),
        ("korta den till högst 2 tecken", "shorten it to at most 2 characters"),
    ],
    "too-long.items": [
        ("targets: längre än 0 punkter", "targets: longer than 0 items"),
        ("targets: längre än 1 punkt", "targets: longer than 1 item"),
        ("targets: längre än 2 punkter", "targets: longer than 2 items"),
    ],
    "too-long.items.fix": [
        ("korta den till högst 0 punkter", "shorten it to at most 0 items"),
        ("korta den till högst 1 punkt", "shorten it to at most 1 item"),
        ("korta den till högst 2 punkter", "shorten it to at most 2 items"),
    ],
    "too-few-items": [
        ("targets: behöver minst 0 punkter, har 0", "targets: needs at least 0 items, has 0"),
        ("targets: behöver minst 1 punkt, har 1", "targets: needs at least 1 item, has 1"),
        ("targets: behöver minst 2 punkter, har 2", "targets: needs at least 2 items, has 2"),
    ],
    "too-large.bytes": [
        ("0 byte", "0 bytes"),
        ("1 byte", "1 byte"),
        ("2 byte", "2 bytes"),
    ],
    "stale-value": [
        (
            "det senaste värdet (0) är mer än 0 år äldre än perioden 0 (0)",
            "the latest value (0) is more than 0 years older than the period 0 (0)",
        ),
        (
            "det senaste värdet (1) är mer än 1 år äldre än perioden 1 (1)",
            "the latest value (1) is more than 1 year older than the period 1 (1)",
        ),
        (
            "det senaste värdet (2) är mer än 2 år äldre än perioden 2 (2)",
            "the latest value (2) is more than 2 years older than the period 2 (2)",
        ),
    ],
    "validate.where": [
        (" i 0 filer", " in 0 files"),
        (" i 1 fil", " in 1 file"),
        (" i 2 filer", " in 2 files"),
    ],
    "validate.summary": [
        ("0 fel och 0 varningar.", "0 errors and 0 warnings."),
        ("1 fel och 1 varning.", "1 error and 1 warning."),
        ("2 fel och 2 varningar.", "2 errors and 2 warnings."),
    ],
    "report.chart_desc_series": [
        (
            "Linjediagram med 0 värden i ton från 2018 till 2022.",
            "Line chart of 0 values in ton from 2018 to 2022.",
        ),
        (
            "Linjediagram med 1 värde i ton från 2018 till 2022.",
            "Line chart of 1 value in ton from 2018 to 2022.",
        ),
        (
            "Linjediagram med 2 värden i ton från 2018 till 2022.",
            "Line chart of 2 values in ton from 2018 to 2022.",
        ),
    ],
    "report.actions_done": [
        ("0 av 0 åtgärder är genomförda.", "0 of 0 actions are done."),
        ("1 av 1 åtgärd är genomförd.", "1 of 1 action is done."),
        ("2 av 2 åtgärder är genomförda.", "2 of 2 actions are done."),
    ],
    "round.deadline.left": [
        ("Sista dag 2023-02-15: 0 dagar kvar.", "Deadline 2023-02-15: 0 days left."),
        ("Sista dag 2023-02-15: 1 dag kvar.", "Deadline 2023-02-15: 1 day left."),
        ("Sista dag 2023-02-15: 2 dagar kvar.", "Deadline 2023-02-15: 2 days left."),
    ],
    "round.deadline.passed": [
        (
            "Sista dag 2023-02-15 passerades för 0 dagar sedan.",
            "Deadline 2023-02-15 passed 0 days ago.",
        ),
        (
            "Sista dag 2023-02-15 passerades för 1 dag sedan.",
            "Deadline 2023-02-15 passed 1 day ago.",
        ),
        (
            "Sista dag 2023-02-15 passerades för 2 dagar sedan.",
            "Deadline 2023-02-15 passed 2 days ago.",
        ),
    ],
    "round.checklist.left": [
        (
            "Helår 2022: sista dag 2023-02-15 (0 dagar kvar).",
            "Helår 2022: deadline 2023-02-15 (0 days left).",
        ),
        (
            "Helår 2022: sista dag 2023-02-15 (1 dag kvar).",
            "Helår 2022: deadline 2023-02-15 (1 day left).",
        ),
        (
            "Helår 2022: sista dag 2023-02-15 (2 dagar kvar).",
            "Helår 2022: deadline 2023-02-15 (2 days left).",
        ),
    ],
    "round.checklist.passed": [
        (
            "Helår 2022: sista dag 2023-02-15 (passerades för 0 dagar sedan).",
            "Helår 2022: deadline 2023-02-15 (passed 0 days ago).",
        ),
        (
            "Helår 2022: sista dag 2023-02-15 (passerades för 1 dag sedan).",
            "Helår 2022: deadline 2023-02-15 (passed 1 day ago).",
        ),
        (
            "Helår 2022: sista dag 2023-02-15 (passerades för 2 dagar sedan).",
            "Helår 2022: deadline 2023-02-15 (passed 2 days ago).",
        ),
    ],
    "missing.arguments": [
        ("argumenten '--area'", "arguments '--area'"),
        ("argumentet '--area'", "argument '--area'"),
        ("argumenten '--area'", "arguments '--area'"),
    ],
    "import.would-write": [
        (
            "0 nya värden och 0 rättade värden skulle skrivas till 0 filer; kör utan --dry-run för att skriva dem.",
            "0 new values and 0 corrected values would be written to 0 files; run without --dry-run to write them.",
        ),
        (
            "1 nytt värde och 1 rättat värde skulle skrivas till 1 fil; kör utan --dry-run för att skriva dem.",
            "1 new value and 1 corrected value would be written to 1 file; run without --dry-run to write them.",
        ),
        (
            "2 nya värden och 2 rättade värden skulle skrivas till 2 filer; kör utan --dry-run för att skriva dem.",
            "2 new values and 2 corrected values would be written to 2 files; run without --dry-run to write them.",
        ),
    ],
    "import.written": [
        (
            "0 nya värden och 0 rättade värden skrevs till 0 filer.",
            "0 new values and 0 corrected values written to 0 files.",
        ),
        (
            "1 nytt värde och 1 rättat värde skrevs till 1 fil.",
            "1 new value and 1 corrected value written to 1 file.",
        ),
        (
            "2 nya värden och 2 rättade värden skrevs till 2 filer.",
            "2 new values and 2 corrected values written to 2 files.",
        ),
    ],
    "import.references.would-write": [
        (
            "0 nya referensvärden och 0 rättade referensvärden skulle skrivas till 0 filer; kör utan --dry-run för att skriva dem.",
            "0 new reference values and 0 corrected reference values would be written to 0 files; run without --dry-run to write them.",
        ),
        (
            "1 nytt referensvärde och 1 rättat referensvärde skulle skrivas till 1 fil; kör utan --dry-run för att skriva dem.",
            "1 new reference value and 1 corrected reference value would be written to 1 file; run without --dry-run to write them.",
        ),
        (
            "2 nya referensvärden och 2 rättade referensvärden skulle skrivas till 2 filer; kör utan --dry-run för att skriva dem.",
            "2 new reference values and 2 corrected reference values would be written to 2 files; run without --dry-run to write them.",
        ),
    ],
    "import.references.written": [
        (
            "0 nya referensvärden och 0 rättade referensvärden skrevs till 0 filer.",
            "0 new reference values and 0 corrected reference values written to 0 files.",
        ),
        (
            "1 nytt referensvärde och 1 rättat referensvärde skrevs till 1 fil.",
            "1 new reference value and 1 corrected reference value written to 1 file.",
        ),
        (
            "2 nya referensvärden och 2 rättade referensvärden skrevs till 2 filer.",
            "2 new reference values and 2 corrected reference values written to 2 files.",
        ),
    ],
    "import.sheet.header-below": [
        (
            "rubrikraden ska stå överst, men här står den på rad 0; ta bort raderna ovanför den (en rubrik över bladet, också i sammanfogade celler)",
            "the header row must come first, but here it is row 0; remove the rows above it (a title over the sheet, also in merged cells)",
        ),
        (
            "rubrikraden ska stå överst, men här står den på rad 1; ta bort raderna ovanför den (en rubrik över bladet, också i sammanfogade celler)",
            "the header row must come first, but here it is row 1; remove the rows above it (a title over the sheet, also in merged cells)",
        ),
        (
            "rubrikraden ska stå överst, men här står den på rad 2; ta bort raderna ovanför den (en rubrik över bladet, också i sammanfogade celler)",
            "the header row must come first, but here it is row 2; remove the rows above it (a title over the sheet, also in merged cells)",
        ),
    ],
    "import.sheet.no-column": [
        (
            "kolumnerna year saknas i rubrikraden; skriv rubrikerna 0 överst i sina kolumner (bladet har kolumnerna indikator, år och värde och, om de behövs, kön och markering, i valfri ordning)00",
            "no columns year in the header; write the headers 0 at the top of their columns (the sheet has the columns indicator, year and value and, when needed, gender and marker, in any order)00",
        ),
        (
            "kolumnen year saknas i rubrikraden; skriv rubriken 1 överst i sin kolumn (bladet har kolumnerna indikator, år och värde och, om de behövs, kön och markering, i valfri ordning)11",
            "no column year in the header; write the header 1 at the top of its column (the sheet has the columns indicator, year and value and, when needed, gender and marker, in any order)11",
        ),
        (
            "kolumnerna year saknas i rubrikraden; skriv rubrikerna 2 överst i sina kolumner (bladet har kolumnerna indikator, år och värde och, om de behövs, kön och markering, i valfri ordning)22",
            "no columns year in the header; write the headers 2 at the top of their columns (the sheet has the columns indicator, year and value and, when needed, gender and marker, in any order)22",
        ),
    ],
    "import.sources.columns": [
        (
            "raden har 0 kolumner, men rubrikraden har 0 ('--area'); skriv ett värde per kolumn, åtskilda med kommatecken, och sätt en text som innehåller kommatecken inom citattecken (\"Invånare totalt, antal\")",
            "the row has 0 columns where the header has 0 ('--area'); write one value per column, separated by commas, and put text holding a comma in quotes (\"Invånare totalt, antal\")",
        ),
        (
            "raden har 1 kolumn, men rubrikraden har 1 ('--area'); skriv ett värde per kolumn, åtskilda med kommatecken, och sätt en text som innehåller kommatecken inom citattecken (\"Invånare totalt, antal\")",
            "the row has 1 column where the header has 1 ('--area'); write one value per column, separated by commas, and put text holding a comma in quotes (\"Invånare totalt, antal\")",
        ),
        (
            "raden har 2 kolumner, men rubrikraden har 2 ('--area'); skriv ett värde per kolumn, åtskilda med kommatecken, och sätt en text som innehåller kommatecken inom citattecken (\"Invånare totalt, antal\")",
            "the row has 2 columns where the header has 2 ('--area'); write one value per column, separated by commas, and put text holding a comma in quotes (\"Invånare totalt, antal\")",
        ),
    ],
    "import.sources.no-column": [
        (
            "kolumnerna year saknas i rubrikraden; en källfil har kolumnerna 'measure_id', 'municipality_code', 'year' och 'value' (och 'source'): lägg till dem (formatet beskrivs i data/sources/README.md)",
            "no columns year in the header; a sources file has the columns 'measure_id', 'municipality_code', 'year' and 'value' (and 'source'): add them (data/sources/README.md describes the format)",
        ),
        (
            "kolumnen year saknas i rubrikraden; en källfil har kolumnerna 'measure_id', 'municipality_code', 'year' och 'value' (och 'source'): lägg till den (formatet beskrivs i data/sources/README.md)",
            "no column year in the header; a sources file has the columns 'measure_id', 'municipality_code', 'year' and 'value' (and 'source'): add it (data/sources/README.md describes the format)",
        ),
        (
            "kolumnerna year saknas i rubrikraden; en källfil har kolumnerna 'measure_id', 'municipality_code', 'year' och 'value' (och 'source'): lägg till dem (formatet beskrivs i data/sources/README.md)",
            "no columns year in the header; a sources file has the columns 'measure_id', 'municipality_code', 'year' and 'value' (and 'source'): add them (data/sources/README.md describes the format)",
        ),
    ],
    "git.does-not-load": [
        (
            "filerna i targets går inte att läsa in (0 fel); 0",
            "the data of targets does not load (0 errors); 0",
        ),
        (
            "filerna i targets går inte att läsa in (1 fel); 1",
            "the data of targets does not load (1 error); 1",
        ),
        (
            "filerna i targets går inte att läsa in (2 fel); 2",
            "the data of targets does not load (2 errors); 2",
        ),
    ],
    "write.would-change": [
        (
            "0 filer skulle ändras; kör 'ambition assess --write'.",
            "0 files would change; run 'ambition assess --write'.",
        ),
        (
            "1 fil skulle ändras; kör 'ambition assess --write'.",
            "1 file would change; run 'ambition assess --write'.",
        ),
        (
            "2 filer skulle ändras; kör 'ambition assess --write'.",
            "2 files would change; run 'ambition assess --write'.",
        ),
    ],
    "missing.options": [
        ("alternativen '--area'", "options '--area'"),
        ("alternativet '--area'", "option '--area'"),
        ("alternativen '--area'", "options '--area'"),
    ],
    "usage.extra-arguments": [
        (
            "argumenten '--area' hör inte till kommandot",
            "the arguments '--area' do not belong to the command",
        ),
        (
            "argumentet '--area' hör inte till kommandot",
            "the argument '--area' does not belong to the command",
        ),
        (
            "argumenten '--area' hör inte till kommandot",
            "the arguments '--area' do not belong to the command",
        ),
    ],
}


def _counted_keys() -> dict[str, tuple[str, str]]:
    return {
        key: pair
        for key, pair in {**DIAGNOSTICS, **LABELS}.items()
        if counted_fields(pair[0]) | counted_fields(pair[1])
    }


def test_every_counted_message_is_in_the_hand_written_list() -> None:
    """A counted message added to the catalogue must be added here, with its 0, 1 and 2."""
    assert sorted(_counted_keys()) == sorted(EXPECTED)


def _parameters(key: str, pair: tuple[str, str], count: int) -> dict[str, object]:
    names = {f for t in pair for _, f, _, _ in string.Formatter().parse(t) if f}
    other = {**OTHER, "where": ""} if key == "validate.summary" else OTHER
    return {name: other.get(name, count) for name in names}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_counted_messages_agree_with_0_1_and_2(key: str) -> None:
    pair = _counted_keys()[key]
    for count, (swedish, english) in zip((0, 1, 2), EXPECTED[key], strict=True):
        found = text(key, **_parameters(key, pair, count))
        assert (found.render("sv"), found.render("en")) == (swedish, english), count


def _sentence(lang: str, key: tuple[str, str], facts: Mapping[str, int]) -> str:
    return Reader(lang, CATALOGUES[lang], {"facts": dict(facts)}).entry(key)


# The sentences of the method's catalogue with counts (method/sentences/sv.py, en.py).
ROLLUP_COUNTS = [
    (
        {"assessed": 0, "achieved": 0, "partly_achieved": 0, "not_achieved": 0},
        "Av 0 bedömda indikatorer är 0 uppfyllda, 0 delvis uppfyllda och 0 ej uppfyllda.",
        "Of 0 assessed indicators, 0 are achieved, 0 partly achieved and 0 not achieved.",
    ),
    (
        {"assessed": 1, "achieved": 1, "partly_achieved": 1, "not_achieved": 1},
        "Av 1 bedömd indikator är 1 uppfylld, 1 delvis uppfylld och 1 ej uppfylld.",
        "Of 1 assessed indicator, 1 is achieved, 1 partly achieved and 1 not achieved.",
    ),
    (
        {"assessed": 2, "achieved": 2, "partly_achieved": 2, "not_achieved": 2},
        "Av 2 bedömda indikatorer är 2 uppfyllda, 2 delvis uppfyllda och 2 ej uppfyllda.",
        "Of 2 assessed indicators, 2 are achieved, 2 partly achieved and 2 not achieved.",
    ),
    (  # the cases of the issue: "1 ej uppfyllda", "1 av 1 bedömda indikatorer är uppfyllda"
        {"assessed": 9, "achieved": 6, "partly_achieved": 2, "not_achieved": 1},
        "Av 9 bedömda indikatorer är 6 uppfyllda, 2 delvis uppfyllda och 1 ej uppfylld.",
        "Of 9 assessed indicators, 6 are achieved, 2 partly achieved and 1 not achieved.",
    ),
]
# A measurement area and a sub-goal are neuter ("ett mätområde", "ett delmål"): the participle
# in the singular is "uppfyllt"; a part ("en del") is common gender like an indicator.
ROLLUP_COUNTS_AREAS = [
    (
        {"assessed": 0, "achieved": 0, "partly_achieved": 0, "not_achieved": 0},
        "Av 0 bedömda mätområden är 0 uppfyllda, 0 delvis uppfyllda och 0 ej uppfyllda.",
        "Of 0 assessed measurement areas, 0 are achieved, 0 partly achieved and 0 not achieved.",
    ),
    (
        {"assessed": 1, "achieved": 1, "partly_achieved": 1, "not_achieved": 1},
        "Av 1 bedömt mätområde är 1 uppfyllt, 1 delvis uppfyllt och 1 ej uppfyllt.",
        "Of 1 assessed measurement area, 1 is achieved, 1 partly achieved and 1 not achieved.",
    ),
    (
        {"assessed": 2, "achieved": 2, "partly_achieved": 2, "not_achieved": 2},
        "Av 2 bedömda mätområden är 2 uppfyllda, 2 delvis uppfyllda och 2 ej uppfyllda.",
        "Of 2 assessed measurement areas, 2 are achieved, 2 partly achieved and 2 not achieved.",
    ),
]
ROLLUP_COUNTS_SUB_GOALS = [
    (
        {"assessed": 1, "achieved": 1, "partly_achieved": 0, "not_achieved": 0},
        "Av 1 bedömt delmål är 1 uppfyllt, 0 delvis uppfyllda och 0 ej uppfyllda.",
        "Of 1 assessed sub-goal, 1 is achieved, 0 partly achieved and 0 not achieved.",
    ),
    (
        {"assessed": 2, "achieved": 2, "partly_achieved": 0, "not_achieved": 0},
        "Av 2 bedömda delmål är 2 uppfyllda, 0 delvis uppfyllda och 0 ej uppfyllda.",
        "Of 2 assessed sub-goals, 2 are achieved, 0 partly achieved and 0 not achieved.",
    ),
]
ROLLUP_COUNTS_PARTS = [
    (
        {"assessed": 1, "achieved": 0, "partly_achieved": 1, "not_achieved": 0},
        "Av 1 bedömd del är 0 uppfyllda, 1 delvis uppfylld och 0 ej uppfyllda.",
        "Of 1 assessed part, 0 are achieved, 1 partly achieved and 0 not achieved.",
    ),
    (
        {"assessed": 2, "achieved": 0, "partly_achieved": 2, "not_achieved": 0},
        "Av 2 bedömda delar är 0 uppfyllda, 2 delvis uppfyllda och 0 ej uppfyllda.",
        "Of 2 assessed parts, 0 are achieved, 2 partly achieved and 0 not achieved.",
    ),
]
# A scale of four or five degrees (issue 13.1): each participle agrees with its own count and
# the noun's gender, "1 indikator är till stor del uppfylld", "2 indikatorer … uppfyllda".
_ONE = {"assessed": 1, "achieved": 1, "largely_achieved": 1, "partly_achieved": 1}
_ONE_ALL = {**_ONE, "slightly_achieved": 1, "not_achieved": 1}
_TWO_ALL = {k: 2 for k in _ONE_ALL}
ROLLUP_COUNTS_MORE = {
    ("rollup_counts", "indicator_largely"): [
        (
            {**_ONE, "not_achieved": 1},
            "Av 1 bedömd indikator är 1 uppfylld, 1 till stor del uppfylld, 1 delvis uppfylld "
            "och 1 ej uppfylld.",
            "Of 1 assessed indicator, 1 is achieved, 1 largely achieved, 1 partly achieved and 1 "
            "not achieved.",
        ),
        (
            {
                "assessed": 5,
                "achieved": 2,
                "largely_achieved": 1,
                "partly_achieved": 2,
                "not_achieved": 0,
            },
            "Av 5 bedömda indikatorer är 2 uppfyllda, 1 till stor del uppfylld, 2 delvis "
            "uppfyllda och 0 ej uppfyllda.",
            "Of 5 assessed indicators, 2 are achieved, 1 largely achieved, 2 partly achieved and "
            "0 not achieved.",
        ),
    ],
    ("rollup_counts", "indicator_slightly"): [
        (
            {
                "assessed": 2,
                "achieved": 0,
                "partly_achieved": 0,
                "slightly_achieved": 2,
                "not_achieved": 0,
            },
            "Av 2 bedömda indikatorer är 0 uppfyllda, 0 delvis uppfyllda, 2 i låg grad "
            "uppfyllda och 0 ej uppfyllda.",
            "Of 2 assessed indicators, 0 are achieved, 0 partly achieved, 2 slightly achieved and "
            "0 not achieved.",
        ),
    ],
    ("rollup_counts", "indicator_five"): [
        (
            _ONE_ALL,
            "Av 1 bedömd indikator är 1 uppfylld, 1 till stor del uppfylld, 1 delvis uppfylld, "
            "1 i låg grad uppfylld och 1 ej uppfylld.",
            "Of 1 assessed indicator, 1 is achieved, 1 largely achieved, 1 partly achieved, 1 "
            "slightly achieved and 1 not achieved.",
        ),
        (
            _TWO_ALL,
            "Av 2 bedömda indikatorer är 2 uppfyllda, 2 till stor del uppfyllda, 2 delvis "
            "uppfyllda, 2 i låg grad uppfyllda och 2 ej uppfyllda.",
            "Of 2 assessed indicators, 2 are achieved, 2 largely achieved, 2 partly achieved, 2 "
            "slightly achieved and 2 not achieved.",
        ),
    ],
    ("rollup_counts", "measurement_area_largely"): [
        (
            {**_ONE, "not_achieved": 1},
            "Av 1 bedömt mätområde är 1 uppfyllt, 1 till stor del uppfyllt, 1 delvis uppfyllt "
            "och 1 ej uppfyllt.",
            "Of 1 assessed measurement area, 1 is achieved, 1 largely achieved, 1 partly "
            "achieved and 1 not achieved.",
        ),
    ],
    ("rollup_counts", "measurement_area_slightly"): [
        (
            {
                "assessed": 1,
                "achieved": 0,
                "partly_achieved": 0,
                "slightly_achieved": 1,
                "not_achieved": 0,
            },
            "Av 1 bedömt mätområde är 0 uppfyllda, 0 delvis uppfyllda, 1 i låg grad uppfyllt "
            "och 0 ej uppfyllda.",
            "Of 1 assessed measurement area, 0 are achieved, 0 partly achieved, 1 slightly "
            "achieved and 0 not achieved.",
        ),
    ],
    ("rollup_counts", "measurement_area_five"): [
        (
            _TWO_ALL,
            "Av 2 bedömda mätområden är 2 uppfyllda, 2 till stor del uppfyllda, 2 delvis "
            "uppfyllda, 2 i låg grad uppfyllda och 2 ej uppfyllda.",
            "Of 2 assessed measurement areas, 2 are achieved, 2 largely achieved, 2 partly "
            "achieved, 2 slightly achieved and 2 not achieved.",
        ),
    ],
    ("rollup_counts", "sub_goal_largely"): [
        (
            {
                "assessed": 1,
                "achieved": 0,
                "largely_achieved": 1,
                "partly_achieved": 0,
                "not_achieved": 0,
            },
            "Av 1 bedömt delmål är 0 uppfyllda, 1 till stor del uppfyllt, 0 delvis uppfyllda "
            "och 0 ej uppfyllda.",
            "Of 1 assessed sub-goal, 0 are achieved, 1 largely achieved, 0 partly achieved and 0 "
            "not achieved.",
        ),
    ],
    ("rollup_counts", "sub_goal_slightly"): [
        (
            {
                "assessed": 2,
                "achieved": 1,
                "partly_achieved": 0,
                "slightly_achieved": 1,
                "not_achieved": 0,
            },
            "Av 2 bedömda delmål är 1 uppfyllt, 0 delvis uppfyllda, 1 i låg grad uppfyllt och "
            "0 ej uppfyllda.",
            "Of 2 assessed sub-goals, 1 is achieved, 0 partly achieved, 1 slightly achieved and "
            "0 not achieved.",
        ),
    ],
    ("rollup_counts", "sub_goal_five"): [
        (
            _ONE_ALL,
            "Av 1 bedömt delmål är 1 uppfyllt, 1 till stor del uppfyllt, 1 delvis uppfyllt, 1 "
            "i låg grad uppfyllt och 1 ej uppfyllt.",
            "Of 1 assessed sub-goal, 1 is achieved, 1 largely achieved, 1 partly achieved, 1 "
            "slightly achieved and 1 not achieved.",
        ),
    ],
    ("rollup_counts", "part_largely"): [
        (
            {
                "assessed": 2,
                "achieved": 0,
                "largely_achieved": 2,
                "partly_achieved": 0,
                "not_achieved": 0,
            },
            "Av 2 bedömda delar är 0 uppfyllda, 2 till stor del uppfyllda, 0 delvis uppfyllda "
            "och 0 ej uppfyllda.",
            "Of 2 assessed parts, 0 are achieved, 2 largely achieved, 0 partly achieved and 0 "
            "not achieved.",
        ),
    ],
    ("rollup_counts", "part_slightly"): [
        (
            {
                "assessed": 1,
                "achieved": 0,
                "partly_achieved": 0,
                "slightly_achieved": 1,
                "not_achieved": 0,
            },
            "Av 1 bedömd del är 0 uppfyllda, 0 delvis uppfyllda, 1 i låg grad uppfylld och 0 "
            "ej uppfyllda.",
            "Of 1 assessed part, 0 are achieved, 0 partly achieved, 1 slightly achieved and 0 "
            "not achieved.",
        ),
    ],
    ("rollup_counts", "part_five"): [
        (
            _ONE_ALL,
            "Av 1 bedömd del är 1 uppfylld, 1 till stor del uppfylld, 1 delvis uppfylld, 1 i "
            "låg grad uppfylld och 1 ej uppfylld.",
            "Of 1 assessed part, 1 is achieved, 1 largely achieved, 1 partly achieved, 1 "
            "slightly achieved and 1 not achieved.",
        ),
    ],
}
COUNTED_KEYS = {("rollup_counts", c) for c in ("indicator", "measurement_area", "sub_goal", "part")}
COUNTED_KEYS |= set(ROLLUP_COUNTS_MORE)
STALE = ("engine", "stale_value")
STALE_VALUE = [
    (
        {"year": 2018, "period_year": 2022, "stale_after_years": n},
        f"Det senaste värdet är från 2018, mer än {n} år före 2022, så metoden föreslår ingen "
        "status.",
        f"The latest value is from 2018, more than {n} {word} before 2022, so the method "
        "proposes no status.",
    )
    for n, word in ((0, "years"), (1, "year"), (2, "years"))
]
ROW = ("rollup_row", "some")
ROLLUP_ROW = [
    (
        {"without_breakdown": n, "breakdown_title": "Kvinnor"},
        f"Indikatorerna räknas med raden ”Kvinnor”; {n} {sv} utan den raden räknas med totalen.",
        f"The indicators count with the row “Kvinnor”; {n} {en} without that row {verb} with "
        "the total.",
    )
    for n, sv, en, verb in (
        (1, "indikator", "indicator", "counts"),
        (2, "indikatorer", "indicators", "count"),
    )
]
LEFT_OUT = [
    ({"not_assessed": 0}, " 0 ej bedömda räknas inte.", " 0 not assessed are left out."),
    ({"not_assessed": 1}, " 1 ej bedömd räknas inte.", " 1 not assessed is left out."),
    ({"not_assessed": 2}, " 2 ej bedömda räknas inte.", " 2 not assessed are left out."),
]


def test_every_counted_sentence_is_in_the_hand_written_list() -> None:
    for lang in ("sv", "en"):
        keys = {key for key, entry in CATALOGUES[lang].items() if counted_fields(entry)}
        assert keys <= {*COUNTED_KEYS, ("left_out", "some"), STALE, ROW}, lang
    assert {key for key, entry in CATALOGUES["sv"].items() if counted_fields(entry)} == {
        *COUNTED_KEYS,
        ("left_out", "some"),
        ROW,
    }  # "år" is the same in the singular and the plural


@pytest.mark.parametrize(
    ("key", "cases"),
    [
        (("rollup_counts", "indicator"), ROLLUP_COUNTS),
        (("rollup_counts", "measurement_area"), ROLLUP_COUNTS_AREAS),
        (("rollup_counts", "sub_goal"), ROLLUP_COUNTS_SUB_GOALS),
        (("rollup_counts", "part"), ROLLUP_COUNTS_PARTS),
        (("left_out", "some"), LEFT_OUT),
        (STALE, STALE_VALUE),
        (ROW, ROLLUP_ROW),
        *ROLLUP_COUNTS_MORE.items(),
    ],
)
def test_counted_sentences_agree_with_their_counts(
    key: tuple[str, str], cases: list[tuple[dict[str, int], str, str]]
) -> None:
    for facts, swedish, english in cases:
        assert _sentence("sv", key, facts) == swedish
        assert _sentence("en", key, facts) == english


def test_a_label_formats_counts_in_its_language() -> None:
    label = Label("{done} av {total} {total:åtgärd|åtgärder} är {done:genomförd|genomförda}.", "sv")
    assert label.format(done=1, total=3) == "1 av 3 åtgärder är genomförd."
    assert Label("{x:n1}", "sv").format(x=2.25) == "2,3"
    with pytest.raises(TypeError):
        label.format(1, 3)
    assert [counted(n, "dag", "dagar") for n in (0, 1, 2, 21)] == ["dagar", "dag", "dagar", "dagar"]


def test_a_plain_label_formats_as_the_standard_formatter() -> None:
    # Every label of the catalogue in both languages, its fields filled with words, whole
    # numbers and numbers: a label without counts or number specs is filled as Python's own
    # string.Formatter fills it (the reference), one with them still chooses its words.
    reference = string.Formatter()
    values: list[object] = ["Vaggeryd", 2022, 2.5, "{x}"]
    checked = 0
    for key, pair in LABELS.items():
        for template_text, lang in zip(pair, ("sv", "en"), strict=True):
            names = {name for _, name, _, _ in reference.parse(template_text) if name}
            if any(spec for _, _, spec, _ in reference.parse(template_text)):
                continue  # a count or a number: the catalogue's own words
            for value in values:
                fields = dict.fromkeys(names, value)
                assert Label(template_text, lang).format(**fields) == reference.format(
                    template_text, **fields
                ), key
            checked += 1
    assert checked > 200
    # A Text as a field is still written in the label's language, a count still agrees.
    reason = text("severity.error")
    assert Label("Orsak: {reason}", "sv").format(reason=reason) == "Orsak: fel"
    assert Label("Reason: {reason}", "en").format(reason=reason) == "Reason: error"
    assert Label("{n} {n:dag|dagar}", "sv").format(n=1) == "1 dag"
