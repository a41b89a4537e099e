"""Every question the app asks through one small interface, which tests replace with a fake."""

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Prompts:
    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str, yes_label: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def choose(self, parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]]) -> str | None:
        """Ask the facilitator to pick one of several labelled answers. Returns the key."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in choices}
        box.exec()
        return buttons.get(box.clickedButton())

    def ask_text(self, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        text, ok = QInputDialog.getMultiLineText(parent, title, label, initial)
        return text if ok else None

    def save_path(self, parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None
