"""Every control has an accessible name equal to its visible label and can take keyboard focus."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from copro_desktop.groups.dialogs import GroupDialog, MeetingDialog, MemberDialog
from copro_desktop.ui.forms import plain

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QAbstractItemView)


def controls_in(root: QWidget):
    for widget in root.findChildren(QWidget):
        if isinstance(widget, CONTROLS) and widget.objectName() not in ("qt_calendar_prevmonth", "qt_calendar_nextmonth"):
            # Qt's own inner parts (popup lists, headers, scroll bars) belong to the control around them.
            if widget.parent() is not None and isinstance(widget.parent().parent(), QComboBox):
                continue
            if type(widget).__name__ in ("QScrollBar", "QHeaderView") or widget.objectName().startswith("qt_"):
                continue
            yield widget


def check(root: QWidget):
    problems = []
    for widget in controls_in(root):
        name = widget.accessibleName()
        if not name:
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} has no accessible name")
        elif isinstance(widget, QAbstractButton) and widget.text() and name != plain(widget.text()):
            problems.append(f"button {widget.text()!r} is called {name!r}")
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
            problems.append(f"{name or type(widget).__name__} cannot take keyboard focus")
    return problems


def test_welcome_screen(window):
    assert check(window.welcome) == []


def test_every_page_and_the_toolbar(window, group, meeting):
    window.context.open_group(group.id)
    assert check(window.screens.widget(1)) == []
    assert check(window.toolbar) == []


@pytest.mark.parametrize("dialog_class", [GroupDialog, MemberDialog, MeetingDialog])
def test_dialogs(qtbot, dialog_class):
    dialog = dialog_class()
    qtbot.addWidget(dialog)
    assert check(dialog) == []


def test_the_agreements_buttons_can_be_reached_with_tab(qtbot, window, group, agree):
    agree("We listen")
    window.context.open_group(group.id)
    window.open_panel("agreements")
    panel = window.page("agreements")
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.view.model().index(0, 0))
    reached = set()
    for _ in range(60):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.add(window.focusWidget())
    for needed in (panel.revisit_button, panel.retire_button, panel.history_button, panel.new_text, panel.examples_button):
        assert needed in reached, needed.text() if hasattr(needed, "text") else needed


def test_undo_and_redo_buttons_are_named_after_what_they_undo(qtbot, window, group):
    window.context.open_group(group.id)
    window.open_panel("agreements")
    panel = window.page("agreements")
    panel.new_text.setText("We listen")
    panel.propose()
    undo_button = window.toolbar.widgetForAction(window.undo_action)
    assert undo_button.accessibleName() == "Undo propose an agreement"
