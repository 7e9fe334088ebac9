"""The collector frozen out of what a command keeps, and paused while the method runs."""

import gc
from pathlib import Path

import pytest

from ambition.loading.repository import load_repository
from ambition.process.collector import collection_paused, freeze_survivors
from ambition.validation.periods import assess_periods


class Node:
    """A container the collector tracks."""

    def __init__(self) -> None:
        self.items: list[object] = []


def test_freezing_exempts_what_is_alive_and_keeps_freeing_by_reference_count() -> None:
    gc.collect()
    kept = Node()
    before = gc.get_freeze_count()
    freeze_survivors()
    assert gc.get_freeze_count() > before
    assert not any(o is kept for o in gc.get_objects())  # in no generation the collector walks
    assert gc.get_referrers(kept) == []  # referrers are looked for in the generations only
    gc.unfreeze()
    assert any(o is kept for o in gc.get_objects())


def test_a_pause_disables_the_collector_and_freezes_what_survives() -> None:
    gc.collect()
    with collection_paused():
        assert not gc.isenabled()
        made = Node()
    assert gc.isenabled()
    assert not any(o is made for o in gc.get_objects())


def test_a_pause_ends_as_it_began_even_after_an_error() -> None:
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()  # it was off before: it stays off
    gc.enable()
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("inside")
    assert gc.isenabled()


def test_the_method_leaves_no_garbage_in_cycles(real_repo: Path) -> None:
    """What lets the method run with the collector paused: on the real data, every period's
    results dropped leave nothing for the cyclic collector to find."""
    repository = load_repository(real_repo).repository
    assert repository is not None
    gc.collect()
    gc.disable()
    results = assess_periods(repository)
    assert len(results) == len(repository.project.periods) >= 3
    gc.unfreeze()  # what assess_periods froze, the collector may look at again
    del results
    assert gc.collect() == 0


def test_loading_leaves_the_collector_enabled_and_what_it_kept_frozen(real_repo: Path) -> None:
    gc.unfreeze()
    loaded = load_repository(real_repo)
    assert gc.isenabled()
    assert loaded.repository is not None
    assert not any(o is loaded.repository.project for o in gc.get_objects())
