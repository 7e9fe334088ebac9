"""Validation through the cache, as the commands use it.

``verdict`` is ``ambition validate``: when a stored verdict matches every input it is given
without importing the models, the YAML parser or the method (this module imports them only
when it must validate); ``load`` is for the commands that need the repository itself.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from ambition.cache.store import Cache, Verdict

if TYPE_CHECKING:  # imported only when needed: a stored verdict needs none of it
    from ambition.validation.validate import Validation


def verdict(root: Path, *, use_cache: bool = True) -> Verdict:
    """The verdict of ``ambition validate`` for the repository at ``root``: the stored one when
    no input changed, else a full validation (with the per-file cache), which is then stored.
    With ``use_cache=False`` nothing is read from or written to ``.ambition-cache/``."""
    if not use_cache:
        from ambition.validation.validate import validate

        result = validate(root, findings_only=True)
        return Verdict(result.diagnostics, result.files)
    with Cache(root) as cache:
        known = cache.verdict()
        if known is not None:
            return known
        from ambition.validation.validate import validate  # only now: there is work to do

        result = validate(root, cache, findings_only=True)
        found = Verdict(result.diagnostics, result.files)
        cache.keep(found)
        return found


def load(root: Path, *, use_cache: bool = True) -> "Validation":
    """``validate(root)`` with the per-file cache: the commands that need the repository itself
    (assess, report, status, new) read unchanged files from the cache."""
    from ambition.validation.validate import validate

    if not use_cache:
        return validate(root)
    with Cache(root) as cache:
        return validate(root, cache)
