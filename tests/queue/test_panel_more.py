"""The Turn-taking panel where meetings get awkward: passes mid-turn, a process point in a round, a guest typed
two ways, one anonymous person speaking twice, a meeting edited mid-turn, keys inside drop-downs, undo and redo."""

from PySide6.QtCore import Qt

from copro_desktop.queue.tables import QueueHand, QueueTurn
from copro_desktop.queue.turns import TurnState
from tests.queue.panel_steps import press, queue_names, raise_hand, stored

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_pass_in_a_go_round_ends_the_turn_before_it(qtbot, window, panel, people, clock):
    raise_hand(qtbot, panel, "Sam", "process")  # a process point, first even in a round
    press(qtbot, panel, Qt.Key.Key_3, ALT)
    press(qtbot, panel, Qt.Key.Key_N)  # Sam speaks
    clock.advance(30)
    press(qtbot, panel, Qt.Key.Key_S)  # Ahmed, next in the round, passes: Sam's turn is over
    clock.advance(60)
    press(qtbot, panel, Qt.Key.Key_N)  # Jo
    turns = stored(window.engine, QueueTurn)
    assert [(t.member_id, t.state, t.seconds) for t in turns[:2]] == [
        (people["Sam"].id, TurnState.ENDED, 30.0),
        (people["Ahmed"].id, TurnState.PASSED, 0.0),
    ]
    assert panel.speaker_name.text() == "Jo"


def test_a_process_point_in_a_round_does_not_use_up_the_persons_turn_in_it(qtbot, window, panel, people):
    press(qtbot, panel, Qt.Key.Key_3, ALT)
    raise_hand(qtbot, panel, "Kate", "process")
    assert queue_names(panel)[0] == "Kate"  # a process point still comes first
    press(qtbot, panel, Qt.Key.Key_N)
    assert queue_names(panel) == ["Ahmed", "Jo", "Kate", "Priya", "Sam"]  # and Kate still has her turn in the round


def test_a_guest_typed_two_ways_is_one_person(qtbot, window, panel, clock):
    raise_hand(qtbot, panel, "Visiting Vic")
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(30)
    press(qtbot, panel, Qt.Key.Key_E)
    raise_hand(qtbot, panel, "visiting vic")
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(50)
    press(qtbot, panel, Qt.Key.Key_E)
    assert {h.guest_name for h in stored(window.engine, QueueHand)} == {"Visiting Vic"}
    vic = [row for row in panel.voices.people.rows if row.name == "Visiting Vic"]
    assert [(row.turns, row.seconds) for row in vic] == [(2, 80)]


def test_someone_speaking_twice_is_counted_once_and_alone_is_folded_for_the_room(qtbot, window, panel, clock):
    panel.guest_perspective.setCurrentIndex(panel.guest_perspective.findData("other"))
    raise_hand(qtbot, panel, "someone")
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(20)
    panel.guest_perspective.setCurrentIndex(panel.guest_perspective.findData("other"))
    raise_hand(qtbot, panel, "someone")
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(20)
    press(qtbot, panel, Qt.Key.Key_E)
    [other] = [share for share in panel.voices.shares if share.perspective == "other"]
    assert (other.people, other.turns, other.seconds) == (1, 2, 40.0)
    panel.send_balance()
    said = " ".join(window.room.shown_view().texts())
    assert "Other perspectives" in said and "Other:" not in said


def test_editing_the_meeting_mid_turn_leaves_the_turn_running(qtbot, window, panel, people, clock, meeting):
    raise_hand(qtbot, panel, "Sam")
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(12)
    window.context.refresh_meeting([meeting.id])  # what any edit of the meeting, or its undo, does
    [turn] = stored(window.engine, QueueTurn)
    assert turn.state == TurnState.SPEAKING
    assert not any("still running when" in words for words in panel.announced)
    assert panel.model.elapsed() == 12


def test_letters_typed_in_a_drop_down_choose_in_it_and_do_not_act_on_the_meeting(qtbot, window, panel, people):
    raise_hand(qtbot, panel, "Sam")
    press(qtbot, panel, Qt.Key.Key_N)
    panel.guest_perspective.setFocus()
    qtbot.keyClick(panel.guest_perspective, Qt.Key.Key_P)  # "Professional or staff", not pause
    assert panel.model.running()
    assert panel.guest_perspective.currentData() in ("professional", "prefer_not_to_say")


