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

MESSAGES: dict[str, tuple[str, str]] = {**ERRORS}
"""Every text of the commands by key."""
