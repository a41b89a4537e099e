"""A small live copy of what the room sees, in the main window, so the facilitator never has to turn round."""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QRegion
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from copro_desktop.i18n import translate
from copro_desktop.shell.room import Room
from copro_desktop.ui.theme import AUDIENCE_BACKGROUND


class _Screen(QWidget):
    """The projector's picture, scaled down: painted from the shown view itself, never a second copy of it."""

    def __init__(self, room: Room, parent: QWidget | None = None):
        super().__init__(parent)
        self.room = room
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(90)

    def sizeHint(self) -> QSize:
        return QSize(240, 135)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        frame = self.picture_area()
        painter.fillRect(self.rect(), self.palette().window())
        painter.fillRect(frame, QColor(AUDIENCE_BACKGROUND))
        view = self.room.shown_view()
        if view is not None and view.width() > 0 and view.height() > 0:
            painter.translate(frame.topLeft())
            painter.scale(frame.width() / view.width(), frame.height() / view.height())
            view.render(painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        painter.end()

    def picture_area(self) -> QRect:
        """16:9 (or the projector's own shape), centred."""
        view = self.room.shown_view()
        ratio = view.width() / view.height() if view is not None and view.height() > 0 else 16 / 9
        width = min(self.width(), int(self.height() * ratio))
        height = int(width / ratio)
        return QRect((self.width() - width) // 2, (self.height() - height) // 2, width, height)


class RoomCopy(QWidget):
    def __init__(self, room: Room, parent: QWidget | None = None):
        super().__init__(parent)
        self.room = room
        self.screen_copy = _Screen(room)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        heading = QLabel(translate("Room", "What the room sees"))
        heading.setProperty("role", "subheading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.screen_copy)
        layout.addWidget(self.caption)
        self.setAccessibleName(translate("Room", "What the room sees"))
        room.changed.connect(self.refresh)
        room.pictureChanged.connect(self.screen_copy.update)
        self.refresh()

    def refresh(self) -> None:
        """Another view, blank, closed or another page: new words, and the copy drawn again.

        A change the room cannot see (on another page) changes neither, and costs no paint.
        """
        words = self.room.description()
        if words != self.caption.text():
            self.caption.setText(words)
            self.screen_copy.setAccessibleName(words)
            self.screen_copy.update()
