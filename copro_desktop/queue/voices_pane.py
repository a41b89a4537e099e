"""Whose voices are heard, beside the queue: this meeting by perspective, person by person, and across meetings."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHeaderView, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from copro_desktop.i18n import translate
from copro_desktop.queue.picture import BalancePicture, TrendPicture
from copro_desktop.queue.voices import Voices
from copro_desktop.ui.forms import add_field, button
from copro_desktop.ui.tables import RecordTable

ACROSS_MEETINGS = 2  # the "Look at" choice for the trend


class VoicesPane(QWidget):
    def __init__(self, voices: Voices, send_balance: Callable[[], None], export: Callable[[], None], parent=None):
        super().__init__(parent)
        self.voices = voices
        title = QLabel(translate("QueuePanel", "Whose voices are heard"))
        title.setProperty("role", "subheading")
        self.look_at = QComboBox()
        self.look_at.addItem(translate("QueuePanel", "This meeting, by perspective"))
        self.look_at.addItem(translate("QueuePanel", "This meeting, person by person"))
        self.look_at.addItem(translate("QueuePanel", "Across meetings"))
        self.look_at.currentIndexChanged.connect(self._look_at_changed)
        look_form = QFormLayout()
        add_field(look_form, translate("QueuePanel", "Loo&k at:"), self.look_at)
        self.balance_picture = BalancePicture()
        self.trend_picture = TrendPicture()
        for picture in (self.balance_picture, self.trend_picture):
            # The space is the layout's to give; the picture's text shrinks to fit it (see drawing.py).
            picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            picture.setMinimumHeight(picture.fontMetrics().lineSpacing() * 8)
        self.people = self._people_table()
        self.pictures = QStackedWidget()
        for page in (self.balance_picture, self.people, self.trend_picture):
            self.pictures.addWidget(page)
        self.send_balance_button = button(translate("QueuePanel", "Show the balance to the room (F6)"), send_balance)
        self.send_balance_button.setAccessibleDescription(
            translate("QueuePanel", "The room sees each perspective's share, never one person's talk time")
        )
        self.export_button = button(translate("QueuePanel", "Save the turns as a spreadsheet file (Ctrl+Shift+E)…"), export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(look_form)
        layout.addWidget(self.pictures, stretch=1)
        layout.addWidget(self.send_balance_button)
        layout.addWidget(self.export_button)
        voices.changed.connect(self._show_balance)

    def _people_table(self) -> RecordTable:
        people = RecordTable(translate("QueuePanel", "Talk by person"))
        people.show_rows(self.voices.people)
        people.share_width_evenly()
        header = people.horizontalHeader()
        for column in (2, 3):  # turns and talk time: numbers, as wide as their headings
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            words = self.voices.people.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, self.fontMetrics().horizontalAdvance(f"{words} 00:00") // 2 + 24)
        return people

    def meeting_changed(self) -> None:
        """Another meeting or group: the picture now, and the trend again if it is shown."""
        self._show_balance()
        if self.look_at.currentIndex() == ACROSS_MEETINGS:
            self._look_at_changed(ACROSS_MEETINGS)

    def _show_balance(self) -> None:
        self.balance_picture.set_shares(self.voices.shares)

    def _look_at_changed(self, index: int) -> None:
        if index == ACROSS_MEETINGS:
            self.trend_picture.set_meetings(self.voices.trend())  # read only when asked for: it spans meetings
        self.pictures.setCurrentIndex(index)
