"""Seeded examples for the catalogue tests: random indicators under every rule kind, near their
targets so that every branch is reached, and a few hand-made ones for the rare branches."""

import random
from collections.abc import Iterator
from typing import Any

from ambition.method.engine import propose_status
from ambition.method.explanation import Explanation
from ambition.method.rollup import roll_up
from ambition.method.trend import propose_trend
from ambition.method.trend_rollup import roll_up_trends
from ambition.models import Status, Trend
from ambition.models.method import Rollup, RollupRule, TrendParameters
from ambition.models.scale import DEGREES
from tests.method.builders import annual, indicator, method

RULES: dict[str, Any] = {
    "fulfilment": {"kind": "target_level", "partly_band": {"fulfilment": 0.8}},
    "absolute": {"kind": "target_level", "partly_band": {"absolute": 2.0}},
    "relative-band": {"kind": "target_level", "partly_band": {"relative": 0.1}},
    "trajectory": {"kind": "trajectory"},
    "growth_ratio": {"kind": "growth_ratio"},
    "trend_only": {"kind": "trend_only"},
    "rolling_mean": {"kind": "rolling_mean"},
    "rolling": {"kind": "rolling_mean", "values": 2, "partly_band": {"absolute": 1.0}},
    "rolling-relative": {"kind": "rolling_mean", "values": 3, "partly_band": {"relative": 0.1}},
    "som-riket": {"kind": "relative", "reference": "riket"},
    "som-lanet": {"kind": "relative", "reference": "lanet"},
    "som-grannar": {"kind": "relative", "reference": "grannar"},
    "median-grannar": {"kind": "relative", "reference": "grannar", "statistic": "median"},
    "rank": {"kind": "rank", "group": "grannar"},
    "rank-riket": {"kind": "rank", "group": "riket"},
    "rank-okand": {"kind": "rank", "group": "okand"},
    "trend_strength": {"kind": "trend_strength"},
    "strength-theil-sen": {"kind": "trend_strength", "trend": {"method": "theil_sen"}},
    "strength-regression": {
        "kind": "trend_strength",
        "trend": {"method": "linear_regression", "start_year": 2015},
    },
    "expert": {"kind": "expert"},
    # A five-degree scale's bands (largely and slightly achieved), of each measure.
    "fulfilment-five": {
        "kind": "target_level",
        "largely_band": {"fulfilment": 0.95},
        "partly_band": {"fulfilment": 0.8},
        "slightly_band": {"fulfilment": 0.6},
    },
    "absolute-five": {
        "kind": "target_level",
        "largely_band": {"absolute": 1.0},
        "partly_band": {"absolute": 2.0},
        "slightly_band": {"absolute": 5.0},
    },
    "relative-five": {
        "kind": "rolling_mean",
        "values": 2,
        "largely_band": {"relative": 0.05},
        "partly_band": {"relative": 0.1},
        "slightly_band": {"relative": 0.3},
    },
    "rolling-fulfilment-five": {
        "kind": "rolling_mean",
        "values": 2,
        "largely_band": {"fulfilment": 0.95},
        "slightly_band": {"fulfilment": 0.6},
    },
    "trajectory-five": {
        "kind": "trajectory",
        "largely_from": 0.8,
        "slightly_from": 0.2,
    },
    "trajectory-four": {"kind": "trajectory", "largely_from": 0.8},
    "som-riket-five": {
        "kind": "relative",
        "reference": "riket",
        "largely_band": 0.01,
        "partly_band": 0.05,
        "slightly_band": 0.1,
    },
}
"""Named rules of every kind, with each partly band, and with the bands of five degrees."""

POOL = [0.0, 1.0, 5.0, 20.0, 50.0, 60.0, 100.0, -5.0, 1e-300, 1e300]
FACTORS = [0.5, 0.9, 0.97, 1.0, 1.004, 1.01, 1.05, 1.2, 2.0]

