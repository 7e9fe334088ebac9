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
_BEFORE_FLAGS = {"--debug"}
_BEFORE_VALUES = {"--root": None, "--lang": {"sv", "en"}}
"""The main app's options before the command's name (``ambition --root DIR validate``)."""


def use_cache(no_cache: bool = False) -> bool:
    """The cache (.ambition-cache/) is used unless --no-cache, and never in CI (``CI`` set), where
    a checkout has none and one committed to the repository must not be trusted."""
    return not no_cache and os.environ.get("CI", "").lower() in {"", "0", "false"}


def _take(
    rest: list[str], flags: set[str], values: dict[str, set[str] | None], found: dict[str, str]
) -> list[str] | None:
    """Read one option of ``flags`` or ``values`` from the front of ``rest`` into ``found``;
    the words after it, or None for a word this quick path does not handle as click does (a
    repeated option, a short option with '=', which click reads as part of the value)."""
    word, rest = rest[0], rest[1:]
    name, equals, value = word.partition("=")
    if name in flags and not equals:
        found[name] = ""
        return rest
    if name not in values or name in found or (equals and not name.startswith("--")):
        return None
    if not equals:
        if not rest:
            return None
        value, rest = rest[0], rest[1:]
    allowed = values[name]
    if allowed is not None and value not in allowed:
        return None
    found[name] = value
    return rest


def _options(args: list[str]) -> dict[str, str] | None:
    """The options of ``[--root R] [--lang L] validate <args>`` by name ('--root', '--lang',
    '--strict'), or None when the arguments are anything this quick path does not handle
    exactly as the app does (an option given both before and after the command, too: the app
    decides whether the two agree)."""
    before: dict[str, str] = {}
    rest: list[str] | None = list(args)
    while rest and rest[0] != "validate":
        rest = _take(rest, _BEFORE_FLAGS, _BEFORE_VALUES, before)
    if not rest:
        return None
    found: dict[str, str] = {}
    rest = rest[1:]
    while rest:
        rest = _take(rest, _FLAGS, _VALUES, found)
        if rest is None:
            return None
    if any(name in found for name in before if name in _VALUES):
        return None
    return {**before, **found}


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
