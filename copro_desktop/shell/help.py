"""Help: every keyboard shortcut, read from the actions themselves so the list cannot drift; where the work is kept."""

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copro_desktop.i18n import translate
from copro_desktop.ui.forms import plain, wrapped


def _keys(sequences: list[QKeySequence]) -> str:
    return translate("Help", " or ").join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


def keys_text(keys: tuple[str, ...]) -> str:
    """Keys as the person's keyboard names them: "Ctrl+Return"."""
    return _keys([QKeySequence(key) for key in keys])


def menu_shortcuts(menus: list[QMenu]) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every item with a shortcut in these menus (submenus come as menus of their own)."""
    return [
        (plain(menu.title()), plain(action.text()), _keys(action.shortcuts()))
        for menu in menus
        for action in menu.actions()
        if action.menu() is None and action.shortcuts()
    ]


def panel_shortcuts(where: str, panel: QWidget) -> list[tuple[str, str, str]]:
    """A panel's own keys (Ctrl+Up), beyond the Alt and underlined letter every button has."""
    rows = action_shortcuts(where, [a for a in panel.findChildren(QAction) if a.parent() is not None])
    for control in panel.findChildren(QAbstractButton):
        keys = control.shortcut()
        mnemonic = QKeySequence.mnemonic(control.text())
        if not keys.isEmpty() and keys != mnemonic:
            rows.append((where, plain(control.text()), _keys([keys])))
        elif control.property("help_words") and not mnemonic.isEmpty():
            # A button the panel wants listed by its Alt letter too (one of its main keys).
            rows.append((where, control.property("help_words"), _keys([mnemonic])))
    return rows


def action_shortcuts(where: str, actions: list[QAction]) -> list[tuple[str, str, str]]:
    return [(where, plain(a.text()), _keys(a.shortcuts())) for a in actions if a.shortcuts()]


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [translate("Help", "Where"), translate("Help", "What it does"), translate("Help", "Keys")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                translate(
                    "Help",
                    "A button with an underlined letter can also be pressed with Alt and that letter. "
                    "Tab moves between controls; Enter presses the button that has the focus ring.",
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(760, screen.width() - 40), min(620, screen.height() - 80))
        self.table.setFocus()

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(row, column).text() for column in range(3)) for row in range(self.table.rowCount())
        ]


class WhereWorkIsKeptDialog(QDialog):
    """Where the work file and its backups are, in plain words, with a button that opens the folder."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(translate("Help", "Where my work is kept"))
        where = QLabel(str(folder))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        where.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        where.setAccessibleName(translate("Help", "The folder"))
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(translate("Help", "&Open the folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_folder)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(translate("Help", "Your work is kept in one file on this computer, in this folder:")))
        layout.addWidget(where)
        self.problem = wrapped("")
        self.problem.setProperty("role", "problem")
        for words in (
            translate("Help", "Every change is saved the moment you make it. There is no Save button."),
            translate(
                "Help",
                "Backups are kept in the “backups” folder inside it. One is made when you close the app, every ten "
                "minutes while you are making changes, and before every update. Every backup from the last two "
                "days is kept, then one a day for two weeks, then one a week for three months. Each is checked "
                "when it is made.",
            ),
            translate("Help", "To go back to one, choose File, then Go back to a backup. What you have now is kept as a backup first."),
            translate("Help", "When you remove someone, they are removed from the backups too."),
        ):
            layout.addWidget(wrapped(words))
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))):
            self.problem.setText(
                translate(
                    "Help", "This computer has no program to open folders with. The folder is the one named above."
                )
            )
