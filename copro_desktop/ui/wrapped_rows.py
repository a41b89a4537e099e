"""Word-wrapped list rows, each measured once for its words and width.

A list view lays out every row again after any change; measuring sixty wrapped rows each time
made one change cost the same as sixty. Rows whose words, font and width are unchanged reuse
their size, so only the changed row is measured.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

_KEEP_AT_MOST = 5000  # sizes remembered; beyond this the memory starts again


class WrappedRowsDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.sizes: dict[tuple, QSize] = {}  # by words and width

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # The words and the width decide the size. (A model whose rows change font without changing
        # words, or a view whose font changes, should not use this delegate.)
        key = (index.data(Qt.ItemDataRole.DisplayRole), option.rect.width())
        size = self.sizes.get(key)
        if size is None:
            if len(self.sizes) >= _KEEP_AT_MOST:
                self.sizes.clear()
            size = self.sizes[key] = super().sizeHint(option, index)
        return size
