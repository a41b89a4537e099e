"""Whose voices are heard, as widgets for the facilitator's panel: this meeting, and meeting by meeting.

The drawing is in drawing.py and the words in picture_words.py; these give them the palette, a size,
keyboard focus and the words for a screen reader.
"""

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from copro_desktop.i18n import translate
from copro_desktop.queue.balance import TREND_MEETINGS, Share
from copro_desktop.queue.drawing import (
    Box,
    balance_height,
    balance_layout,
    balance_shape,
    fitting_font,
    paint_balance,
    paint_trend,
    trend_height,
    trend_layout,
)
from copro_desktop.queue.picture_words import balance_words, trend_words
from copro_desktop.ui.contrast import contrast_ratio


# The widgets


class _Picture(QWidget):
    """What both pictures share: the palette's colours, a margin with room for a focus ring, heights
    from the layout, and shrinking to fit a space that is too short rather than cutting off."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # It fills its whole rectangle itself (paintEvent), so what is behind it need not be painted.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # What subclasses give
    def _height(self, font: QFont, width: float) -> float:
        raise NotImplementedError

    def _paint(self, painter: QPainter, rect: QRectF, font: QFont, ink: QColor, paper: QColor, accent: QColor) -> None:
        raise NotImplementedError

    # Sizes
    def _margin(self) -> float:
        line = QFontMetricsF(self.font()).height()
        return self._ring() + max(4.0, 0.3 * line)

    def _ring(self) -> float:
        return max(2.0, QFontMetricsF(self.font()).height() / 16)

    def hasHeightForWidth(self) -> bool:
        return self.sizePolicy().hasHeightForWidth()

    def _geometry_may_change(self) -> None:
        """New content: a picture sized by its content asks for a new size; one given its space by the
        layout (a panel's) keeps it, and only repaints, so a new turn does not lay out the window again."""
        if self.sizePolicy().hasHeightForWidth():
            self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        margin = self._margin()
        return math.ceil(self._height(self.font(), max(1.0, width - 2 * margin)) + 2 * margin)

    def sizeHint(self) -> QSize:
        width = max(300, math.ceil(28 * QFontMetricsF(self.font()).height()))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, math.ceil(3 * QFontMetricsF(self.font()).height()))

    # Colours
    def colours(self) -> tuple[QColor, QColor, QColor]:
        """Ink, paper and accent from the palette. The accent is Highlight, or Link, whichever stands out
        from the paper (3 to 1, as a graphic must); failing both, the ink."""
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        paper = palette.color(QPalette.ColorRole.Window)
        accent = ink
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.Link):
            colour = palette.color(role)
            if contrast_ratio(colour.name(), paper.name()) >= 3:
                accent = colour
                break
        return ink, paper, accent

    def content_rect(self) -> QRectF:
        margin = self._margin()
        return QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)

    def paintEvent(self, event) -> None:
        ink, paper, accent = self.colours()
        painter = QPainter(self)
        painter.fillRect(self.rect(), paper)
        self._paint(painter, self.content_rect(), self.font(), ink, paper, accent)
        if self.hasFocus():
            ring = self._ring()
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), ring))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2))
        painter.end()

    def changeEvent(self, event) -> None:
        if event.type() in (event.Type.FontChange, event.Type.PaletteChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


class BalancePicture(_Picture):
    """Whose voices are heard in this meeting: each perspective's share of the people here and of the talking."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._shares: list[Share] = []
        self.setAccessibleName(translate("QueuePicture", "Whose voices are heard"))
        self.setAccessibleDescription(" ".join(balance_words(self._shares)))

    def shares(self) -> list[Share]:
        return list(self._shares)

    def set_shares(self, shares: Sequence[Share]) -> None:
        self._shares = list(shares)
        self.setAccessibleDescription(" ".join(balance_words(self._shares)))
        self._geometry_may_change()
        self.update()

    def layout_boxes(self) -> list[Box]:
        """What is drawn, in this widget's coordinates, at the font it is drawn with."""
        rect = self.content_rect()
        font = fitting_font(
            self.font(),
            lambda f: balance_height(self._shares, f, rect.width()),
            rect.height(),
            balance_shape(self._shares, rect.width()),
        )
        return [Box(kind, box.translated(rect.topLeft()), text) for kind, box, text in balance_layout(self._shares, font, rect.width())]

    def _height(self, font: QFont, width: float) -> float:
        return balance_height(self._shares, font, width)

    def _paint(self, painter, rect, font, ink, paper, accent) -> None:
        paint_balance(painter, rect, self._shares, font, ink, paper, accent)


class TrendPicture(_Picture):
    """Whose voices are heard, meeting by meeting: the same balance for each of the last meetings."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._meetings: list[tuple[str, list[Share]]] = []
        self.setAccessibleName(translate("QueuePicture", "Whose voices are heard, meeting by meeting"))
        self.setAccessibleDescription(" ".join(trend_words(self._meetings)))

    def meetings(self) -> list[tuple[str, list[Share]]]:
        return list(self._meetings)

    def set_meetings(self, meetings: Sequence[tuple[str, Sequence[Share]]]) -> None:
        self._meetings = [(label, list(shares)) for label, shares in meetings][-TREND_MEETINGS:]
        self.setAccessibleDescription(" ".join(trend_words(self._meetings)))
        self._geometry_may_change()
        self.update()

    def layout_boxes(self) -> list[Box]:
        rect = self.content_rect()
        font = fitting_font(self.font(), lambda f: trend_height(self._meetings, f, rect.width()), rect.height())
        return [Box(kind, box.translated(rect.topLeft()), text) for kind, box, text in trend_layout(self._meetings, font, rect.width())]

    def _height(self, font: QFont, width: float) -> float:
        return trend_height(self._meetings, font, width)

    def _paint(self, painter, rect, font, ink, paper, accent) -> None:
        paint_trend(painter, rect, self._meetings, font, ink, paper, accent)
