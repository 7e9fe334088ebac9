"""The catalogue's texts of ``ambition import``: what it wrote or would write, and the problems
that refuse an import (missing folders, the rows and cells of a CSV file or an Excel sheet);
key → (Swedish, English). ``commands`` gathers them with the other commands' texts.
"""

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
        "{new} {new:nytt|nya} och {corrected} {corrected:rättat|rättade} värden skulle skrivas "
        "till {files} {files:fil|filer}; kör utan --dry-run för att skriva dem.",
        "{new} new and {corrected} corrected values would be written to {files} "
        "{files:file|files}; run without --dry-run to write them.",
    ),
    "import.written": (
        "{new} {new:nytt|nya} och {corrected} {corrected:rättat|rättade} värden skrevs till "
        "{files} {files:fil|filer}.",
        "{new} new and {corrected} corrected values written to {files} {files:file|files}.",
    ),
    "import.references.nothing": (
        "Alla referensvärden finns redan; ingenting att skriva.",
        "Every reference value is already stored; nothing to write.",
    ),
    "import.references.would-write": (
        "{new} {new:nytt|nya} och {corrected} {corrected:rättat|rättade} referensvärden skulle "
        "skrivas till {files} {files:fil|filer}; kör utan --dry-run för att skriva dem.",
        "{new} new and {corrected} corrected reference values would be written to {files} "
        "{files:file|files}; run without --dry-run to write them.",
    ),
    "import.references.written": (
        "{new} {new:nytt|nya} och {corrected} {corrected:rättat|rättade} referensvärden skrevs "
        "till {files} {files:fil|filer}.",
        "{new} new and {corrected} corrected reference values written to {files} "
        "{files:file|files}.",
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
}
"""The messages of ``ambition import``: what it wrote or would write, and its refusals."""
