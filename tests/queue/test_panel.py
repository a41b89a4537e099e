"""The Turn-taking panel, driven from the keyboard: checked in the database and on the room's view."""

from PySide6.QtCore import Qt

from copro_desktop.queue.tables import QueueHand, QueueMove, QueueTurn
from copro_desktop.queue.turns import HandState, TurnState
from tests.queue.panel_steps import press, queue_names, raise_hand, stored, why

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def room_sees(window):
    window.send_to_projector()
    return window.room.shown_view().texts()


def test_hands_of_each_kind_are_raised_by_typing_and_queue_by_kind(qtbot, window, panel, people):
    raise_hand(qtbot, panel, "Sa")  # the start of a name and Enter: a new point
    raise_hand(qtbot, panel, "pri", "reply")
    raise_hand(qtbot, panel, "Jo", "clarifying")
    raise_hand(qtbot, panel, "Ahm", "process")
    raise_hand(qtbot, panel, "Visiting Vic")  # not a member: a guest, by name
    raise_hand(qtbot, panel, "someone")

    hands = stored(window.engine, QueueHand)
    assert [(h.member_id, h.guest_name, h.kind) for h in hands] == [
        (people["Sam"].id, None, "new_point"),
        (people["Priya"].id, None, "reply"),
        (people["Jo"].id, None, "clarifying"),
        (people["Ahmed"].id, None, "process"),
        (None, "Visiting Vic", "new_point"),
        (None, None, "new_point"),
    ]
    assert hands[1].perspective == "professional"  # a member's hand carries their perspective
    assert queue_names(panel) == ["Ahmed", "Jo", "Priya", "Sam", "Visiting Vic (guest)", "Someone"]
    assert panel.who.text() == ""
    assert panel.announced[-1] == "Someone: New point, number 6 in the queue."
    assert room_sees(window) == ["Whose turn it is", "Next: Ahmed", "Then: Jo", "Then: Priya", "and 3 more"]


def test_next_speaker_with_n_then_fair_turns_mid_meeting_loses_no_one(qtbot, window, panel, people, clock):
    for name in ("Sam", "Priya", "Sam", "Jo"):
        raise_hand(qtbot, panel, name)
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(40)
    press(qtbot, panel, Qt.Key.Key_N)  # Sam spoke 40 seconds; Priya now
    turns = stored(window.engine, QueueTurn)
    assert [(t.member_id, t.state, t.seconds) for t in turns] == [
        (people["Sam"].id, TurnState.ENDED, 40.0),
        (people["Priya"].id, TurnState.SPEAKING, 0.0),
    ]
    assert panel.announced[-1] == "Next speaker: Priya. Then Sam."
    assert queue_names(panel) == ["Sam", "Jo"]

    press(qtbot, panel, Qt.Key.Key_2, ALT)  # fair turns: Jo has not spoken, Sam has
    assert queue_names(panel) == ["Jo", "Sam"]
    assert why(panel) == ["has not spoken yet", "spoken 1 time, 40 seconds"]
    assert panel.ordering.currentText() == "Fair turns"
    assert room_sees(window) == ["Whose turn it is", "Speaking now: Priya", "Next: Jo", "Then: Sam"]

    press(qtbot, panel, Qt.Key.Key_1, ALT)  # and back: the same two hands, by when they were raised
    assert queue_names(panel) == ["Sam", "Jo"]


def test_a_move_is_stored_shown_beside_the_name_and_undone(qtbot, window, panel, people):
    for name in ("Sam", "Priya", "Jo"):
        raise_hand(qtbot, panel, name)
    panel.table.focus_row(2)
    press(qtbot, panel, Qt.Key.Key_Up, CTRL)
    assert queue_names(panel) == ["Sam", "Jo", "Priya"]
    assert why(panel)[1] == "moved by you"
    assert panel.table.currentIndex().row() == 1  # the keyboard stays with the person moved
    moves = stored(window.engine, QueueMove)
    assert len(moves) == 1 and not moves[0].after
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    assert queue_names(panel) == ["Sam", "Priya", "Jo"]
    assert stored(window.engine, QueueMove) == []


def test_withdraw_with_w_and_undo_brings_the_hand_back(qtbot, window, panel, people):
    for name in ("Sam", "Priya"):
        raise_hand(qtbot, panel, name)
    panel.table.focus_row(0)
    press(qtbot, panel, Qt.Key.Key_W)
    assert queue_names(panel) == ["Priya"]
    assert [h.state for h in stored(window.engine, QueueHand)] == [HandState.WITHDRAWN, HandState.WAITING]
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    assert queue_names(panel) == ["Sam", "Priya"]
    assert room_sees(window)[-2:] == ["Next: Sam", "Then: Priya"]


