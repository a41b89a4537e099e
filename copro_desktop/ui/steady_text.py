"""Text that changes often (a speaker's name, a running timer) without laying out the window again.

A QLabel asks its layout for a new size each time its words change, and that request climbs to the
main window: about 2 ms a change here, many times a minute in a meeting. This widget keeps the height
it was given (a number of lines) and takes the width the layout gives it, so new words only repaint it.
"""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class SteadyText(QWidget):
    def __init__(self, lines: int = 1, *, bold: bool = False, scale: float = 1.0, align_right: bool = False, parent=None):
        super().__init__(parent)
        self._text = ""
        self._lines = lines
        self._align = Qt.AlignmentFlag.AlignRight if align_right else Qt.AlignmentFlag.AlignLeft
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 4)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)  # a screen reader reads what is shown
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._text or "0:00") + 8, self.height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        if self._lines == 1:
            shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, int(area.width()))
            painter.drawText(area, int(self._align | Qt.AlignmentFlag.AlignVCenter), shown)
        else:
            painter.drawText(area, int(self._align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), self._text)
        painter.end()
