"""The catalogue's texts of Kolada's answers in ``ambition import kolada``: what the HTTP client
says when a request fails (a timeout, no connection, an HTTP error, a paging link elsewhere),
what is wrong in a data answer or a group answer (not UTF-8, not JSON, an item of the wrong
shape), and what the answers do not fit (another municipality, a KPI no indicator names);
key → (Swedish, English). ``imports`` gathers them with the other texts of the import.

A ``{found}`` is the value as JSON writes it (``null``, ``"x"``, ``true``); an ``{at}`` is the
place in the answer (``values[0].values[1]``), written as the answer's keys are.
"""

KOLADA: dict[str, tuple[str, str]] = {
    # The HTTP client (ambition.importing.client).
    "import.kolada.timeout": (
        "inget svar inom {seconds:n0} s; försök igen senare eller höj --timeout",
        "no answer within {seconds:n0} s; try again later or raise --timeout",
    ),
    "import.kolada.timeout.fraction": (
        "inget svar inom {seconds:n1} s; försök igen senare eller höj --timeout",
        "no answer within {seconds:n1} s; try again later or raise --timeout",
    ),
    "import.kolada.no-connection": (
        "kunde inte ansluta ({reason}); kontrollera adressen och nätverket",
        "could not connect ({reason}); check the address and the network",
    ),
    "import.kolada.request-failed": (
        "begäran misslyckades ({reason}); kontrollera adressen (--base-url)",
        "the request failed ({reason}); check the address (--base-url)",
    ),
    "import.kolada.other-host": (
        "länken till nästa sida går till en annan server ({link}); den följs inte",
        "the next page is on another host ({link}); not followed",
    ),
    "import.kolada.answer": (" (svaret: {excerpt})", " (the answer: {excerpt})"),
    "import.kolada.http-429": (
        "HTTP 429: gränsen för antalet anrop till Kolada nåddes, även efter nya försök; försök "
        "igen senare{said}",
        "HTTP 429: Kolada's rate limit, still after the retries; try again later{said}",
    ),
    "import.kolada.http-5xx": (
        "HTTP {status}: servern hos Kolada svarade med ett fel, även efter nya försök; försök "
        "igen senare{said}",
        "HTTP {status}: Kolada's server failed, still after the retries; try again later{said}",
    ),
    "import.kolada.http-422": (
        "HTTP 422: Kolada avvisade begäran även för ett enda nyckeltal och år{said}",
        "HTTP 422: Kolada refused the request even for one id and year{said}",
    ),
    "import.kolada.http-other": (
        "HTTP {status}: Kolada avvisade begäran; kontrollera adressen (--base-url){said}",
        "HTTP {status}: Kolada refused the request; check the address (--base-url){said}",
    ),
    # A data answer (ambition.importing.kolada).
    "import.kolada.not-utf8": (
        "svaret är inte text i UTF-8 (byte {byte}); spara hela svaret på nytt",
        "the answer is not UTF-8 text (byte {byte}); save the whole answer again",
    ),
    "import.kolada.not-json": (
        "svaret är inte giltig JSON (rad {line}, kolumn {column}); spara hela svaret på nytt",
        "the answer is not valid JSON (line {line}, column {column}); save the whole answer again",
    ),
    "import.kolada.not-json.live": (
        "svaret är inte giltig JSON (rad {line}, kolumn {column}); försök igen senare{said}",
        "the answer is not valid JSON (line {line}, column {column}); try again later{said}",
    ),
    "import.kolada.not-json.constant": (
        "svaret innehåller {name}, som inte är ett tal i JSON; spara hela svaret på nytt",
        "the answer holds {name}, which is not a number JSON allows; save the whole answer again",
    ),
    "import.kolada.not-data": (
        "ett svar med data från Kolada väntades: ett objekt med listan 'values'",
        "expected a Kolada data answer: an object with a list 'values'",
    ),
    "import.kolada.item": (
        "{at}: ett objekt med 'kpi', 'municipality' och 'period' väntades",
        "{at}: expected an object with kpi, municipality, period",
    ),
    "import.kolada.kpi": (
        '{at}.kpi: id:t för ett nyckeltal som "N01951" väntades, här står {found}',
        '{at}.kpi: expected a KPI id such as "N01951", found {found}',
    ),
    "import.kolada.municipality": (
        '{at}.municipality: en kommunkod som "0665" väntades, här står {found}',
        '{at}.municipality: expected a code such as "0665", found {found}',
    ),
    "import.kolada.period": (
        "{at}.period: ett år som 2022 väntades, här står {found}",
        "{at}.period: expected a year such as 2022, found {found}",
    ),
    "import.kolada.isdeleted": (
        "{at}.isdeleted: 'true' eller 'false' väntades, här står {found}",
        "{at}.isdeleted: expected true or false, found {found}",
    ),
    "import.kolada.values": (
        "{at}.values: en lista med värden per kön väntades, här står {found}",
        "{at}.values: expected a list of values by gender, found {found}",
    ),
    "import.kolada.entry": (
        "{at}: ett objekt med 'gender' och 'value' väntades",
        "{at}: expected an object with gender and value",
    ),
    "import.kolada.value": (
        "{at}.value: ett tal eller 'null' väntades, här står {found}",
        "{at}.value: expected a number or null, found {found}",
    ),
    "import.kolada.gender": (
        '{at}.gender: "T", "K" eller "M" väntades, här står {found}',
        '{at}.gender: expected "T", "K" or "M", found {found}',
    ),
    "import.kolada.status": (
        "{at}.status: en text väntades, här står {found}",
        "{at}.status: expected text, found {found}",
    ),
    "import.kolada.next-link": (
        "länken till nästa sida är ingen adress: {found}",
        "the paging link is not an address: {found}",
    ),
    # A group answer (ambition.importing.groups).
    "import.kolada.not-groups": (
        "ett svar om kommungrupper från Kolada väntades: ett objekt med listan 'values'",
        "expected a Kolada group answer: an object with a list 'values'",
    ),
    "import.kolada.group-id": (
        '{at}.id: id:t för en kommungrupp som "G33795" väntades',
        '{at}.id: expected a group id such as "G33795"',
    ),
    "import.kolada.members": (
        "{at}.members: en lista med kommuner väntades",
        "{at}.members: expected a list of municipalities",
    ),
    "import.kolada.member-id": (
        '{at}.id: en kommunkod som "0604" väntades',
        '{at}.id: expected a code such as "0604"',
    ),
    "import.kolada.member-title": (
        "{at}.title: kommunens namn väntades",
        "{at}.title: expected a name",
    ),
    "import.kolada.no-members": (
        "inga medlemmar för kommungrupperna {groups}; spara svaret på "
        "/municipality_groups/<id> för var och en av dem",
        "no members for the groups {groups}; save the answer of /municipality_groups/<id> "
        "for each of them",
    ),
    # What the answers do not fit (ambition.importing.run).
    "import.kolada.other-municipality": (
        "värden för kommunen {found}, men ambition.yaml följer upp {name} ({code}); fråga "
        "efter municipality/{code}, eller ange kommunen under 'references:' i ambition.yaml "
        "för att hämta dess serie som jämförelse",
        "values for the municipality {found}, but this repository follows {name} ({code}); ask "
        "for municipality/{code}, or name it under 'references:' in ambition.yaml to import its "
        "series as a reference",
    ),
    "import.kolada.unknown-kpi": (
        "ingen indikator anger nyckeltalet {kpi} (source.kolada_kpi i data/indicators/); lägg "
        "till indikatorn först eller ta bort svaret",
        "the KPI {kpi} is named by no indicator (source.kolada_kpi in data/indicators/); add the "
        "indicator first or leave the answer out",
    ),
    "import.kolada.no-kpis": (
        "ingen indikator anger ett nyckeltal i Kolada (source.kolada_kpi), så ingenting "
        "hämtades; skriv nyckeltalets id under 'source:' i filen för varje indikator vars "
        "värden finns i Kolada ('kolada_kpi: N01951')",
        "no indicator names a Kolada KPI (source.kolada_kpi), so nothing was fetched; write the "
        "KPI's id under 'source:' in the file of each indicator whose values Kolada has "
        "('kolada_kpi: N01951')",
    ),
    "import.kolada.unread": (
        "inget värde och en status som inte anger någon markering (statistik saknas, "
        "redovisas senare, sekretess), så ingenting sparades: {items}",
        "no value and a status that names no marker (statistik saknas, redovisas senare, "
        "sekretess), so nothing stored: {items}",
    ),
    "import.kolada.withdrawn": (
        "återkallat i Kolada ('isdeleted'), kvar i filerna: {items}",
        "withdrawn in Kolada (isdeleted), kept in the files: {items}",
    ),
    "import.kolada.silent": (
        "Kolada gav inga värden för {items} under de år som efterfrågades; kontrollera "
        "source.kolada_kpi om ett värde väntades",
        "Kolada gave no values for {items} in the years asked for; check source.kolada_kpi if a "
        "value was expected",
    ),
}
"""The messages of Kolada's answers: the client's, a data answer's, a group answer's."""
