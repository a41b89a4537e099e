"""Every question the app asks through one small interface, which tests replace with a fake.

In every question the default button (the one Enter presses) and the Escape key
are the answer that changes nothing.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from copro_desktop.i18n import translate
from copro_desktop.ui.forms import plain
from copro_desktop.ui.text_dialog import TextDialog


def _question_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(icon, title, text, parent=parent)
    # A desktop's own message box may ignore which button we make the default; ours never does.
    box.setOption(QMessageBox.Option.DontUseNativeDialog)
    return box


def _make_safe_the_default(box: QMessageBox, safe: QAbstractButton, others: list[QAbstractButton]) -> None:
    """Enter and Escape both take the safe answer.

    A button that changes something never becomes the default, not even for a moment when
    a window manager gives it the keyboard on opening (Qt's "auto default" would let Enter
    press whichever button has the keyboard). It is pressed only on purpose: Space or a click.
    """
    for other in others:
        other.setAutoDefault(False)
    box.setDefaultButton(safe)
    box.setEscapeButton(safe)


class Prompts:
    """Titles, texts and answers come in already translated by the caller; the words made here are translated here."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str, yes_label: str) -> bool:
        """A yes that changes something, and Cancel as the default."""
        box = _question_box(QMessageBox.Icon.Question, title, text, parent)
        yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
        yes.setAccessibleName(plain(yes_label))
        cancel = box.addButton(translate("Prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        _make_safe_the_default(box, cancel, [yes])
        box.exec()
        return box.clickedButton() is yes

    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]], safe: str
    ) -> str | None:
        """Pick one of several labelled answers. `safe` is the key of the answer that changes nothing."""
        box = _question_box(QMessageBox.Icon.Warning, title, text, parent)
        buttons = {}
        for key, label in choices:
            role = QMessageBox.ButtonRole.RejectRole if key == safe else QMessageBox.ButtonRole.AcceptRole
            added = box.addButton(label, role)
            added.setAccessibleName(plain(label))
            buttons[added] = key
        safe_button = next(b for b, key in buttons.items() if key == safe)
        _make_safe_the_default(box, safe_button, [b for b in buttons if b is not safe_button])
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

    def ask_text(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        initial: str = "",
        check: Callable[[str], object] | None = None,
    ) -> str | None:
        """Words over one or more lines, or None for Cancel.

        `check` raises InvalidInput while the words cannot be saved: the box then stays open,
        says why, and keeps the words.
        """
        dialog = TextDialog(parent, title, label, initial, check)
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def save_path(self, parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None
