"""A box for changing words that may run over several lines, checked before it closes.

Qt's own multi-line input box typed a tab for Tab (so OK was reached only by Shift+Tab)
and could not refuse words: too-long text was rejected after the box had closed, and the
edit was lost. Here Tab moves on, and OK stays refused, with the reason inside the box
and the words kept, until they can be saved.
"""

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from copro_desktop.i18n import translate
from copro_desktop.text_rules import InvalidInput
from copro_desktop.ui.forms import SAVE_TYPED_KEYS, plain, problem_label, show_problem


class TextDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        initial: str = "",
        check: Callable[[str], object] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.check = check
        self.words = QPlainTextEdit()
        self.words.setTabChangesFocus(True)  # Tab goes on to OK, as in every other box
        self.words.setPlainText(initial)
        self.words.moveCursor(QTextCursor.MoveOperation.End)  # to add to the words; nothing selected to lose
        self.words.setAccessibleName(plain(label).rstrip(":"))
        caption = QLabel(label)
        caption.setWordWrap(True)
        caption.setBuddy(self.words)
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Spoken as shown: Qt's own words for its standard buttons, in the person's language.
        for standard in self.buttons.buttons():
            standard.setAccessibleName(plain(standard.text()))
        self.buttons.accepted.connect(self._try_accept)
        # Enter makes a new line in the words; Ctrl+Enter saves them, as in most editors.
        for keys in SAVE_TYPED_KEYS:
            QShortcut(QKeySequence(keys), self, activated=self._try_accept)
        self.buttons.rejected.connect(self.reject)
        # Said, because Enter here makes a new line, where elsewhere it saves.
        keys_hint = QLabel(translate("TextDialog", "Press Ctrl+Enter to save, or Tab to reach OK."))
        keys_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.words)
        layout.addWidget(keys_hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.words.setFocus()

    def text(self) -> str:
        return self.words.toPlainText()

    def _try_accept(self) -> None:
        if self.check is not None:
            try:
                self.check(self.text())
            except InvalidInput as problem:
                show_problem(self.problem, str(problem))
                self.words.setFocus()  # straight back to the words, to shorten them
                return
        self.accept()
