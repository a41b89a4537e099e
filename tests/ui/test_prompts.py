"""The real questions: Enter and Escape choose the answer that changes nothing."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QMessageBox, QPushButton

from copro_desktop.ui.prompts import Prompts
from tests.helpers import when_dialog_opens


def press(qtbot, key):
    return lambda dialog: qtbot.keyClick(dialog, key)


def test_enter_in_a_question_takes_the_safe_answer(qtbot):
    when_dialog_opens(QMessageBox, press(qtbot, Qt.Key.Key_Return))
    answer = Prompts().choose(None, "Title", "Text", [("restore", "&Use a backup…"), ("quit", "&Close")], "quit")
    assert answer == "quit"


def test_escape_in_a_question_takes_the_safe_answer(qtbot):
    when_dialog_opens(QMessageBox, press(qtbot, Qt.Key.Key_Escape))
    assert Prompts().choose(None, "Title", "Text", [("fresh", "&Start again"), ("quit", "&Close")], "quit") == "quit"


def test_enter_in_a_removal_question_cancels(qtbot):
    when_dialog_opens(QMessageBox, press(qtbot, Qt.Key.Key_Return))
    assert Prompts().confirm(None, "Remove member", "Remove Sam?", "&Remove member") is False


def test_the_backup_list_uses_a_backup_only_when_asked(qtbot):
    when_dialog_opens(QDialog, press(qtbot, Qt.Key.Key_Return))
    assert Prompts().pick(None, "Choose a backup", "Newest first.", ["Today", "Yesterday"], "&Use this backup") is None

    def use_yesterday(dialog):
        listing = dialog.findChild(QListWidget)
        assert listing.accessibleName() == "Choose a backup"
        qtbot.keyClick(listing, Qt.Key.Key_Down)
        use = next(b for b in dialog.findChildren(QPushButton) if b.accessibleName() == "Use this backup")
        qtbot.mouseClick(use, Qt.MouseButton.LeftButton)

    when_dialog_opens(QDialog, use_yesterday)
    assert Prompts().pick(None, "Choose a backup", "Newest first.", ["Today", "Yesterday"], "&Use this backup") == 1