SPECIAL: list[tuple[dict[str, Any], int]] = [
    # A group whose members have no value in the year: nothing to rank against.
    (
        {
            "values": {2022: 5.0},
            "rule": "rank",
            "references": {
                "a": {"name": "A", "values": {2021: 4.0}},
                "grannar": {"name": "Grannarna", "members": ["a"]},
            },
        },
        2022,
    ),
    # The path requires almost nothing, the value moved far: the ratio overflows.
    (
        {
            "values": {2022: -1e10},
            "baseline": {"year": 2010, "value": 0.0},
            "targets": [{"year": 2050, "value": 1e-300, "comparison": "at_least"}],
            "rule": "trajectory",
        },
        2022,
    ),
    # 36 of the 40 the path requires in 2022: behind the path.
    (
        {
            "values": {2022: 36.0},
            "baseline": {"year": 2018, "value": 30.0},
            "targets": [{"year": 2026, "value": 50, "comparison": "at_least"}],
            "rule": "trajectory",
        },
        2022,
    ),
    # 55 misses 60 but meets the acceptable 50.
    (
        {
            "values": {2022: 55.0},
            "targets": [{"year": 2026, "value": 60, "comparison": "at_least", "acceptable": 50}],
            "rule": "fulfilment",
        },
        2022,
    ),
    # A mean of 56 misses 60 but meets the acceptable 50.
    (
        {
            "values": {2020: 55.0, 2021: 56.0, 2022: 57.0},
            "targets": [{"year": 2026, "value": 60, "comparison": "at_least", "acceptable": 50}],
            "rule": "rolling_mean",
        },
        2022,
    ),
    # From 1e-300 to 1e300 in a year: the growth rate overflows.
    (
        {
            "values": {2021: 1e-300, 2022: 1e300},
            "targets": [{"year": 2030, "value": 1e301, "comparison": "at_least"}],
            "rule": "growth_ratio",
        },
        2022,
    ),
    # 'Medelvärdet 2018–2020 minus 20 %': at most 0.8 · 11 = 8.8; 9 misses it.
    (
        {
            "values": {2018: 10.0, 2019: 11.0, 2020: 12.0, 2022: 9.0},
            "direction": "decrease",
            "targets": [
                {
                    "year": 2030,
                    "comparison": "at_most",
                    "derived": {"first_year": 2018, "last_year": 2020, "change": -0.2},
                }
            ],
            "rule": "fulfilment",
        },
        2022,
    ),
    # The baseline 50 plus 10 %: at least 55; 56 meets it.
    (
        {
            "values": {2018: 50.0, 2022: 56.0},
            "baseline": {"year": 2018, "value": 50.0},
            "targets": [{"year": 2030, "comparison": "at_least", "derived": {"change": 0.1}}],
            "rule": "fulfilment",
        },
        2022,
    ),
    # A direction cannot be a path's end.
    (
        {
            "values": {2018: 50.0, 2022: 56.0},
            "baseline": {"year": 2018, "value": 50.0},
            "targets": [{"year": 2030, "comparison": "increase"}],
            "rule": "trajectory",
        },
        2022,
    ),
    # Statistics Canada's example: progress made, acceleration needed.
    (
        {
            "values": {2015: 20.0, 2022: 32.0},
            "baseline": {"year": 2015, "value": 20.0},
            "targets": [{"year": 2030, "value": 60, "comparison": "at_least"}],
            "rule": "growth_ratio",
        },
        2022,
    ),
    # The latest year is reported later and the value before it is too old: 'marked_value'.
    (
        {
            "values": {2018: 50.0, 2022: {"marker": "reported_later"}},
            "targets": [{"year": 2030, "value": 60, "comparison": "at_least"}],
            "rule": "fulfilment",
        },
        2022,
    ),
    # A preliminary value: the proposal says it is provisional.
    (
        {
            "values": {2021: 50.0, 2022: {"value": 61.0, "preliminary": True}},
            "targets": [{"year": 2030, "value": 60, "comparison": "at_least"}],
            "rule": "fulfilment",
        },
        2022,
    ),
    # The degrees beyond three, each reached by hand: a path from 0 (2020) to 100 (2030)
    # requires 50 by 2025; 45 is a ratio of 0.9 (largely), 15 of 0.3 (slightly).
    *(
        (
            {
                "values": {2020: 0.0, 2025: value},
                "baseline": {"year": 2020, "value": 0.0},
                "targets": [{"year": 2030, "value": 100.0, "comparison": "at_least"}],
                "rule": "trajectory-five",
            },
            2025,
        )
        for value in (45.0, 15.0)
    ),
    # Against Riket's 100: 99 is within 1 % (largely), 92 within 10 % but not 5 % (slightly).
    *(
        (
            {
                "values": {2022: value},
                "rule": "som-riket-five",
                "references": {"riket": {"name": "Riket", "values": {2022: 100.0}}},
            },
            2022,
        )
        for value in (99.0, 92.0)
    ),
    # The mean of the last two values against at least 100: fulfilment 0.96 (largely), 0.7
    # (slightly), 0.5 (below slightly); with relative bands, 80 is 20 away, within 30 (slightly).
    *(
        (
            {
                "values": {2021: value, 2022: value},
                "targets": [{"year": 2022, "value": 100.0, "comparison": "at_least"}],
                "rule": rule,
            },
            2022,
        )
        for rule, value in (
            ("rolling-fulfilment-five", 96.0),
            ("rolling-fulfilment-five", 70.0),
            ("rolling-fulfilment-five", 50.0),
            ("relative-five", 80.0),
        )
    ),
    # A target year passed without the target met.
    (
        {
            "values": {2018: 50.0, 2022: 60.0},
            "targets": [{"year": 2020, "value": 100.0, "comparison": "at_least"}],
            "rule": "growth_ratio",
        },
        2022,
    ),
]
"""Hand-made examples of the branches random values seldom reach."""


