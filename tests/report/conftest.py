"""The real data, loaded once for the report tests, which only read it."""

import pytest

from ambition.repository import Repository
from tests.conftest import PROJECT, copy_repository
from tests.report.repositories import load


@pytest.fixture(scope="package")
def real(tmp_path_factory: pytest.TempPathFactory) -> Repository:
    """The real data of Vaggeryds kommun (data/), loaded once."""
    return load(copy_repository(PROJECT, tmp_path_factory.mktemp("vaggeryd")))
