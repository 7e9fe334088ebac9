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
        "bladet är tomt; en rubrikrad väntades",
        "the sheet is empty; expected a header row",
    ),
    "import.sheet.second-column": ("en andra kolumn '{column}'", "a second '{column}' column"),
    "import.sheet.no-column": (
        "kolumnen {columns} saknas i rubrikraden; kolumnerna är indikator ('indicator'), år "
        "('year'), värde ('value') och, om de behövs, kön ('gender') och markering ('marker')",
        "no column {columns} in the header; the columns are indicator (indikator), year (år), "
        "value (värde) and optionally gender (kön), marker",
    ),
    "import.sheet.unknown-indicator": (
        "det finns ingen indikator '{indicator}' i data/indicators/; skriv id:t för dess fil",
        "no indicator '{indicator}' in data/indicators/; write the id of its file",
    ),
    "import.sheet.no-indicator": ("id för indikatorn saknas", "no indicator id"),
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
        "inte text i UTF-8 (byte {byte}); spara filen som 'CSV UTF-8' (Excel: Spara som → "
        "'CSV UTF-8')",
        "not UTF-8 text (byte {byte}); save it as 'CSV UTF-8' (Excel: Spara som → CSV UTF-8)",
    ),
    "import.sheet.not-csv": (
        "filen går inte att läsa som `CSV`: {reason}",
        "not a CSV file the reader accepts: {reason}",
    ),
    "import.sheet.not-xlsx": (
        "inte en Excel-arbetsbok (.xlsx) som går att läsa: {reason}",
        "not an Excel workbook (.xlsx) that can be read: {reason}",
    ),
    "import.sheet.not-a-number": (
        "ett tal som 12,5 väntades, här står {found}",
        "expected a number such as 12,5, found {found}",
    ),
    "import.sheet.not-a-number.text": (
        "ett tal som 12,5 eller 14 854 väntades, här står '{found}'",
        "expected a number such as 12,5 or 14 854, found '{found}'",
    ),
    "import.sheet.not-a-year": (
        "ett år som 2022 väntades, här står {found}",
        "expected a year such as 2022, found {found}",
    ),
    "import.sheet.no-sheet": (
        "det finns inget blad '{name}'; bladen är {names}",
        "no sheet '{name}'; the sheets are {names}",
    ),
    # The long CSV files of data/sources/ (ambition.importing.sources).
    "import.sources.no-column": (
        "{count:kolumnen|kolumnerna} {columns} saknas; en källfil har kolumnerna "
        "'measure_id', 'municipality_code', 'year', 'value' (och 'source')",
        "no {count:column|columns} {columns}; a sources file has the columns measure_id, "
        "municipality_code, year, value (and source)",
    ),
    "import.sources.not-a-year": (
        "ett år som 2022 väntades, här står '{found}'",
        "expected a year such as 2022, found '{found}'",
    ),
    "import.sources.not-a-number": (
        "ett tal med decimalpunkt som 25.9 väntades (källfilerna skrivs så), här står '{found}'",
        "expected a number such as 25.9, found '{found}'",
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
