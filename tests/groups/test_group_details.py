"""Editing the group's details is not switching group: undo and the room stay as they were."""

from PySide6.QtCore import Qt

from copro_desktop.groups.dialogs import GroupDialog
from tests.helpers import when_dialog_opens


def test_renaming_the_group_keeps_undo_and_what_the_room_sees(qtbot, window, group, agree):
    agree("We listen")
    window.context.open_group(group.id)
    panel = window.open_panel("agreements")
    panel.new_text.setText("We take breaks")
    panel.propose()
    window.send_to_projector()
    qtbot.waitUntil(lambda: window.projector is not None and window.projector.isVisible())
    members = window.open_panel("members")

    def rename(dialog):
        dialog.name.setText("Harbour Lane group")
        dialog.save_button.click()

    when_dialog_opens(GroupDialog, rename)
    qtbot.mouseClick(members.edit_group, Qt.MouseButton.LeftButton)
    assert window.undo_stack.count() == 2  # the rename is on the history, and the proposal is still there
    assert window.undo_stack.text(0) == "propose an agreement"
    assert window.room.shown_key() == "agreements"  # not blanked, as switching group would
    assert window.windowTitle().startswith("Harbour Lane group")
    assert window.group_choice.currentText() == "Harbour Lane group"


def test_table_columns_widen_for_names_added_one_by_one(qtbot, window, group, services):
    """Rows arrive one at a time; the columns still fit them (names were once cut to "Dr …")."""
    window.context.open_group(group.id)
    members = window.open_panel("members")
    long_name = "Dr Chloe Okafor-Williams"
    services[0].add_member(group.id, long_name, "professional")
    members.model.load(group.id)
    table = members.table
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(0) >= table.fontMetrics().horizontalAdvance(long_name))


def test_a_change_to_the_groups_details_can_be_undone(qtbot, window, group, services):
    window.context.open_group(group.id)
    members = window.open_panel("members")

    def rename(dialog):
        dialog.name.setText("Harbour Lane group")
        dialog.save_button.click()

    when_dialog_opens(GroupDialog, rename)
    qtbot.mouseClick(members.edit_group, Qt.MouseButton.LeftButton)
    assert services[0].group(group.id).name == "Harbour Lane group"
    assert window.undo_action.text() == "&Undo change the group's details"
    window.undo_stack.undo()
    assert services[0].group(group.id).name == "Peer support design group"
    assert window.windowTitle().startswith("Peer support design group")
    window.undo_stack.redo()
    assert window.group_choice.currentText() == "Harbour Lane group"
