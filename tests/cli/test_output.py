"""ambition.cli.output: the progress bar, shown on a terminal only."""

import io

import pytest
from rich.console import Console

import ambition.cli.output as output


@pytest.mark.parametrize("terminal", [True, False])
def test_progress_is_drawn_on_a_terminal_only(
    terminal: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = io.StringIO()
    monkeypatch.setattr(output, "stderr", Console(file=screen, force_terminal=terminal, width=60))
    with output.Progress("Kolada") as progress:
        progress(3, 4)
        task = progress.bar.tasks[0]
        assert (task.completed, task.total, task.description) == (3, 4, "Kolada")
    assert bool(screen.getvalue()) is terminal
