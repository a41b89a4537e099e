"""The add and edit windows work from the keyboard alone: the cursor starts in the first box, Enter saves,
words that cannot be saved are refused before the window closes, and removing asks with Cancel first."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from copro_desktop.groups.dialogs import GroupDialog, MeetingDialog, MemberDialog
from copro_desktop.ui.prompts import Prompts
from tests.helpers import when_dialog_opens

FIRST_BOX = {GroupDialog: "name", MemberDialog: "name", MeetingDialog: "title"}


def cursor_is_in(widget) -> bool:
    return QApplication.focusWidget() is widget and widget.window().isActiveWindow()


def test_typing_a_name_and_pressing_enter_adds_the_member(qtbot, window, services, group):
    window.context.open_group(group.id)
    page = window.page("members")

    def type_and_enter(dialog):
        assert cursor_is_in(dialog.name)
        qtbot.keyClicks(QApplication.focusWidget(), "Amira")  # typed where the cursor is, as a person would
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    when_dialog_opens(MemberDialog, type_and_enter)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert [m.display_name for m in services[0].members(group.id)] == ["Amira"]


def existing(kind, services, group):
    groups, _ = services
    if kind is GroupDialog:
        return group
    if kind is MemberDialog:
        return groups.add_member(group.id, "Sam", "carer", "")
    return groups.plan_meeting(group.id, "May meeting", date(2026, 5, 5))


@pytest.mark.parametrize("editing", [False, True], ids=["new", "edit"])
@pytest.mark.parametrize("kind", [GroupDialog, MemberDialog, MeetingDialog])
def test_save_is_the_default_and_the_cursor_starts_in_the_first_box(qtbot, services, group, kind, editing):
    dialog = kind(None, existing(kind, services, group)) if editing else kind()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.save_button.isDefault()
    assert cursor_is_in(getattr(dialog, FIRST_BOX[kind]))


@pytest.mark.parametrize(
    ("page_key", "button", "kind"),
    [("members", "add", MemberDialog), ("members", "edit_group", GroupDialog), ("meetings", "plan", MeetingDialog)],
)
def test_opened_from_the_window_the_cursor_is_in_the_first_box(qtbot, window, group, page_key, button, kind):
    window.context.open_group(group.id)
    page = window.open_panel(page_key)
    where = []

    def look(dialog):
        where.append(QApplication.focusWidget() is getattr(dialog, FIRST_BOX[kind]))
        dialog.reject()

    when_dialog_opens(kind, look)
    qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)
    assert where == [True]


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


def test_a_name_too_long_is_refused_in_the_window_keeping_what_was_typed(qtbot, window, services, group):
    window.context.open_group(group.id)
    page = window.page("members")
    long_name = "Amira " * 12
    seen = []

    def type_too_much(dialog):
        qtbot.keyClicks(dialog.name, long_name)
        qtbot.keyClicks(dialog.access_needs, "Large print")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        seen.append((dialog.isVisible(), dialog.problem.text(), dialog.name.text(), dialog.access_needs.toPlainText()))
        seen.append(QApplication.focusWidget() is dialog.name)  # back in the box to shorten it
        dialog.name.setText("Amira")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    when_dialog_opens(MemberDialog, type_too_much)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert seen == [
        (True, "The name is too long: it has 71 characters and the most is 60. Please make it shorter.",
         long_name, "Large print"),
        True,
    ]  # fmt: skip
    [amira] = services[0].members(group.id)
    assert (amira.display_name, amira.access_needs) == ("Amira", "Large print")


def test_a_venue_too_long_is_refused_with_the_cursor_put_back_in_the_venue(qtbot, window, services, group):
    window.context.open_group(group.id)
    page = window.open_panel("meetings")
    seen = []

    def type_too_much(dialog):
        qtbot.keyClicks(dialog.title, "June meeting")
        dialog.venue.setText("Room " * 50)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen.append((dialog.isVisible(), dialog.problem.text().startswith("The venue is too long"),
                     dialog.title.text(), QApplication.focusWidget() is dialog.venue))  # fmt: skip
        dialog.reject()

    when_dialog_opens(MeetingDialog, type_too_much)
    qtbot.mouseClick(page.plan, Qt.MouseButton.LeftButton)
    assert seen == [(True, True, "June meeting", True)]
    assert services[0].meetings(group.id) == []


@pytest.fixture
def window_with_real_questions(qtbot, engine, group, services):
    """The main window asking its questions in real message boxes, as the app does."""
    from copro_desktop.shell.main_window import MainWindow

    services[0].add_member(group.id, "Sam", "carer")
    main = MainWindow(engine, Prompts())
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()


@pytest.mark.parametrize("keyboard_on", ["Cancel", "Remove member"])
def test_enter_in_remove_member_keeps_the_member(qtbot, window_with_real_questions, services, group, keyboard_on):
    """Whichever button the keyboard lands on when the question opens, Enter takes the safe answer."""
    page = window_with_real_questions.open_panel("members")
    page.table.choose_row(0)
    asked = []

    def press_enter(box):
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == keyboard_on]
        button.setFocus()
        asked.append(box.defaultButton().text())
        qtbot.keyClick(button, Qt.Key.Key_Return)

    when_dialog_opens(QMessageBox, press_enter)
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    assert asked == ["Cancel"]
    assert [m.display_name for m in services[0].members(group.id)] == ["Sam"]


def test_ctrl_enter_saves_a_member_from_the_access_needs_box(qtbot, window, group, services):
    from copro_desktop.groups.dialogs import MemberDialog
    from tests.helpers import when_dialog_opens

    window.context.open_group(group.id)
    members = window.open_panel("members")

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Sam")
        dialog.access_needs.setFocus()
        qtbot.keyClicks(dialog.access_needs, "Breaks")
        qtbot.keyClick(dialog.access_needs, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_dialog_opens(MemberDialog, fill)
    qtbot.mouseClick(members.add, Qt.MouseButton.LeftButton)
    [sam] = services[0].members(group.id)
    assert (sam.display_name, sam.access_needs) == ("Sam", "Breaks")


@pytest.mark.parametrize("monday", [date(2026, 11, 23)])
def test_the_arrow_keys_move_the_meeting_date_a_day_at_a_time_past_weeks_and_months(qtbot, monday):
    from PySide6.QtCore import QDate

    dialog = MeetingDialog()
    qtbot.addWidget(dialog)
    dialog.when.setDate(QDate(monday.year, monday.month, monday.day))
    dialog.show()
    dialog.when.setFocus()
    qtbot.keyClick(dialog.when, Qt.Key.Key_Down)  # on a Monday, into last week
    assert dialog.when.date().toPython() == date(2026, 11, 22)
    dialog.when.setDate(QDate(2026, 11, 30))
    qtbot.keyClick(dialog.when, Qt.Key.Key_Up)  # into next month
    assert dialog.when.date().toPython() == date(2026, 12, 1)
