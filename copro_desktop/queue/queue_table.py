"""The queue as a table the facilitator can reorder by dragging a row, as well as with the keys."""

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView

from copro_desktop.ui.tables import RecordTable


class QueueTable(RecordTable):
    """A drop never changes the rows itself: it asks `move(row, target)`, which stores the move as an
    undoable change, and the rows follow the model."""

    def __init__(self, accessible_name: str, move: Callable[[int, int], None]):
        super().__init__(accessible_name)
        self._move = move
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragDropOverwriteMode(False)

    def dropEvent(self, event) -> None:
        source = self.currentIndex().row()
        at = self.indexAt(event.position().toPoint())
        target = at.row() if at.isValid() else self.model().rowCount() - 1
        event.ignore()  # the model moves the row, not the view
        if source >= 0 and target >= 0 and source != target:
            self._move(source, target)
