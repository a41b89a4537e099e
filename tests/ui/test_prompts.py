"""The real questions: Enter and Escape choose the answer that changes nothing."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListWidget, QMessageBox, QPlainTextEdit, QPushButton

from copro_desktop.text_rules import clean_text
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


def the_words_box(dialog):
    return dialog.findChild(QPlainTextEdit)


def test_in_the_words_box_tab_moves_on_to_ok_and_types_no_tab(qtbot):
    def tab_then_enter(dialog):
        words = the_words_box(dialog)
        assert QApplication.focusWidget() is words  # the cursor starts in the words
        qtbot.keyClick(words, Qt.Key.Key_End)
        qtbot.keyClicks(words, " together")
        qtbot.keyClick(words, Qt.Key.Key_Tab)
        assert QApplication.focusWidget().text() == "OK"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    when_dialog_opens(QDialog, tab_then_enter)
    assert Prompts().ask_text(None, "Change the words", "The &agreement:", "We listen") == "We listen together"


def test_words_that_cannot_be_saved_keep_the_box_open_with_the_reason_and_the_words(qtbot):
    seen = []

    def too_long_then_shorter(dialog):
        words = the_words_box(dialog)
        qtbot.keyClicks(words, " and we take breaks")
        ok = next(b for b in dialog.findChildren(QPushButton) if b.text() == "OK")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        problem = next(label for label in dialog.findChildren(QLabel) if label.accessibleName() == "Problem")
        seen.append((dialog.isVisible(), problem.isVisible(), problem.text(), words.toPlainText()))
        seen.append(QApplication.focusWidget() is words)
        words.setPlainText("We listen")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_dialog_opens(QDialog, too_long_then_shorter)
    answer = Prompts().ask_text(None, "Change the words", "The agreement:", "We listen", check=at_most_twenty)
    assert seen == [
        (True, True, "The agreement is too long: it has 28 characters and the most is 20. Please make it shorter.",
         "We listen and we take breaks"),
        True,
    ]  # fmt: skip
    assert answer == "We listen"


def test_cancel_in_the_words_box_changes_nothing(qtbot):
    when_dialog_opens(QDialog, press(qtbot, Qt.Key.Key_Escape))
    assert Prompts().ask_text(None, "Change the words", "The agreement:", "We listen", check=at_most_twenty) is None


def at_most_twenty(words):
    return clean_text(words, what="agreement", limit=20, multiline=True)
