"""Deterministic synthetic data repositories for the benchmark.

Every repository is drawn from a seeded ``random.Random``, so the same arguments always give
byte-identical files. The files look like the real data in ``data/``: a modeline and comments,
Swedish text, 15 years of values, targets with an acceptable level, reference series, every
rule of the method, and four periods of assessments with analyses, justifications and the
proposal records that ``ambition assess --write`` leaves. Every repository validates without
errors (warnings such as stale values are expected), so ``assess`` and ``report`` run on it.

Usage: ``python bench/generate.py OUTPUT --indicators 1000 [--seed 1]`` for one repository, or
``python bench/generate.py OUTPUT --country`` for 290 municipalities of real size.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

FIRST_YEAR, LAST_YEAR = 2010, 2024  # 15 years of values
PERIODS = (
    ("delar-2024", "interim", "2024-08-31", "2024-09-30", "Delårsbokslut 2024"),
    ("helar-2024", "annual", "2024-12-31", "2025-02-15", "Helårsbokslut 2024"),
    ("tertial-2025", "tertial", "2025-04-30", "2025-05-31", "Tertialbokslut 2025"),
    ("delar-2025", "interim", "2025-08-31", "2025-09-30", "Delårsbokslut 2025"),
)
MUNICIPALITIES = 290
"""Sweden's municipalities."""

ORGANISATIONS = (
    ("kommunfullmaktige", "Kommunfullmäktige", "council"),
    ("kommunstyrelsen", "Kommunstyrelsen", "executive_board"),
    ("kommunledningskontoret", "Kommunledningskontoret", "central_office"),
    ("barn-och-utbildningsnamnden", "Barn- och utbildningsnämnden", "committee"),
    ("socialnamnden", "Socialnämnden", "committee"),
    ("kultur-och-fritidsnamnden", "Kultur- och fritidsnämnden", "committee"),
    ("miljo-och-byggnamnden", "Miljö- och byggnämnden", "committee"),
    ("tekniska-namnden", "Tekniska nämnden", "committee"),
)
RESPONSIBLE = [o[0] for o in ORGANISATIONS[1:]]
RULES = (
    # (rule name or None for the default, weight in the draw)
    (None, 40),
    ("trajectory", 10),
    ("growth_ratio", 10),
    ("trend_only", 10),
    ("rolling_mean", 10),
    ("jamfort-med-riket", 10),
    ("expert", 10),
)
WORDS = " ".join(
    (
        "andelen invånare utvecklingen kommunen nämnden verksamheten målet insatser året",
        "jämfört med riket ökat minskat förbättring försämring oförändrad uppföljning",
        "underlaget visar att arbetet fortsätter samverkan förvaltningen analys resultatet",
        "ligger nära målvärdet kvinnor män barn unga äldre skolan omsorgen miljön klimatet",
        "trygghet hälsa kultur fritid bostäder",
    )
).split()
STATUSES = ("achieved", "partly_achieved", "not_achieved", "not_assessed")
TRENDS = ("improving", "stable", "worsening")

METHOD = """\
# yaml-language-server: $schema=../schemas/method.schema.json
# Gemensam metodik för bedömning av indikatorer och mål (syntetiskt exempel för mätningar).
decision:
  body: Kommunstyrelsen
  registration_number: KS 2019/160
  date: 2023-03-14
  paragraph: "§ 42"
scale:
  achieved:
    label: {sv: Uppfyllt, en: Achieved}
    symbol: "●"
    colour: "#1a7f37"
    description: {sv: Målvärdet är nått., en: The target is met.}
  partly_achieved:
    label: {sv: Delvis uppfyllt, en: Partly achieved}
    symbol: "◐"
    colour: "#9a6700"
    description: {sv: Nära målvärdet., en: Close to the target.}
  not_achieved:
    label: {sv: Ej uppfyllt, en: Not achieved}
    symbol: "○"
    colour: "#cf222e"
    description: {sv: Långt från målvärdet., en: Far from the target.}
  not_assessed:
    label: {sv: Ej bedömd, en: Not assessed}
    symbol: "–"
    colour: "#57606a"
    description: {sv: Underlag eller regel saknas., en: No data or no applicable rule.}
rules:
  target_level:
    kind: target_level
    partly_band: {fulfilment: 0.8}
  jamfort-med-riket:
    kind: relative
    reference: riket
    partly_band: 0.05
default_rule: target_level
default_rule_without_target: trend_only
trend:
  method: theil_sen
  tolerance: 0.01
  window: 7
  min_points: 5
rollup:
  rule: share
  achieved_share: 0.667
  partly_share: 0.5
stale_after_years: 2
"""


@dataclass(frozen=True)
class Shape:
    """How many goals, areas per goal and indicators a repository has."""

    goals: int
    areas_per_goal: int
    indicators: int


