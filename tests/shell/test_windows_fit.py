"""Every window fits a 1366 x 768 laptop screen, with room left for the desktop's own panel."""

import pytest
from PySide6.QtCore import QSize

from copro_desktop.groups.dialogs import GroupDialog, MeetingDialog, MemberDialog
from copro_desktop.ui.screen_fit import largest_frame
from copro_desktop.ui.text_dialog import TextDialog

ROOM = QSize(1366, 768 - 60)


def fits(size: QSize, room: QSize = ROOM) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


@pytest.mark.parametrize("make", [GroupDialog, MemberDialog, MeetingDialog, lambda: TextDialog(None, "T", "Words:")])
def test_the_add_and_edit_windows_fit(qtbot, make):
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    assert fits(dialog.frameGeometry().size()), dialog.frameGeometry()


def test_the_print_preview_fits_the_screen_it_opens_on_and_a_small_laptop(qtbot, window, group, agree):
    from copro_desktop.shell.print_preview import PrintPreview

    agree("We listen")
    window.context.open_group(group.id)
    window.print_actions[0].trigger()
    preview = window.findChild(PrintPreview)
    qtbot.addWidget(preview)
    qtbot.waitUntil(preview.isVisible)
    area = preview.screen().availableGeometry()
    assert fits(preview.frameGeometry().size())
    assert fits(preview.frameGeometry().size(), area.size())


def test_no_window_may_be_taller_than_a_small_laptop_allows_even_on_a_big_screen(qtbot, window):
    # The test screen is taller than a laptop's; a window tried on it must still fit a laptop.
    assert window.screen().availableGeometry().height() > 768
    assert fits(largest_frame(window))
