"""The catalogue's texts of the commands that stop or report their own work: the errors that
reach the user through the error boundary (``error.…``), ``ambition new`` (``new.…``),
``ambition assess --write/--check`` and the proof (``write.…``) and ``ambition import``
(``import.…``); key → (Swedish, English).
"""

ERRORS: dict[str, tuple[str, str]] = {
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
    "error.cannot-use": ("kan inte använda{where}: {reason}", "cannot use{where}: {reason}"),
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
}
"""The command line's own messages: the arguments and options a command needs."""

MESSAGES: dict[str, tuple[str, str]] = {**ERRORS, **NEW, **USAGE}
"""Every text of the commands by key."""
