"""The raw data a breakdown row sees (models/resolve.py), worked by hand."""

from ambition.models.indicator import DIRECTIONAL
from ambition.models.resolve import DIRECTIONAL_WORDS, breakdown_raw

DATA = {
    "id": "x",
    "baseline": {"year": 2018, "value": 30.0},
    "values": {2018: 30.0, 2022: 34.0},
    "targets": [
        {"year": 2022, "comparison": "increase", "value": 30.0, "reference_year": 2018},
        {"year": 2026, "comparison": "at_least", "value": 40.0},
        {"year": 2030, "comparison": "at_most", "derived": {"change": -0.2}, "value": 24.0},
    ],
    "breakdowns": {"kvinnor": {"title": "Kvinnor"}},
}


def test_the_directional_words_are_the_model_s() -> None:
    assert {c.value for c in DIRECTIONAL} == DIRECTIONAL_WORDS


def test_a_row_with_the_baseline_year_takes_every_target_recomputed() -> None:
    seen = breakdown_raw(DATA, {"title": "Kvinnor", "values": {2018: 28.0, 2022: 33.0}})
    assert seen["baseline"] == {"year": 2018, "value": 28.0}
    assert seen["values"] == {2018: 28.0, 2022: 33.0}
    assert "breakdowns" not in seen
    # The direction's and the formula's values are left out, to be computed from 28.
    assert seen["targets"] == [
        {"year": 2022, "comparison": "increase", "reference_year": 2018},
        {"year": 2026, "comparison": "at_least", "value": 40.0},
        {"year": 2030, "comparison": "at_most", "derived": {"change": -0.2}},
    ]


def test_a_row_without_the_baseline_year_keeps_only_the_numeric_target() -> None:
    seen = breakdown_raw(DATA, {"title": "Män", "values": {2022: 31.0}})
    assert "baseline" not in seen
    assert seen["targets"] == [{"year": 2026, "comparison": "at_least", "value": 40.0}]
    own = [{"year": 2026, "comparison": "at_least", "value": 35.0}]
    assert breakdown_raw(DATA, {"title": "Män", "values": {}, "targets": own})["targets"] == own
