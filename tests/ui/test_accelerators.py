"""Underlined letters: within what can be reached at once, each Alt + letter does one thing on the first press."""

from datetime import date

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget

from copro_desktop.groups.dialogs import GroupDialog, MeetingDialog, MemberDialog
from copro_desktop.groups.welcome import WelcomePage
from copro_desktop.ui.accelerators import accelerator_letter, clashes, dead_letters
from copro_desktop.ui.text_dialog import TextDialog


def shown(clashing) -> list[str]:
    return [str(clash) for clash in clashing]


# The checker itself


def test_the_letter_is_the_one_after_a_single_ampersand():
    assert accelerator_letter("&Save") == "s"
    assert accelerator_letter("Remo&ve") == "v"
    assert accelerator_letter("Fish && &chips") == "c"
    assert accelerator_letter("Fish && chips") is None
    assert accelerator_letter("Nothing") is None


def test_it_finds_buttons_buddied_labels_and_menu_titles_using_one_letter(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    body = QWidget()
    layout = QVBoxLayout(body)
    label = QLabel("&Name:")
    box = QLineEdit()
    label.setBuddy(box)
    unbuddied = QLabel("&Not a shortcut without a box")
    hidden = QPushButton("&Hidden")
    hidden.hide()
    greyed = QCheckBox("Show &retired")
    greyed.setEnabled(False)  # greyed out for now, but it comes back
    for widget in (label, box, unbuddied, hidden, QPushButton("&Next"), greyed):
        layout.addWidget(widget)
    window.setCentralWidget(body)
    window.menuBar().addMenu("&Help")
    projector = window.menuBar().addMenu("P&rojector")
    projector.addAction("&Show on projector")
    projector.addAction("&Stop showing")
    assert shown(clashes(window)) == [
        "Alt+N in the window: “&Name:”, “&Next”",
        "Alt+R in the window: “Show &retired”, “P&rojector”",
        "Alt+S in the Projector menu: “&Show on projector”, “&Stop showing”",
    ]


# Our windows


@pytest.mark.parametrize("editing", [False, True], ids=["new", "edit"])
@pytest.mark.parametrize("kind", [GroupDialog, MemberDialog, MeetingDialog])
def test_add_and_edit_windows(qtbot, services, group, kind, editing):
    groups, _ = services
    record = {
        GroupDialog: lambda: group,
        MemberDialog: lambda: groups.add_member(group.id, "Sam", "carer"),
        MeetingDialog: lambda: groups.plan_meeting(group.id, "May meeting", date(2026, 5, 5)),
    }[kind]
    dialog = kind(None, record()) if editing else kind()
    qtbot.addWidget(dialog)
    assert shown(clashes(dialog)) == []


def test_the_welcome_page(qtbot, services):
    page = WelcomePage(services[0])
    qtbot.addWidget(page)
    assert shown(clashes(page)) == []


def test_the_change_words_box(qtbot):
    box = TextDialog(None, "Change the words", "The agreement, in the group's words:", "We listen")
    qtbot.addWidget(box)
    assert shown(clashes(box)) == []


def test_the_print_preview(qtbot, window, group, agree):
    from copro_desktop.shell.print_preview import PrintPreview

    agree("We listen")
    window.context.open_group(group.id)
    window.print_actions[0].trigger()
    preview = window.findChild(PrintPreview)
    qtbot.addWidget(preview)
    assert shown(clashes(preview)) == []


def test_the_help_windows(qtbot, window, group):
    from copro_desktop.shell.help import ShortcutsDialog, WhereWorkIsKeptDialog

    window.context.open_group(group.id)
    window.show_shortcuts()
    window.show_where_work_is_kept()
    for kind in (ShortcutsDialog, WhereWorkIsKeptDialog):
        dialog = window.findChild(kind)
        qtbot.addWidget(dialog)
        assert shown(clashes(dialog)) == []


def test_the_main_window_on_the_welcome_screen(window):
    assert shown(clashes(window)) == []


def on_panel(window, group, key):
    window.context.open_group(group.id)
    window.open_panel(key)
    return window.page(key)


def test_the_main_window_on_the_agreements_panel(window, group, agree):
    agree("We listen")
    on_panel(window, group, "agreements")
    assert shown(clashes(window)) == []


@pytest.mark.parametrize("key", ["members", "meetings"])
def test_the_group_pages_own_letters_clash_with_nothing(window, group, meeting, key):
    page = on_panel(window, group, key)
    own = {button.text() for button in page.findChildren(QPushButton)}
    assert [str(clash) for clash in clashes(window) if own & set(clash.texts)] == []


@pytest.mark.parametrize("key", ["members", "meetings"])
def test_the_main_window_on_the_group_pages(window, group, meeting, key):
    on_panel(window, group, key)
    assert shown(clashes(window)) == []


def test_an_underlined_letter_that_was_replaced_by_other_keys_is_found(qtbot):
    dialog = QWidget()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    up, down = QPushButton("Move &up"), QPushButton("Move &down")
    up.setShortcut(QKeySequence("Ctrl+Up"))  # replaces Alt+U
    for widget in (up, down):
        layout.addWidget(widget)
    assert dead_letters(dialog) == ["Alt+U: “Move &up” answers to Ctrl+Up instead"]


@pytest.mark.parametrize("key", ["members", "meetings"])
def test_every_underlined_letter_on_the_group_pages_works(window, group, meeting, key):
    on_panel(window, group, key)
    assert dead_letters(window) == []


def test_every_underlined_letter_on_the_agreements_panel_works(window, group, agree):
    agree("We listen")
    on_panel(window, group, "agreements")
    assert dead_letters(window) == []


def test_the_main_window_while_revisiting_agreements(window, group, meeting, agree):
    agree("We listen")
    panel = on_panel(window, group, "agreements")
    panel.revisit_button.click()
    assert panel.pages.currentIndex() == 1
    assert shown(clashes(window)) == []


@pytest.mark.parametrize(
    ("key", "letter", "kind"),
    [("members", "A", MemberDialog), ("members", "I", MemberDialog), ("members", "D", GroupDialog),
     ("meetings", "L", MeetingDialog), ("meetings", "I", MeetingDialog)],
)  # fmt: skip
def test_one_press_of_alt_and_the_letter_opens_the_window(qtbot, window, group, meeting, services, key, letter, kind):
    from PySide6.QtCore import Qt

    from tests.helpers import when_dialog_opens

    services[0].add_member(group.id, "Sam", "carer")
    page = on_panel(window, group, key)
    page.table.choose_row(0)
    opened = when_dialog_opens(kind, lambda dialog: dialog.reject())
    qtbot.keyClick(window.focusWidget() or window, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: opened != [])
