"""The catalogue's texts about files, folders, encodings and names, and the words that several
diagnostics share (lists, "did you mean"): key → (Swedish, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # Shared words.
    "words.and": ("{head} och {last}", "{head} and {last}"),
    "words.or": ("{head} eller {last}", "{head} or {last}"),
    "words.then": ("{first} {then}", "{first} {then}"),
    "nearest": ("menade du '{option}'?", "did you mean '{option}'?"),
    "nearest.case": (
        "skriv '{option}': id skrivs med små bokstäver",
        "write '{option}': ids are lower case",
    ),
    # Files and folders.
    "missing-file": (
        "den obligatoriska filen {path} saknas",
        "the required file {path} is missing",
    ),
    "missing-file.fix": (
        "se docs/data-format.md för vad den ska innehålla",
        "see docs/data-format.md for its contents",
    ),
    "unreadable-file": ("filen kan inte läsas: {reason}", "cannot read the file: {reason}"),
    "unreadable-file.fix": (
        "se till att filen inte är låst av ett annat program och att du har rätt att läsa den",
        "check that the file is not locked by another program and that you may read it",
    ),
    "not-a-file": ("{path} är {problem}, inte en datafil", "{path} is {problem}, not a data file"),
    "not-a-file.fix": (
        "ersätt den med själva datafilen, eller ta bort den; en datafil måste vara en vanlig fil "
        "i mappen med ambition.yaml",
        "replace it with the data file itself, or remove it; a data file must be a regular file "
        "inside the repository",
    ),
    "not-a-file.missing": ("ingenting", "nothing"),
    "not-a-file.unexaminable": (
        "en sökväg som inte kan undersökas ({reason})",
        "a path that cannot be examined ({reason})",
    ),
    "not-a-file.dangling": (
        "en länk till något som inte finns (en trasig länk)",
        "a link to something that does not exist (a dangling link)",
    ),
    "not-a-file.looping": (
        "en länk som leder tillbaka till sig själv (en länk i cirkel)",
        "a link that leads back to itself (a looping link)",
    ),
    "not-a-file.outside": (
        "en länk som leder ut ur mappen med ambition.yaml (till {target})",
        "a link that leads outside the repository (to {target})",
    ),
    "not-a-file.irregular": ("inte en vanlig fil", "not a regular file"),
    "not-a-file.folder": ("en mapp", "a folder"),
    "not-a-file.fifo": ("en namngiven pipe (FIFO)", "a named pipe (FIFO)"),
    "not-a-file.character-device": ("en teckenenhet", "a character device"),
    "not-a-file.block-device": ("en blockenhet", "a block device"),
    "not-a-file.socket": ("en socket", "a socket"),
    "too-large": (
        "filen är {size}, över gränsen på {limit}; den läses inte",
        "the file is {size}, over the limit of {limit}; it is not read",
    ),
    "too-large.fix": (
        "en datafil är några kilobyte: kontrollera att det är rätt fil, eller höj max_file_size "
        "(i byte) i ambition.yaml",
        "a data file is a few kilobytes: check that this is the right file, or raise "
        "max_file_size (in bytes) in ambition.yaml",
    ),
    "too-large.bytes": ("{count:n0} byte", "{count:n0} {count:byte|bytes}"),
    "too-large.megabytes": (
        "{count:n0} byte ({megabytes:n1} MB)",
        "{count:n0} bytes ({megabytes:n1} MB)",
    ),
    "wrong-extension": ("{name} läses inte", "{name} is not read"),
    "wrong-extension.fix": ("byt namn på den till {name}", "rename it to {name}"),
    "unexpected-file": ("{name} läses inte här", "{name} is not read here"),
    "unexpected-file.fix": (
        "bara .yaml-filer hör hemma i {folder}",
        "only .yaml files belong in {folder}",
    ),
    "unexpected-file.period": (
        "bedömningar ligger i {folder}/<period>/{folders}",
        "assessments go in {folder}/<period>/{folders}",
    ),
    "unexpected-folder.fix": (
        "bedömningar ligger i mapparna {folders}",
        "assessments go in the folders {folders}",
    ),
    "unknown-period.folder": (
        "mappen {name} är inte en period som finns i ambition.yaml",
        "the folder {name} is not a period configured in ambition.yaml",
    ),
    "unknown-period.fix": ("lägg till perioden i ambition.yaml", "add the period to ambition.yaml"),
    "file-name-reserved": (
        "Windows kan inte använda filnamnet {name}",
        "Windows cannot use the file name {name}",
    ),
    "file-name-reserved.fix": (
        "byt namn på filen (och på id:t i den), till exempel med ett prefix eller ett längre ord",
        "rename the file (and the id in it), e.g. with a prefix or a longer word",
    ),
    "file-name-collision": (
        "filnamnet skiljer sig från {other} bara i {how}: de två är samma fil i {systems}",
        "this file name differs from {other} only in {how}: the two are one file on {systems}",
    ),
    "file-name-collision.case": ("stora och små bokstäver", "letter case"),
    "file-name-collision.form": (
        "Unicode-normalisering (det här namnet är {this}, det andra {other})",
        "Unicode normalisation (this name is {this}, the other {other})",
    ),
    "file-name-collision.both": (
        "stora och små bokstäver och Unicode-normalisering",
        "letter case and Unicode normalisation",
    ),
    "file-name-collision.windows": ("Windows och macOS", "Windows and macOS"),
    "file-name-collision.macos": ("macOS", "macOS"),
    "file-name-collision.fix": (
        "behåll en av dem; id och filnamn skrivs med små bokstäver a–z, siffror 0–9 och "
        "bindestreck",
        "keep one of them; ids and file names use lower-case a-z, 0-9 and hyphens",
    ),
    "empty-assessment": (
        "bedömningen {path} är tom: ingen bedömning, analys eller kommentar",
        "the assessment {path} is empty: no assessment, analysis or comment",
    ),
    "empty-assessment.fix": (
        "skriv bedömningen, eller ta bort filen; `ambition assess` påbörjar en med fälten som "
        "kommentarer",
        "write the assessment, or delete the file; `ambition assess` starts one with its fields "
        "as comments",
    ),
    # Encodings and invisible characters.
    "not-utf8.bom": (
        "filen är sparad som {encoding}, inte som UTF-8",
        "the file is saved as {encoding}, not UTF-8",
    ),
    "not-utf8.byte": ("byten {byte} är inte giltig UTF-8", "byte {byte} is not valid UTF-8"),
    "not-utf8.latin1": (
        "byten {byte} är inte giltig UTF-8 (det ser ut som Windows-1252 eller Latin-1: å, ä, ö)",
        "byte {byte} is not valid UTF-8 (it looks like Windows-1252 or Latin-1: å, ä, ö)",
    ),
    "not-utf8.fix": (
        "spara filen som UTF-8 (i de flesta textredigerare: 'Spara med kodning' > UTF-8)",
        "save the file as UTF-8 (in most editors: 'Save with encoding' > UTF-8)",
    ),
    "character.bidi": (
        "styrtecknet {name} {code}, som ändrar ordningen som texten visas i",
        "the {name} {code}, which changes the order in which the text is shown",
    ),
    "character.zero-width-space": ("ett mellanslag utan bredd {code}", "a zero-width space {code}"),
    "character.zero-width-non-joiner": (
        "ett tecken utan bredd som hindrar sammanfogning {code}",
        "a zero-width non-joiner {code}",
    ),
    "character.zero-width-joiner": (
        "ett sammanfogande tecken utan bredd {code}",
        "a zero-width joiner {code}",
    ),
    "character.word-joiner": (
        "ett ordbindande tecken utan bredd {code}",
        "a word joiner (zero width) {code}",
    ),
    "character.zero-width-no-break-space": (
        "ett hårt mellanslag utan bredd {code} (en byteordningsmarkering mitt i texten)",
        "a zero-width no-break space {code} (a byte-order mark inside the text)",
    ),
    "character.soft-hyphen": ("ett mjukt bindestreck {code}", "a soft hyphen {code}"),
    "character.other": ("formateringstecknet {name} {code}", "the invisible {name} {code}"),
    "character.named": ("formateringstecknet {name} {code}", "the {name} {code}"),
    "invisible-character-in-id": (
        "id:t innehåller ett tecken som inte syns i de flesta textredigerare: {what}",
        "the id holds {what}, invisible in most editors",
    ),
    "invisible-character-in-id.key": (
        "nyckeln innehåller ett tecken som inte syns i de flesta textredigerare: {what}",
        "the key holds {what}, invisible in most editors",
    ),
    "invisible-character-in-id.fix": (
        "ta bort tecknet: skriv nyckeln eller id:t på nytt utan det",
        "delete it: retype the key or id without it",
    ),
    "invisible-character": (
        "texten innehåller ett tecken som inte syns i de flesta textredigerare: {what}",
        "the text holds {what}, invisible in most editors",
    ),
    "invisible-character.fix": (
        "ta bort tecknet (skriv texten runt det på nytt); det följer ofta med text som klistrats "
        "in från ett annat program",
        "delete it (retype the text around it); it often comes with text pasted from another "
        "program",
    ),
}
