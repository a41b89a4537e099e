"""Every question the app asks through one small interface, which tests replace with a fake.

In every question the default button (the one Enter presses) and the Escape key
are the answer that changes nothing.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


class Prompts:
    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str, yes_label: str) -> bool:
        """A yes that changes something, and Cancel as the default."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is yes

    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]], safe: str
    ) -> str | None:
        """Pick one of several labelled answers. `safe` is the key of the answer that changes nothing."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        buttons = {}
        for key, label in choices:
            role = QMessageBox.ButtonRole.RejectRole if key == safe else QMessageBox.ButtonRole.AcceptRole
            buttons[box.addButton(label, role)] = key
        safe_button = next(b for b, key in buttons.items() if key == safe)
        box.setDefaultButton(safe_button)
        box.setEscapeButton(safe_button)
        box.exec()
        return buttons.get(box.clickedButton(), safe)

    def pick(self, parent: QWidget | None, title: str, text: str, items: list[str], action_label: str) -> int | None:
        """Choose one item from a list (newest first). Returns its index, or None for Cancel (the default)."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        listing = QListWidget()
        listing.setAccessibleName(title)
        listing.addItems(items)
        listing.setWordWrap(True)  # each item may be two lines: when, then what it holds
        listing.setSpacing(4)
        listing.setAlternatingRowColors(True)
        listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        listing.setCurrentRow(0)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        use = buttons.addButton(action_label, QDialogButtonBox.ButtonRole.AcceptRole)
        use.setAccessibleName(action_label.replace("&", ""))
        use.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(label)
        layout.addWidget(listing)
        layout.addWidget(buttons)
        dialog.resize(640, 420)
        listing.setFocus()
        if dialog.exec() != QDialog.DialogCode.Accepted or listing.currentRow() < 0:
            return None
        return listing.currentRow()

    def ask_text(self, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        text, ok = QInputDialog.getMultiLineText(parent, title, label, initial)
        return text if ok else None

    def save_path(self, parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None
