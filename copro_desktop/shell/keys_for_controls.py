"""B, Page Up and Page Down belong to the projector, except inside a list, table or drop-down of a panel.

There, B picks "Bea" and Page Down scrolls, as everywhere else on the desktop; the room changes
only from elsewhere in the window (or with Ctrl+B and Ctrl+Page Down, which always reach it).
A drop-down keeps every letter: P picks "Professional" there, where in a panel with one-key actions
(N for the next speaker) it would otherwise act on the meeting.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QWidget

_CONTROLS_KEYS = {Qt.Key.Key_B, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class KeysForControls(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
            typed = isinstance(watched, QComboBox) and plain and event.text().isprintable() and event.text() != ""
            if typed or (event.key() in _CONTROLS_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier):
                event.accept()  # the control, not the window's shortcut, gets this key
        return False


def give_controls_their_keys(panel: QWidget, keeper: KeysForControls) -> None:
    for control in [*panel.findChildren(QAbstractItemView), *panel.findChildren(QComboBox)]:
        control.installEventFilter(keeper)
