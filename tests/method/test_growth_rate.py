"""The compound annual growth rate."""

import math

import pytest

from ambition.method.growth_rate import cagr


def test_cagr() -> None:
    # (32/20)^(1/7) − 1 = exp(ln 1.6 / 7) − 1 = exp(0.0671434) − 1 = 0.069449
    assert cagr(20, 32, 7) == pytest.approx(0.069449, abs=1e-6)


def test_cagr_over_no_years_is_infinite_not_an_error() -> None:
    assert cagr(20, 32, 0) == math.inf
