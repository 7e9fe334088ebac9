"""ambition.diff.compare: what changed in the ambition level between two loaded repositories.

Each test edits a copy of tests/fixtures/minimal and compares it with the untouched copy, so
every kind of change is checked alone and the whole result is asserted exactly.
"""

from pathlib import Path

from ambition.diff.compare import (
    AmbitionDiff,
    Change,
    EntryChange,
    FieldChange,
    GoalChanges,
    Subject,
    ValueChange,
    compare,
)
from ambition.models import Baseline, Comparison, Marker, Target, ValueEntry
from ambition.repository import Repository
from tests.conftest import MINIMAL, copy_repository
from tests.diff.history import edit, load

SECOND_GOAL = """\
id: samhalle
number: 2
title: Kommunen ska vara attraktiv
owner: ks
measurement_areas:
  - id: bostader
    title: Bostäder
"""

NEW_INDICATOR = """\
id: nya-bostader
title: Nya bostäder
unit: antal
decimals: 0
direction: increase
responsible: ks
measurement_area: bostader
rule: trend_only
weight: 2
source:
  publisher: SCB
baseline:
  year: 2018
  value: 40
targets:
  - year: 2022
    value: 50
    comparison: at_least
values:
  2021: 45
"""


def changed(before: Repository, after: Path) -> AmbitionDiff:
    return compare(before, load(after))


def test_identical_repositories_have_no_changes(before: Repository, after: Path) -> None:
    result = changed(before, after)
    assert (result.goals, result.method, result.corrections, result.new_measurements) == (
        (),
        (),
        (),
        (),
    )
    assert result.ambition_changed is False


def test_goal_renamed_renumbered_and_owner_changed(before: Repository, after: Path) -> None:
    edit(after, "data/goals/miljo.yaml", "short_title: God miljö", "short_title: Miljö")
    edit(after, "data/goals/miljo.yaml", "number: 1", "number: 3")
    edit(after, "data/goals/miljo.yaml", "owner: ks", "owner: bun")
    assert changed(before, after).goals == (
        GoalChanges(
            "miljo",
            (
                EntryChange(
                    Subject.GOAL,
                    "miljo",
                    Change.CHANGED,
                    (
                        FieldChange("short_title", "God miljö", "Miljö"),
                        FieldChange("number", 1, 3),
                        FieldChange("owner", "ks", "bun"),
                    ),
                ),
            ),
        ),
    )


def test_goal_added_with_area_and_indicator(before: Repository, after: Path) -> None:
    (after / "data/goals/samhalle.yaml").write_text(SECOND_GOAL, encoding="utf-8")
    (after / "data/indicators/nya-bostader.yaml").write_text(NEW_INDICATOR, encoding="utf-8")
    result = changed(before, after)
    assert result.goals == (
        GoalChanges(
            "samhalle",
            (
                EntryChange(
                    Subject.GOAL, "samhalle", Change.ADDED, (FieldChange("owner", None, "ks"),)
                ),
                EntryChange(Subject.AREA, "bostader", Change.ADDED),
                EntryChange(
                    Subject.INDICATOR,
                    "nya-bostader",
                    Change.ADDED,
                    (
                        FieldChange("measurement_area", None, "bostader"),
                        FieldChange("responsible", None, "ks"),
                        FieldChange("direction", None, "increase"),
                        FieldChange("rule", None, "trend_only"),
                        FieldChange("weight", None, 2.0),
                        FieldChange("baseline", None, Baseline(year=2018, value=40)),
                        FieldChange(
                            "target",
                            None,
                            Target(year=2022, value=50, comparison=Comparison.AT_LEAST),
                            year=2022,
                        ),
                    ),
                ),
            ),
        ),
    )
    # The new indicator's values come with it: neither corrections nor new measurements.
    assert (result.corrections, result.new_measurements) == ((), ())


def test_goal_removed_with_its_areas_and_indicators(tmp_path: Path, after: Path) -> None:
    old_root = copy_repository(MINIMAL, tmp_path / "with-two-goals")
    (old_root / "data/goals/samhalle.yaml").write_text(SECOND_GOAL, encoding="utf-8")
    (old_root / "data/indicators/nya-bostader.yaml").write_text(NEW_INDICATOR, encoding="utf-8")
    assert compare(load(old_root), load(after)).goals == (
        GoalChanges(
            "samhalle",
            (
                EntryChange(Subject.GOAL, "samhalle", Change.REMOVED),
                EntryChange(Subject.AREA, "bostader", Change.REMOVED),
                EntryChange(Subject.INDICATOR, "nya-bostader", Change.REMOVED),
            ),
        ),
    )


