"""Changing an agreement's words in the real box: words too long are refused inside the box, and kept."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from copro_desktop.ui.prompts import Prompts
from copro_desktop.ui.text_dialog import TextDialog
from tests.helpers import when_dialog_opens


@pytest.fixture
def panel(qtbot, engine, group, agree):
    from copro_desktop.shell.main_window import MainWindow

    agree("We listen")
    main = MainWindow(engine, Prompts())  # real boxes, as the facilitator sees them
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    panel = main.open_panel("agreements")
    panel.view.setCurrentIndex(panel.view.model().index(0, 0))
    yield panel
    main.close()


def test_too_many_words_are_refused_before_the_box_closes_and_the_edit_is_kept(qtbot, panel, services):
    _, agreements = services
    too_long = " and " + "we listen " * 40
    seen = []

    def type_too_much_then_fix(box):
        words = box.findChild(QPlainTextEdit)
        ok = next(b for b in box.findChildren(QPushButton) if b.text() == "OK")
        qtbot.keyClicks(words, too_long)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen.append((box.isVisible(), box.problem.text().startswith("The agreement is too long"), words.toPlainText()))
        seen.append(QApplication.focusWidget() is words)
        words.setPlainText("We listen to each other")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_dialog_opens(TextDialog, type_too_much_then_fix)
    qtbot.mouseClick(panel.words_button, Qt.MouseButton.LeftButton)
    assert seen == [(True, True, "We listen" + too_long), True]
    assert [a.text for a in agreements.agreements(panel.context.group_id)] == ["We listen to each other"]


def test_in_the_revisit_too_many_new_words_are_refused_inside_the_box(qtbot, window, group, meeting, agree, services):
    _, agreements = services
    agreed = agree("We listen")
    window.context.open_group(group.id)
    panel = window.open_panel("agreements")
    qtbot.mouseClick(panel.revisit_button, Qt.MouseButton.LeftButton)
    window.prompts.texts.append("x" * 301)
    qtbot.mouseClick(panel.changed_button, Qt.MouseButton.LeftButton)
    _, message = window.prompts.last("refused")  # shown in the box, which the fake then cancels
    assert message == "The agreement is too long: it has 301 characters and the most is 300. Please make it shorter."
    assert agreements.reviews(meeting.id) == {}
    assert agreements.get(agreed.id).text == "We listen"
