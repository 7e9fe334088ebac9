"""ambition.diff.method: the method compared parameter by parameter, by dotted path."""

from pathlib import Path

from ambition.diff.compare import compare
from ambition.diff.method import MethodChange, method_changes, method_parameters
from ambition.repository import Repository
from tests.diff.history import edit, load


def test_method_parameters_by_path(before: Repository, after: Path) -> None:
    edit(after, "data/method.yaml", "achieved_share: 0.667", "achieved_share: 0.75")
    edit(after, "data/method.yaml", "partly_band: {fulfilment: 0.8}", "partly_band: {absolute: 5}")
    edit(after, "data/method.yaml", "stale_after_years: 2", "stale_after_years: 3")
    edited = load(after)
    expected = (
        MethodChange("rules.target_level.partly_band.fulfilment", 0.8, None),
        MethodChange("rules.target_level.partly_band.absolute", None, 5.0),
        MethodChange("rollup.achieved_share", 0.667, 0.75),
        MethodChange("stale_after_years", 2, 3),
    )
    assert method_changes(before.method, edited.method) == expected
    result = compare(before, edited)
    assert (result.goals, result.method, result.ambition_changed) == ((), expected, True)


def test_naming_a_built_in_rule_with_its_defaults_changes_nothing(
    before: Repository, after: Path
) -> None:
    edit(
        after,
        "data/method.yaml",
        "default_rule: target_level",
        "  trajectory: {kind: trajectory}\ndefault_rule: target_level",
    )
    assert method_changes(before.method, load(after).method) == ()
    assert method_parameters(before.method)["rules.trajectory.achieved_from"] == 1.0


def test_the_decision_and_the_scale_are_not_parameters(before: Repository) -> None:
    parameters = method_parameters(before.method)
    assert parameters["rollup.achieved_share"] == 0.667
    assert not [path for path in parameters if path.split(".")[0] in ("decision", "scale")]
    assert method_changes(before.method, before.method) == ()


def test_the_thresholds_and_bands_of_more_degrees_are_parameters() -> None:
    """A method moving to four degrees (issue 13.1): its new thresholds and bands show as
    parameters added; the common three-level method has none of them."""
    from tests.method.builders import FOUR_LEVELS, method, more_levels

    three = method()
    four = method(
        **more_levels(FOUR_LEVELS),
        rules={"target_level": {"kind": "target_level", "largely_band": {"fulfilment": 0.9}}},
    )
    assert not [p for p in method_parameters(three) if "largely" in p or "slightly" in p]
    changes = {c.path: (c.old, c.new) for c in method_changes(three, four)}
    assert changes["rollup.largely_share"] == (None, 0.6)
    assert changes["rollup.slightly_share"] == (None, 0.4)
    assert changes["rules.target_level.largely_band.fulfilment"] == (None, 0.9)