def test_area_renamed_and_removed(before: Repository, after: Path) -> None:
    edit(after, "data/goals/miljo.yaml", "title: Klimat", "title: Klimat och energi")
    edit(after, "data/goals/miljo.yaml", "  - id: mat\n    title: Mat\n", "")
    edit(
        after,
        "data/indicators/ekologisk-mat.yaml",
        "measurement_area: mat",
        "measurement_area: klimat",
    )
    assert changed(before, after).goals == (
        GoalChanges(
            "miljo",
            (
                EntryChange(
                    Subject.AREA,
                    "klimat",
                    Change.CHANGED,
                    (FieldChange("title", "Klimat", "Klimat och energi"),),
                ),
                EntryChange(Subject.AREA, "mat", Change.REMOVED),
                EntryChange(
                    Subject.INDICATOR,
                    "ekologisk-mat",
                    Change.CHANGED,
                    (FieldChange("measurement_area", "mat", "klimat"),),
                ),
            ),
        ),
    )


def test_area_and_indicator_moved_to_another_goal(tmp_path: Path, after: Path) -> None:
    old_root = copy_repository(MINIMAL, tmp_path / "with-two-goals")
    (old_root / "data/goals/samhalle.yaml").write_text(SECOND_GOAL, encoding="utf-8")
    (after / "data/goals/samhalle.yaml").write_text(
        SECOND_GOAL + "  - id: mat\n    title: Mat\n", encoding="utf-8"
    )
    edit(after, "data/goals/miljo.yaml", "  - id: mat\n    title: Mat\n", "")
    edit(
        after,
        "data/indicators/utslapp.yaml",
        "measurement_area: klimat",
        "measurement_area: bostader",
    )
    assert compare(load(old_root), load(after)).goals == (
        GoalChanges(
            "samhalle",
            (
                EntryChange(
                    Subject.AREA, "mat", Change.CHANGED, (FieldChange("goal", "miljo", "samhalle"),)
                ),
                EntryChange(
                    Subject.INDICATOR,
                    "utslapp",
                    Change.CHANGED,
                    (
                        FieldChange("measurement_area", "klimat", "bostader"),
                        FieldChange("goal", "miljo", "samhalle"),
                    ),
                ),
            ),
        ),
    )


def test_indicator_fields_that_are_ambition(before: Repository, after: Path) -> None:
    path = "data/indicators/utslapp.yaml"
    edit(after, path, "title: Utsläpp av växthusgaser", "title: Växthusgaser")
    edit(after, path, "responsible: ks", "responsible: bun")
    edit(after, path, "unit: ton", "unit: kton")
    edit(after, path, "direction: decrease", "direction: increase")
    edit(
        after,
        path,
        "measurement_area: klimat",
        "measurement_area: klimat\nrule: trajectory\nweight: 3",
    )
    edit(after, path, "  year: 2018\n  value: 1000\n", "  year: 2018\n  value: 1010\n")
    edit(
        after,
        path,
        "    value: 800\n    comparison: at_most",
        # An increase desired with a target below a value must be declared as meant.
        "    value: 800\n    comparison: below\n    against_direction: true",
    )
    assert changed(before, after).goals[0].entries == (
        EntryChange(
            Subject.INDICATOR,
            "utslapp",
            Change.CHANGED,
            (
                FieldChange("title", "Utsläpp av växthusgaser", "Växthusgaser"),
                FieldChange("responsible", "ks", "bun"),
                FieldChange("unit", "ton", "kton"),
                FieldChange("direction", "decrease", "increase"),
                FieldChange("rule", None, "trajectory"),
                FieldChange("weight", 1.0, 3.0),
                FieldChange(
                    "baseline",
                    Baseline(year=2018, value=1000),
                    Baseline(year=2018, value=1010),
                    parts=("value",),
                ),
                FieldChange(
                    "target",
                    Target(year=2026, value=800, comparison=Comparison.AT_MOST),
                    Target(
                        year=2026,
                        value=800,
                        comparison=Comparison.BELOW,
                        against_direction=True,
                    ),
                    year=2026,
                    parts=("comparison", "against_direction"),
                ),
            ),
        ),
    )


def test_targets_matched_by_year_interim_and_acceptable(before: Repository, after: Path) -> None:
    path = "data/indicators/ekologisk-mat.yaml"
    edit(
        after,
        path,
        "    acceptable: 35\n",
        "    acceptable: 37\n  - year: 2026\n    value: 50\n    comparison: at_least\n",
    )
    result = changed(before, after)
    old = Target(year=2022, value=40, comparison=Comparison.AT_LEAST, acceptable=35)
    assert result.goals[0].entries == (
        EntryChange(
            Subject.INDICATOR,
            "ekologisk-mat",
            Change.CHANGED,
            (
                FieldChange(
                    "target",
                    old,
                    old.model_copy(update={"acceptable": 37.0}),
                    year=2022,
                    interim=True,
                    parts=("acceptable",),
                ),
                FieldChange(
                    "target",
                    None,
                    Target(year=2026, value=50, comparison=Comparison.AT_LEAST),
                    year=2026,
                ),
            ),
        ),
    )


