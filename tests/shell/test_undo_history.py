"""Undo never breaks: removals drop the commands that refer to them, failures are told, nothing reaches Qt."""

import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from tests.helpers import add_member_through_dialog

REDO = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def panel(window, group, meeting):
    window.context.open_group(group.id)
    window.open_panel("agreements")
    return window.page("agreements")


@pytest.fixture
def no_unraisable(monkeypatch):
    """Fail if an exception escapes into Qt (PySide reports those through sys.excepthook)."""
    escaped = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: escaped.append(info))
    yield escaped
    assert escaped == []


def propose(qtbot, panel, text):
    panel.new_text.setFocus()
    qtbot.keyClicks(panel.new_text, text)
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)


def agreements_of(services, group):
    return [a.text for a in services[1].agreements(group.id)]


def test_removing_the_meeting_drops_the_proposal_made_in_it(qtbot, window, panel, services, group, meeting, no_unraisable):
    propose(qtbot, panel, "We listen")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert agreements_of(services, group) == []
    assert window.redo_action.isEnabled()

    meetings = window.page("meetings")
    window.open_panel("meetings")
    meetings.table.choose_row(meetings.model.row_of(meeting.id))
    window.prompts.confirmations.append(True)  # "Remove meeting": yes
    meetings.remove.click()
    assert services[0].meetings(group.id) == []

    assert "1 earlier change that involved it can no longer be undone or redone" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, REDO)
    assert agreements_of(services, group) == []
    assert not window.redo_action.isEnabled() and not window.undo_action.isEnabled()
    assert window.undo_stack.count() == 0
    assert not any(kind == "warn" for kind, _, _ in window.prompts.shown)


def test_removing_a_member_keeps_unrelated_history_in_place(qtbot, window, panel, services, group, no_unraisable):
    groups, agreements = services
    sam = groups.add_member(group.id, "Sam", "lived_experience")
    panel._load_members()
    propose(qtbot, panel, "We take breaks")  # not by Sam
    panel.proposed_by.setCurrentIndex(panel.proposed_by.findData(sam.id))
    propose(qtbot, panel, "We listen")  # by Sam
    panel.proposed_by.setCurrentIndex(0)
    propose(qtbot, panel, "We start on time")
    window.undo_stack.undo()  # "We start on time" is waiting to be redone
    assert agreements_of(services, group) == ["We take breaks", "We listen"]

    members = window.page("members")
    members.reload()
    members.table.choose_row(members.model.row_of(sam.id))
    window.prompts.confirmations.append(True)  # "Remove member": yes
    members.remove.click()
    assert groups.members(group.id) == []

    # The proposal by Sam is gone from the history; the others are where they were.
    assert [window.undo_stack.command(i).text() for i in range(window.undo_stack.count())] == [
        "propose an agreement",
        "propose an agreement",
    ]
    assert window.undo_stack.index() == 1
    window.undo_stack.redo()
    assert agreements_of(services, group) == ["We take breaks", "We listen", "We start on time"]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert agreements_of(services, group) == ["We listen"]  # Sam's proposal stays: it cannot be undone now
    assert not window.undo_action.isEnabled()


def test_a_failed_save_leaves_no_phantom_undo_and_says_why(qtbot, window, panel, engine, services, group, no_unraisable):
    propose(qtbot, panel, "We listen")
    engine.dispose()  # new connections from here on refuse every write, as a read-only file does
    event.listen(engine, "connect", lambda con, _record: con.execute("PRAGMA query_only = ON"))
    propose(qtbot, panel, "We take breaks")
    qtbot.waitUntil(lambda: any(kind == "warn" for kind, _, _ in window.prompts.shown))
    _, text = window.prompts.last("warn")
    assert "not allowed to save" in text and "Everything before it is safe" in text
    assert window.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo propose an agreement"
    assert window.undo_stack.command(0).text() == "propose an agreement"
    assert agreements_of(services, group) == ["We listen"]


def test_an_undo_that_cannot_be_done_is_told_and_leaves_the_history_consistent(
    qtbot, window, panel, engine, services, group, no_unraisable
):
    propose(qtbot, panel, "We listen")
    services[1].revert_change(services[1].history(services[1].agreements(group.id)[0].id)[0].change.id)
    window.undo_stack.undo()  # the agreement is already gone behind the history's back
    qtbot.waitUntil(lambda: any(kind == "warn" for kind, _, _ in window.prompts.shown))
    _, text = window.prompts.last("warn")
    assert text.startswith("“Propose an agreement” could not be undone.")
    assert window.undo_stack.count() == 0 and not window.redo_action.isEnabled()


def test_member_meeting_and_attendance_edits_undo_and_redo(qtbot, window, services, group):
    groups, _ = services
    window.context.open_group(group.id)
    members = window.page("members")
    add_member_through_dialog(qtbot, members, "Sam", "Lived experience", "Large print")
    [sam] = groups.members(group.id)

    meetings = window.page("meetings")
    planned = groups.plan_meeting(group.id, "May meeting", date(2026, 5, 5))
    window.context.refresh_meeting()  # planned behind the window's back: it catches up
    meetings.table.choose_row(meetings.model.row_of(planned.id))
    meetings.start.click()
    assert groups.meeting(planned.id).status == "in_progress"
    item = meetings.attendance.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    assert groups.attendees(planned.id) == {sam.id}

    labels = [window.undo_stack.command(i).text() for i in range(window.undo_stack.count())]
    assert labels == ["add Sam", "start a meeting", "mark that Sam came"]
    window.undo_stack.undo()
    assert groups.attendees(planned.id) == set()
    window.undo_stack.undo()
    assert groups.meeting(planned.id).status == "planned"
    window.undo_stack.undo()
    assert groups.members(group.id) == []
    for _ in range(3):
        window.undo_stack.redo()
    assert [(m.id, m.access_needs) for m in groups.members(group.id)] == [(sam.id, "Large print")]
    assert groups.meeting(planned.id).status == "in_progress"
    assert groups.attendees(planned.id) == {sam.id}


def test_changes_to_an_agreement_that_can_never_come_back_go_with_it(qtbot, window, panel, services, group, meeting):
    propose(qtbot, panel, "We listen")  # proposed in the meeting
    window.context.choose_meeting(None)  # agreed outside any meeting: that command names no meeting
    panel.select(services[1].agreements(group.id)[0].id)
    panel.agree_button.click()
    assert ("meeting", meeting.id) not in window.undo_stack.command(1).refers_to()
    window.undo_stack.undo()
    window.undo_stack.undo()  # both waiting to be redone; the agreement is not in the database
    window.undo_stack.drop(("meeting", meeting.id))
    assert window.undo_stack.count() == 0  # "mark agreed" could never be redone without its agreement


def test_undo_never_quietly_removes_a_member_who_is_part_of_other_work(qtbot, window, panel, services, group, meeting):
    groups, _ = services
    window.open_panel("members")
    add_member_through_dialog(qtbot, window.page("members"), "Amira", "Lived experience", "Hearing loop")
    [amira] = groups.members(group.id)
    services[1].propose(group.id, "We listen to each other", proposed_by_id=amira.id)  # outside the history
    assert window.undo_action.text() == "&Undo add Amira"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: any(kind == "warn" for kind, _, _ in window.prompts.shown))
    _, text = window.prompts.last("warn")
    assert "adding them cannot be undone" in text and "Remove member" in text
    assert [(m.display_name, m.access_needs) for m in groups.members(group.id)] == [("Amira", "Hearing loop")]
    assert services[1].agreements(group.id)[0].proposed_by_id == amira.id
    assert window.undo_stack.count() == 0
