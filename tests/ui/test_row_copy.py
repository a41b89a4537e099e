"""The row copy a view paints from: it follows its model row by row, and painting never calls Python."""

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QListView

from copro_desktop.ui.row_copy import RowCopy

DISPLAY = Qt.ItemDataRole.DisplayRole
ID = Qt.ItemDataRole.UserRole + 1


class Words(QAbstractListModel):
    """A Python model that signals each change the way the app's models do, and counts what is asked of it."""

    def __init__(self, words):
        super().__init__()
        self.words = list(words)
        self.asked = 0

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.words)

    def data(self, index, role=DISPLAY):
        self.asked += 1
        if role == DISPLAY:
            return self.words[index.row()]
        if role == ID:
            return sum(map(ord, self.words[index.row()]))
        return None

    def insert(self, row, word):
        self.beginInsertRows(QModelIndex(), row, row)
        self.words.insert(row, word)
        self.endInsertRows()

    def remove(self, row):
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.words[row]
        self.endRemoveRows()

    def move(self, row, to):
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to)
        self.words.insert(to, self.words.pop(row))
        self.endMoveRows()

    def change(self, row, word):
        self.words[row] = word
        self.dataChanged.emit(self.index(row), self.index(row), [DISPLAY])

    def replace_all(self, words):
        self.beginResetModel()
        self.words = list(words)
        self.endResetModel()


def shown(copy):
    return [copy.index(row, 0).data() for row in range(copy.rowCount())]


def test_the_copy_follows_every_kind_of_row_change_and_passes_qts_checks(qtmodeltester):
    words = Words(["apple", "bread", "cheese"])
    copy = RowCopy(words, [DISPLAY, ID])
    qtmodeltester.check(copy)  # and it checks every signal from here on
    words.insert(1, "dates")
    assert shown(copy) == ["apple", "dates", "bread", "cheese"]
    words.move(3, 0)
    assert shown(copy) == ["cheese", "apple", "dates", "bread"]
    words.move(0, 3)
    assert shown(copy) == ["apple", "dates", "bread", "cheese"] == words.words
    words.change(2, "butter")  # the model says only the words changed: the id stays as copied
    assert shown(copy) == ["apple", "dates", "butter", "cheese"]
    assert copy.index(2, 0).data(ID) == sum(map(ord, "bread"))
    words.dataChanged.emit(words.index(2), words.index(2), [])  # no roles named: every role is read again
    assert copy.index(2, 0).data(ID) == sum(map(ord, "butter"))
    words.remove(0)
    assert shown(copy) == ["dates", "butter", "cheese"]
    words.replace_all(["eggs"])
    assert shown(copy) == ["eggs"]


def test_a_moved_row_stays_selected_in_its_new_place_and_every_row_keeps_its_place(qtbot):
    from PySide6.QtCore import QPersistentModelIndex

    words = Words(["apple", "bread", "cheese", "dates", "eggs"])
    view = QListView()
    qtbot.addWidget(view)
    copy = RowCopy(words, [DISPLAY], view)
    view.setModel(copy)
    view.setCurrentIndex(copy.index(3, 0))
    held = {word: QPersistentModelIndex(copy.index(row, 0)) for row, word in enumerate(words.words)}
    words.move(3, 1)
    assert view.currentIndex().row() == 1 and view.currentIndex().data() == "dates"
    assert [index.data() for index in view.selectionModel().selectedIndexes()] == ["dates"]
    words.move(0, 4)
    assert shown(copy) == words.words == ["dates", "bread", "cheese", "eggs", "apple"]
    assert {word: index.data() for word, index in held.items()} == {word: word for word in held}


def test_one_change_is_one_signal_with_the_whole_row_copied(qtbot):
    words = Words(["apple", "bread"])
    copy = RowCopy(words, [DISPLAY, ID])
    seen = []
    copy.dataChanged.connect(lambda top, _bottom, roles: seen.append((top.row(), top.data(), top.data(ID), sorted(roles))))
    words.words[1] = "butter"
    words.dataChanged.emit(words.index(1), words.index(1), [])
    assert seen == [(1, "butter", sum(map(ord, "butter")), sorted([DISPLAY, ID]))]


def test_painting_the_view_asks_nothing_of_the_python_model(qtbot):
    words = Words([f"Agreement {n}: we listen to each other" for n in range(40)])
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(RowCopy(words, [DISPLAY], view))
    view.show()
    qtbot.waitExposed(view)
    words.asked = 0
    view.viewport().repaint()
    view.scrollToBottom()
    view.viewport().repaint()
    assert words.asked == 0
    words.change(39, "We take a break")
    assert words.asked == 1  # one changed cell, one role: read once, then painted from the copy
