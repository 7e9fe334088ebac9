"""The catalogue's texts of the commands that stop or report their own work: the errors that
reach the user through the error boundary (``error.…``), ``ambition new`` (``new.…``),
``ambition assess --write/--check`` and the proof (``write.…``) and ``ambition import``
(``import.…``, kept in ``imports``), and the system's reasons (``system.…``, in
``system``); key → (Swedish, English).
"""

from ambition.messages.imports import IMPORT
from ambition.messages.system import SYSTEM

ERRORS: dict[str, tuple[str, str]] = {
    "error.root-missing": (
        "mappen {start} finns inte; ange mappen med ambition.yaml med --root",
        "the folder {start} does not exist; pass the folder with ambition.yaml to --root",
    ),
    "error.root-not-a-folder": (
        "{start} är en fil, inte en mapp; ange mappen med ambition.yaml med --root",
        "{start} is a file, not a folder; pass the folder with ambition.yaml to --root",
    ),
    "error.no-repository": (
        "ingen {file} finns i {start} eller någon mapp ovanför; kör kommandot i mappen med "
        "{file} (eller en mapp under den) eller ange --root",
        "no {file} found in {start} or any folder above it; run the command inside a data "
        "repository or pass --root",
    ),
    "error.unknown-period": (
        "perioden '{period}' finns inte; perioderna i ambition.yaml är: {known}",
        "unknown period '{period}'; configured periods: {known}",
    ),
    "error.unknown-goal": (
        "målet '{goal}' finns inte; målen är: {known}",
        "unknown goal '{goal}'; goals: {known}",
    ),
    "error.unknown-organisation": (
        "organisationen '{organisation}' finns inte; organisationerna är: {known}",
        "unknown organisation '{organisation}'; organisations: {known}",
    ),
    "error.not-a-date": (
        "{option} {value!r} är inte ett datum; skriv ÅÅÅÅ-MM-DD",
        "{option} {value!r} is not a date; write YYYY-MM-DD",
    ),
    "error.revision-and-write": (
        "--revision visar läget enligt en version i git; --write och --check arbetar på "
        "arbetskopian: utelämna det ena eller det andra",
        "--revision shows the state at a git revision; --write and --check work on the "
        "working tree: leave out one or the other",
    ),
    "error.no-pdf": (
        "det går inte att göra en PDF: `WeasyPrint` kan inte läsas in ({reason}); det behöver "
        "biblioteket `pango` (Debian: `apt-get install libpango-1.0-0 libpangoft2-1.0-0`), se "
        "https://doc.courtbouillon.org/weasyprint/stable/first_steps.html",
        "cannot make a PDF: WeasyPrint does not load ({reason}); it needs the pango library "
        "(Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0), see "
        "https://doc.courtbouillon.org/weasyprint/stable/first_steps.html",
    ),
    "error.cannot-use": ("kan inte använda{where}: {reason}", "cannot use{where}: {reason}"),
    "git.missing": (
        "git är inte installerat eller finns inte i `PATH`; installera git (https://git-scm.com) "
        "för att jämföra versioner",
        "git is not installed or not on PATH; install git (https://git-scm.com) to compare "
        "revisions",
    ),
    "git.not-a-repository": (
        "{root} ligger inte under versionshantering i git ({reason}); `ambition diff` jämför "
        "versioner av data som hålls i git",
        "{root} is not in a git repository ({reason}); `ambition diff` compares revisions of a "
        "data repository kept in git",
    ),
    "git.unknown-revision": (
        "okänd version '{revision}': git känner inte till någon commit med det namnet; "
        "kontrollera stavningen eller hämta den först (i `CI`: `git fetch origin main`, eller "
        "`fetch-depth: 0`)",
        "unknown revision '{revision}': git knows no commit by that name; check the spelling, "
        "or fetch it first (in CI: `git fetch origin main`, or check out with fetch-depth: 0)",
    ),
    "git.no-data": (
        "versionen '{name}' ({commit}) har varken ambition.yaml eller data/ i {place}",
        "revision '{name}' ({commit}) has no data repository in {place}: neither ambition.yaml "
        "nor data/",
    ),
    "git.not-a-folder": ("{path} är inte en mapp", "{path} is not a folder"),
    "git.bare": (
        "{root} ligger inte i en arbetskopia av git (ett förråd utan arbetskopia?)",
        "{root} is not inside a git working tree (a bare repository?)",
    ),
    "git.cannot-list": (
        "det går inte att lista filerna i commit {commit}: {reason}",
        "cannot list the files of commit {commit}: {reason}",
    ),
    "git.cannot-read": (
        "det går inte att läsa filerna i commit {commit}: {reason}",
        "cannot read the files of commit {commit}: {reason}",
    ),
    "git.missing-object": (
        "git kan inte läsa {path} i commit {commit} (objektet {object} saknas; en grund klon?)",
        "git cannot read {path} at commit {commit} (object {object} missing; a shallow clone?)",
    ),
    "git.cannot-list-names": (
        "det går inte att lista namnen på commit {commit}: {reason}",
        "cannot list the names of commit {commit}: {reason}",
    ),
    "git.top-level": ("den översta mappen i git", "the top level of the git repository"),
    "git.does-not-load": (
        "filerna i {where} går inte att läsa in ({count} {count:fel|fel}); {advice}",
        "the data of {where} does not load ({count} {count:error|errors}); {advice}",
    ),
    "git.working-tree": ("arbetskopian", "the working tree"),
    "git.revision": ("versionen '{name}' ({commit})", "revision '{name}' ({commit})"),
    "git.fix-working-tree": (
        "rätta dem; `ambition validate` visar varje problem",
        "correct the data; `ambition validate` lists every problem",
    ),
    "git.fix-revision": (
        "jämför en version vars filer går att läsa in med den här versionen av ambition",
        "compare a revision whose data loads with this version of ambition",
    ),
}
"""The errors that stop a command (exit 2)."""