def shape_for(indicators: int) -> Shape:
    """A municipality's shape up to 300 indicators: 4–6 goals of 3–6 areas (16–42 goals and
    areas). Larger repositories grow to about ten indicators an area, at most 99 goals."""
    if indicators <= 300:
        goals = 4 + indicators // 150
        return Shape(goals, max(3, min(6, round(indicators / goals / 8))), indicators)
    goals = min(99, max(4, indicators // 100))
    return Shape(goals, -(-indicators // (10 * goals)), indicators)


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def _paragraph(rng: random.Random, lines: int, indent: str = "  ") -> str:
    """A folded block of about ``lines`` lines of 90 characters."""
    text = " ".join(_sentence(rng, rng.randint(8, 14)) for _ in range(lines * 2))
    out: list[str] = []
    line = ""
    for word in text.split():
        if len(line) + len(word) + 1 > 90:
            out.append(indent + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(indent + line)
    return "\n".join(out[:lines])


def _number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}" if decimals else str(round(value))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def generate_repository(
    root: Path, indicators: int, seed: int, name: str = "Exempelkommun", code: str = "0001"
) -> Shape:
    """Write a repository with ``indicators`` indicators into ``root`` (created); its shape."""
    rng = random.Random(seed)
    shape = shape_for(indicators)
    _write(root / "ambition.yaml", _project(name, code))
    _write(root / "data" / "method.yaml", METHOD)
    _write(root / "data" / "organisations.yaml", _organisations())
    areas: list[str] = []
    goal_ids: list[str] = []
    for number in range(1, shape.goals + 1):
        goal_id = f"mal-{number:03d}"
        goal_areas = [f"omrade-{number:03d}-{a:02d}" for a in range(1, shape.areas_per_goal + 1)]
        areas.extend(goal_areas)
        goal_ids.append(goal_id)
        _write(root / "data" / "goals" / f"{goal_id}.yaml", _goal(rng, goal_id, number, goal_areas))
    indicator_ids = [f"indikator-{n:05d}" for n in range(1, indicators + 1)]
    for index, indicator_id in enumerate(indicator_ids):
        # Areas in turn, so every area has indicators.
        area = areas[index % len(areas)]
        _write(
            root / "data" / "indicators" / f"{indicator_id}.yaml",
            _indicator(rng, indicator_id, area),
        )
    _write(root / "data" / "steering-documents.yaml", _steering_documents())
    _write(root / "data" / "programme.yaml", _programme(goal_ids))
    for number in range(1, max(5, indicators // 8) + 1):
        goal_number = (number - 1) % shape.goals + 1
        area = f"omrade-{goal_number:03d}-{rng.randint(1, shape.areas_per_goal):02d}"
        _write(
            root / "data" / "actions" / f"atgard-{number:04d}.yaml",
            _action(rng, f"atgard-{number:04d}", f"mal-{goal_number:03d}", area),
        )
    assessments = root / "data" / "assessments"
    for period_id, *_ in PERIODS:
        for indicator_id in indicator_ids:
            _write(
                assessments / period_id / "indicators" / f"{indicator_id}.yaml",
                _indicator_assessment(rng),
            )
        for goal_id in goal_ids:
            number = int(goal_id.rsplit("-", 1)[1])
            goal_areas = [
                f"omrade-{number:03d}-{a:02d}" for a in range(1, shape.areas_per_goal + 1)
            ]
            _write(
                assessments / period_id / "goals" / f"{goal_id}.yaml",
                _goal_assessment(rng, goal_areas),
            )
    return shape


def _project(name: str, code: str) -> str:
    periods = "".join(
        f"  - id: {pid}\n    kind: {kind}\n    title: {title}\n"
        f"    closing_date: {closing}\n    deadline: {deadline}\n"
        for pid, kind, closing, deadline, title in PERIODS
    )
    return (
        "# yaml-language-server: $schema=schemas/ambition.schema.json\n"
        f"# {name}: uppföljning av fullmäktiges mål (syntetiska data för mätningar).\n"
        f'municipality:\n  name: {name}\n  code: "{code}"\n'
        "language: sv\n"
        "term_of_office:\n  start: 2023\n  end: 2026\n"
        f"periods:\n{periods}"
    )


def _organisations() -> str:
    body = "".join(
        f"  - id: {oid}\n    name: {oname}\n    kind: {kind}\n"
        for oid, oname, kind in ORGANISATIONS
    )
    return (
        "# yaml-language-server: $schema=../schemas/organisations.schema.json\n"
        "# Nämnder, förvaltningar och bolag.\n"
        f"organisations:\n{body}"
    )


def _goal(rng: random.Random, goal_id: str, number: int, areas: list[str]) -> str:
    area_text = "".join(f"  - id: {area}\n    title: {_sentence(rng, 3)[:-1]}\n" for area in areas)
    sdgs = ", ".join(f'"{n}"' for n in sorted(rng.sample(range(1, 18), 3)))
    return (
        "# yaml-language-server: $schema=../../schemas/goal.schema.json\n"
        f"# Fullmäktiges mål {number}.\n"
        f"id: {goal_id}\n"
        f"number: {number}\n"
        f"title: >-\n{_paragraph(rng, 2)}\n"
        f"short_title: Mål {number}\n"
        "owner: kommunstyrelsen\n"
        f"agenda2030: [{sdgs}]\n"
        'decision:\n  body: Kommunfullmäktige\n  date: 2023-02-27\n  paragraph: "§ 12"\n'
        f"measurement_areas:\n{area_text}"
    )


STEERING_DOCUMENTS = (
    ("vision-2030", "Vision 2030", "vision", None, None),
    (
        "strategiskt-program",
        "Strategiskt hållbarhets- och utvecklingsprogram",
        "programme",
        2023,
        2026,
    ),
    ("miljoprogram", "Miljöprogram 2022–2025", "programme", 2022, 2025),
    ("bostadsforsorjningsprogram", "Bostadsförsörjningsprogram", "programme", 2021, 2030),
    ("folkhalsopolicy", "Folkhälsopolicy", "policy", 2020, None),
    ("trygghetsplan", "Trygghetsplan", "plan", 2024, 2027),
    ("riktlinjer-for-uppfoljning", "Riktlinjer för uppföljning", "guideline", None, None),
)


def _steering_documents() -> str:
    lines = [
        "# yaml-language-server: $schema=../schemas/steering-documents.schema.json",
        "# Styrdokument som mål, indikatorer och åtgärder hänvisar till.",
        "steering_documents:",
    ]
    for document_id, title, kind, first, last in STEERING_DOCUMENTS:
        lines += [f"  - id: {document_id}", f"    title: {title}", f"    kind: {kind}"]
        lines += ["    decision:", "      body: Kommunfullmäktige", "      date: 2022-11-28"]
        if first is not None:
            lines.append(f"    valid_from: {first}")
        if last is not None:
            lines.append(f"    valid_to: {last}")
    return "\n".join(lines) + "\n"


def _programme(goal_ids: list[str]) -> str:
    focus = "".join(
        f"  - id: fokus-{goal_id}\n    title: Fokusområde {goal_id}\n    goals: [{goal_id}]\n"
        for goal_id in goal_ids
    )
    return (
        "# yaml-language-server: $schema=../schemas/programme.schema.json\n"
        "title: Strategiskt hållbarhets- och utvecklingsprogram\n"
        "steering_document: strategiskt-program\n"
        f"focus_areas:\n{focus}"
    )


def _action(rng: random.Random, action_id: str, goal_id: str, area: str) -> str:
    status = rng.choice(("planned", "ongoing", "ongoing", "done", "delayed"))
    lines = [
        "# yaml-language-server: $schema=../../schemas/action.schema.json",
        f"id: {action_id}",
        f"title: {_sentence(rng, 6)[:-1]}",
        f"focus_area: fokus-{goal_id}",
        f"goals: [{goal_id}]",
        f"measurement_area: {area}",
        f"responsible: {rng.choice(RESPONSIBLE)}",
        f"steering_documents: [{rng.choice(STEERING_DOCUMENTS)[0]}]",
        "start: 2023-01-01",
        "due: 2026-12-31",
        f"status: {status}",
    ]
    if status == "done":
        lines.append("completed: 2024-06-30")
    lines.append("progress:")
    for period_id, *_ in PERIODS:
        lines += [f"  {period_id}:", "    note: >-", _paragraph(rng, 2, "      ")]
    return "\n".join(lines) + "\n"


def _rule(rng: random.Random) -> str | None:
    names = [name for name, _ in RULES]
    weights = [weight for _, weight in RULES]
    return rng.choices(names, weights)[0]


def _indicator(rng: random.Random, indicator_id: str, area: str) -> str:
    rule = _rule(rng)
    increase = rng.random() < 0.6
    decimals = rng.choice((0, 1, 1, 2))
    start = rng.uniform(20, 2000)
    step = start * rng.uniform(-0.03, 0.05)
    values = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        values[year] = max(0.5, start + step * (year - FIRST_YEAR) + rng.gauss(0, start * 0.02))
    baseline_year = 2018
    baseline = values[baseline_year]
    change = 1.15 if increase else 0.85
    lines = [
        "# yaml-language-server: $schema=../../schemas/indicator.schema.json",
        f"# {_sentence(rng, 8)}",
        f"id: {indicator_id}",
        f"title: {_sentence(rng, 5)[:-1]}",
        "description: >-",
        _paragraph(rng, 2),
        f"unit: {rng.choice(('procent', 'antal', 'kronor per invånare', 'ton CO2-ekv'))}",
        f"decimals: {decimals}",
        f"direction: {'increase' if increase else 'decrease'}",
        f"responsible: {rng.choice(RESPONSIBLE)}",
        f"measurement_area: {area}",
        "source:",
        "  publisher: Kolada",
        f"  kolada_kpi: N{rng.randint(0, 99999):05d}",
        f"  measure: {_sentence(rng, 4)[:-1]}",
        "  url: https://www.kolada.se/",
    ]
    if rule is not None:
        lines.append(f"rule: {rule}")
    lines += ["baseline:", f"  year: {baseline_year}", f"  value: {_number(baseline, decimals)}"]
    if rule not in {"trend_only", "expert"}:
        target = baseline * change
        acceptable = baseline * (1 + (change - 1) / 2)
        lines += [
            "targets:",
            "  - year: 2026",
            f"    value: {_number(target, decimals)}",
            f"    comparison: {'at_least' if increase else 'at_most'}",
            f"    acceptable: {_number(acceptable, decimals)}",
            f"    note: {_sentence(rng, 6)}",
        ]
    lines.append("decision:\n  body: Kommunstyrelsen\n  date: 2023-03-14")
    lines.append("values:")
    lines += [f"  {year}: {_number(value, decimals)}" for year, value in values.items()]
    if rule == "jamfort-med-riket" or rng.random() < 0.2:
        lines += ["references:", "  riket:", "    name: Riket", "    values:"]
        lines += [
            f"      {year}: {_number(value * rng.uniform(0.9, 1.1), decimals)}"
            for year, value in values.items()
        ]
    return "\n".join(lines) + "\n"


def _indicator_assessment(rng: random.Random) -> str:
    status = rng.choice(STATUSES)
    lines = [
        "# yaml-language-server: $schema=../../../../schemas/indicator-assessment.schema.json",
        f"# {_sentence(rng, 6)}",
        f"status: {status}",
        f"trend: {rng.choice(TRENDS)}",
        "assessor: Utvecklingsledare, kommunledningskontoret",
        "analysis: >-",
        _paragraph(rng, 4),
        # Always a justification, so an expert's status that differs from the proposal is valid.
        f"justification: {_sentence(rng, 9)}",
    ]
    if rng.random() < 0.5:
        lines += [
            "proposal:  # metodens förslag, skrivet av ambition assess --write; ändra inte för hand",
            f"  status: {rng.choice(STATUSES)}",
            f"  trend: {rng.choice(TRENDS)}",
            "  rule: target_level",
            "  year: 2024",
            f"  value: {rng.uniform(1, 1000):.1f}",
            f'  explanation: "{_sentence(rng, 14)}"',
            "  computed:",
            f"    fulfilment: {rng.random():.4f}",
        ]
    return "\n".join(lines) + "\n"


def _goal_assessment(rng: random.Random, areas: list[str]) -> str:
    lines = [
        "# yaml-language-server: $schema=../../../../schemas/goal-assessment.schema.json",
        f"status: {rng.choice(STATUSES[:3])}",
        f"trend: {rng.choice(TRENDS)}",
        "assessor: Kommunstyrelsen",
        "analysis: >-",
        _paragraph(rng, 5),
        f"justification: {_sentence(rng, 9)}",
        "areas:",
    ]
    for area in areas:
        lines += [
            f"  {area}:",
            f"    status: {rng.choice(STATUSES[:3])}",
            f"    analysis: {_sentence(rng, 10)}",
            f"    justification: {_sentence(rng, 6)}",
        ]
    return "\n".join(lines) + "\n"


def country_sizes(seed: int = 290) -> list[int]:
    """Indicators per municipality: 50 to 300, most around 150 (DESIGN.md §4)."""
    rng = random.Random(seed)
    return [min(300, max(50, round(rng.triangular(50, 300, 130)))) for _ in range(MUNICIPALITIES)]


def generate_country(root: Path, seed: int = 290) -> list[Path]:
    """Write 290 repositories of real size into ``root``; their folders."""
    folders = []
    for number, indicators in enumerate(country_sizes(seed), start=1):
        folder = root / f"kommun-{number:03d}"
        generate_repository(
            folder, indicators, seed * 1000 + number, f"Kommun {number}", f"{number:04d}"
        )
        folders.append(folder)
    return folders


def main(argv: list[str] | None = None) -> int:
    """Command line: write one repository or the country."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--indicators", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--country", action="store_true", help="290 municipalities")
    args = parser.parse_args(argv)
    if args.country:
        generate_country(args.output)
    else:
        generate_repository(args.output, args.indicators, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
