"""The command-line interface: parses arguments, calls one core function, prints, exits.

``main`` is the entry point. The app and its commands are built in
:mod:`ambition.cli.application` (each command a module of :mod:`ambition.cli.commands`, what they share in
:mod:`ambition.cli.common`, everything printed through :mod:`ambition.cli.output`); a clean
``ambition validate`` whose verdict is cached answers from :mod:`ambition.cli.fast` before typer
and rich are imported (docs/performance.md). The app (``app``) and the exit codes are
importable from here as before.
"""

import gc
import sys


def main() -> None:
    """Entry point of the ``ambition`` console script and ``python -m ambition``."""
    # A large repository is millions of long-lived objects without cycles, which the cyclic
    # collector's default thresholds scan again and again: a quarter of the time of a
    # validation of 10,000 indicators (docs/performance.md). Young cycles are still collected.
    gc.set_threshold(100_000, 100, 100)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    from ambition.cli.fast import clean_verdict

    if clean_verdict(sys.argv[1:]):
        return
    from ambition.cli.application import run

    run()


def __getattr__(name: str) -> object:
    """``app`` and the exit codes, from :mod:`ambition.cli.application` (imported when asked)."""
    if name in {"app", "EXIT_BUG", "EXIT_PROBLEMS", "EXIT_USAGE"}:
        import ambition.cli.application as full

        return getattr(full, name)
    raise AttributeError(f"module 'ambition.cli' has no attribute {name!r}")
