"""``ambition validate`` as one function: load, apply the method to every period once, check.

Every command that needs the repository goes through ``validate``, and the method's results it
computed are handed on (``Validation.results``), so the engine runs once per command: the
checks here and the report, ``assess`` or ``status`` read the same results.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from ambition.diagnostics import Diagnostic
from ambition.loading.files import ResultStore
from ambition.loading.repository import load_repository
from ambition.method.results import PeriodResult
from ambition.models import Period
from ambition.repository import Repository
from ambition.validation.checks import check_across_periods
from ambition.validation.periods import assess_periods, period_findings


@dataclass(frozen=True)
class Validation:
    """The repository (None when a required file is unusable), every finding sorted by file
    and position, and the method's result for each configured period id (empty without a
    repository)."""

    repository: Repository | None
    diagnostics: list[Diagnostic]
    results: Mapping[str, PeriodResult] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def files(self) -> int | None:
        """The number of files read, or None when there is no repository."""
        return len(self.repository.sources) if self.repository is not None else None

    def result(self, period: Period) -> PeriodResult:
        """The method's result for ``period`` (one of the repository's periods).

        Raises KeyError for a period that is not configured (``Repository.period`` gives only
        configured ones).
        """
        return self.results[period.id]


def validate(
    root: Path, store: ResultStore | None = None, *, findings_only: bool = False
) -> Validation:
    """Load the repository at ``root``, assess every period, run every check.

    ``store`` (an ``ambition.cache.store.Cache``) spares parsing the files it knows. With
    ``findings_only`` (the verdict of ``ambition validate``) the results are not kept
    (``results`` is empty), and a large repository's periods are assessed in two processes
    (``validation.periods``); the findings are the same.
    """
    loaded = load_repository(root, store)
    repository = loaded.repository
    if repository is None:
        return Validation(None, loaded.diagnostics)
    results = None if findings_only else assess_periods(repository)
    found = [
        *loaded.diagnostics,
        *period_findings(repository, results),
        *check_across_periods(repository),
    ]
    kept = MappingProxyType(results or {})
    return Validation(repository, sorted(found, key=Diagnostic.sort_key), kept)
