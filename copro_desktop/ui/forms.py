"""Builders that give every control an accessible name equal to its visible label."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from copro_desktop.i18n import translate


# In a window for typing: Enter makes a new line in a box of several lines; these save what is typed.
# The windows and Help's list of shortcuts both read them here.
SAVE_TYPED_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def plain(label: str) -> str:
    """The label as a screen reader should say it: without the & that marks a shortcut letter."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


# The builders take words already translated by the caller (translate(...) where the words are written).


def button(label: str, on_click: Callable[[], object] | None = None, parent: QWidget | None = None) -> QPushButton:
    widget = QPushButton(label, parent)
    widget.setAccessibleName(plain(label))
    # Enter presses the focused button everywhere, as Space does: outside a dialog Qt leaves this off.
    widget.setAutoDefault(True)
    if on_click is not None:
        widget.clicked.connect(lambda _checked=False: on_click())
    return widget


def add_field(form: QFormLayout, label: str, field: QWidget, description: str = "") -> QLabel:
    caption = QLabel(label)
    caption.setBuddy(field)
    field.setAccessibleName(plain(label).rstrip(":"))
    if description:
        field.setAccessibleDescription(description)
        field.setToolTip(description)
    form.addRow(caption, field)
    return caption


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    label.setAccessibleName(text)
    return label


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def problem_label() -> QLabel:
    """Where a form says, in plain words, what needs fixing. Empty and hidden until then."""
    label = QLabel()
    label.setProperty("role", "problem")
    label.setWordWrap(True)
    label.setAccessibleName(translate("Forms", "Problem"))
    label.hide()
    return label


def show_problem(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setAccessibleDescription(message)
    label.setVisible(bool(message))


def read_only_banner(reason: str) -> QLabel:
    """The strip across the top of the window when the work can be looked at but not changed."""
    label = QLabel(reason)
    label.setProperty("role", "banner")
    label.setWordWrap(True)
    label.setAccessibleName(translate("Forms", "Open to look at only"))
    label.setAccessibleDescription(reason)
    label.setMargin(10)
    return label


class _UndoFallsThrough(QObject):
    """A text box claims Ctrl+Z even when it has no typing to undo; then let the app's Undo have it."""

    def eventFilter(self, box: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(box, QLineEdit):
            undo = event.matches(QKeySequence.StandardKey.Undo) and not box.isUndoAvailable()
            redo = event.matches(QKeySequence.StandardKey.Redo) and not box.isRedoAvailable()
            if undo or redo:
                event.ignore()
                return True
        return False


def undo_falls_through(box: QLineEdit) -> None:
    box.installEventFilter(_UndoFallsThrough(box))
