"""The projector window: a separate, full-screen window for the room, large and private-safe.

It shows what the facilitator sends and nothing else. Its keys are the same as the main window's
projector keys, so the facilitator need not remember which window has focus.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from copro_desktop import APP_NAME
from copro_desktop.i18n import QT_TRANSLATE_NOOP, translate
from copro_desktop.ui.audience import AudienceView
from copro_desktop.ui.theme import AUDIENCE_BASE_POINTS, SCALE_STEPS, apply_audience_palette

# The projector's own keys: the text, the shortcuts, and the room's name for what they do.
BLANK_KEYS = ("B", "Ctrl+B")
BIGGER_KEYS = ("Ctrl++", "Ctrl+=")
SMALLER_KEYS = ("Ctrl+-",)
NEXT_PAGE_KEYS = ("PgDown", "Ctrl+PgDown")
PREVIOUS_PAGE_KEYS = ("PgUp", "Ctrl+PgUp")
CLOSE_KEYS = ("Esc", "Shift+F5")

# What each key does in the projector window, and the window's method that does it.
# Help lists these from here, without making a projector window to ask.
ROOM_KEYS = (
    (QT_TRANSLATE_NOOP("Projector", "Blank or unblank the projector"), BLANK_KEYS, "toggle_blank"),
    (QT_TRANSLATE_NOOP("Projector", "Next page on the projector"), NEXT_PAGE_KEYS, "next_page"),
    (QT_TRANSLATE_NOOP("Projector", "Previous page on the projector"), PREVIOUS_PAGE_KEYS, "previous_page"),
    (QT_TRANSLATE_NOOP("Projector", "Larger text on the projector"), BIGGER_KEYS, "bigger"),
    (QT_TRANSLATE_NOOP("Projector", "Smaller text on the projector"), SMALLER_KEYS, "smaller"),
    (QT_TRANSLATE_NOOP("Projector", "Close the projector"), CLOSE_KEYS, "close"),
)


class ProjectorWindow(QWidget):
    """Shows one audience view at a time, or a blank screen."""

    scaleChanged = Signal(float)
    shownChanged = Signal()  # another view, blanked or unblanked, another page, or new content
    shownPictureChanged = Signal()  # the shown view drew something different

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("Projector", "{app}: projector").format(app=APP_NAME))
        self.setAccessibleName(translate("Projector", "Projector view"))
        apply_audience_palette(self)
        self.scale = 1.0
        self.blanked = False
        self.views: dict[str, AudienceView] = {}
        self.stack = QStackedWidget()
        self.blank = QLabel()  # shows nothing at all: black
        self.blank.setAccessibleName(translate("Projector", "Projector blanked"))
        self.stack.addWidget(self.blank)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.current_key: str | None = None
        self.key_actions = [
            self._key_action(translate("Projector", name), keys, getattr(self, method)) for name, keys, method in ROOM_KEYS
        ]

    def _key_action(self, text: str, keys: tuple[str, ...], slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def add_view(self, key: str, view: AudienceView) -> None:
        apply_audience_palette(view)
        self.views[key] = view
        self.stack.addWidget(view)
        view.set_points(self.points())
        view.changed.connect(self._view_changed)
        view.pictureChanged.connect(self._view_picture_changed)

    def _view_changed(self) -> None:
        if self.sender() is self.shown_view():
            self.shownChanged.emit()

    def _view_picture_changed(self) -> None:
        if self.sender() is self.shown_view():
            self.shownPictureChanged.emit()

    def show_view(self, key: str) -> None:
        self.current_key = key
        self.blanked = False
        self.stack.setCurrentWidget(self.views[key])
        self.shownChanged.emit()

    def shown_view(self) -> AudienceView | None:
        """The view the room can see now: None when blanked or closed."""
        if self.blanked or self.current_key is None or not self.isVisible():
            return None
        return self.views[self.current_key]

    def visible_view(self) -> QWidget:
        return self.stack.currentWidget()

    def set_blanked(self, blanked: bool) -> None:
        self.blanked = blanked
        if blanked or self.current_key is None:
            self.stack.setCurrentWidget(self.blank)
        else:
            self.stack.setCurrentWidget(self.views[self.current_key])
        self.shownChanged.emit()

    def toggle_blank(self) -> None:
        self.set_blanked(not self.blanked)

    def next_page(self) -> None:
        view = self.shown_view()
        if view is not None:
            view.next_page()

    def previous_page(self) -> None:
        view = self.shown_view()
        if view is not None:
            view.previous_page()

    def set_scale(self, scale: float) -> None:
        self.scale = min(max(scale, SCALE_STEPS[0]), SCALE_STEPS[-1])
        for view in self.views.values():
            view.set_points(self.points())
        self.scaleChanged.emit(self.scale)

    def bigger(self) -> None:
        self.set_scale(next((s for s in SCALE_STEPS if s > self.scale + 1e-6), SCALE_STEPS[-1]))

    def smaller(self) -> None:
        self.set_scale(next((s for s in reversed(SCALE_STEPS) if s < self.scale - 1e-6), SCALE_STEPS[0]))

    def points(self) -> float:
        # 32 pt at 1080 lines, in proportion on other screens, times the facilitator's choice.
        screen = self.screen() or QGuiApplication.primaryScreen()
        lines = screen.geometry().height() if screen else 1080
        return AUDIENCE_BASE_POINTS * max(lines, 480) / 1080 * self.scale

    def present(self, beside: QWidget) -> None:
        """Full screen on a second screen if there is one; an ordinary window otherwise."""
        if self.isVisible():
            return
        own = beside.screen()
        others = [s for s in QGuiApplication.screens() if s is not own]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 720)
            self.showNormal()
        for view in self.views.values():
            view.set_points(self.points())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shownChanged.emit()

    def hideEvent(self, event) -> None:
        # After hiding (closing hides too): only now does the window report itself not visible.
        super().hideEvent(event)
        self.shownChanged.emit()
