"""The catalogue's texts of ``ambition import``: what it wrote or would write, and the problems
that refuse an import (missing folders, the rows and cells of a CSV file or an Excel sheet);
key → (Swedish, English). ``commands`` gathers them with the other commands' texts; those of
Kolada's answers are in ``kolada``, gathered here.

The edits of an indicator file (``import.edit.…``) name the line they refuse; the proof
(``import.proof.…``) says what ``validate`` would reject, and that nothing was written.
"""

from ambition.messages.kolada import KOLADA

IMPORT: dict[str, tuple[str, str]] = {
    "import.new": ("nytt värde: {line}", "new: {line}"),
    "import.corrected": ("rättat värde: {line}", "corrected: {line}"),
    "import.preliminary": ("preliminärt värde: {line}", "preliminary: {line}"),
    "import.new-reference": ("nytt referensvärde: {line}", "new: {line}"),
    "import.corrected-reference": ("rättat referensvärde: {line}", "corrected: {line}"),
    "import.note": ("obs: {note}", "note: {note}"),
    "import.nothing": (
        "Alla värden finns redan; ingenting att skriva.",
        "Every value is already stored; nothing to write.",
    ),
    "import.would-write": (
        "{new} {new:nytt värde|nya värden} och {corrected} {corrected:rättat värde|rättade "
        "värden} skulle skrivas till {files} {files:fil|filer}; kör utan --dry-run för att "
        "skriva dem.",
        "{new} new {new:value|values} and {corrected} corrected {corrected:value|values} would "
        "be written to {files} {files:file|files}; run without --dry-run to write them.",
    ),
    "import.written": (
        "{new} {new:nytt värde|nya värden} och {corrected} {corrected:rättat värde|rättade "
        "värden} skrevs till {files} {files:fil|filer}.",
        "{new} new {new:value|values} and {corrected} corrected {corrected:value|values} "
        "written to {files} {files:file|files}.",
    ),
    "import.references.nothing": (
        "Alla referensvärden finns redan; ingenting att skriva.",
        "Every reference value is already stored; nothing to write.",
    ),
    "import.references.would-write": (
        "{new} {new:nytt referensvärde|nya referensvärden} och {corrected} "
        "{corrected:rättat referensvärde|rättade referensvärden} skulle skrivas till {files} "
        "{files:fil|filer}; kör utan --dry-run för att skriva dem.",
        "{new} new reference {new:value|values} and {corrected} corrected reference "
        "{corrected:value|values} would be written to {files} {files:file|files}; run without "
        "--dry-run to write them.",
    ),
    "import.references.written": (
        "{new} {new:nytt referensvärde|nya referensvärden} och {corrected} "
        "{corrected:rättat referensvärde|rättade referensvärden} skrevs till {files} "
        "{files:fil|filer}.",
        "{new} new reference {new:value|values} and {corrected} corrected reference "
        "{corrected:value|values} written to {files} {files:file|files}.",
    ),
    "import.nothing-written": ("ingenting skrevs.", "nothing was written."),
    "import.years": ("--years: {reason}", "--years: {reason}"),
    "import.years.not-year": (
        "'{part}' är inte ett år eller ett intervall som 2019-2022",
        "'{part}' is not a year or a range like 2019-2022",
    ),
    "import.years.range": (
        "'{part}' är inte ett intervall av år 1900–2200",
        "'{part}' is not a range of years 1900–2200",
    ),
    "import.no-folder.kolada": (
        "mappen med sparade svar från Kolada finns inte",
        "no such folder of saved Kolada answers",
    ),
    "import.no-files.kolada": (
        "här finns inga *.json-filer (sparade svar från Kolada)",
        "no *.json files (saved Kolada answers) here",
    ),
    "import.no-folder.sources": (
        "mappen med källfiler finns inte",
        "no such folder of source files",
    ),
    "import.no-files.sources": (
        "här finns inga *.csv-filer (källfiler)",
        "no *.csv files (sources) here",
    ),
    "import.unreadable": ("kan inte läsas: {reason}", "cannot be read: {reason}"),
    # The rows of a CSV file or an Excel sheet (ambition.importing.sheets).
    "import.sheet.empty": (
        "bladet är tomt; skriv en rubrikrad (Indikator, År, Värde) och under den en rad per värde",
        "the sheet is empty; write a header row (Indicator, Year, Value) and under it one row "
        "per value",
    ),
    "import.csv.empty": (
        "filen är tom; skriv en rubrikrad (Indikator;År;Värde) och under den en rad per värde",
        "the file is empty; write a header row (Indicator;Year;Value) and under it one row per "
        "value",
    ),
    "import.csv.is-xlsx": (
        "filen är en Excel-arbetsbok, inte en CSV-fil; läs den med 'ambition import xlsx {name}'",
        "the file is an Excel workbook, not a CSV file; read it with 'ambition import xlsx {name}'",
    ),
    "import.xlsx.is-csv": (
        "filen är en textfil, inte en Excel-arbetsbok; läs den med 'ambition import csv {name}'",
        "the file is a text file, not an Excel workbook; read it with 'ambition import csv {name}'",
    ),
    "import.xlsx.other-format": (
        "filen ({suffix}) är inte en Excel-arbetsbok i formatet .xlsx; öppna den och spara den "
        "som 'Excel-arbetsbok (.xlsx)'",
        "the file ({suffix}) is not an Excel workbook in the .xlsx format; open it and save it "
        "as 'Excel Workbook (.xlsx)'",
    ),
    "import.column.indicator": ("indikator", "indicator"),
    "import.column.year": ("år", "year"),
    "import.column.value": ("värde", "value"),
    "import.column.gender": ("kön", "gender"),
    "import.column.marker": ("markering", "marker"),
    "import.header.indicator": ("'Indikator'", "'Indicator'"),
    "import.header.year": ("'År'", "'Year'"),
    "import.header.value": ("'Värde'", "'Value'"),
    "import.sheet.second-column": (
        "en andra kolumn {column}; ta bort den ena, eller ge den en annan rubrik",
        "a second {column} column; remove one, or give it another header",
    ),
    "import.sheet.no-column": (
        "{count:kolumnen|kolumnerna} {columns} saknas i rubrikraden; skriv {count:rubriken|"
        "rubrikerna} {headers} överst i {count:sin kolumn|sina kolumner} (bladet har "
        "kolumnerna indikator, år och värde och, om de behövs, kön och markering, i valfri "
        "ordning){near}{wide}",
        "no {count:column|columns} {columns} in the header; write the {count:header|headers} "
        "{headers} at the top of {count:its column|their columns} (the sheet has the columns "
        "indicator, year and value and, when needed, gender and marker, in any order){near}"
        "{wide}",
    ),
    "import.sheet.header-near": (
        "; rubriken '{header}': {hint}",
        "; the header '{header}': {hint}",
    ),
    "import.sheet.wide": (
        "; bladet har ett år per kolumn ({years}): skriv i stället en rad per indikator och år, "
        "med året i kolumnen år och värdet i kolumnen värde",
        "; the sheet has one year per column ({years}): write one row per indicator and year "
        "instead, the year in the column year and the value in the column value",
    ),
    "import.sheet.header-below": (
        "rubrikraden ska stå överst, men här står den på rad {row}; ta bort {above:raden|"
        "raderna} ovanför den (en rubrik över bladet, också i sammanfogade celler)",
        "the header row must come first, but here it is row {row}; remove the {above:row|rows} "
        "above it (a title over the sheet, also in merged cells)",
    ),
    "import.sheet.unknown-indicator": (
        "det finns ingen indikator '{indicator}' i data/indicators/; skriv id:t för dess fil",
        "no indicator '{indicator}' in data/indicators/; write the id of its file",
    ),
    "import.sheet.unknown-indicator.near": (
        "det finns ingen indikator '{indicator}' i data/indicators/; {hint}",
        "no indicator '{indicator}' in data/indicators/; {hint}",
    ),
    "import.sheet.title-for-id": (
        "'{indicator}' är titeln på indikatorn {id}; skriv dess id, {id}",
        "'{indicator}' is the title of the indicator {id}; write its id, {id}",
    ),
    "import.sheet.no-indicator": (
        "id för indikatorn saknas; skriv det som indikatorns fil heter i data/indicators/ "
        "(folkmangd för folkmangd.yaml)",
        "no indicator id; write it as the indicator's file in data/indicators/ is named "
        "(folkmangd for folkmangd.yaml)",
    ),
    "import.sheet.value-and-marker": (
        "ett värde och markeringen '{marker}' på samma rad; lämna värdet tomt för ett år utan "
        "värde, eller markeringen tom för ett värde",
        "a value and the marker '{marker}' in one row; leave the value empty for a year without "
        "one, or the marker empty for a value",
    ),
    "import.sheet.unknown-marker": (
        "markeringen '{marker}' känner ambition inte till; skriv 'preliminär', 'statistik "
        "saknas', 'redovisas senare' eller 'sekretess'",
        "the marker '{marker}' is not one ambition knows; write 'preliminär', 'statistik "
        "saknas', 'redovisas senare' or 'sekretess'",
    ),
    "import.sheet.unknown-gender": (
        "'{gender}' är inget kön som ambition känner till; skriv T (totalt), K (kvinnor) eller "
        "M (män)",
        "'{gender}' is not a gender ambition knows; write T (totalt), K (kvinnor) or M (män)",
    ),
    "import.sheet.not-utf8": (
        "{reason}; spara filen som 'CSV UTF-8' (Excel: Spara som → 'CSV UTF-8 (kommaavgränsad)')",
        "{reason}; save it as 'CSV UTF-8' (Excel: Save As → 'CSV UTF-8 (Comma delimited)')",
    ),
    "import.sheet.not-csv": (
        "filen går inte att läsa som CSV: {reason}",
        "not a CSV file the reader accepts: {reason}",
    ),
    "import.sheet.not-xlsx": (
        "inte en Excel-arbetsbok (.xlsx) som går att läsa: {reason}",
        "not an Excel workbook (.xlsx) that can be read: {reason}",
    ),
    "import.sheet.not-a-number": (
        "ett tal som 12,5 väntades, här står {found}{fix}",
        "expected a number such as 12,5, found {found}{fix}",
    ),
    "import.sheet.not-a-number.text": (
        "ett tal som 12,5 eller 14 854 väntades, här står '{found}'{fix}",
        "expected a number such as 12,5 or 14 854, found '{found}'{fix}",
    ),
    "import.sheet.not-a-number.date": (
        "ett tal som 12,5 väntades, här står {found}; cellen är formaterad som datum: formatera "
        "den som tal (Excel: Formatera celler → Tal) och skriv värdet",
        "expected a number such as 12,5, found {found}; the cell is formatted as a date: format "
        "it as a number (Excel: Format Cells → Number) and write the value",
    ),
    "import.sheet.fix.value": (
        "; skriv värdet, eller, för ett år utan värde, skriv varför i kolumnen markering: "
        "'statistik saknas', 'redovisas senare' eller 'sekretess'",
        "; write the value or, for a year without one, why in the column marker: 'statistik "
        "saknas', 'redovisas senare' or 'sekretess'",
    ),
    "import.sheet.fix.write": ("; skriv {number}", "; write {number}"),
    "import.sheet.fix.separators": (
        "; skriv {number}, utan tecken mellan tusentalen (eller med mellanslag)",
        "; write {number}, with no sign between the thousands (or with spaces)",
    ),
    "import.sheet.fix.year": (
        "; skriv året som värdet gäller",
        "; write the year the value is for",
    ),
    "import.sheet.fix.four-digits": (
        "; skriv året med fyra siffror, ett år per rad",
        "; write the year in four digits, one year a row",
    ),
    "import.sheet.percent-cell": (
        "cellen är formaterad som procent: den visar {shows} %, men innehåller {found}; "
        "formatera den som tal (Excel: Formatera celler → Tal) och skriv {shows}",
        "the cell is formatted as percent: it shows {shows} % but holds {found}; format it as "
        "a number (Excel: Format Cells → Number) and write {shows}",
    ),
    "import.sheet.percent-cell.unit": (
        "cellen är formaterad som procent ({shows} %), men indikatorns enhet är '{unit}'; "
        "formatera cellen som tal (Excel: Formatera celler → Tal) och skriv värdet i den enheten",
        "the cell is formatted as percent ({shows} %), but the indicator's unit is '{unit}'; "
        "format the cell as a number (Excel: Format Cells → Number) and write the value in that "
        "unit",
    ),
    "import.sheet.percent.unit": (
        "'{found}' är angivet i procent, men indikatorns enhet är '{unit}'; skriv värdet i den "
        "enheten, utan procenttecken",
        "'{found}' is a percentage, but the indicator's unit is '{unit}'; write the value in that "
        "unit, without a percent sign",
    ),
    "import.sheet.excel-error": (
        "cellen visar felet {found} från Excel; rätta formeln eller skriv värdet (för ett år "
        "utan värde: lämna cellen tom och skriv varför i kolumnen markering)",
        "the cell shows Excel's error {found}; correct the formula or write the value (for a "
        "year without one: leave the cell empty and write why in the column marker)",
    ),
    "import.sheet.not-a-year": (
        "ett år som 2022 väntades, här står {found}{fix}",
        "expected a year such as 2022, found {found}{fix}",
    ),
    "import.sheet.formula": (
        "cellen har formeln {formula} men inget sparat resultat; öppna arbetsboken i Excel och "
        "spara den, så sparas resultatet, eller skriv värdet i cellen",
        "the cell holds the formula {formula} but no saved result; open the workbook in Excel "
        "and save it, so the result is saved, or write the value into the cell",
    ),
    "import.sheet.not-a-year.date": (
        "ett år som 2022 väntades, här står {found}; cellen är formaterad som datum: formatera "
        "den som tal (Excel: Formatera celler → Tal) och skriv året",
        "expected a year such as 2022, found {found}; the cell is formatted as a date: format "
        "it as a number (Excel: Format Cells → Number) and write the year",
    ),
    "import.sheet.no-sheet": (
        "det finns inget blad '{name}'; bladen heter {names}: ange ett av dem med --sheet",
        "no sheet '{name}'; the sheets are {names}: name one of them with --sheet",
    ),
    # The long CSV files of data/sources/ (ambition.importing.sources).
    "import.sources.no-column": (
        "{count:kolumnen|kolumnerna} {columns} saknas i rubrikraden; en källfil har "
        "kolumnerna 'measure_id', 'municipality_code', 'year' och 'value' (och 'source'): "
        "lägg till {count:den|dem} (formatet beskrivs i data/sources/README.md)",
        "no {count:column|columns} {columns} in the header; a sources file has the columns "
        "'measure_id', 'municipality_code', 'year' and 'value' (and 'source'): add "
        "{count:it|them} (data/sources/README.md describes the format)",
    ),
    "import.sources.columns": (
        "raden har {count} {count:kolumn|kolumner}, men rubrikraden har {header} ({names}); "
        "skriv ett värde per kolumn, åtskilda med kommatecken, och sätt en text som innehåller "
        'kommatecken inom citattecken ("Invånare totalt, antal")',
        "the row has {count} {count:column|columns} where the header has {header} ({names}); "
        "write one value per column, separated by commas, and put text holding a comma in "
        'quotes ("Invånare totalt, antal")',
    ),
    "import.sources.no-measure_id": (
        "id för nyckeltalet saknas (measure_id); skriv det, som N01951",
        "no KPI id (measure_id); write it, such as N01951",
    ),
    "import.sources.no-municipality_code": (
        "kommunkoden saknas (municipality_code); skriv dess fyra siffror, som 0665 (0000 för "
        "riket)",
        "no municipality code (municipality_code); write its four digits, such as 0665 (0000 "
        "for the country)",
    ),
    "import.sources.not-a-year": (
        "ett år som 2022 väntades, här står {found}; skriv året med fyra siffror",
        "expected a year such as 2022, found {found}; write the year in four digits",
    ),
    "import.sources.not-a-number": (
        "ett tal med decimalpunkt som 25.9 väntades (källfilerna skrivs så), här står {found}{fix}",
        "expected a number such as 25.9, found {found}{fix}",
    ),
    "import.sources.fix.value": (
        "; skriv talet, eller ta bort raden när inget värde är publicerat",
        "; write the number, or remove the row when no value is published",
    ),
    # What an import stores, against the repository (ambition.importing.plan).
    "import.unknown-indicator": (
        "det finns ingen indikator '{indicator}' i data/indicators/",
        "no indicator '{indicator}' in data/indicators/",
    ),
    "import.conflict": (
        "{what}: {here} här, men {there} i {where}; behåll ett av dem",
        "{what}: {here} here, but {there} in {where}; keep one of them",
    ),
    "import.kept": (
        "ett sparat värde ersätts aldrig av en markering: {items}",
        "a stored value is never replaced by a marker: {items}",
    ),
    "import.kept.item": ("{what}: {old} behålls, inte {new}", "{what}: {old} kept, not {new}"),
    "import.proof.invalid": (
        "{code}: {message}{hint}; ingenting skrevs",
        "{code}: {message}{hint}; nothing was written",
    ),
    "import.proof.hint": (" ({hint})", " ({hint})"),
    "import.proof.values": (
        "det ändrade 'values:' skulle inte läsas tillbaka som avsett; ingenting skrevs (skriv "
        "blocket med en rad 'ÅR: TAL' per år)",
        "the edited 'values:' would not read back as intended; nothing was written (write the "
        "block one 'YEAR: NUMBER' per line)",
    ),
    "import.proof.reference": (
        "referensen '{reference}' skulle efter ändringen inte läsas tillbaka som avsett; "
        "ingenting skrevs (skriv 'references:' med ett block per serie)",
        "the edited reference '{reference}' would not read back as intended; nothing was "
        "written (write 'references:' one series per block)",
    ),
    "import.references.missing": (
        "inga värden hittades för referenserna {names}",
        "no values found for the references {names}",
    ),
    # The edits of an indicator file (values, breakdowns, references).
    "import.edit.after-empty": (
        "oväntad text efter 'values: {{}}'",
        "unexpected text after 'values: {{}}'",
    ),
    "import.edit.one-line": (
        "värdena är skrivna på en rad ('values: {{…}}'); skriv ett år per rad ('  2022: 14854') "
        "så att värden kan läggas till",
        "the values are written on one line ('values: {{…}}'); write one year per line "
        "('  2022: 14854') so they can be added to",
    ),
    "import.edit.not-entry": (
        "raden i 'values:' är inte 'ÅR: TAL' med blockets indrag",
        "this line of 'values:' is not 'YEAR: NUMBER' at the block's indent",
    ),
    "import.edit.twice": ("året {year} står två gånger", "the year {year} is written twice"),
    "import.edit.key-one-line": (
        "'{key}' är skrivet på en rad ('{key}: {{…}}'); skriv en nyckel per rad så att värden "
        "kan läggas till",
        "'{key}' is written on one line ('{key}: {{…}}'); write one key per line so values can "
        "be added to it",
    ),
    "import.edit.placement": ("{reason}; {hint}", "{reason}; {hint}"),
    "import.edit.references-flow": (
        "'references:' är inte skrivet med en serie per rad; skriv det som ett block "
        "('references:' och under det '  riket:' …) så att serier kan läggas till",
        "'references:' is not written as one series per line; write it as a block "
        "('references:' and under it '  riket:' …) so series can be added to it",
    ),
    "import.edit.reference-flow": (
        "referensen '{reference}' är inte skriven med raderna 'name:' och 'values:'; skriv den "
        "som ett block så att dess värden kan sättas",
        "the reference '{reference}' is not written as 'name:', 'values:' lines; write it as a "
        "block so its values can be set",
    ),
    "import.edit.members-flow": (
        "medlemmarna i '{reference}' är inte en lista på en rad ('members: [aneby, gnosjo]'); "
        "skriv dem så, så kan de uppdateras",
        "the members of '{reference}' are not one list on one line ('members: [aneby, "
        "gnosjo]'); write them so, and they can be updated",
    ),
    "import.edit.reference-values-flow": (
        "värdena för '{reference}' är inte skrivna med ett år per rad; skriv dem så "
        "('  2022: 25.1'), så kan värden läggas till",
        "the values of '{reference}' are not written one year per line; write them so "
        "('  2022: 25.1'), and they can be added to",
    ),
    "import.edit.reference-entry": (
        "raden i 'values:' är inte 'ÅR: TAL', ett år en gång",
        "this line of 'values:' is not 'YEAR: NUMBER', once a year",
    ),
    "import.csv.unclosed-quote": (
        "ett citattecken stängs aldrig",
        "a quote is never closed",
    ),
    "import.csv.after-quote": (
        "text står direkt efter ett avslutande citattecken",
        "text follows a closing quote",
    ),
    "import.sheet.cell.empty": ("en tom cell", "an empty cell"),
    "import.sheet.cell.date": ("datumet {date}", "the date {date}"),
    "import.sheet.cell.true": ("SANT", "TRUE"),
    "import.sheet.cell.false": ("FALSKT", "FALSE"),
    "import.sheet.not-zip": (
        "filen är inte en zip-fil, som en .xlsx-fil ska vara; spara den i Excel som "
        "'Excel-arbetsbok (.xlsx)'",
        "the file is no zip archive, as an .xlsx file is; save it in Excel as 'Excel Workbook "
        "(.xlsx)'",
    ),
    **KOLADA,
}
"""The messages of ``ambition import``: what it wrote or would write, and its refusals."""
