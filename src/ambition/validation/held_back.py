"""Which goals' justification checks wait for an indicator file that does not load.

When an indicator file is unusable (it is reported at its own line), the method assesses its
measurement area and goal without it, so their proposals change and the goal owners'
assessments seem to depart from them: ``justification-missing`` errors that are true of the
incomplete repository but follow only from the broken file. They are held back until the file
loads, as a compiler holds back errors that follow from an earlier one.

The indicator's measurement area is read from the broken file's text (its top-level
``measurement_area:`` line), since the file has no model. Where that line cannot be read, or
names no known area, every goal waits.
"""

import re
from dataclasses import dataclass

from ambition import layout
from ambition.repository import Repository

_AREA_LINE = re.compile(r"^measurement_area:[ \t]*['\"]?([^'\"#\s]+)['\"]?[ \t]*(?:#.*)?$", re.M)


@dataclass(frozen=True)
class HeldBack:
    """What waits: ``everything`` (an indicator's area cannot be told), or the goals, areas and
    sub-goals (ids) whose proposals rest on an indicator file that does not load."""

    everything: bool = False
    goals: frozenset[str] = frozenset()
    areas: frozenset[str] = frozenset()
    sub_goals: frozenset[str] = frozenset()

    def goal(self, goal_id: str) -> bool:
        """Whether the goal's own justification check waits."""
        return self.everything or goal_id in self.goals

    def part(self, part_id: str) -> bool:
        """Whether the justification check of a measurement area or a sub-goal waits."""
        return self.everything or part_id in self.areas or part_id in self.sub_goals


def held_back(repository: Repository) -> HeldBack:
    """The checks that wait for the indicator files of ``repository`` that do not load: files
    under ``data/indicators/`` whose text was read (``repository.sources``) but whose id is not
    among ``repository.indicators``."""
    prefix = f"{layout.INDICATOR.folder}/"
    broken = [
        source
        for relpath, source in repository.sources.items()
        if relpath.startswith(prefix)
        and relpath.endswith(".yaml")
        and relpath.removeprefix(prefix).removesuffix(".yaml") not in repository.indicators
    ]
    if not broken:
        return HeldBack()
    goals: set[str] = set()
    areas: set[str] = set()
    sub_goals: set[str] = set()
    for source in broken:
        match = _AREA_LINE.search(source.text)
        found = repository.area(match.group(1)) if match else None
        if found is None:
            return HeldBack(everything=True)
        goal, area = found
        goals.add(goal.id)
        areas.add(area.id)
        sub_goals.update(s.id for s in goal.sub_goals if area.id in s.measurement_areas)
    return HeldBack(False, frozenset(goals), frozenset(areas), frozenset(sub_goals))
