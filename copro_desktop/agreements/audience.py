"""What the room sees of the agreements: large, high-contrast, and nothing private."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from copro_desktop.agreements.model import AgreementsModel
from copro_desktop.agreements.revisit import RevisitPresenter
from copro_desktop.agreements.rules import OUTCOME_LABELS
from copro_desktop.ui.theme import AUDIENCE_ACCENT, audience_font


def _label(alignment=Qt.AlignmentFlag.AlignLeft) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the group's words are shown as typed, never as markup
    label.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
    return label


class AgreementsAudience(QWidget):
    def __init__(self, model: AgreementsModel, revisit: RevisitPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.revisit = revisit
        self.points = 32.0
        self.title = _label()
        self.title.setStyleSheet(f"color: {AUDIENCE_ACCENT};")
        self.body = QVBoxLayout()
        self.body.setSpacing(18)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.title)
        layout.addLayout(self.body)
        layout.addStretch()
        self.lines: list[QLabel] = []
        model.reloaded.connect(self.render)
        revisit.changed.connect(self.render)
        self.render()

    def set_points(self, points: float) -> None:
        self.points = points
        self.render()

    def texts(self) -> list[str]:
        """Everything the room can read, in order: only what is really shown."""
        return [label.text() for label in [self.title, *self.lines] if label.isVisibleTo(self)]

    def render(self) -> None:
        for line in self.lines:
            # Out of the layout and out of sight now; deleteLater alone leaves it drawn until the loop turns.
            self.body.removeWidget(line)
            line.hide()
            line.deleteLater()
        self.lines = []
        self.title.setFont(audience_font(self.points * 1.1, bold=True))
        if self.revisit.active and self.revisit.current() is not None:
            self._render_revisit()
        else:
            self._render_list()

    def _add(self, text: str, scale: float = 1.0, bold: bool = False, accent: bool = False) -> None:
        line = _label()
        line.setText(text)
        line.setFont(audience_font(self.points * scale, bold))
        if accent:
            line.setStyleSheet(f"color: {AUDIENCE_ACCENT};")
        self.body.addWidget(line)
        line.show()  # a child added to a window already on screen stays hidden until shown
        self.lines.append(line)

    def _render_list(self) -> None:
        self.title.setText("Our agreements")
        agreed = self.model.agreed()
        if not agreed:
            self._add("We have not agreed anything yet. The group writes its agreements together.")
        for number, agreement in enumerate(agreed, start=1):
            self._add(f"{number}.  {agreement.text}")

    def _render_revisit(self) -> None:
        agreement = self.revisit.current()
        total = len(self.revisit.agreement_ids)
        self.title.setText(f"Revisiting our agreements: {self.revisit.index + 1} of {total}")
        self._add(agreement.text, scale=1.4, bold=True)
        self._add("Do we keep it, change it, or retire it?", scale=0.9)
        review = self.revisit.current_review()
        if review is not None:
            self._add(f"Decided: {OUTCOME_LABELS[review.outcome]}", scale=0.9, accent=True)
