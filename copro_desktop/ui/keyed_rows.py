"""A table whose rows are worked out afresh after each change, and told to its views row by row.

A feature that recomputes its rows (the queue, after a hand is raised) hands `show()` the new list;
each row has a stable key, and the views hear only what came, went, moved or changed: one row
signal each, never a reset. A whole reset is for another meeting or group (`reset()`).
"""

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from copro_desktop.ui.tables import ID_ROLE

KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's stable key
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, ID_ROLE, KEY_ROLE)


class KeyedRow(Protocol):
    key: str

    def cells(self) -> Sequence[str]: ...

    def spoken(self, number: int) -> str:
        """The whole row in words for a screen reader: any cell reads the row."""
        ...

    @property
    def record_id(self) -> int | None: ...


class KeyedRowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells()[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.spoken(index.row() + 1)
        if role == ID_ROLE:
            return row.record_id
        if role == KEY_ROLE:
            return row.key
        return None

    def row_of(self, key: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.key == key), -1)

    def reset(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def show(self, fresh: list) -> None:
        """Turn the rows into `fresh`, one row signal for each row that came, went, moved or changed."""
        keys = {row.key for row in fresh}
        for row in range(len(self.rows) - 1, -1, -1):
            if self.rows[row].key not in keys:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        for target, wanted in enumerate(fresh):
            at = self.row_of(wanted.key)
            if at < 0:
                self.beginInsertRows(QModelIndex(), target, target)
                self.rows.insert(target, wanted)
                self.endInsertRows()
                continue
            if at != target:
                # The rows above are already in place, so it always moves up; Qt wants the row it goes before.
                self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), target)
                self.rows.insert(target, self.rows.pop(at))
                self.endMoveRows()
            if self.rows[target] != wanted:
                self.rows[target] = wanted
                self.dataChanged.emit(self.index(target, 0), self.index(target, len(self.headers) - 1))