NEW: dict[str, tuple[str, str]] = {
    "new.bad-id": (
        "'{id}' kan inte vara id för {kind}: använd små bokstäver a-z, siffror och bindestreck, "
        "t.ex. 'ekologiska-livsmedel'",
        "'{id}' cannot be the id of {kind}: use lower-case letters a-z, digits and hyphens, "
        "e.g. 'ekologiska-livsmedel'",
    ),
    "new.kind.indicator": ("en indikator", "an indicator"),
    "new.kind.goal": ("ett mål", "a goal"),
    "new.kind.period": ("en period", "a period"),
    "new.exists": (
        "{path} finns redan; redigera den i stället",
        "{path} exists already; edit it instead",
    ),
    "new.unknown.area": (
        "det finns inget mätområde '{given}'{guess}; mätområdena är: {known}",
        "there is no measurement area '{given}'{guess}; the measurement areas are: {known}",
    ),
    "new.unknown.organisation": (
        "det finns ingen organisation '{given}'{guess}; organisationerna är: {known}",
        "there is no organisation '{given}'{guess}; the organisations are: {known}",
    ),
    "new.unknown.guess": (" (menade du '{option}'?)", " (did you mean '{option}'?)"),
    "new.unknown.none": ("inga ännu", "none yet"),
    "new.both": ("{first}; {second}", "{first}; {second}"),
    "new.number-used": (
        "målnummer {number} används redan",
        "goal number {number} is used already",
    ),
    "new.period-exists": (
        "perioden '{period}' finns redan",
        "the period '{period}' exists already",
    ),
    "new.deadline-before": (
        "sista dagen ligger före bokslutsdatumet",
        "the deadline is before the closing date",
    ),
    "new.no-periods": (
        "ambition.yaml har ingen rad 'periods:' vid vänstermarginalen att lägga till perioden under",
        "ambition.yaml has no 'periods:' at the left margin to add to",
    ),
    "new.bad-kind": (
        "--kind '{value}' är inget slags period; välj 'tertial', 'interim' eller 'annual'",
        "--kind '{value}' is not a kind of period; choose tertial, interim or annual",
    ),
    "new.removed": (
        "borttagen: {path} (lämnad av en avbruten skrivning)",
        "removed: {path} (left by an interrupted write)",
    ),
    "new.gitignore-comment": (
        "tillfälliga filer som en avbruten skrivning av ambition lämnar (nästa skrivning tar "
        "bort dem)",
        "temporary files of an interrupted ambition write (removed by the next one)",
    ),
}
"""The messages of ``ambition new indicator|goal|period``."""

