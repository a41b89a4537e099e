"""The audience view: a separate window for the projector, large and private-safe."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from copro_desktop import APP_NAME
from copro_desktop.groups.audience import MeetingAudience  # noqa: F401  (moved; importable here until the main window is rewired)
from copro_desktop.ui.theme import AUDIENCE_BASE_POINTS, SCALE_STEPS, apply_audience_palette, audience_font


class ProjectorWindow(QWidget):
    """Shows one audience view at a time. B blanks it, Esc closes it, Ctrl+Plus and Ctrl+Minus resize text."""

    closed = Signal()
    scaleChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(f"{APP_NAME}: projector")
        self.setAccessibleName("Projector view")
        apply_audience_palette(self)
        self.scale = 1.0
        self.blanked = False
        self.views: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        self.blank = QLabel()  # shows nothing at all: black
        self.blank.setAccessibleName("Projector blanked")
        self.stack.addWidget(self.blank)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.current_key: str | None = None
        for keys, slot in (
            ("B", self.toggle_blank),
            ("Esc", self.close),
            ("Ctrl++", self.bigger),
            ("Ctrl+=", self.bigger),
            ("Ctrl+-", self.smaller),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)

    def add_view(self, key: str, view: QWidget) -> None:
        apply_audience_palette(view)
        self.views[key] = view
        self.stack.addWidget(view)
        self._apply_scale(view)

    def show_view(self, key: str) -> None:
        self.current_key = key
        if not self.blanked:
            self.stack.setCurrentWidget(self.views[key])

    def visible_view(self) -> QWidget:
        return self.stack.currentWidget()

    def toggle_blank(self) -> None:
        self.blanked = not self.blanked
        if self.blanked:
            self.stack.setCurrentWidget(self.blank)
        elif self.current_key is not None:
            self.stack.setCurrentWidget(self.views[self.current_key])

    def set_scale(self, scale: float) -> None:
        self.scale = min(max(scale, SCALE_STEPS[0]), SCALE_STEPS[-1])
        for view in self.views.values():
            self._apply_scale(view)
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

    def _apply_scale(self, view: QWidget) -> None:
        if hasattr(view, "set_points"):
            view.set_points(self.points())
        else:
            view.setFont(audience_font(self.points()))

    def present(self, beside: QWidget) -> None:
        """Full screen on a second screen if there is one; an ordinary window otherwise."""
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
            self._apply_scale(view)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()
