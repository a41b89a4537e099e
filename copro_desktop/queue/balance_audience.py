"""What the room sees of whose voices are heard: each perspective's share of the talking beside its share of the room.

Only groups, never a person: a perspective with one person present is folded into "other perspectives".
"""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from copro_desktop.i18n import translate
from copro_desktop.queue.balance import for_the_room
from copro_desktop.queue.voices import Voices
from copro_desktop.ui.audience import AudienceView, Block
from copro_desktop.ui.theme import AUDIENCE_ACCENT


class BalanceAudience(AudienceView):
    heading_scale = 0.8  # the picture is what the room reads: a larger text size should grow it, not the title

    def __init__(self, voices: Voices, parent: QWidget | None = None):
        super().__init__(translate("BalanceAudience", "Whose voices are heard"), parent)
        self.voices = voices
        voices.changed.connect(self._changed)
        self._shown = None

    def shares(self):
        return for_the_room(self.voices.shares)

    def _changed(self) -> None:
        self.refresh()
        if self.shares() != self._shown:
            self.update()
            self.pictureChanged.emit()

    def heading(self) -> str:
        return translate("BalanceAudience", "Whose voices are heard")

    def blocks(self) -> list[Block]:
        # The picture is painted below the heading; texts() gives its words, for screen readers.
        shares = self.shares()
        if not shares:
            return [Block(translate("BalanceAudience", "No one is here yet."))]
        return []  # the picture carries it; texts() adds the words

    def texts(self) -> list[str]:
        from copro_desktop.queue.picture_words import balance_words

        return super().texts() + balance_words(self.shares())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)  # the background and the heading
        shares = self.shares()
        self._shown = shares
        if not shares:
            return
        from copro_desktop.queue.drawing import balance_height, balance_shape, fitting_font, paint_balance

        boxes = self.text_boxes()
        top = max((rect.bottom() for _text, rect in boxes), default=0.0) + self._gap_px
        margin = self._margin_px
        area = QRectF(margin, top, self.width() - 2 * margin, self.height() - top - margin)
        font = fitting_font(
            self._font(1.0), lambda f: balance_height(shares, f, area.width()), area.height(), balance_shape(shares, area.width())
        )
        painter = QPainter(self)
        palette = self.palette()
        paint_balance(
            painter,
            area,
            shares,
            font,
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Window),
            QColor(AUDIENCE_ACCENT),
        )
        painter.end()
