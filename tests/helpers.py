"""Driving modal dialogs: schedule the steps, then open the dialog."""

from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

# How long a test waits for the dialog it expects. Far longer than any dialog takes to open.
DIALOG_DEADLINE_MS = 5000

# Waits still looking for their dialog; the test's teardown stops them (see tests/conftest.py).
_waiting: dict[QTimer, str] = {}


class DialogNeverOpened(AssertionError):
    pass


def when_dialog_opens(kind: type, steps: Callable[[QWidget], None], deadline_ms: int = DIALOG_DEADLINE_MS) -> list:
    """Run `steps` on the next dialog of `kind` to open. Returns a list that will hold the dialog.

    If no such dialog opens in time, the waiting stops with DialogNeverOpened, and any other modal
    window that opened instead is closed, so the test fails with a reason instead of hanging.
    """
    seen: list = []
    deadline = QDeadlineTimer(deadline_ms)
    timer = QTimer()
    timer.setInterval(10)
    _waiting[timer] = kind.__name__

    def act():
        # Only once it has the keyboard, as a person waits for a window before typing into it.
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isActiveWindow()]
        if not dialogs:
            if deadline.hasExpired():
                _stop(timer)
                stray = QApplication.activeModalWidget()
                if stray is not None:
                    stray.close()  # the code under test is waiting for it: let it go on
                raise DialogNeverOpened(
                    f"No {kind.__name__} opened within {deadline_ms / 1000:g} seconds"
                    + (f"; closed “{stray.windowTitle()}” ({type(stray).__name__}) instead" if stray else "")
                )
            return
        _stop(timer)
        seen.append(dialogs[0])
        try:
            steps(dialogs[0])
        except BaseException:
            dialogs[0].reject()  # a failed step must fail the test, not leave the dialog waiting forever
            raise

    timer.timeout.connect(act)
    timer.start()
    return seen


def _stop(timer: QTimer) -> None:
    timer.stop()
    _waiting.pop(timer, None)


def stop_waiting() -> list[str]:
    """Stop every wait still looking for a dialog; returns the kinds of dialog that never came."""
    never = list(_waiting.values())
    for timer in list(_waiting):
        _stop(timer)
    return never


class StrayDialogWatch:
    """Closes a modal window nobody answers, so the test that opened it fails instead of hanging.

    A real question (a message box the test did not expect) waits for ever for a click; pytest's
    faulthandler_timeout only prints where it hangs. This notices the same window still open
    after `seconds`, closes it, and keeps its title for the failure message.
    """

    def __init__(self, seconds: float):
        self.closed: list[str] = []
        self._limit_ms = int(seconds * 1000)
        self._seen: QWidget | None = None
        self._deadline = QDeadlineTimer(self._limit_ms)
        self._timer = QTimer()
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not self._seen:
            self._seen, self._deadline = modal, QDeadlineTimer(self._limit_ms)
        elif modal is not None and self._deadline.hasExpired():
            self.closed.append(f"“{modal.windowTitle()}” ({type(modal).__name__})")
            modal.reject() if isinstance(modal, QDialog) else modal.close()
            self._seen = None

    def stop(self) -> list[str]:
        self._timer.stop()
        return self.closed


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


def assert_fits(view) -> None:
    """Every line a projector view draws lies inside it, and no two overlap."""
    inside = view.rect().toRectF()
    boxes = view.text_boxes()
    for text, box in boxes:
        assert inside.contains(box), f"{text!r} at {box} is outside the window {inside}"
    for i, (text, box) in enumerate(boxes):
        for other_text, other in boxes[i + 1 :]:
            assert not box.intersects(other), f"{text!r} overlaps {other_text!r}"


def squeezed(text: str) -> str:
    """Words without their spaces and line breaks, to compare text however it wrapped."""
    return "".join(text.split())


class PaintCounter(QObject):
    """Counts the paint events of the widget it watches: `widget.installEventFilter(counter)`."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False