def random_example(rng: random.Random) -> tuple[dict[str, Any], int]:
    """Fields of an indicator and a period year, near the indicator's target and series."""
    base = rng.choice(POOL)
    first = rng.randint(2014, 2020)
    values = {
        year: base
        if i == 0
        else (rng.choice(POOL) if rng.random() < 0.15 else base * rng.choice(FACTORS) ** i)
        for i, year in enumerate(range(first, first + rng.randint(0, 7)))
    }
    comparison = rng.choice(
        ["at_least", "at_most", "above", "below", "between", "increase", "decrease", "unchanged"]
    )
    value = rng.choice(POOL) if rng.random() < 0.2 else base * rng.choice([0.5, 0.8, 1.0, 1.5, 3])
    target: dict[str, Any] = {
        "year": rng.choice([2016, 2020, 2022, 2026, 2030]),
        "comparison": comparison,
        "value": value,
        # The catalogue's examples go either way; the direction's check has its own tests.
        "against_direction": True,
    }
    if comparison in ("increase", "decrease", "unchanged"):
        del target["value"]
        target["reference_year"] = min(values) if values else 2014
        values.setdefault(target["reference_year"], base)
        if comparison == "unchanged" and rng.random() < 0.5:
            target["tolerance"] = 0.02
    elif comparison == "between":
        target["upper"] = value + abs(base)
    elif rng.random() < 0.2:
        target["acceptable"] = value * rng.choice([0.8, 0.9, 1.1, 1.2])
    latest = max(values) if values else 2022
    reference = values.get(latest, 1.0) * rng.choice([0.9, 0.98, 1.0, 1.02, 1.2])
    fields: dict[str, Any] = {
        "values": values,
        "targets": [target] if rng.random() < 0.9 else [],
        "direction": rng.choice(["increase", "decrease"]),
        "decimals": rng.randint(0, 2),
        "rule": rng.choice([*RULES, "finns-inte", None]),
        "references": {
            "riket": {"name": "Riket", "values": {latest: reference} if rng.random() < 0.8 else {}},
            **{
                name: {
                    "name": name.title(),
                    "values": {latest: reference * factor},
                }
                for name, factor in (("a", 0.9), ("b", 1.05), ("c", 1.3))
            },
            "grannar": {"name": "Grannarna", "members": ["riket", "a", "b", "c"]},
        },
    }
    if rng.random() < 0.6:
        fields["baseline"] = {
            "year": first if rng.random() < 0.7 else first - 1,
            "value": base if rng.random() < 0.8 else value,
        }
    if values and rng.random() < 0.15:
        fields["series_breaks"] = {rng.choice(list(values)): "Ny definition"}
    return fields, latest + rng.choice([0, 0, 0, 1, 3, -1])


def explanations(count: int = 3000, seed: int = 0) -> Iterator[Explanation]:
    """The explanations of ``count`` seeded random examples and the special ones (status and
    trend, each trend method), then of every roll-up rule over a range of statuses."""
    rng = random.Random(seed)
    units = ("procent", "antal")
    examples = [random_example(rng) for _ in range(count)] + SPECIAL
    for i, (fields, year) in enumerate(examples):
        item = indicator(**fields, unit=units[i % 2])
        yield propose_status(item, annual(year), method(rules=RULES)).explanation
        how = ("last_two", "theil_sen", "start_latest", "linear_regression", "expert")[i % 5]
        yield propose_trend(item, year, TrendParameters(method=how)).explanation
    for _ in range(60):
        yield roll_up_trends(rng.choice(list(Trend)) for _ in range(rng.randint(0, 4))).explanation
    for rule in RollupRule:
        for _ in range(40):
            items = [
                (rng.choice(list(Status)), rng.choice([1.0, 1.0, 2.0]))
                for _ in range(rng.randint(0, 5))
            ]
            shares = rng.choice([(2 / 3, 0.5), (0.667, 0.5), (1.0, 0.0), (0.5, 0.5)])
            yield roll_up(
                items, Rollup(rule=rule, achieved_share=shares[0], partly_share=shares[1])
            ).explanation
            # The same on scales of four and five degrees, each threshold between its
            # neighbours (or equal to them).
            levels = rng.choice([DEGREES, DEGREES[:3] + DEGREES[4:], DEGREES[:1] + DEGREES[2:]])
            five = Rollup(
                rule=rule,
                achieved_share=shares[0],
                largely_share=(shares[0] + shares[1]) / 2,
                partly_share=shares[1],
                slightly_share=shares[1] / 2,
            )
            yield roll_up(items, five, levels=levels).explanation
