"""What a facilitator does on the Turn-taking panel, from the keyboard, as test steps."""

from PySide6.QtCore import Qt

from copro_desktop.queue.tables import QueueHand
from copro_desktop.db.session import reading
from sqlmodel import select

KIND_KEYS = {"process": Qt.Key.Key_C, "clarifying": Qt.Key.Key_Q, "reply": Qt.Key.Key_L}


def raise_hand(qtbot, panel, typed: str, kind: str = "new_point") -> None:
    """Type a name (or its start) into the box, then Enter for a new point, or Alt and the kind's letter."""
    panel.who.setFocus()
    qtbot.keyClicks(panel.who, typed)
    if kind == "new_point":
        qtbot.keyClick(panel.who, Qt.Key.Key_Return)
    else:
        before = len(stored(panel.context.engine, QueueHand))
        qtbot.keyClick(panel.who, KIND_KEYS[kind], Qt.KeyboardModifier.AltModifier)
        # Alt and a letter clicks the button as a person would see it: pressed, then let go a moment later.
        qtbot.waitUntil(lambda: len(stored(panel.context.engine, QueueHand)) > before)


def press(qtbot, panel, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed while the queue has the keyboard (one-key actions work anywhere but a typing box)."""
    panel.table.setFocus()
    qtbot.keyClick(panel.table, key, modifier)


def queue_names(panel) -> list[str]:
    """The queue as the facilitator's table shows it (the copy the view paints from)."""
    shown = panel.table.model()
    return [shown.index(row, 0).data() for row in range(shown.rowCount())]


def why(panel) -> list[str]:
    shown = panel.table.model()
    return [shown.index(row, 2).data() for row in range(shown.rowCount())]


def stored(engine, table):
    with reading(engine) as session:
        return list(session.exec(select(table).order_by(table.id)))

