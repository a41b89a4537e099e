"""First use: the welcome screen, then members, typed through the real dialogs."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from copro_desktop.groups.dialogs import GroupDialog, MemberDialog
from tests.helpers import add_member_through_dialog, when_dialog_opens


def test_first_open_welcomes_and_says_what_to_do_first(window):
    assert window.screens.currentIndex() == 0
    assert "Start by creating your group" in " ".join(
        label.text() for label in window.welcome.findChildren(type(window.welcome.problem))
    )
    assert not window.send_action.isEnabled()


def test_creating_a_group_from_the_keyboard_alone(qtbot, window, services):
    groups, _ = services
    welcome = window.welcome
    # Nothing clicked yet: the cursor is already in the group-name box.
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is welcome.name
    qtbot.keyClicks(welcome.name, "Housing working group")
    qtbot.keyClick(welcome.name, Qt.Key.Key_Tab)
    assert welcome.purpose.hasFocus()
    qtbot.keyClicks(welcome.purpose, "To redesign how people find a home")
    qtbot.keyClick(welcome.purpose, Qt.Key.Key_Tab)
    assert welcome.create.hasFocus()
    qtbot.keyClick(welcome.create, Qt.Key.Key_Space)

    [group] = groups.groups()
    assert (group.name, group.purpose) == ("Housing working group", "To redesign how people find a home")
    assert window.screens.currentIndex() == 1
    assert window.current_panel() is window.page("members")
    assert window.windowTitle().startswith("Housing working group")


def test_a_group_needs_a_name(qtbot, window, services):
    groups, _ = services
    qtbot.mouseClick(window.welcome.create, Qt.MouseButton.LeftButton)
    assert window.welcome.problem.text() == "Please write the group's name first."
    assert groups.groups() == []


def test_adding_editing_and_removing_members(qtbot, window, group, services):
    groups, _ = services
    window.context.open_group(group.id)
    page = window.page("members")
    add_member_through_dialog(qtbot, page, "Sam", "Lived experience", "Step-free access")
    add_member_through_dialog(qtbot, page, "Ola", "Carer or supporter")
    members = {m.display_name: m for m in groups.members(group.id)}
    assert (members["Sam"].perspective, members["Sam"].access_needs) == ("lived_experience", "Step-free access")
    assert members["Ola"].perspective == "carer"
    assert page.model.rowCount() == 2
    sam_row = page.model.row_of(members["Sam"].id)
    assert page.model.index(sam_row, 2).data() == "Yes"  # the needs themselves stay in the member's window

    page.table.choose_row(page.model.row_of(members["Ola"].id))

    def rename(dialog):
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Olamide")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(MemberDialog, rename)
    qtbot.mouseClick(page.edit, Qt.MouseButton.LeftButton)
    assert groups.members(group.id)[0].display_name == "Olamide"

    page.table.choose_row(page.model.row_of(members["Sam"].id))
    window.prompts.confirmations.append(False)
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    assert len(groups.members(group.id)) == 2  # cancelled: nothing removed
    window.prompts.confirmations.append(True)
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    assert [m.display_name for m in groups.members(group.id)] == ["Olamide"]


def test_a_refused_member_keeps_the_dialog_open_with_what_was_typed(qtbot, window, group, services):
    groups, _ = services
    window.context.open_group(group.id)
    page = window.page("members")
    seen = []

    def fill(dialog):
        qtbot.keyClicks(dialog.access_needs, "Large print")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen.append((dialog.isVisible(), dialog.problem.text(), dialog.access_needs.toPlainText()))
        dialog.reject()

    when_dialog_opens(MemberDialog, fill)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert seen == [(True, "Please write the name first.", "Large print")]
    assert groups.members(group.id) == []


def test_switching_between_groups(qtbot, window, group, services):
    groups, _ = services
    window.context.open_group(group.id)

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Second group")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(GroupDialog, fill)
    qtbot.mouseClick(window.new_group_button, Qt.MouseButton.LeftButton)
    assert window.context.group.name == "Second group"
    assert window.group_choice.count() == 2
    index = window.group_choice.findData(group.id)
    window.group_choice.setCurrentIndex(index)
    window.group_choice.activated.emit(index)
    assert window.context.group_id == group.id
    assert groups.last_group().id == group.id
