"""What the room sees of turn-taking: names as the group chose, never anyone's talk time, and the balance folded."""

from PySide6.QtCore import Qt

from copro_desktop.queue.commands import change_settings
from tests.queue.panel_steps import press, raise_hand


def test_names_are_shown_to_the_room_as_the_group_chose(qtbot, window, panel, people):
    raise_hand(qtbot, panel, "Priya")
    raise_hand(qtbot, panel, "Visiting Vic Smith")
    raise_hand(qtbot, panel, "someone")
    window.send_to_projector()
    room = window.room.shown_view()
    assert room.texts()[-3:] == ["Next: Priya", "Then: Visiting Vic Smith", "Then: Someone"]
    panel.history.push(change_settings(panel.model, "initials", names_shown="initials"))
    assert room.texts()[-3:] == ["Next: P.", "Then: V. V. S.", "Then: Someone"]
    panel.history.push(change_settings(panel.model, "numbers", names_shown="numbers"))
    # Members by their place in the group's list; a guest after them. The facilitator sees who is which.
    assert room.texts()[-3:] == ["Next: Number 2", "Then: Number 6", "Then: Someone"]
    assert [panel.table.model().index(row, 0).data() for row in range(2)] == ["Priya (2)", "Visiting Vic Smith (guest) (6)"]
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert room.texts()[-3:] == ["Next: P.", "Then: V. V. S.", "Then: Someone"]


def test_initials_that_two_people_share_show_more_of_the_first_name(qtbot, window, panel, services, group, meeting):
    groups, _ = services
    for name in ("Mei", "Mark"):
        groups.add_member(group.id, name, "carer")
    window.context.membersEdited.emit()
    panel.history.push(change_settings(panel.model, "initials", names_shown="initials"))
    raise_hand(qtbot, panel, "Mei")
    raise_hand(qtbot, panel, "Mark")
    window.send_to_projector()
    assert window.room.shown_view().texts()[-2:] == ["Next: Me.", "Then: Ma."]


def test_the_room_never_sees_anyones_talk_time(qtbot, window, panel, people, clock):
    for name in ("Sam", "Priya", "Sam"):
        raise_hand(qtbot, panel, name)
    press(qtbot, panel, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # fair turns: the panel shows why, with times
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(75)
    press(qtbot, panel, Qt.Key.Key_N)
    assert any("1 minute 15 seconds" in text for text in [panel.table.model().index(r, 2).data() for r in range(1)])
    window.send_to_projector()
    shown = " ".join(window.room.shown_view().texts())
    assert "minute" not in shown and "second" not in shown and "spoken" not in shown


def test_the_balance_goes_to_the_room_by_perspective_with_no_group_of_one(qtbot, window, panel, people, clock):
    # Present: 2 lived experience, 2 professional, 1 carer (Jo): the carer is folded in for the room.
    raise_hand(qtbot, panel, "Priya")
    raise_hand(qtbot, panel, "Jo")
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(60)
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(20)
    press(qtbot, panel, Qt.Key.Key_E)
    press(qtbot, panel, Qt.Key.Key_F5)  # the queue first: then the balance's key must not clash with the projector's
    assert window.room.shown_key() == "queue"
    press(qtbot, panel, Qt.Key.Key_F6)
    view = window.room.shown_view()
    assert window.room.shown_key() == "queue-balance"
    words = " ".join(view.texts())
    assert "Carer or supporter" not in words and "Other perspectives" in words
    assert "Professional or staff" in words
    for person in ("Priya", "Jo", "Sam"):
        assert person not in words
    # The facilitator's own picture keeps every group, with the figures in words for a screen reader.
    assert "Carer or supporter" in panel.balance_picture.accessibleDescription()
