"""The quick answer of ``ambition validate`` when nothing is wrong: with a verdict of no
problems (stored in .ambition-cache/ when no input changed, else computed and stored), the
summary line is printed before typer and rich are imported, which is most of a warm run's time
(docs/performance.md, the floor of issue 12). Anything else (another command, an option it does
not know, a terminal, which gets colour, CI, which has no cache, or any diagnostic) goes to the
full app, which gives the same answer in the same words."""

import os
import sys
from pathlib import Path

from ambition.errors import AmbitionError

_FLAGS = {"--strict"}
_VALUES = {"--root": None, "--lang": {"sv", "en"}, "--format": {"text"}, "-f": {"text"}}


def use_cache(no_cache: bool = False) -> bool:
    """The cache (.ambition-cache/) is used unless --no-cache, and never in CI (``CI`` set), where
    a checkout has none and one committed to the repository must not be trusted."""
    return not no_cache and os.environ.get("CI", "").lower() in {"", "0", "false"}


def _options(args: list[str]) -> dict[str, str] | None:
    """The options of ``validate <args>`` by name ('--root', '--lang', '--strict'), or None
    when the arguments are anything this quick path does not handle exactly as the app does."""
    if not args or args[0] != "validate":
        return None
    found: dict[str, str] = {}
    rest = args[1:]
    while rest:
        word, rest = rest[0], rest[1:]
        name, equals, value = word.partition("=")
        if name in _FLAGS and not equals:
            found[name] = ""
            continue
        if name not in _VALUES or name in found:
            return None
        if not equals:
            if not rest:
                return None
            value, rest = rest[0], rest[1:]
        allowed = _VALUES[name]
        if allowed is not None and value not in allowed:
            return None
        found[name] = value
    return found


def clean_verdict(args: list[str]) -> bool:
    """True when ``ambition <args>`` is a ``validate`` in text to a pipe or a file whose verdict
    is clean: the summary line ("0 fel och 0 varningar i 89 filer.") was then printed, exactly as
    the app prints it. False, with nothing printed, for everything else."""
    options = _options(args)
    # Without the cache (CI) a verdict with problems would be computed twice: here and in the app.
    if options is None or sys.stdout.isatty() or not use_cache():
        return False
    from ambition.layout import find_root
    from ambition.validation.cached import verdict

    try:
        root = find_root(Path(options["--root"]) if "--root" in options else Path.cwd())
        result = verdict(root)
    except (AmbitionError, OSError):
        return False  # the app says what is wrong
    if result.files is None or result.diagnostics:
        return False
    from ambition.cli.formats import summary_line
    from ambition.messages.catalogue import language_of

    lang = options.get("--lang") or language_of(root)
    sys.stdout.write(summary_line([], result.files, strict="--strict" in options, lang=lang) + "\n")
    return True