USAGE: dict[str, tuple[str, str]] = {
    "missing": ("Ange {what}.", "Missing {what}."),
    "missing.arguments": (
        "{n:argumentet|argumenten} {names}",
        "{n:argument|arguments} {names}",
    ),
    "missing.options": (
        "{n:alternativet|alternativen} {names}",
        "{n:option|options} {names}",
    ),
    "usage.no-such-option": (
        "alternativet {name} finns inte",
        "there is no option {name}",
    ),
    "usage.did-you-mean": (
        "{said}; menade du {names}?",
        "{said}; did you mean {names}?",
    ),
    "usage.needs-value": (
        "alternativet {name} behöver ett värde efter sig",
        "the option {name} needs a value after it",
    ),
    "usage.bad-value": (
        "{value} är inget giltigt värde för {name}; skriv ett av {allowed}",
        "{value} is not a valid value for {name}; write one of {allowed}",
    ),
    "usage.takes-no-value": (
        "alternativet {name} tar inget värde; skriv bara {name}",
        "the option {name} takes no value; write {name} alone",
    ),
    "usage.not-a-whole-number": (
        "{value} är inget heltal; {name} behöver ett heltal, t.ex. 3",
        "{value} is not a whole number; {name} needs one, e.g. 3",
    ),
    "usage.not-a-number": (
        "{value} är inget tal; {name} behöver ett tal med decimalpunkt, t.ex. 2.5",
        "{value} is not a number; {name} needs one, e.g. 2.5",
    ),
    "usage.at-least": (
        "{value} är för litet för {name}; skriv minst {least}",
        "{value} is too small for {name}; write at least {least}",
    ),
    "usage.extra-arguments": (
        "{n:argumentet|argumenten} {names} hör inte till kommandot",
        "the {n:argument|arguments} {names} {n:does|do} not belong to the command",
    ),
    "usage.no-such-command": (
        "kommandot '{name}' finns inte",
        "there is no command '{name}'",
    ),
    "usage.commands": (
        "{said}; kommandona är: {names}",
        "{said}; the commands are: {names}",
    ),
    "usage.missing-command": ("Ange ett kommando.", "Missing command."),
    "usage.given-twice": (
        "{name} är angivet både före och efter kommandot, med olika värden ('{before}' och "
        "'{after}'); ange det en gång",
        "{name} is given both before and after the command, with different values ('{before}' "
        "and '{after}'); give it once",
    ),
    # The frame of a usage error, as click writes it ("Usage: …", "Try … for help.", "Error").
    "usage.usage": ("Användning: {usage}", "Usage: {usage}"),
    "usage.options": ("[ALTERNATIV]", "[OPTIONS]"),
    "usage.command": ("KOMMANDO [ARGUMENT]...", "COMMAND [ARGS]..."),
    "usage.help": ("Skriv '{command} --help' för hjälp.", "Try '{command} --help' for help."),
    "usage.error": ("Fel", "Error"),
}
"""The command line's own messages: the arguments and options a command needs, an option
that does not exist, an option without its value or with one it does not take, a value not
among an option's choices or not a number, arguments too many, a command that does not
exist, an option given before and after the command; and the frame around them (the usage
line, the hint at --help, the word before the message)."""

