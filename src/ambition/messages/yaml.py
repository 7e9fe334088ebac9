"""The catalogue's texts about YAML: syntax, refusals, values that YAML readers disagree on and
control characters: key → (Swedish, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "yaml-syntax": ("YAML-syntaxfel: {error}", "YAML syntax error: {error}"),
    "yaml-syntax.fix": (
        "kontrollera indraget och citattecknen i filen",
        "check the indentation and quotes of the file",
    ),
    "yaml-syntax.line.fix": (
        "kontrollera indraget och citattecknen på den här raden och raden före",
        "check the indentation and quotes on this line and the one before",
    ),
    "yaml-syntax.after-quote": (
        "text följer efter slutet på ett värde inom citattecken eller en lista inom hakparenteser",
        "text follows the end of a quoted value or a list in brackets",
    ),
    "yaml-syntax.after-quote.fix": (
        "sätt hela värdet inom ett par citattecken",
        "put the whole value in one pair of quotes",
    ),
    "yaml-tab": ("ett tabbtecken används för indrag", "a tab character is used for indentation"),
    "yaml-tab.fix": (
        "dra in med mellanslag, två per nivå",
        "indent with spaces only (two per level)",
    ),
    "yaml-multiple-documents": (
        "ett andra YAML-dokument börjar här ('---')",
        "a second YAML document starts here ('---')",
    ),
    "yaml-multiple-documents.fix": (
        "ha ett dokument per fil: ta bort raden '---' och flytta eller ta bort det som följer",
        "keep one document per file: delete the '---' line and move or delete what follows",
    ),
    "yaml-unclosed-quote": (
        "värdet som börjar med {quote} här har inget avslutande {quote}",
        "the value starting with {quote} here has no closing {quote}",
    ),
    "yaml-unclosed-quote.fix": (
        "avsluta värdet med {quote} på samma rad",
        "end the value with {quote} on the same line",
    ),
    "yaml-escape": (
        "ett omvänt snedstreck inom dubbla citattecken inleder en kod som YAML inte känner till",
        "a backslash inside double quotes starts an escape that YAML does not know",
    ),
    "yaml-escape.fix": (
        "sätt enkla citattecken runt ett värde med omvända snedstreck, till exempel 'C:\\mapp'",
        "use single quotes around a value with backslashes, e.g. 'C:\\mapp'",
    ),
    "yaml-unclosed-bracket": (
        "'{bracket}' här stängs aldrig",
        "the '{bracket}' here is not closed",
    ),
    "yaml-unclosed-bracket.fix": (
        "stäng den med '{closing}' på samma rad, eller sätt hela värdet inom citattecken om "
        "parentesen är text",
        "close it with '{closing}' on the same line, or put the whole value in quotes if the "
        "bracket is text",
    ),
    "yaml-needs-quotes.start": (
        "ett värde kan inte börja med '{char}' utan citattecken",
        "a value cannot start with '{char}' without quotes",
    ),
    "yaml-needs-quotes.fix": (
        "sätt hela värdet inom citattecken",
        "put the whole value in quotes",
    ),
    "yaml-needs-quotes.colon": (
        "värdet innehåller ': ', som YAML läser som en ny nyckel",
        "the value holds ': ', which YAML reads as a new key",
    ),
    "yaml-needs-quotes.colon.fix": (
        "sätt hela värdet inom citattecken, till exempel 'title: \"Mål 1: …\"'",
        'put the whole value in quotes, e.g. title: "Mål 1: …"',
    ),
    "yaml-missing-colon": ("raden har ingen 'nyckel:'", "this line has no 'key:'"),
    "yaml-missing-colon.fix": (
        "skriv 'nyckel: värde', eller dra in raden mer om den fortsätter värdet ovanför",
        "write 'key: value', or indent the line further if it continues the value above",
    ),
    "yaml-indentation": (
        "radens indrag passar inte raderna ovanför",
        "this line's indentation does not fit the lines above",
    ),
    "yaml-indentation.fix": (
        "nycklar på översta nivån börjar vid vänstermarginalen",
        "keys at the top level start at the left margin",
    ),
    "yaml-indentation.above": (
        "raden är indragen {indent} {indent:mellanslag|mellanslag}, vilket inte passar rad "
        "{above} ovanför ({above_indent} {above_indent:mellanslag|mellanslag})",
        "this line is indented by {indent} {indent:space|spaces}, which does not fit line {above} "
        "above ({above_indent} {above_indent:space|spaces})",
    ),
    "yaml-indentation.above.fix": (
        "nycklar i samma mappning börjar i samma kolumn; en underordnad nyckel dras in två "
        "mellanslag mer än sin överordnade",
        "keys of the same mapping start in the same column; a nested key is indented two spaces "
        "more than its parent",
    ),
    "yaml-indentation.list-on-key": (
        "en lista kan inte börja på samma rad som sin nyckel",
        "a list cannot start on the same line as its key",
    ),
    "yaml-indentation.list-on-key.fix": (
        "skriv punkterna '- ' på raderna under nyckeln, indragna två mellanslag",
        "put the '- ' items on the lines below the key, indented by two spaces",
    ),
    "yaml-indentation.item-for-key": (
        "en listpunkt ('- ') där en 'nyckel:' väntas",
        "a list item ('- ') where a 'key:' is expected",
    ),
    "yaml-indentation.item-for-key.fix": (
        "skriv 'nyckel: värde', eller lägg listan under sin nyckel, indragen två mellanslag",
        "write 'key: value', or put the list under its key, indented by two spaces",
    ),
    "yaml-indentation.key-for-item": (
        "en 'nyckel:' där en listpunkt ('- ') väntas",
        "a 'key:' where a list item ('- ') is expected",
    ),
    "yaml-indentation.key-for-item.fix": (
        "börja raden med '- ' för en ny punkt, eller dra in den som nycklarna i punkten ovanför",
        "start the line with '- ' for a new item, or indent it like the keys of the item above",
    ),
    "duplicate-key": (
        "nyckeln '{key}' förekommer två gånger{where}",
        "the key '{key}' appears twice{where}",
    ),
    "duplicate-key.first": (" (första gången på rad {line})", " (first at line {line})"),
    "duplicate-key.fix": (
        "behåll en av dem; YAML tillåter inte samma nyckel två gånger i en mappning",
        "keep one of them; YAML does not allow the same key twice in a mapping",
    ),
    "empty-file": ("filen är tom", "the file is empty"),
    "empty-file.fix": (
        "fyll i den, eller ta bort den om den inte behövs",
        "fill it in, or delete it if it is not needed",
    ),
    "not-a-mapping": (
        "filen innehåller {what}, inte rader med 'nyckel: värde'",
        "the file holds {what}, not 'key: value' lines",
    ),
    "not-a-mapping.list": ("en lista", "a list"),
    "not-a-mapping.value": ("ett enda värde", "a single value"),
    "not-a-mapping.fix": (
        "skriv rader med 'nyckel: värde' som börjar vid vänstermarginalen; se docs/data-format.md",
        "write 'key: value' lines starting at the left margin; see docs/data-format.md",
    ),
    "yaml-anchor": (
        "ankaret '&{name}' är inte tillåtet i de här filerna",
        "the anchor '&{name}' is not allowed in these files",
    ),
    "yaml-anchor.fix": (
        "skriv ut värdet i sin helhet där det behövs; om texten inte är menad som ett ankare, "
        "sätt hela värdet inom citattecken",
        "write the value out in full where it is needed; if the text is not meant as an anchor, "
        "put the whole value in quotes",
    ),
    "yaml-alias": (
        "aliaset '*{name}' är inte tillåtet i de här filerna",
        "the alias '*{name}' is not allowed in these files",
    ),
    "yaml-alias.fix": (
        "skriv ut värdet i sin helhet här; om texten börjar med '*' (som i Markdown), sätt hela "
        "värdet inom citattecken",
        "write the value out in full here; if the text starts with '*' (as in Markdown), put the "
        "whole value in quotes",
    ),
    "yaml-merge-key": (
        "sammanslagningsnyckeln '<<' är inte tillåten i de här filerna",
        "the merge key '<<' is not allowed in these files",
    ),
    "yaml-merge-key.fix": (
        "skriv ut nycklarna i sin helhet i den här mappningen",
        "write the keys out in full in this mapping",
    ),
    "yaml-tag": (
        "taggen '{name}' är inte tillåten i de här filerna",
        "the tag '{name}' is not allowed in these files",
    ),
    "yaml-tag.fix": (
        "ta bort den; sätt ett värde inom citattecken för att behålla det som text; om värdet "
        "börjar med '!', sätt hela värdet inom citattecken",
        "remove it; to keep a value as text, put it in quotes; if the value starts with '!', put "
        "the whole value in quotes",
    ),
    "yaml-version-directive": (
        "direktivet '%YAML {version}' är inte tillåtet; de här filerna är YAML 1.2",
        "the directive '%YAML {version}' is not allowed; these files are YAML 1.2",
    ),
    "yaml-version-directive.fix": (
        "ta bort raden som börjar med %YAML (och en rad '---' efter den, om det finns en)",
        "delete the line starting with %YAML (and a '---' line after it, if any)",
    ),
    "ambiguous-boolean": (
        "'{written}' utan citattecken är {meaning} för läsare av YAML 1.1 och texten "
        "'{written}' för ambition",
        "'{written}' without quotes is {meaning} to YAML 1.1 readers and the text '{written}' "
        "to ambition",
    ),
    "ambiguous-boolean.fix": (
        'skriv {meaning} för ett ja/nej-värde, eller "{written}" inom citattecken för ordet',
        'write {meaning} for a yes/no value, or "{written}" in quotes for the word',
    ),
    "ambiguous-sexagesimal": (
        "'{written}' utan citattecken är ett tal i basen 60 ({number}) för läsare av YAML 1.1 "
        "och text för ambition",
        "'{written}' without quotes is a base-60 number ({number}) to YAML 1.1 readers and text "
        "to ambition",
    ),
    "ambiguous-sexagesimal.fix": (
        'skriv "{written}" inom citattecken för text som en tid, eller ett decimaltal',
        'write "{written}" in quotes for text such as a time, or a decimal number',
    ),
    "leading-zero": (
        "'{written}' har en inledande nolla: ambition läser talet {decimal}, läsare av YAML 1.1 "
        "{octal}",
        "'{written}' has a leading zero: ambition reads the number {decimal}, YAML 1.1 readers "
        "{octal}",
    ),
    "leading-zero.octal": ("det oktala talet {number}", "the octal number {number}"),
    "leading-zero.text": ("text", "text"),
    "leading-zero.fix": (
        'skriv {decimal} för talet, eller "{written}" inom citattecken för en kod',
        'write {decimal} for the number, or "{written}" in quotes for a code',
    ),
    "number-format.underscore": (
        "{where}'{written}' är inte ett tal: det har understreck mellan siffrorna",
        "{where}'{written}' is not a number: it has underscores between the digits",
    ),
    "number-format.fix": ("skriv {number}", "write {number}"),
    "year-out-of-range.date": (
        "datumet {date} har året {year}, utanför {first}–{last}",
        "the date {date} has the year {year}, outside {first}–{last}",
    ),
    "year-out-of-range.date.fix": (
        "kontrollera att året inte är felskrivet",
        "check the year for a typo",
    ),
    "colliding-keys": (
        "nyckeln {second} blir densamma som {first} på rad {line} när filen läses",
        "the key {second} is the same as {first} on line {line} once read",
    ),
    "colliding-keys.quoted": ("'{key}' (inom citattecken)", "'{key}' (in quotes)"),
    "colliding-keys.fix": (
        "behåll en av dem, skriven utan citattecken",
        "keep one of them, written without quotes",
    ),
    "not-finite": ("{where}: värdet är {what}", "{where}: the value is {what}"),
    "not-finite.nan": ("inte ett tal (NaN)", "not a number (NaN)"),
    "not-finite.infinite": ("oändligt", "infinite"),
    "not-finite.fix": (
        "skriv ett uppmätt värde, eller utelämna året när det inte finns något",
        "write a measured value, or leave the year out when there is none",
    ),
    "yaml-control-character": (
        "texten innehåller ett tecken som inte syns i de flesta textredigerare: {what}",
        "the text holds {what}, invisible in most editors",
    ),
    "character.next-line": ("ett tecken för ny rad ({code})", "a next-line character ({code})"),
    "character.line-separator": ("en radavgränsare ({code})", "a line separator ({code})"),
    "character.paragraph-separator": (
        "en styckeavgränsare ({code})",
        "a paragraph separator ({code})",
    ),
    "character.null": ("ett nolltecken ({code})", "a null character ({code})"),
    "character.control": ("styrtecknet {code}", "the control character {code}"),
}
