from datetime import date

from PySide6.QtCore import QDate, Qt

from copro_desktop.groups.dialogs import MeetingDialog
from tests.helpers import when_dialog_opens


def test_planning_starting_and_taking_attendance(qtbot, window, group, services):
    groups, _ = services
    sam = groups.add_member(group.id, "Sam", "lived_experience")
    groups.add_member(group.id, "Ola", "carer")
    window.context.open_group(group.id)
    window.open_panel("meetings")
    page = window.page("meetings")

    def fill(dialog):
        qtbot.keyClicks(dialog.title, "April meeting")
        dialog.when.setDate(QDate(2026, 4, 7))
        qtbot.keyClicks(dialog.venue, "Library community room")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(MeetingDialog, fill)
    qtbot.mouseClick(page.plan, Qt.MouseButton.LeftButton)
    [meeting] = groups.meetings(group.id)
    assert (meeting.title, meeting.meeting_date, meeting.venue, meeting.status) == (
        "April meeting",
        date(2026, 4, 7),
        "Library community room",
        "planned",
    )
    assert page.model.index(0, page.model.Column.DATE).data() == "Tuesday 7 April 2026"

    qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)
    assert groups.meeting(meeting.id).status == "in_progress"
    assert window.context.meeting_id == meeting.id
    assert window.meeting_choice.currentData() == meeting.id

    sam_item = next(page.attendance.item(i) for i in range(page.attendance.count()) if page.attendance.item(i).text() == "Sam")
    page.attendance.setFocus()
    page.attendance.setCurrentItem(sam_item)
    qtbot.keyClick(page.attendance, Qt.Key.Key_Space)
    assert groups.attendees(meeting.id) == {sam.id}

    qtbot.mouseClick(page.finish, Qt.MouseButton.LeftButton)
    assert groups.meeting(meeting.id).status == "finished"


def test_removing_a_meeting_asks_first(qtbot, window, group, meeting, services):
    groups, _ = services
    window.context.open_group(group.id)
    page = window.page("meetings")
    page.table.choose_row(0)
    window.prompts.confirmations.append(False)
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    assert len(groups.meetings(group.id)) == 1
    window.prompts.confirmations.append(True)
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    assert groups.meetings(group.id) == []
    assert window.context.meeting_id is None


def test_ticking_attendance_from_the_keyboard_keeps_the_place(qtbot, window, services, group, meeting):
    from PySide6.QtCore import Qt

    groups, _ = services
    for name in ("Ali", "Bea", "Cal"):
        groups.add_member(group.id, name, "carer")
    window.context.open_group(group.id)
    page = window.page("meetings")
    window.context.refresh_meeting()
    page.table.choose_row(page.model.row_of(meeting.id))
    page.attendance.setFocus()
    page.attendance.setCurrentRow(0)
    qtbot.keyClick(page.attendance, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: groups.attendees(meeting.id) != set())
    qtbot.wait(20)  # the list reloads after the tick
    qtbot.keyClick(page.attendance, Qt.Key.Key_Down)
    qtbot.keyClick(page.attendance, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(groups.attendees(meeting.id)) == 2)
    names = {m.id: m.display_name for m in groups.members(group.id)}
    assert {names[i] for i in groups.attendees(meeting.id)} == {"Ali", "Bea"}


def test_a_tick_and_its_undo_change_one_item_and_keep_the_list(qtbot, window, group, meeting, services):
    """Ticking who came updates that one person: the list is not rebuilt, so the keyboard keeps its place."""
    groups, _ = services
    for name in ("Ada", "Bea", "Cal"):
        groups.add_member(group.id, name, "carer")
    window.context.open_group(group.id)
    page = window.open_panel("meetings")
    page.table.choose_row(0)
    items_before = [page.attendance.item(i) for i in range(page.attendance.count())]
    bea = next(item for item in items_before if item.text() == "Bea")
    page.attendance.setFocus()
    page.attendance.setCurrentItem(bea)
    qtbot.keyClick(page.attendance, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bea.checkState() == Qt.CheckState.Checked)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bea.checkState() == Qt.CheckState.Unchecked)
    assert groups.attendees(meeting.id) == set()
    assert [page.attendance.item(i) for i in range(page.attendance.count())] == items_before  # the same items
    assert page.attendance.currentItem() is bea
