"""Revisiting the agreements at the start of a meeting, one at a time, on the projector."""

from PySide6.QtCore import QObject, Signal

from copro_desktop.agreements.commands import finish_revisit, record_review
from copro_desktop.agreements.model import AgreementRow, AgreementsModel, agreements_model
from copro_desktop.agreements.rules import Status
from copro_desktop.agreements.tables import AgreementReview
from copro_desktop.groups.context import GroupContext
from copro_desktop.ui.undo import WorkHistory


class RevisitPresenter(QObject):
    """Which agreement the group is looking at now. The panel drives it; the projector shows it."""

    changed = Signal()
    finishedChanged = Signal()  # a revisit was finished, or that was undone or redone

    def __init__(self, model: AgreementsModel, undo_stack: WorkHistory, parent: QObject | None = None):
        super().__init__(parent)
        self.model = model
        self.undo_stack = undo_stack
        self.meeting_id: int | None = None
        self.agreement_ids: list[int] = []
        self.index = 0
        self.reviews: dict[int, AgreementReview] = {}
        self._shown: tuple | None = None  # the agreement on show, as last announced
        # The words or status of the agreement on show may change (an undo, say): show them again.
        # Only a revisit answer re-reads the answers (see _reviewed).
        for signal in (model.dataChanged, model.rowsRemoved, model.modelReset):
            signal.connect(self._agreements_changed)

    @property
    def active(self) -> bool:
        return self.meeting_id is not None

    def start(self, meeting_id: int) -> bool:
        """Step through the agreements agreed when the revisit starts. False if there are none.

        Starting again at the same meeting takes up where it was: the answers given stay, and an
        agreement retired by an answer stays in the list, so that answer can still be changed.
        """
        reviews = self.model.service.reviews(meeting_id)
        self.agreement_ids = [a.id for a in self.model.items if a.status == Status.AGREED or a.id in reviews]
        if not self.agreement_ids:
            return False
        self.meeting_id = meeting_id
        self.index = 0
        self.reviews = reviews
        self._announce()
        return True

    def current(self) -> AgreementRow | None:
        if not self.active or not self.agreement_ids:
            return None
        return self.model.find(self.agreement_ids[self.index])

    def current_review(self) -> AgreementReview | None:
        agreement = self.current()
        return self.reviews.get(agreement.id) if agreement else None

    def go_to(self, index: int) -> None:
        self.index = max(0, min(index, len(self.agreement_ids) - 1))
        self._announce()

    def next(self) -> None:
        self.go_to(self.index + 1)

    def back(self) -> None:
        self.go_to(self.index - 1)

    def record(self, outcome: str, new_text: str | None = None) -> None:
        agreement = self.current()
        if agreement is not None:
            self.undo_stack.push(
                record_review(self.model, self.meeting_id, agreement.id, outcome, new_text, self._reviewed)
            )

    def answered(self) -> int:
        return sum(1 for agreement_id in self.agreement_ids if agreement_id in self.reviews)

    def finish(self) -> None:
        """Record the finish (undoable, like every answer) and go back to the list."""
        meeting_id = self.meeting_id
        self.stop()
        if meeting_id is not None:
            self.undo_stack.push(finish_revisit(self.model, meeting_id, lambda: self._finish_changed(meeting_id)))

    def _finish_changed(self, meeting_id: int) -> None:
        # Redone while the same meeting's revisit was opened again: it is finished, so leave it.
        if self.meeting_id == meeting_id and self.model.service.revisited_at(meeting_id) is not None:
            self.stop()
        self.finishedChanged.emit()

    def stop(self) -> None:
        self.meeting_id = None
        self.agreement_ids = []
        self.reviews = {}
        self._announce()

    def _agreements_changed(self, *_args) -> None:
        # Only when what is on show changed: the projector redraws on `changed`.
        if self.active and self._on_show() != self._shown:
            self._announce()

    def _announce(self) -> None:
        self._shown = self._on_show()
        self.changed.emit()

    def _on_show(self) -> tuple | None:
        agreement = self.current()
        return (agreement.id, agreement.text, agreement.status) if agreement else None

    def _reviewed(self, agreement_id: int) -> None:
        """After a revisit answer is recorded, undone or redone: re-read that one answer."""
        if not self.active:
            return
        review = self.model.service.review(self.meeting_id, agreement_id)
        if review is None:
            self.reviews.pop(agreement_id, None)
        else:
            self.reviews[agreement_id] = review
        self._announce()


def revisit_presenter(context: GroupContext) -> RevisitPresenter:
    """The window's one revisit, shared by the panel and the projector."""
    return context.shared("agreements.revisit", lambda: RevisitPresenter(agreements_model(context), context.history, context))
