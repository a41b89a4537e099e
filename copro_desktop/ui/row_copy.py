"""What a list or table reads: a copy of a Python model's rows, held in Qt's own item model.

A view asks its model for about ten roles of every visible cell each time it paints or lays
out. Answered from Python, those calls were most of the paint: nine rows of meetings took 3 ms
to paint from the Python model, 1.1 ms from Qt's. So the Python model keeps the logic (which
rows, in what order, read from the database) and this copy follows its row signals, reading
each changed cell once. Painting a view of the copy asks Python nothing (a delegate written in
Python, such as the wrapped rows' size, is still called).

The copy catches up when the model has finished a change (rowsInserted, not
rowsAboutToBeInserted): anything that reads the copy does so after the model's signal.

Rows are in the same order as in the model, so a row number means the same row in both.
Qt's item model cannot move a row, so a move rewrites the rows between the two places and
tells the views it as a change of layout, carrying their selection along with the moved row.
"""

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel


class RowCopy(QStandardItemModel):
    def __init__(self, source: QAbstractItemModel, roles: Iterable[int], parent=None):
        super().__init__(parent)
        self.source = source
        self.roles = tuple(roles)
        # Bound methods, not lambdas: Qt lets go of them when the copy goes, while the model lives on.
        source.rowsInserted.connect(self._inserted)
        source.rowsRemoved.connect(self._removed)
        source.rowsMoved.connect(self._moved)
        source.dataChanged.connect(self._changed)
        source.modelReset.connect(self._copy_all)
        # The app's models never re-sort in place; if one did, starting again is always right.
        source.layoutChanged.connect(self._copy_all)
        source.headerDataChanged.connect(self._copy_headers)
        self._copy_all()

    def _columns(self) -> int:
        # A list model keeps its column count to itself (private in Qt): it has one.
        return 1 if isinstance(self.source, QAbstractListModel) else self.source.columnCount(QModelIndex())

    def _copy_all(self, *_signal_args) -> None:
        """Another group: every row again, told to the views as one reset, not a signal per row."""
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            self.setColumnCount(self._columns())
            for row in range(self.source.rowCount(QModelIndex())):
                self.appendRow(self._row(row))
            self._copy_headers()
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def _inserted(self, _parent, first: int, last: int) -> None:
        self._copy_rows(first, last - first + 1)

    def _removed(self, _parent, first: int, last: int) -> None:
        self.removeRows(first, last - first + 1)

    def _copy_rows(self, first: int, count: int) -> None:
        for row in range(first, first + count):
            self.insertRow(row, self._row(row))

    def _row(self, row: int) -> list[QStandardItem]:
        items = []
        for column in range(self._columns()):
            index = self.source.index(row, column)
            item = QStandardItem()
            item.setFlags(self.source.flags(index))
            for role in self.roles:
                value = index.data(role)
                if value is not None:
                    item.setData(value, role)
            items.append(item)
        return items

    def _moved(self, _parent, first: int, last: int, _destination, row: int) -> None:
        count = last - first + 1
        to = row - count if row > last else row  # where the moved rows start now
        low, high = min(first, to), max(last, to + count - 1)
        kept = [old for old in range(low, high + 1) if not first <= old <= last]
        now = kept[: to - low] + list(range(first, last + 1)) + kept[to - low :]  # now[i]: the old row at low + i
        self.layoutAboutToBeChanged.emit()
        blocked = self.blockSignals(True)
        try:
            for row_now in range(low, high + 1):
                for column in range(self.columnCount()):
                    self._copy_cell(self.source.index(row_now, column), self.item(row_now, column), self.roles)
        finally:
            self.blockSignals(blocked)
        row_now_of = {old: low + offset for offset, old in enumerate(now)}
        for index in self.persistentIndexList():  # a selected row stays selected, in its new place
            if low <= index.row() <= high:
                self.changePersistentIndex(index, self.index(row_now_of[index.row()], index.column()))
        self.layoutChanged.emit()

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        """Copy the changed cells, then tell the views once: not once per role, nor a half-copied row."""
        wanted = [role for role in self.roles if not roles or role in roles]
        changed: set[int] = set()
        blocked = self.blockSignals(True)
        try:
            for row in range(top_left.row(), bottom_right.row() + 1):
                for column in range(top_left.column(), bottom_right.column() + 1):
                    changed |= self._copy_cell(self.source.index(row, column), self.item(row, column), wanted)
        finally:
            self.blockSignals(blocked)
        if changed:
            self.dataChanged.emit(
                self.index(top_left.row(), top_left.column()),
                self.index(bottom_right.row(), bottom_right.column()),
                sorted(changed),
            )

    @staticmethod
    def _copy_cell(source: QModelIndex, item: QStandardItem, roles) -> set[int]:
        """The roles whose value changed."""
        changed = set()
        for role in roles:
            value = source.data(role)
            if item.data(role) != value:
                item.setData(value, role)  # None clears it
                changed.add(role)
        return changed

    def _copy_headers(self, *_signal_args) -> None:
        for column in range(self._columns()):
            words = self.source.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if words is not None:
                self.setHeaderData(column, Qt.Orientation.Horizontal, words)
