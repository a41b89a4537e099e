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
    assert window.undo_stack.count() == 1  # the proposal can still be undone
    assert window.room.shown_key() == "agreements"  # not blanked, as switching group would
    assert window.windowTitle().startswith("Harbour Lane group")
    assert window.group_choice.currentText() == "Harbour Lane group"
