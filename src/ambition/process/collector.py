"""The cyclic garbage collector, told what lives as long as the command.

CPython's collector traverses every container object of a generation each time it collects
it. A command builds its repository (a cold validation of 10,000 indicators: 51,750 files,
some four million objects) and keeps it to the end, so every collection of the oldest
generation traverses all of it again: 3.2 s of a 23 s cold ``ambition validate`` of that
repository, summed with ``gc.callbacks`` (docs/performance.md, 2 December 2026, night).

:func:`freeze_survivors` moves every object alive now to the permanent generation
(``gc.freeze``), which the collector never traverses. Reference counting still frees a frozen
object when it is dropped; only garbage in reference cycles that is alive at that moment stays
until the process ends (a file the stock YAML loader refuses leaves some 100 objects in cycles,
collected within the next few hundred allocations, so a chunk of files frozen at its end holds
at most its last file's). :func:`collection_paused` keeps the collector from running at all
while the method assesses a period, which leaves no garbage in cycles (measured on the shipped
data and the benchmark's repositories), and freezes what survives it. Freezing is also what the Python documentation advises before a fork: the
worker's collections then leave the pages it shares with this process alone.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def freeze_survivors() -> None:
    """Exempt every object alive now from the cyclic collector (``gc.freeze``); O(1).

    Called between the stages of a command that build what it keeps: after each chunk of
    files loaded (``loading.files``), before each period is assessed (``validation.periods``).
    A long-lived process that loads many repositories (the test suite) undoes it with
    ``gc.unfreeze()`` between them."""
    gc.freeze()


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic collection inside the block (``gc.disable``); on leaving it, even by an
    exception, what survived is frozen (:func:`freeze_survivors`) and the collector is
    enabled again if it was. For work that makes no garbage in reference cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        freeze_survivors()
        if enabled:
            gc.enable()
