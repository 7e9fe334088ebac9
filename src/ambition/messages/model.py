"""The catalogue's texts about values against the data model (pydantic's errors made into
diagnostics with a fix): key → (Swedish, English). ``{where}`` is the key path in the file."""

_MONTHS_SV = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

MESSAGES: dict[str, tuple[str, str]] = {
    # Words the messages share.
    "words.list": ("{items}", "{items}"),
    "words.as-is": ("{text}", "{text}"),
    # A word the repository gives in both languages (a status's label on the method's scale).
    "words.label": ("{sv}", "{en}"),
    "model.the-file": ("(filen)", "(the file)"),
    "model.at": ("{where}: {message}", "{where}: {message}"),
    "model.nothing": ("ingenting", "nothing"),
    "model.mapping": ("rader med 'nyckel: värde'", "'key: value' lines"),
    "model.list": ("en lista", "a list"),
    "model.text": ("text", "text"),
    "model.number": ("ett tal", "a number"),
    "model.whole-number": ("ett heltal", "a whole number"),
    "model.year": ("ett heltal (ett år)", "a whole number (a year)"),
    **{
        f"month.{n}": (sv, en)
        for n, (sv, en) in enumerate(zip(_MONTHS_SV, _MONTHS_EN, strict=True), 1)
    },
    # Keys.
    "missing-key": (
        "den obligatoriska nyckeln '{name}' saknas",
        "the required key '{name}' is missing",
    ),
    "missing-key.in": (
        "den obligatoriska nyckeln '{name}' saknas i {parent}",
        "the required key '{name}' is missing in {parent}",
    ),
    "missing-key.one-of": (", något av {words}", ", one of {words}"),
    "missing-key.fix": ("lägg till '{name}: …'{about}", "add '{name}: …'{about}"),
    # The field's description: each language reads its own (schema/descriptions.py has the
    # Swedish, the model's Field the English).
    "missing-key.about": ("{sv}", "{en}"),
    "unknown-key": ("okänd nyckel '{name}'", "unknown key '{name}'"),
    "unknown-key.swedish": (
        "skriv '{key}': nycklarna är på engelska",
        "write '{key}': the keys are in English",
    ),
    "unknown-key.under": (
        "'{name}' hör till '{parent}:': dra in den under den nyckeln",
        "'{name}' belongs under '{parent}:': indent it below that key",
    ),
    "unknown-key.allowed": (
        "nycklarna som är tillåtna här: {keys}",
        "the keys allowed here: {keys}",
    ),
    # Kinds of value.
    "invalid-choice": (
        "{where}: {value} är inte ett av de tillåtna värdena",
        "{where}: {value} is not one of the allowed values",
    ),
    "invalid-choice.swedish": (
        "skriv {word}: orden är på engelska (tillåtna: {allowed})",
        "write {word}: the words are in English (allowed: {allowed})",
    ),
    "invalid-choice.nearest": (
        "menade du {word}? (tillåtna: {allowed})",
        "did you mean {word}? (allowed: {allowed})",
    ),
    "invalid-choice.fix": ("skriv {allowed}", "write one of {allowed}"),
    "not-a-number": ("{where}: {value} är inte {what}", "{where}: {value} is not {what}"),
    "not-a-number.fix": (
        "skriv bara talet, med decimalpunkt, till exempel {example}",
        "write only the number, with a decimal point, e.g. {example}",
    ),
    "not-a-number.whole.fix": (
        "skriv ett heltal, utan decimaler, till exempel {example}",
        "write a whole number, without decimals, e.g. {example}",
    ),
    "not-a-number.year.fix": (
        "skriv året med fyra siffror, till exempel {example}",
        "write the year in four digits, e.g. {example}",
    ),
    "not-a-number.decimals.fix": (
        "decimals är antalet decimaler som visas och skrivs som ett heltal, till exempel {example}",
        "decimals is the number of decimals shown, written as a whole number, e.g. {example}",
    ),
    "not-a-number.date": (
        "{where}: {value} är ett datum, inte ett år",
        "{where}: {value} is a date, not a year",
    ),
    "not-a-number.date.fix": (
        "skriv bara året, {year}, utan månad och dag",
        "write only the year, {year}, without month and day",
    ),
    "not-a-number.boolean": (
        "{value} är ett sanningsvärde, inte {what}",
        "{value} is true or false, not {what}",
    ),
    "not-a-number.boolean.fix": (
        "skriv talet, till exempel {example}",
        "write the number, e.g. {example}",
    ),
    "not-a-number.quoted": (
        "{value} står inom citattecken och är alltså text, inte {what}",
        "{value} is in quotes, so it is text, not {what}",
    ),
    "not-a-number.quoted.fix": (
        "skriv {number} utan citattecken",
        "write {number} without quotes",
    ),
    "number-format": (
        "{where}: {value} är inte ett tal: det innehåller {reasons}",
        "{where}: {value} is not a number: it has {reasons}",
    ),
    "number-format.comparison": ("en jämförelse", "a comparison"),
    "number-format.comparison.fix": (
        "skriv bara talet, 'value: {number}', och jämförelsen på en egen rad, "
        "'comparison: {comparison}'",
        "write only the number, 'value: {number}', and the comparison on a line of its own, "
        "'comparison: {comparison}'",
    ),
    "number-format.percent": ("ett procenttecken", "a percent sign"),
    "number-format.minus": ("ett typografiskt minustecken", "a typographic minus sign"),
    "number-format.unit": ("enheten '{unit}'", "the unit '{unit}'"),
    "number-format.spaces": ("mellanslag mellan tusentalen", "spaces between the thousands"),
    "number-format.separator": (
        "'{separator}' mellan tusentalen",
        "'{separator}' between the thousands",
    ),
    "number-format.decimal-comma": ("ett decimalkomma", "a decimal comma"),
    "number-format.ambiguous-comma": (
        "ett komma som kan vara ett decimalkomma eller en tusentalsavgränsare",
        "a comma that may be a decimal comma or a thousands separator",
    ),
    "number-format.ambiguous-comma.choice": (
        "{decimal} om kommat är ett decimalkomma, eller {whole} om det skiljer tusentalen åt",
        "{decimal} if the comma is a decimal comma, or {whole} if it separates thousands",
    ),
    "not-a-whole-number": (
        "{where}: {value} är inte ett heltal",
        "{where}: {value} is not a whole number",
    ),
    "not-a-whole-number.value": ("{value} är inte ett heltal", "{value} is not a whole number"),
    "not-a-whole-number.fix": (
        "skriv ett heltal, till exempel {example}",
        "write a whole number, e.g. {example}",
    ),
    "not-a-whole-number.fix.plain": ("skriv ett heltal", "write a whole number"),
    "not-text": (
        "{where}: här ska det vara text, men det står talet {value}",
        "{where}: expected text, got the number {value}",
    ),
    "not-text.boolean": (
        "{where}: här ska det vara text, men det står {value}",
        "{where}: expected text, got {value}",
    ),
    "not-text.fix": (
        'sätt värdet inom citattecken: "{value}"',
        'put the value in quotes: "{value}"',
    ),
    "leading-zero.text-field": (
        "{where}: {written} läses som talet {value} och tappar sin inledande nolla",
        "{where}: {written} is read as the number {value} and loses its leading zero",
    ),
    "leading-zero.text-field.fix": (
        'skriv "{written}" inom citattecken',
        'write "{written}" in quotes',
    ),
    "wrong-type": (
        "{where}: här ska det vara {expected}, men det står {got}",
        "{where}: expected {expected}, got {got}",
    ),
    "wrong-type.boolean": (
        "{where}: {value} är inte true eller false",
        "{where}: {value} is not true or false",
    ),
    "wrong-type.boolean.fix": ("skriv true eller false", "write true or false"),
    "wrong-type.boolean.swedish.fix": (
        "skriv {word} för {value}: ja och nej skrivs true och false",
        "write {word} for {value}: yes and no are written true and false",
    ),
    "wrong-type.keys": (", till exempel {keys},", ", e.g. {keys},"),
    "wrong-type.list-for-mapping.fix": (
        "ta bort strecken '- ' och skriv nycklarna{keys} indragna direkt under '{key}:'",
        "remove the dashes '- ' and write the keys{keys} indented directly below '{key}:'",
    ),
    "wrong-type.mapping.fix": (
        "skriv rader med 'nyckel: värde' indragna under den",
        "write 'key: value' lines indented below it",
    ),
    "wrong-type.list.fix": (
        "skriv varje punkt på en egen rad, som börjar med '- ', indragen under nyckeln",
        "write each item on its own line, starting with '- ', indented below the key",
    ),
    "wrong-type.fix": (
        "skriv värdet på samma rad som sin nyckel",
        "write the value on the same line as its key",
    ),
    "empty-value": ("{where}: har inget värde", "{where}: has no value"),
    "empty-value.fix": (
        "skriv värdet efter kolonet, eller ta bort raden om den inte behövs",
        "write the value after the colon, or delete the line if it is optional",
    ),
    "empty-value.required.fix": (
        "skriv värdet efter kolonet; nyckeln är obligatorisk",
        "write the value after the colon; the key is required",
    ),
    "empty-value.keys.fix": (
        "skriv dess nycklar indragna under den: {keys}",
        "write its keys indented below it: {keys}",
    ),
    "empty-value.mapping.fix": (
        "skriv dess nycklar indragna under den",
        "write its keys indented below it",
    ),
    "empty-value.text": ("{where}: texten är tom", "{where}: the text is empty"),
    "empty-value.text.fix": (
        "skriv texten, eller ta bort raden",
        "write the text, or delete the line",
    ),
    "too-long.characters": (
        "{where}: längre än {limit} {limit:tecken|tecken}",
        "{where}: longer than {limit} {limit:character|characters}",
    ),
    "too-long.characters.fix": (
        "korta den till högst {limit} {limit:tecken|tecken}",
        "shorten it to at most {limit} {limit:character|characters}",
    ),
    "too-long.items": (
        "{where}: längre än {limit} {limit:punkt|punkter}",
        "{where}: longer than {limit} {limit:item|items}",
    ),
    "too-long.items.fix": (
        "korta den till högst {limit} {limit:punkt|punkter}",
        "shorten it to at most {limit} {limit:item|items}",
    ),
    "too-few-items": (
        "{where}: behöver minst {least} {least:punkt|punkter}, har {actual}",
        "{where}: needs at least {least} {least:item|items}, has {actual}",
    ),
    "too-few-items.fix": (
        "lägg till de punkter som saknas som rader som börjar med '- '",
        "add the missing items as lines starting with '- '",
    ),
    "invalid-id": ("{where}: {value} är inte ett id", "{where}: {value} is not an id"),
    "invalid-id.fix": (
        "id skrivs bara med små bokstäver a–z, siffror och bindestreck: skriv '{suggestion}'",
        "ids use lower-case letters a-z, digits and hyphens only: write '{suggestion}'",
    ),
    "invalid-id.example": (
        "id skrivs bara med små bokstäver a–z, siffror och bindestreck, till exempel "
        "'ekologisk-mat'",
        "ids use lower-case letters a-z, digits and hyphens only, e.g. 'ekologisk-mat'",
    ),
    "invalid-format": (
        "{where}: {value} har inte den form som väntas",
        "{where}: {value} does not have the expected form",
    ),
    "invalid-format.fix": (
        "värdet måste passa mönstret {pattern}",
        "the value must match the pattern {pattern}",
    ),
    "invalid-format.kolada.fix": (
        "ett id i Kolada är N eller U och fem siffror, till exempel 'N00401'",
        "a Kolada id is N or U and five digits, e.g. 'N00401'",
    ),
    "invalid-format.code.fix": (
        'skriv den fyrsiffriga koden inom citattecken, till exempel "{code}"',
        'write the four-digit code in quotes, e.g. "{code}"',
    ),
    "invalid-format.colour.fix": (
        "skriv en färg som # och sex hexadecimala siffror, till exempel '#1a7f37'",
        "write a colour as # and six hexadecimal digits, e.g. '#1a7f37'",
    ),
    "invalid-format.agenda.fix": (
        "skriv ett mål ('11') eller delmål ('11.6') i Agenda 2030 inom citattecken",
        "write an Agenda 2030 goal ('11') or target ('11.6') in quotes",
    ),
    "invalid-date": (
        "{where}: {value} är inte ett datum{problem}",
        "{where}: {value} is not a date{problem}",
    ),
    "invalid-date.month": (": det finns ingen månad {month}", ": there is no month {month}"),
    "invalid-date.month.fix": (
        "skriv datumet som ÅÅÅÅ-MM-DD med en månad 01–12",
        "write the date as YYYY-MM-DD with a month 01–12",
    ),
    "invalid-date.day": (
        " som finns: {month} {year} har {days} dagar",
        " that exists: {month} {year} has {days} days",
    ),
    "invalid-date.day.fix": (
        "skriv ett datum som finns, som ÅÅÅÅ-MM-DD",
        "write a date that exists, as YYYY-MM-DD",
    ),
    "invalid-date.digits.fix": (
        "skriv {date}: två siffror för månad och dag",
        "write {date}: two digits for month and day",
    ),
    "invalid-date.swedish.fix": (
        "skriv {date}: datum skrivs ÅÅÅÅ-MM-DD",
        "write {date}: dates are written YYYY-MM-DD",
    ),
    "invalid-date.fix": (
        "skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2023-02-15",
        "write the date as YYYY-MM-DD, e.g. 2023-02-15",
    ),
    "year-out-of-range.year.after": (
        "{where}: året {value} ligger efter {limit}",
        "{where}: the year {value} is after {limit}",
    ),
    "year-out-of-range.year.before": (
        "{where}: året {value} ligger före {limit}",
        "{where}: the year {value} is before {limit}",
    ),
    "year-out-of-range.value.after": (
        "{where}: {value} ligger efter {limit}",
        "{where}: {value} is after {limit}",
    ),
    "year-out-of-range.value.before": (
        "{where}: {value} ligger före {limit}",
        "{where}: {value} is before {limit}",
    ),
    "year-out-of-range.fix": (
        "år skrivs från {first} till {last}; kontrollera att året inte är felskrivet",
        "years are from {first} to {last}; check for a typo",
    ),
    "out-of-range.above": (
        "{where}: {value} är över det största tillåtna värdet, {limit}",
        "{where}: {value} is above the largest allowed value, {limit}",
    ),
    "out-of-range.below": (
        "{where}: {value} är under det minsta tillåtna värdet, {limit}",
        "{where}: {value} is below the smallest allowed value, {limit}",
    ),
    "out-of-range.between.fix": (
        "skriv ett tal från {low} till {high}",
        "write a number from {low} to {high}",
    ),
    "out-of-range.least.fix": (
        "skriv ett tal som är minst {low}",
        "write a number of at least {low}",
    ),
    "out-of-range.most.fix": (
        "skriv ett tal som är högst {high}",
        "write a number of at most {high}",
    ),
    "out-of-range.share.fix": (
        "en andel skrivs mellan 0 och 1: skriv {share} för {value} %",
        "a share is written between 0 and 1: write {share} for {value} %",
    ),
    "invalid-value": ("{where}: {message}", "{where}: {message}"),
    "invalid-value.fix": (
        "rätta värdena så att detta gäller; se docs/data-format.md",
        "correct the values so that this holds; see docs/data-format.md",
    ),
}
