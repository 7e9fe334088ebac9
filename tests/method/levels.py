"""A small repository with sub-goals, built on tests/fixtures/minimal, for the roll-up levels.

Goal 'miljo' has three measurement areas, klimat, trafik and mat; the sub-goal 'fossilfritt'
(owned by bun) groups klimat and trafik, and mat stays directly under the goal. The indicators
are the expert's alone (no target), so their final statuses are exactly the ones written here.
"""

from pathlib import Path

from ambition.repository import Repository
from tests.conftest import MINIMAL, copy_repository
from tests.report.repositories import load

STATUSES: dict[str, list[str | None]] = {
    "klimat": ["achieved", "achieved", "not_achieved"],
    "trafik": ["partly_achieved", "not_achieved"],
    "mat": ["achieved", "partly_achieved", None],
}
"""The final status of each area's indicators (None: not assessed)."""

GOAL = """\
id: miljo
number: 1
title: Kommunen ska ha en god miljö
owner: ks
measurement_areas:
  - id: klimat
    title: Klimat
  - id: trafik
    title: Trafik
  - id: mat
    title: Mat
sub_goals:
  - id: fossilfritt
    title: Fossilfri kommun 2030
    owner: bun
    measurement_areas: [klimat, trafik]
"""

INDICATOR = """\
id: {id}
title: Indikator {id}
unit: procent
decimals: 1
direction: increase
responsible: ks
measurement_area: {area}
source:
  publisher: Exempel
values:
  2022: 50.0
"""


def levels_repository(tmp_path: Path, rollup: str = "") -> Repository:
    """The repository in ``tmp_path``, with ``rollup`` (YAML) appended to its method."""
    root = copy_repository(MINIMAL, tmp_path)
    data = root / "data"
    for old in (data / "indicators").glob("*.yaml"):
        old.unlink()
    for old in (data / "assessments" / "ar-2022" / "indicators").glob("*.yaml"):
        old.unlink()
    (data / "goals" / "miljo.yaml").write_text(GOAL, encoding="utf-8")
    for area, statuses in STATUSES.items():
        for index, status in enumerate(statuses, 1):
            ident = f"{area}-{index}"
            (data / "indicators" / f"{ident}.yaml").write_text(
                INDICATOR.format(id=ident, area=area), encoding="utf-8"
            )
            if status is not None:
                path = data / "assessments" / "ar-2022" / "indicators" / f"{ident}.yaml"
                path.write_text(f"status: {status}\ntrend: improving\n", encoding="utf-8")
    method = data / "method.yaml"
    method.write_text(method.read_text(encoding="utf-8") + rollup, encoding="utf-8")
    return load(root)