def test_undoing_next_speaker_puts_the_hand_back_and_the_speaker_back(qtbot, window, panel, people, clock):
    raise_hand(qtbot, panel, "Sam")
    raise_hand(qtbot, panel, "Priya")
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(10)
    press(qtbot, panel, Qt.Key.Key_N)
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    assert queue_names(panel) == ["Priya"]
    assert panel.speaker_name.text() == "Sam"
    assert [t.state for t in stored(window.engine, QueueTurn)] == [TurnState.SPEAKING]
    assert room_sees(window)[1] == "Speaking now: Sam"


def test_pause_resume_and_end_from_the_keyboard_time_only_the_talking(qtbot, window, panel, people, clock):
    raise_hand(qtbot, panel, "Sam")
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(30)
    press(qtbot, panel, Qt.Key.Key_P)  # pause
    clock.advance(100)  # a break: not Sam's time
    press(qtbot, panel, Qt.Key.Key_P)  # resume
    clock.advance(5)
    press(qtbot, panel, Qt.Key.Key_E)
    [turn] = stored(window.engine, QueueTurn)
    assert (turn.state, turn.seconds) == (TurnState.ENDED, 35.0)
    assert panel.speaker_name.text() == "No one is speaking"


def test_a_go_round_visits_everyone_present_and_a_pass_is_recorded_as_a_pass(qtbot, window, panel, people):
    raise_hand(qtbot, panel, "Visiting Vic")  # a guest with a hand up is in the room too
    press(qtbot, panel, Qt.Key.Key_3, ALT)
    # Everyone once, by name (not by when they were added); Vic's raised hand waits until the round is over.
    assert queue_names(panel) == ["Ahmed", "Jo", "Kate", "Priya", "Sam", "Visiting Vic (guest)", "Visiting Vic (guest)"]
    assert why(panel)[0] == "their turn in the round"
    press(qtbot, panel, Qt.Key.Key_S)  # Ahmed, first in the round, passes
    press(qtbot, panel, Qt.Key.Key_N)  # Jo is called
    press(qtbot, panel, Qt.Key.Key_S)  # and passes too, once called
    press(qtbot, panel, Qt.Key.Key_N)  # Kate speaks
    turns = stored(window.engine, QueueTurn)
    assert [(t.member_id, t.state, t.kind, t.round_number) for t in turns] == [
        (people["Ahmed"].id, TurnState.PASSED, "go_round", 1),
        (people["Jo"].id, TurnState.PASSED, "go_round", 1),
        (people["Kate"].id, TurnState.SPEAKING, "go_round", 1),
    ]
    assert queue_names(panel)[:3] == ["Priya", "Sam", "Visiting Vic (guest)"]
    assert panel.announced[-2] == "Jo passed. Then Kate."


def test_without_a_meeting_the_panel_says_so_and_takes_no_hands(qtbot, window, panel):
    window.context.choose_meeting(None)
    assert panel.meeting_line.text() == "No meeting chosen. Start or choose a meeting to take turns."
    assert not panel.who.isEnabled() and not panel.next_button.isEnabled()
    raise_hand(qtbot, panel, "Sam")
    assert stored(window.engine, QueueHand) == []


def test_a_name_must_be_typed_and_nothing_typed_is_lost(qtbot, window, panel):
    raise_hand(qtbot, panel, "   ")
    assert stored(window.engine, QueueHand) == []
    assert "Type a name first" in panel.problem.text()
    raise_hand(qtbot, panel, "x" * 61)
    assert stored(window.engine, QueueHand) == []
    assert panel.who.text() == "   " + "x" * 61  # kept, to shorten
    assert "up to 60" in panel.problem.text()


def test_ticking_who_came_on_the_meetings_page_changes_the_go_round(qtbot, window, panel, services, group):
    groups, _ = services
    groups.add_member(group.id, "Zara", "other")
    window.context.membersEdited.emit()
    press(qtbot, panel, Qt.Key.Key_3, ALT)
    assert "Zara" not in queue_names(panel)
    page = window.open_panel("meetings")
    zara = next(page.attendance.item(i) for i in range(page.attendance.count()) if page.attendance.item(i).text() == "Zara")
    page.attendance.setFocus()
    page.attendance.setCurrentItem(zara)
    qtbot.keyClick(page.attendance, Qt.Key.Key_Space)
    window.open_panel("queue")
    assert queue_names(panel)[-1] == "Zara"
