"""The panel's view of the agreements: retired ones hidden unless asked for.

Moving among visible agreements: with retired ones hidden, Move up takes an agreement to
the stored place of the visible agreement above it (so it jumps over any hidden retired
ones in between), and Move down to the place of the visible one below. Hidden retired
agreements keep their order among themselves, and show up where they were when shown.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from copro_desktop.agreements.model import SHOWN_ROLES, STATUS_ROLE, AgreementsModel
from copro_desktop.agreements.rules import Status
from copro_desktop.ui.row_copy import RowCopy


class AgreementsFilter(QSortFilterProxyModel):
    def __init__(self, model: AgreementsModel, parent=None):
        super().__init__(parent)
        self.rows = model
        self.setSourceModel(RowCopy(model, SHOWN_ROLES, self))  # the list paints without calling Python
        self.setFilterRole(STATUS_ROLE)  # re-filter only when the status changes, not the words
        self._show_retired = False

    @property
    def show_retired(self) -> bool:
        return self._show_retired

    def set_show_retired(self, show: bool) -> None:
        if show != self._show_retired:
            self.beginFilterChange()
            self._show_retired = show
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._show_retired:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(STATUS_ROLE) != Status.RETIRED

    def row_of(self, agreement_id: int) -> int:
        """The visible row of an agreement, or -1 when it is hidden or gone."""
        source_row = self.rows.row_of(agreement_id)  # the copy's rows are the model's rows
        if source_row < 0:
            return -1
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()

    def move_target(self, agreement_id: int, step: int) -> int | None:
        """The stored place to move an agreement to, one visible step up (-1) or down (+1); None at an end."""
        row = self.row_of(agreement_id)
        neighbour = row + step
        if row < 0 or not 0 <= neighbour < self.rowCount():
            return None
        return self.mapToSource(self.index(neighbour, 0)).row()
