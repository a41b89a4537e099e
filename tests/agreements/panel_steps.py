"""What a facilitator does on the Agreements panel, as test steps: type a proposal, click an agreement, read the list."""

from PySide6.QtCore import Qt

from copro_desktop.agreements.model import TEXT_ROLE


def propose(qtbot, panel, text):
    panel.new_text.setFocus()
    qtbot.keyClicks(panel.new_text, text)
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)


def choose(panel, text):
    """Click an agreement in the list (which shows the filtered rows, not the model's)."""
    agreement = next(a for a in panel.model.items if a.text == text)
    row = panel.visible.row_of(agreement.id)
    assert row >= 0, f"{text!r} is not shown"
    panel.view.setCurrentIndex(panel.visible.index(row, 0))


def shown(panel):
    """The list as the facilitator sees it."""
    return [panel.visible.index(row, 0).data(TEXT_ROLE) for row in range(panel.visible.rowCount())]
