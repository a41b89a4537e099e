"""The turn's timer on a clock the test moves (never a real sleep), the soft limit, and a crash mid-turn."""

from PySide6.QtCore import Qt
from sqlalchemy import event

from copro_desktop.queue.commands import change_settings
from copro_desktop.queue.tables import QueueTurn
from copro_desktop.queue.turns import TurnState
from tests.queue.panel_steps import press, raise_hand, stored


def test_the_timer_counts_the_turn_and_the_room_sees_it_only_when_chosen(qtbot, window, panel, clock):
    raise_hand(qtbot, panel, "Sam")
    press(qtbot, panel, Qt.Key.Key_N)
    window.send_to_projector()
    room = window.room.shown_view()
    clock.advance(65)
    panel.model.tick()
    assert panel.timer_label.text() == "1:05"
    assert not any("1:05" in text for text in room.texts())  # the group has not chosen to show the timer
    panel.history.push(change_settings(panel.model, "show the timer", timer_on_projector=True))
    clock.advance(1)
    panel.model.tick()
    assert "Time this turn: 1:06" in room.texts()


def test_paging_on_with_the_clock_shown_stays_on_the_page_the_room_is_reading(qtbot, window, panel, clock, people):
    panel.history.push(change_settings(panel.model, "show the timer", timer_on_projector=True))
    for name in ("Sam", "Priya", "Jo", "Ahmed"):
        raise_hand(qtbot, panel, name)
    press(qtbot, panel, Qt.Key.Key_N)
    window.send_to_projector()
    window.projector.set_scale(2.5)  # the largest text: the queue goes over pages
    room = window.room.shown_view()
    assert room.page_count() > 1
    room.next_page()
    for _ in range(3):
        clock.advance(1)
        panel.model.tick()
        assert room.page() == 1  # the clock ticking does not take the room back to page 1
    qtbot.keyClick(panel.table, Qt.Key.Key_N)  # a new speaker does
    assert room.page() == 0 and room.texts()[1] == "Speaking now: Priya"


def test_a_tick_reads_and_writes_nothing_and_rebuilds_no_view(qtbot, window, panel, clock):
    raise_hand(qtbot, panel, "Sam")
    raise_hand(qtbot, panel, "Priya")
    press(qtbot, panel, Qt.Key.Key_N)
    window.send_to_projector()
    statements = []
    event.listen(window.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    rebuilt = []
    shown = panel.table.model()
    for model in (panel.model, shown, panel.voices.people):
        for name in ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved", "dataChanged"):
            getattr(model, name).connect(lambda *_args, name=name: rebuilt.append(name))
    for _ in range(5):
        clock.advance(1)
        panel.model.tick()
    assert statements == []
    assert rebuilt == []
    assert panel.timer_label.text() == "0:05"


def test_the_soft_time_limit_is_a_calm_cue_to_the_room_and_said_once_to_a_screen_reader(
    qtbot, window, panel, clock
):
    panel.history.push(change_settings(panel.model, "set a limit", time_limit_seconds=60))
    raise_hand(qtbot, panel, "Sam")
    press(qtbot, panel, Qt.Key.Key_N)
    window.send_to_projector()
    room = window.room.shown_view()
    clock.advance(59)
    panel.model.tick()
    assert "Time to finish this turn" not in room.texts()
    clock.advance(1)
    panel.model.tick()
    clock.advance(1)
    panel.model.tick()
    assert "Time to finish this turn" in room.texts()
    assert panel.announced.count("Time is up for this turn") == 1
    assert panel.timer_label.text() == "1:01, time is up"


def test_progress_is_written_every_few_seconds_so_a_crash_loses_only_those(qtbot, window, panel, clock):
    raise_hand(qtbot, panel, "Sam")
    press(qtbot, panel, Qt.Key.Key_N)
    assert panel.model.checkpoints.isActive() and panel.model.checkpoints.interval() <= 5000
    clock.advance(35)
    panel.model.checkpoint()  # what the five-second timer does
    panel.model.written()  # it writes on a thread of its own
    [turn] = stored(window.engine, QueueTurn)
    assert (turn.state, turn.seconds) == (TurnState.SPEAKING, 35.0)
    clock.advance(3)
    assert panel.timer_label.text() != "" and panel.model.elapsed() == 38


def test_after_a_crash_the_running_turn_comes_back_interrupted_to_resume_or_end(
    qtbot, window, panel, clock, engine, prompts
):
    from copro_desktop.queue.model import queue_model
    from copro_desktop.shell.main_window import MainWindow

    raise_hand(qtbot, panel, "Sam")
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(35)
    panel.model.checkpoint()
    panel.model.written()
    # The app is killed here, mid-turn, and starts again.
    panel.model.checkpoints.stop()
    panel.model.timer.stop()
    panel.model.meeting_id = None  # this copy lets go, as a killed process would, writing nothing
    again = MainWindow(engine, prompts)
    qtbot.addWidget(again)
    queue_model(again.context).now = clock
    again.context.open_group(window.context.group_id)
    second = again.panels["queue"]
    [turn] = stored(engine, QueueTurn)
    assert (turn.state, turn.seconds) == (TurnState.INTERRUPTED, 35.0)
    assert "still running when Copro Desktop stopped" in second.announced[-1]
    assert "resume it (P) or end it (E)" in second.speaker_details.text()
    qtbot.waitUntil(lambda: any(kind == "choose" for kind, _, _ in prompts.shown))  # asked, once the window is up
    assert prompts.offered == ["resume", "end", "later"]  # and left as it was: the safe answer is to decide later
    assert second.pause_button.text().replace("&", "") == "Resume"
    clock.advance(600)  # the time the app was not running is not Sam's
    second.pause_or_resume()
    clock.advance(10)
    second.end_turn()
    [turn] = stored(engine, QueueTurn)
    assert (turn.state, turn.seconds) == (TurnState.ENDED, 45.0)
    again.close()


def test_writing_progress_never_holds_up_the_window(qtbot, window, panel, clock, monkeypatch):
    import threading

    raise_hand(qtbot, panel, "Sam")
    press(qtbot, panel, Qt.Key.Key_N)
    disk_is_slow = threading.Event()
    writing_on = []
    real_checkpoint = panel.model.service.checkpoint

    def slow_checkpoint(turn_id, now):
        writing_on.append(threading.current_thread() is threading.main_thread())
        disk_is_slow.wait(timeout=10)
        real_checkpoint(turn_id, now)

    monkeypatch.setattr(panel.model.service, "checkpoint", slow_checkpoint)
    clock.advance(6)
    panel.model.checkpoint()  # returns while the disk is still busy
    clock.advance(1)
    panel.model.tick()
    assert panel.timer_label.text() == "0:07"
    disk_is_slow.set()
    panel.model.written()
    assert writing_on == [False]
    [turn] = stored(window.engine, QueueTurn)
    assert turn.seconds == 6.0