WRITE: dict[str, tuple[str, str]] = {
    # Where a block cannot be placed (ambition.yaml.edit.block_span).
    "edit.separator": (
        "filen innehåller radavgränsaren U+{code}",
        "the file holds the line separator U+{code}",
    ),
    "edit.separator.fix": (
        "ersätt den med en vanlig radbrytning eller ett mellanslag",
        "replace it with an ordinary line break or a space",
    ),
    "edit.not-mapping": (
        "filen är inte skriven som rader med 'nyckel: värde'",
        "the file is not written as 'key: value' lines",
    ),
    "edit.not-mapping.fix": (
        "skriv varje fält på en egen rad, 'nyckel: värde', med början vid vänstermarginalen",
        "write each field on a line of its own, 'key: value', starting at the left margin",
    ),
    "edit.indented": (
        "filens nycklar börjar inte vid vänstermarginalen",
        "the keys of the file do not start at the left margin",
    ),
    "edit.indented.fix": (
        "ta bort mellanslagen före nycklarna på översta nivån",
        "remove the spaces before the top-level keys",
    ),
    "edit.twice": (
        "'{key}:' står två gånger (rad {first} och {second})",
        "'{key}:' is written twice (lines {first} and {second})",
    ),
    "edit.twice.fix": (
        "ta bort båda; ambition skriver den igen",
        "delete both; ambition writes it again",
    ),
    "edit.documents": (
        "filen innehåller mer än ett YAML-dokument",
        "the file holds more than one YAML document",
    ),
    "edit.documents.fix": (
        "behåll ett dokument i filen: ta bort den andra '---' och det som följer efter den",
        "keep one document in the file: delete the second '---' and what follows it",
    ),
    # The proof of a write-back (ambition.round.proof).
    "write.refusal": ("{path}:{line}: {reason} — {hint}", "{path}:{line}: {reason} — {hint}"),
    "write.rewrite": (
        "ingenting skrevs; skriv filen som enkla rader med 'nyckel: värde', eller ta bort "
        "blocket och kör kommandot igen",
        "nothing was written; write the file as plain 'key: value' lines, or delete the block "
        "and run the command again",
    ),
    "write.cannot-place": (
        "blocket kan inte placeras säkert: {reason}",
        "cannot place the block safely: {reason}",
    ),
    "write.not-found-again": (
        "det skrivna blocket hittas inte igen: {reason}",
        "the written block is not found again: {reason}",
    ),
    "write.outside-changes": (
        "texten utanför blocket skulle ändras",
        "the text outside the block would change",
    ),
    "write.not-yaml": (
        "filen skulle inte längre kunna läsas som YAML",
        "the file would no longer be read as YAML",
    ),
    "write.fields-differ": (
        "fälten utanför blocket skulle läsas på ett annat sätt",
        "the fields outside the block would read differently",
    ),
    "write.not-read-back": (
        "'{key}:' skulle inte läsas tillbaka som det skrevs",
        "'{key}:' would not read back as written",
    ),
    "write.not-valid": (
        "filen skulle inte längre klara valideringen som förut: {code}: {message}",
        "the file would not validate as before: {code}: {message}",
    ),
    # What ambition assess --write and --check say.
    "write.created": ("skapad: {path}", "created: {path}"),
    "write.updated": ("uppdaterad: {path}", "updated: {path}"),
    "write.would-create": ("skulle skapas: {path}", "would create: {path}"),
    "write.would-update": ("skulle uppdateras: {path}", "would update: {path}"),
    "write.all-written": ("Alla förslag är redan skrivna.", "Every proposal is already written."),
    "write.would-change": (
        "{n} {n:fil|filer} skulle ändras; kör 'ambition assess --write'.",
        "{n} {n:file|files} would change; run 'ambition assess --write'.",
    ),
    "write.codeowners-would-change": (
        "{path} skulle ändras; kör 'ambition codeowners' och checka in filen",
        "{path} would change; run 'ambition codeowners' and commit it",
    ),
    "write.not-written": ("inte skriven: {refusal}", "not written: {refusal}"),
    "write.would-not-write": ("skulle inte skrivas: {refusal}", "would not write: {refusal}"),
}
"""The messages of writing back: where a block cannot be placed, the proof's refusals, and
what ``ambition assess --write/--check`` did or would do."""


MESSAGES: dict[str, tuple[str, str]] = {**ERRORS, **NEW, **USAGE, **WRITE, **IMPORT, **SYSTEM}
"""Every text of the commands by key."""
