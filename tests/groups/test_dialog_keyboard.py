"""The add and edit windows work from the keyboard alone: the cursor starts in the first box, Enter saves."""

import pytest
from PySide6.QtCore import Qt

from copro_desktop.groups.dialogs import MeetingDialog, MemberDialog
from tests.helpers import when_dialog_opens


def test_typing_a_name_and_pressing_enter_adds_the_member(qtbot, window, services, group):
    window.context.open_group(group.id)
    page = window.page("members")

    def type_and_enter(dialog):
        assert dialog.focusWidget() is dialog.name
        qtbot.keyClicks(dialog.name, "Amira")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    when_dialog_opens(MemberDialog, type_and_enter)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert [m.display_name for m in services[0].members(group.id)] == ["Amira"]


@pytest.mark.parametrize("kind", [MemberDialog, MeetingDialog])
def test_save_is_the_default_and_the_cursor_starts_in_the_first_box(qtbot, kind):
    dialog = kind()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.save_button.isDefault()
    assert dialog.focusWidget() is (dialog.name if kind is MemberDialog else dialog.title)


def test_tab_from_the_title_reaches_the_venue_in_two_presses(qtbot, window, services, group):
    window.context.open_group(group.id)
    page = window.page("meetings")

    def type_with_tabs(dialog):
        qtbot.keyClicks(dialog.title, "May meeting")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.when
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.venue
        qtbot.keyClicks(dialog.venue, "Room 4")
        qtbot.keyClick(dialog.venue, Qt.Key.Key_Return)

    when_dialog_opens(MeetingDialog, type_with_tabs)
    qtbot.mouseClick(page.plan, Qt.MouseButton.LeftButton)
    assert [(m.title, m.venue) for m in services[0].meetings(group.id)] == [("May meeting", "Room 4")]
