"""Wrapped list rows: after one change, only the changed row is measured again."""

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView

from copro_desktop.ui.wrapped_rows import WrappedRowsDelegate


def test_one_changed_row_is_the_only_one_measured_again(qtbot):
    words = [f"Agreement {n}: we make sure everyone who wants to speak gets a turn" for n in range(60)]
    model = QStringListModel(words)
    view = QListView()
    qtbot.addWidget(view)
    view.setWordWrap(True)
    view.setItemDelegate(WrappedRowsDelegate(view))
    view.setModel(model)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()  # every row laid out once

    for step in range(2):  # a first change lets the view try its widths (with and without a scroll bar)
        model.setData(model.index(3), f"Agreement 3, changed {step}")
        view.scrollToTop()
        qtbot.wait(10)
    delegate = view.itemDelegate()
    known = set(delegate.sizes)

    model.setData(model.index(7), "Agreement 7, in new words: nobody is rushed")
    view.scrollToTop()
    qtbot.wait(10)
    measured_again = set(delegate.sizes) - known
    assert measured_again and {words for words, _width in measured_again} == {model.index(7).data()}
    assert view.visualRect(model.index(7)).height() > 0
