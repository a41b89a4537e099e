"""A read-only table view that selects whole rows and reports the chosen record."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from copro_desktop.ui.row_copy import RowCopy


# The record's id, on every row of every table model.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, ID_ROLE)


class RecordTable(QTableView):
    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._fitting = False
        self._fits_columns = True
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        # Columns are fitted to what they hold when rows change (below), not measured again on every
        # show: a table of five years of meetings was re-measured each time its panel was opened.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setResizeContentsPrecision(60)  # the first rows are enough to measure
        self.horizontalHeader().setStretchLastSection(True)

    def moveCursor(self, action, modifiers):
        """Home and End go to the first and last record, as in any list: a table of whole rows has no
        first and last cell in a row worth going to."""
        if action in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def show_rows(self, model) -> None:
        """Show a model's records through a copy in Qt's own item model, so painting never calls Python."""
        self.setModel(RowCopy(model, RECORD_ROLES, self))

    def setModel(self, model) -> None:
        super().setModel(model)
        # Rows arrive one at a time (row-level updates); the header does not re-measure for those itself,
        # so names were cut to "Ami…". Once per turn of the event loop, however many rows changed.
        for changed in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset):
            changed.connect(self._fit_columns_soon)
        self._fit_columns_soon()

    def share_width_evenly(self) -> None:
        """Columns share the width and are never measured: for a table whose rows change every few
        seconds in a meeting (the queue), where measuring every row after each change costs too much."""
        self._fits_columns = False
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _fit_columns_soon(self, *_changed) -> None:
        if self._fits_columns and not self._fitting:
            self._fitting = True
            QTimer.singleShot(0, self._fit_columns)

    def _fit_columns(self) -> None:
        self._fitting = False
        self.horizontalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)

    def chosen_id(self) -> int | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def choose_row(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.selectRow(row)  # selected and current

    def focus_row(self, row: int) -> None:
        """After an action on a row: that row chosen and the keyboard on the table, not on a button."""
        self.choose_row(row)
        self.setFocus()
