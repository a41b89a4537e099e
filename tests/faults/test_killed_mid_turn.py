"""A real process killed in the middle of a turn: the turn comes back, with the time written before the kill."""

from copro_desktop.db.opening import open_database
from copro_desktop.paths import DataPaths
from copro_desktop.queue.tables import QueueTurn
from copro_desktop.queue.turns import TurnState
from tests.faults.running import run_child
from tests.queue.panel_steps import stored


def test_a_turn_running_when_the_app_is_killed_comes_back_interrupted(qtbot, tmp_path, prompts):
    from copro_desktop.shell.main_window import MainWindow

    folder = tmp_path / "data"
    completed = run_child("turn_then_die", folder)
    assert completed.returncode == -9, completed.stderr
    engine = open_database(DataPaths(folder))
    [turn] = stored(engine, QueueTurn)
    assert (turn.state, turn.seconds) == (TurnState.SPEAKING, 7.0)  # written by the five-second timer
    prompts.choices.append("end")  # asked once the window is up: the facilitator ends it
    window = MainWindow(engine, prompts)
    qtbot.addWidget(window)
    panel = window.open_panel("queue")
    [turn] = stored(engine, QueueTurn)
    assert (turn.state, turn.seconds) == (TurnState.INTERRUPTED, 7.0)
    assert panel.speaker_name.text() == "Sam"
    assert "stopped when the app closed" in panel.speaker_details.text()
    assert any("The time up to 0:07 was kept" in words for words in panel.announced)
    qtbot.waitUntil(lambda: stored(engine, QueueTurn)[0].state == TurnState.ENDED)
    assert stored(engine, QueueTurn)[0].seconds == 7.0
    window.close()
    engine.dispose()