def test_what_is_not_ambition_is_not_listed(before: Repository, after: Path) -> None:
    path = "data/indicators/utslapp.yaml"
    edit(after, path, "decimals: 0", "decimals: 1\ndescription: Ny beskrivning.")
    edit(
        after,
        path,
        "    comparison: at_most\n",
        "    comparison: at_most\n    note: En anmärkning.\n",
    )
    edit(after, path, "  publisher: SMHI", "  publisher: SMHI, Nationella emissionsdatabasen")
    edit(after, "data/goals/miljo.yaml", "owner: ks", "owner: ks\nagenda2030: ['13']")
    edit(
        after,
        "data/method.yaml",
        "registration_number: KS 2019/160",
        "registration_number: KS 2024/1",
    )
    edit(
        after,
        "data/method.yaml",
        "label: {sv: Uppfyllt, en: Achieved}",
        "label: {sv: Nått, en: Met}",
    )
    result = changed(before, after)
    assert (result.goals, result.method) == ((), ())


def test_values_corrected_backfilled_removed_and_new(before: Repository, after: Path) -> None:
    path = "data/indicators/utslapp.yaml"
    edit(after, path, "  2018: 1000\n  2021: 950\n", "  2018: 1000\n  2019: 990\n  2021: 955\n")
    edit(after, path, "  2022: 900\n", "  2022: 900\n  2023: 880\n  2024: 870\n")
    edit(after, "data/indicators/ekologisk-mat.yaml", "  2018: 30.0\n", "")
    result = changed(before, after)
    assert result.goals == ()
    assert result.ambition_changed is False
    # Ordered as the goals list their areas (klimat before mat), then by indicator and year.
    assert result.corrections == (
        ValueChange("utslapp", 2019, None, 990.0),
        ValueChange("utslapp", 2021, 950.0, 955.0),
        ValueChange("ekologisk-mat", 2018, 30.0, None),
    )
    assert result.new_measurements == (
        ValueChange("utslapp", 2023, None, 880.0),
        ValueChange("utslapp", 2024, None, 870.0),
    )


def test_markers_and_preliminary_values_change_sensibly(before: Repository, after: Path) -> None:
    path = "data/indicators/utslapp.yaml"
    # 2021's value becomes confidential; 2023 is reported later, then 2024 comes preliminary.
    edit(after, path, "  2021: 950\n", "  2021: {marker: confidential}\n")
    edit(
        after,
        path,
        "  2022: 900\n",
        "  2022: 900\n  2023: {marker: reported_later}\n  2024: {value: 870, preliminary: true}\n",
    )
    result = changed(before, after)
    assert result.ambition_changed is False
    assert result.corrections == (
        ValueChange("utslapp", 2021, 950.0, ValueEntry(marker=Marker.CONFIDENTIAL)),
    )
    assert result.new_measurements == (
        ValueChange("utslapp", 2023, None, ValueEntry(marker=Marker.REPORTED_LATER)),
        ValueChange("utslapp", 2024, None, ValueEntry(value=870.0, preliminary=True)),
    )
    # The marked year then gets its value: a new measurement, since 2022 was the last value.
    again = copy_repository(after, after.parent / "again")
    edit(again, path, "  2023: {marker: reported_later}\n", "  2023: 880\n")
    later = compare(load(after), load(again))
    assert later.new_measurements == (
        ValueChange("utslapp", 2023, ValueEntry(marker=Marker.REPORTED_LATER), 880.0),
    )


SUB_GOAL = """\
sub_goals:
  - id: fossilfritt
    title: Fossilfri kommun 2030
    owner: bun
    measurement_areas: [klimat]
"""


def _with_sub_goal(root: Path, text: str = SUB_GOAL) -> Path:
    path = root / "data/goals/miljo.yaml"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    return root


def test_a_sub_goal_added_removed_and_changed_is_listed_under_its_goal(
    before: Repository, after: Path, tmp_path: Path
) -> None:
    added = changed(before, _with_sub_goal(after))
    assert added.goals == (
        GoalChanges(
            "miljo",
            (
                EntryChange(
                    Subject.SUB_GOAL,
                    "fossilfritt",
                    Change.ADDED,
                    (
                        FieldChange("owner", None, "bun"),
                        FieldChange("measurement_areas", None, ("klimat",)),
                    ),
                ),
            ),
        ),
    )
    assert added.ambition_changed is True
    assert added.sub_goal("fossilfritt").title == "Fossilfri kommun 2030"
    with_it = load(after)
    removed = compare(with_it, before)
    assert removed.goals == (
        GoalChanges("miljo", (EntryChange(Subject.SUB_GOAL, "fossilfritt", Change.REMOVED),)),
    )
    assert removed.sub_goal("fossilfritt").owner == "bun"  # found in the old state
    other = _with_sub_goal(
        copy_repository(MINIMAL, tmp_path / "other"),
        SUB_GOAL.replace("2030", "2035")
        .replace("owner: bun", "owner: ks")
        .replace("[klimat]", "[klimat, mat]"),
    )
    assert compare(with_it, load(other)).goals == (
        GoalChanges(
            "miljo",
            (
                EntryChange(
                    Subject.SUB_GOAL,
                    "fossilfritt",
                    Change.CHANGED,
                    (
                        FieldChange("title", "Fossilfri kommun 2030", "Fossilfri kommun 2035"),
                        FieldChange("owner", "bun", "ks"),
                        FieldChange("measurement_areas", ("klimat",), ("klimat", "mat")),
                    ),
                ),
            ),
        ),
    )
