"""The catalogue's words for the system's reasons: why a file, a folder or an address could not
be used, for every command that reads or writes (loading, ``import``, the error boundary); key →
(Swedish, English). ``ambition.messages.reasons`` chooses them by errno."""

SYSTEM: dict[str, tuple[str, str]] = {
    "system.not-found": ("filen eller mappen finns inte", "no such file or folder"),
    "system.denied": ("behörighet saknas", "permission denied"),
    "system.is-folder": ("det är en mapp, inte en fil", "it is a folder, not a file"),
    "system.not-folder": (
        "en del av sökvägen är en fil, inte en mapp",
        "a part of the path is a file, not a folder",
    ),
    "system.refused": ("anslutningen nekades", "the connection was refused"),
    "system.unreachable": ("nätverket nås inte", "the network cannot be reached"),
    "system.numbered": ("{errno} {reason}", "{errno} {reason}"),
    "system.no-such-host": (
        "{errno} servern hittades inte (namnet går inte att slå upp)",
        "{errno} no such host (the name cannot be looked up)",
    ),
    "system.no-space": ("det finns inget utrymme kvar på disken", "no space left on the disk"),
    "system.read-only": (
        "filsystemet är skrivskyddat",
        "the file system is read-only",
    ),
}