def test_pause_end_and_ordering_undo_and_redo_exactly(qtbot, window, panel, people, clock):
    raise_hand(qtbot, panel, "Sam")
    raise_hand(qtbot, panel, "Priya")
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(10)
    press(qtbot, panel, Qt.Key.Key_P)
    assert stored(window.engine, QueueTurn)[0].state == TurnState.PAUSED
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)  # undo the pause: Sam speaks on
    assert stored(window.engine, QueueTurn)[0].state == TurnState.SPEAKING and panel.model.running()
    qtbot.keyClick(panel.table, Qt.Key.Key_Y, CTRL)  # and redo it
    assert stored(window.engine, QueueTurn)[0].state == TurnState.PAUSED
    press(qtbot, panel, Qt.Key.Key_E)
    assert stored(window.engine, QueueTurn)[0].state == TurnState.ENDED
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    assert stored(window.engine, QueueTurn)[0].state == TurnState.PAUSED
    press(qtbot, panel, Qt.Key.Key_2, ALT)
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    assert panel.ordering.currentText() == "In order of hands"
    qtbot.keyClick(panel.table, Qt.Key.Key_Y, CTRL)
    assert panel.ordering.currentText() == "Fair turns"
    assert queue_names(panel) == ["Priya"]


def test_work_opened_only_to_look_at_shows_a_crashed_turn_with_its_saved_time_and_runs_no_clock(
    qtbot, engine, prompts, services, group, meeting, people, clock
):
    from copro_desktop.queue.model import queue_model
    from copro_desktop.queue.rules import HandKind
    from copro_desktop.queue.service import QueueService
    from copro_desktop.shell.main_window import MainWindow

    service = QueueService(engine)
    hand, _ = service.raise_hand(meeting.id, HandKind.NEW_POINT, member_id=people["Sam"].id)
    called = service.call(meeting.id, clock.at, hand_id=hand.id)
    service.checkpoint(called.turn_id, clock.at.replace(second=25))
    window = MainWindow(engine, prompts, read_only_reason="Open to look at only: the disk is full.")
    qtbot.addWidget(window)
    queue_model(window.context).now = clock
    window.context.open_group(group.id)
    panel = window.open_panel("queue")
    clock.advance(3600)
    assert panel.timer_label.text() == "0:25"
    assert not panel.model.timer.isActive()
    assert not panel.next_button.isEnabled() and not panel.pause_button.isEnabled()
    window.close()


def test_escape_in_the_name_box_goes_back_to_the_queue_where_n_calls_the_next_speaker(qtbot, window, panel, people):
    raise_hand(qtbot, panel, "Sam")
    assert panel.who.hasFocus()
    qtbot.keyClick(panel.who, Qt.Key.Key_Escape)
    assert panel.table.hasFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_N)
    assert panel.speaker_name.text() == "Sam"


def test_a_hand_raised_for_a_member_not_marked_as_here_marks_them_and_undo_unmarks(qtbot, window, panel, people, services, meeting):
    groups, _ = services
    groups.set_attended(meeting.id, people["Kate"].id, False)
    window.context.attendanceEdited.emit(meeting.id, people["Kate"].id)
    raise_hand(qtbot, panel, "Kate")
    assert people["Kate"].id in groups.attendees(meeting.id)
    meetings = window.open_panel("meetings")  # the Meetings page shows the tick the hand made
    [kate] = [meetings.attendance.item(i) for i in range(meetings.attendance.count()) if meetings.attendance.item(i).text() == "Kate"]
    qtbot.waitUntil(lambda: kate.checkState() == Qt.CheckState.Checked)
    window.open_panel("queue")
    press(qtbot, panel, Qt.Key.Key_3, ALT)
    assert "Kate" in queue_names(panel)
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    assert people["Kate"].id not in groups.attendees(meeting.id)


