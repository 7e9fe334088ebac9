"""A second process for work that splits in two: one forked worker of the standard library's
``ProcessPoolExecutor``, as a cold load of a large repository (``loading.files``) and the HTML
report of many indicators (``report.apart``) use it.

Forking is cheap on Linux and hands the worker this process's memory as it is (the repository
already loaded, the templates already compiled), so a job need not be pickled; it is not safe in
a process with other threads, and it does not pay on one processor.
"""

import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context


def can_fork() -> bool:
    """True where a forked worker is cheap and safe: on Linux, with two processors or more, in
    a process with no other thread."""
    if not sys.platform.startswith("linux"):
        return False
    return (os.cpu_count() or 1) >= 2 and threading.active_count() == 1


def forked_worker() -> ProcessPoolExecutor | None:
    """A pool of one forked worker that ignores Ctrl-C, or None where :func:`can_fork` is False.

    The worker is forked at the first ``submit``: what this process holds then is what the
    worker sees. The caller shuts the pool down."""
    if not can_fork():
        return None
    return ProcessPoolExecutor(
        max_workers=1, mp_context=get_context("fork"), initializer=ignore_interrupts
    )


def ignore_interrupts() -> None:
    """In the worker: Ctrl-C reaches the whole process group, and only the first process
    decides what an interrupt means (it drops the worker's work and exits 130)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
