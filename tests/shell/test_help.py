"""Help lists every shortcut, read from the actions themselves; and says where the work is kept."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from copro_desktop.shell.help import ShortcutsDialog, WhereWorkIsKeptDialog
from copro_desktop.ui.accelerators import menus_of
from copro_desktop.ui.forms import plain


def _menu_actions(window):
    for menu in menus_of(window):
        for action in menu.actions():
            if action.menu() is None and action.shortcuts():
                yield plain(menu.title()), action


def test_f1_lists_every_menu_shortcut_and_the_buttons_own(qtbot, window, group):
    window.context.open_group(group.id)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    rows = dialog.rows()
    listed = {(where, what) for where, what, _keys in rows}
    actions = list(_menu_actions(window))
    assert len(actions) >= 15
    for where, action in actions:
        assert (where, plain(action.text())) in listed
    assert ("Agreements", "Move up", "Ctrl+Up") in rows
    assert ("Projector", "Show this panel on the projector", "F5") in rows
    assert ("In the projector window", "Blank or unblank the projector", "B or Ctrl+B") in rows
    assert dialog.table.accessibleName() == "Keyboard shortcuts"
    dialog.close()


def test_a_new_shortcut_appears_in_the_list_without_touching_help(qtbot, window):
    from PySide6.QtGui import QKeySequence

    window.undo_action.setShortcuts([QKeySequence("Ctrl+Alt+U")])
    assert ("Edit", "Undo", "Ctrl+Alt+U") in [(w, plain(t), k) for w, t, k in window.shortcut_rows()]


def test_where_my_work_is_kept_names_the_folder_and_opens_it(qtbot, window, paths, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    help_menu = next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Help")
    next(a for a in help_menu.actions() if plain(a.text()) == "Where my work is kept").trigger()
    dialog = window.findChild(WhereWorkIsKeptDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    words = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(paths.root) in words
    assert "backups" in words and "every ten minutes" in words
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(paths.root)]
    dialog.close()


def test_the_list_names_the_key_that_saves_a_window_for_typing(qtbot, window):
    from copro_desktop.ui.forms import SAVE_TYPED_KEYS

    assert SAVE_TYPED_KEYS[0] == "Ctrl+Return"
    assert ("In a window for typing", "Save what is typed", "Ctrl+Return") in window.shortcut_rows()
