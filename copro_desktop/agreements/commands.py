"""Every change to agreements as an undoable command: a mistake in a live meeting costs nothing."""

from copro_desktop.agreements.model import AgreementsModel
from copro_desktop.agreements.service import ReviewReceipt
from copro_desktop.ui.undo import Ref, SafeCommand


def _refs(**ids: int | None) -> set[Ref]:
    return {(kind, value) for kind, value in ids.items() if value is not None}


class _AgreementCommand(SafeCommand):
    def __init__(self, model: AgreementsModel, label: str):
        super().__init__(label)
        self.model = model
        self.service = model.service

    def after(self) -> None:
        self.model.reload()


class ProposeAgreement(_AgreementCommand):
    def __init__(self, model: AgreementsModel, text: str, meeting_id: int | None, proposed_by_id: int | None = None):
        super().__init__(model, "propose an agreement")
        self.group_id = model.group_id
        self.words = text  # not `text`: that is QUndoCommand's label
        self.meeting_id = meeting_id
        self.proposed_by_id = proposed_by_id
        self.agreement_id: int | None = None
        self.position: int | None = None
        self.change_id: int | None = None

    def refers_to(self) -> set[Ref]:
        return _refs(agreement=self.agreement_id, meeting=self.meeting_id, member=self.proposed_by_id)

    def creates(self) -> set[Ref]:
        return _refs(agreement=self.agreement_id)

    def apply(self) -> None:
        agreement = self.service.propose(
            self.group_id,
            self.words,
            meeting_id=self.meeting_id,
            proposed_by_id=self.proposed_by_id,
            agreement_id=self.agreement_id,
            position=self.position,
        )
        # Keep the same id on redo, so later commands on the stack still find it.
        self.agreement_id, self.position = agreement.id, agreement.position
        self.change_id = self.service.history(agreement.id)[0].change.id

    def revert(self) -> None:
        self.service.revert_change(self.change_id)


class ChangeAgreement(_AgreementCommand):
    """New words, or a new status (agreed, retired, brought back)."""

    def __init__(
        self,
        model: AgreementsModel,
        agreement_id: int,
        label: str,
        *,
        text: str | None = None,
        status: str | None = None,
        meeting_id: int | None = None,
    ):
        super().__init__(model, label)
        self.agreement_id = agreement_id
        self.words = text  # not `text`: that is QUndoCommand's label
        self.status = status
        self.meeting_id = meeting_id
        self.change_id: int | None = None

    def refers_to(self) -> set[Ref]:
        return _refs(agreement=self.agreement_id, meeting=self.meeting_id)

    def apply(self) -> None:
        change = self.service.change(self.agreement_id, text=self.words, status=self.status, meeting_id=self.meeting_id)
        self.change_id = change.id if change else None
        if change is None:
            self.setObsolete(True)  # nothing changed: leave nothing on the undo stack

    def revert(self) -> None:
        if self.change_id is not None:
            self.service.revert_change(self.change_id)


class MoveAgreement(_AgreementCommand):
    def __init__(self, model: AgreementsModel, agreement_id: int, to_index: int):
        super().__init__(model, "move an agreement")
        self.agreement_id = agreement_id
        self.to_index = to_index
        self.from_index: int | None = None

    def refers_to(self) -> set[Ref]:
        return _refs(agreement=self.agreement_id)

    def apply(self) -> None:
        self.from_index = self.service.move(self.agreement_id, self.to_index)

    def revert(self) -> None:
        self.service.move(self.agreement_id, self.from_index)


class RecordReview(_AgreementCommand):
    """What the group decided for one agreement while revisiting them at a meeting."""

    def __init__(self, model: AgreementsModel, meeting_id: int, agreement_id: int, outcome: str, new_text: str | None):
        super().__init__(model, "record a revisit answer")
        self.meeting_id = meeting_id
        self.agreement_id = agreement_id
        self.outcome = outcome
        self.new_text = new_text
        self.receipt: ReviewReceipt | None = None

    def refers_to(self) -> set[Ref]:
        return _refs(agreement=self.agreement_id, meeting=self.meeting_id)

    def apply(self) -> None:
        self.receipt = self.service.record_review(self.meeting_id, self.agreement_id, self.outcome, self.new_text)

    def revert(self) -> None:
        self.service.undo_review(self.receipt)
