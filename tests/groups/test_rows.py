"""Member and meeting tables change row by row, and the keyboard stays on the row acted on."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from copro_desktop.groups.dialogs import MeetingDialog, MemberDialog
from copro_desktop.groups.models import MeetingChoices, MeetingsModel, MembersModel
from tests.helpers import add_member_through_dialog, when_dialog_opens


@pytest.fixture
def opened(window, group):
    window.context.open_group(group.id)
    return window


def watch_resets(model):
    seen = []
    model.modelAboutToBeReset.connect(lambda: seen.append(True))
    return seen


def keyboard_on(window, widget):
    """Where the keyboard goes once the window is active again (the headless platform leaves a
    closed dialog as the active window, so hasFocus() alone cannot tell after a dialog)."""
    return widget.hasFocus() or window.focusWidget() is widget


def names(model):
    return [model.index(row, model.Column.NAME).data() for row in range(model.rowCount())]


def titles(model):
    return [model.index(row, model.Column.TITLE).data() for row in range(model.rowCount())]



def test_the_members_model_passes_qts_checks_as_rows_come_change_and_go(qtmodeltester, services, group):
    groups, _ = services
    model = MembersModel(groups)
    groups.add_member(group.id, "Sam", "lived_experience")
    model.load(group.id)
    qtmodeltester.check(model)
    ola = groups.add_member(group.id, "Ola", "carer")
    model.touched([ola.id])
    assert names(model) == ["Ola", "Sam"]
    groups.update_member(ola.id, "Zed", "carer", "")
    model.touched([ola.id])  # renamed: moves to its place in the order
    assert names(model) == ["Sam", "Zed"]
    groups.remove_member(ola.id)
    model.touched([ola.id])
    assert names(model) == ["Sam"]


def test_the_meetings_model_passes_qts_checks_and_keeps_newest_first(qtmodeltester, services, group):
    groups, _ = services
    model = MeetingsModel(groups)
    march = groups.plan_meeting(group.id, "March", date(2026, 3, 4))
    model.load(group.id)
    qtmodeltester.check(model)
    may = groups.plan_meeting(group.id, "May", date(2026, 5, 6))
    model.touched([may.id])
    assert titles(model) == ["May", "March"]
    groups.update_meeting(march.id, "June", date(2026, 6, 3), "", "")
    model.touched([march.id])
    assert titles(model) == ["June", "May"]
    groups.plan_meeting(group.id, "April", date(2026, 4, 1))
    groups.remove_meeting(may.id)
    model.load(group.id)  # caught up from outside: still row by row, in the same group
    assert titles(model) == ["June", "April"]


def test_member_changes_update_rows_not_the_whole_table(qtbot, opened, services, group):
    groups, _ = services
    page = opened.open_panel("members")
    resets = watch_resets(page.model)
    add_member_through_dialog(qtbot, page, "Sam", "Lived experience")
    add_member_through_dialog(qtbot, page, "Ola", "Carer or supporter")
    [ola, sam] = groups.members(group.id)
    assert keyboard_on(opened, page.table) and page.table.chosen_id() == ola.id  # on the member just added

    page.table.choose_row(page.model.row_of(sam.id))

    def rename(dialog):
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Samira")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(MemberDialog, rename)
    qtbot.mouseClick(page.edit, Qt.MouseButton.LeftButton)
    assert groups.member(sam.id).display_name == "Samira"
    assert names(page.model) == ["Ola", "Samira"]
    assert keyboard_on(opened, page.table) and page.table.chosen_id() == sam.id  # on the member just edited
    opened.undo_stack.undo()
    opened.undo_stack.undo()
    assert names(page.model) == ["Sam"]
    assert resets == []


def test_starting_finishing_and_editing_a_meeting_keep_the_keyboard_on_it(qtbot, opened, services, group):
    groups, _ = services
    older = groups.plan_meeting(group.id, "March meeting", date(2026, 3, 4))
    newer = groups.plan_meeting(group.id, "April meeting", date(2026, 4, 1))
    page = opened.open_panel("meetings")
    opened.context.refresh_meeting()
    resets = watch_resets(page.model)

    page.table.choose_row(page.model.row_of(older.id))
    qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)
    assert groups.meeting(older.id).status == "in_progress"
    assert page.table.hasFocus() and page.table.chosen_id() == older.id
    assert page.model.index(page.model.row_of(older.id), page.model.Column.STATUS).data() == "Happening now"

    page.table.choose_row(page.model.row_of(newer.id))
    qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)  # finishes the other one
    assert groups.meeting(older.id).status == "finished"
    assert page.model.index(page.model.row_of(older.id), page.model.Column.STATUS).data() == "Finished"
    assert page.table.hasFocus() and page.table.chosen_id() == newer.id
    qtbot.mouseClick(page.finish, Qt.MouseButton.LeftButton)
    assert page.table.hasFocus() and page.table.chosen_id() == newer.id

    def move_date(dialog):
        dialog.when.setDate(QDate(2026, 2, 1))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(MeetingDialog, move_date)
    qtbot.mouseClick(page.edit, Qt.MouseButton.LeftButton)
    assert groups.meeting(newer.id).meeting_date == date(2026, 2, 1)
    assert titles(page.model) == ["March meeting", "April meeting"]  # re-sorted: newest first
    assert keyboard_on(opened, page.table) and page.table.chosen_id() == newer.id
    opened.undo_stack.undo()
    assert titles(page.model) == ["April meeting", "March meeting"]
    assert resets == []


def test_the_meeting_choice_follows_the_meetings_row_by_row_and_passes_qts_checks(qtmodeltester, services, group):
    groups, _ = services
    meetings = MeetingsModel(groups)
    choices = MeetingChoices(meetings)
    meetings.load(group.id)
    qtmodeltester.check(choices)  # and it keeps checking every signal from here on
    march = groups.plan_meeting(group.id, "March", date(2026, 3, 4))
    meetings.touched([march.id])
    may = groups.plan_meeting(group.id, "May", date(2026, 5, 6))
    meetings.touched([may.id])
    groups.update_meeting(march.id, "June", date(2026, 6, 3), "", "")
    meetings.touched([march.id])  # moves to the top
    lines = [choices.index(row).data() for row in range(choices.rowCount())]
    assert lines[0] == "No meeting chosen"
    assert [line.split(",")[0] for line in lines[1:]] == ["June", "May"]
    assert [choices.index(row).data(Qt.ItemDataRole.UserRole) for row in range(3)] == [None, march.id, may.id]
    groups.remove_meeting(may.id)
    meetings.touched([may.id])
    assert choices.rowCount() == 2


def test_editing_a_meeting_changes_one_line_of_the_meeting_choice_and_keeps_the_choice(
    qtbot, opened, services, group, meeting
):
    groups, _ = services
    other = groups.plan_meeting(group.id, "May meeting", date(2026, 5, 6))
    opened.context.refresh_meeting()
    opened.context.choose_meeting(meeting.id)
    choice = opened.meeting_choice
    resets, inserted = watch_resets(choice.model()), []
    choice.model().rowsInserted.connect(lambda *_: inserted.append(True))
    page = opened.open_panel("meetings")
    page.table.choose_row(page.model.row_of(meeting.id))

    def rename(dialog):
        dialog.title.setText("Spring meeting")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(MeetingDialog, rename)
    qtbot.mouseClick(page.edit, Qt.MouseButton.LeftButton)
    assert groups.meeting(meeting.id).title == "Spring meeting"
    assert page.model.index(page.model.row_of(meeting.id), page.model.Column.TITLE).data() == "Spring meeting"
    assert choice.currentData() == meeting.id
    assert choice.currentText().startswith("Spring meeting")
    assert choice.toolTip() == choice.currentText()  # the whole line, where the side cuts it short
    assert choice.itemText(choice.findData(other.id)).startswith("May meeting")
    assert resets == [] and inserted == []
    opened.undo_stack.undo()
    assert choice.currentText().startswith("March meeting") and choice.currentData() == meeting.id
    assert resets == []
