"""Driving modal dialogs: schedule the steps, then open the dialog."""

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_dialog_opens(kind: type, steps: Callable[[QWidget], None]) -> list:
    """Run `steps` on the next visible dialog of `kind`. Returns a list that will hold the dialog."""
    seen: list = []

    def act():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(10, act)
            return
        seen.append(dialogs[0])
        try:
            steps(dialogs[0])
        except BaseException:
            dialogs[0].reject()  # a failed step must fail the test, not leave the dialog waiting forever
            raise

    QTimer.singleShot(0, act)
    return seen


def make_file_at_revision(paths, revision: str) -> None:
    """A work file as an older version of the app left it: migrated only up to `revision`."""
    from copro_desktop.db import migrations
    from copro_desktop.db.engine import make_engine

    paths.ensure()
    engine = make_engine(paths.database)
    migrations.upgrade(engine, revision)
    engine.dispose()


def texts_of(widget: QWidget) -> str:
    """All the words a widget tree shows, for privacy checks."""
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def add_member_through_dialog(qtbot, page, name, perspective_label, needs=""):
    """Click Add member…, type into the real dialog and save."""
    from PySide6.QtCore import Qt

    from copro_desktop.groups.dialogs import MemberDialog

    def fill(dialog):
        qtbot.keyClicks(dialog.name, name)
        dialog.perspective.setCurrentIndex(dialog.perspective.findText(perspective_label))
        qtbot.keyClicks(dialog.access_needs, needs)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(MemberDialog, fill)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