def test_the_undo_button_names_who_each_action_was_for(qtbot, window, panel, people):
    raise_hand(qtbot, panel, "Priya")
    assert window.undo_action.text() == "&Undo raise a hand for Priya"
    press(qtbot, panel, Qt.Key.Key_N)
    assert window.undo_action.text() == "&Undo call Priya to speak"


def test_ctrl_4_puts_the_keyboard_in_the_name_box_and_ctrl_enter_calls_the_next_speaker(qtbot, window, panel, people):
    window.open_panel("agreements")
    window.group_choice.setFocus()
    qtbot.keyClick(window.group_choice, Qt.Key.Key_4, CTRL)
    assert panel.who.hasFocus()
    qtbot.keyClicks(panel.who, "Sam")  # S is a letter of a name here, never a pass
    qtbot.keyClick(panel.who, Qt.Key.Key_Return)
    qtbot.keyClick(panel.who, Qt.Key.Key_Return, CTRL)
    assert panel.speaker_name.text() == "Sam"
    assert panel.who.text() == ""


def test_part_of_a_members_name_asks_who_it_is_and_cancel_keeps_the_words(qtbot, window, panel, people, services, group, prompts):
    groups, _ = services
    groups.add_member(group.id, "Dr Helen Clarke", "professional")
    window.context.membersEdited.emit()
    panel.who.setText("Helen")
    panel.raise_hand("new_point")  # the fake answers as Escape does: Cancel
    assert prompts.offered[-2:] == ["guest", "cancel"] and prompts.offered[0].startswith("member:")
    assert stored(window.engine, QueueHand) == [] and panel.who.text() == "Helen"
    prompts.choices.append(prompts.offered[0])
    panel.raise_hand("new_point")
    assert queue_names(panel) == ["Dr Helen Clarke"]


def test_home_and_end_go_to_the_first_and_last_in_the_queue(qtbot, window, panel, people):
    for name in ("Sam", "Priya", "Jo"):
        raise_hand(qtbot, panel, name)
    panel.table.focus_row(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_End)
    assert panel.table.currentIndex().row() == 2
    qtbot.keyClick(panel.table, Qt.Key.Key_Home)
    assert panel.table.currentIndex().row() == 0


def test_ctrl_z_in_the_name_box_undoes_the_last_action(qtbot, window, panel, people):
    raise_hand(qtbot, panel, "Sam")
    assert panel.who.hasFocus()
    qtbot.keyClick(panel.who, Qt.Key.Key_Z, CTRL)
    assert queue_names(panel) == []


def test_help_lists_the_turn_taking_keys_including_each_kind_of_hand(window, panel):
    rows = window.shortcut_rows()
    for row in [
        ("Turn-taking", "Next speaker", "N or Ctrl+Return"),
        ("Turn-taking", "Raise a hand: Reply", "Alt+L"),
        ("Turn-taking", "Raise a hand: Process point", "Alt+C"),
        ("Turn-taking", "Show the balance by perspective to the room", "F6"),
    ]:
        assert row in rows, row


def test_leaving_a_go_round_before_everyone_has_spoken_asks_first(qtbot, window, panel, people, prompts):
    press(qtbot, panel, Qt.Key.Key_3, ALT)
    press(qtbot, panel, Qt.Key.Key_1, ALT)  # unanswered, the question keeps the round
    _, text = prompts.last("confirm")
    assert text.startswith("The round is not over: 5 turns still to come.")
    assert panel.ordering.currentText() == "Go-round"
    prompts.confirmations.append(True)
    press(qtbot, panel, Qt.Key.Key_1, ALT)
    assert panel.ordering.currentText() == "In order of hands"


def test_the_talk_picture_counts_the_running_turn_as_it_stands_after_each_action(qtbot, window, panel, people, clock):
    raise_hand(qtbot, panel, "Priya")
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(45)
    raise_hand(qtbot, panel, "Sam")  # any action: the picture is brought up to date, the tick alone never does
    [priya] = [row for row in panel.voices.people.rows if row.name == "Priya"]
    assert priya.seconds == 45
    [staff] = [share for share in panel.voices.shares if share.perspective == "professional"]
    assert staff.talk_share == 1.0
