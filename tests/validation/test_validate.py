"""validate: load, the method once per period, every check; the results handed on."""

from pathlib import Path
from typing import Any

import pytest

from ambition.method.engine import assess_period
from ambition.validation import periods as periods_module
from ambition.validation.validate import validate
from tests.conftest import PROJECT


def test_the_method_runs_once_per_period_and_the_results_are_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def counting(repository: Any, period: Any) -> Any:
        calls.append(period.id)
        return assess_period(repository, period)

    monkeypatch.setattr(periods_module, "assess_period", counting)
    result = validate(PROJECT)
    assert result.repository is not None
    periods = [p.id for p in result.repository.project.periods]
    assert calls == periods  # once each, in ambition.yaml's order
    assert list(result.results) == periods
    period = result.repository.period()
    assert result.result(period).period == period
    # The report, assess and status read the same results: the method is not run again.
    assert result.result(period) is result.results[period.id]
    assert calls == periods
    # The verdict of 'ambition validate' wants the findings alone: the results are not kept.
    calls.clear()
    verdict = validate(PROJECT, findings_only=True)
    assert calls == periods and dict(verdict.results) == {}
    assert verdict.diagnostics == result.diagnostics


def test_the_real_data_validates_with_the_number_of_files_read() -> None:
    result = validate(PROJECT)
    assert result.repository is not None
    assert [d for d in result.diagnostics if d.severity == "error"] == []
    # ambition.yaml, method, organisations, steering documents, programme, 4 goals,
    # 39 indicators, their 39 assessments and 4 goal assessments of helar-2022, and the actions
    assert result.files == len(result.repository.sources)
    assert len(result.repository.indicators) == 39


def test_without_a_repository_there_are_no_results(minimal_repo: Path) -> None:
    (minimal_repo / "data/method.yaml").unlink()
    result = validate(minimal_repo)
    assert (result.repository, dict(result.results), result.files) == (None, {}, None)
    assert [d.code for d in result.diagnostics] == ["missing-file"]
