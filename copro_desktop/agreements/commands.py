"""Every change to agreements as an undoable command: a mistake in a live meeting costs nothing.

Each states what changes and how to undo it; afterwards the model re-reads the one
agreement it touched, so the views update that row only.
"""

from dataclasses import dataclass

from copro_desktop.agreements.model import AgreementsModel
from copro_desktop.clock import utc_now
from copro_desktop.i18n import translate
from copro_desktop.ui.undo import Change, Ref


def _refs(**ids: int | None) -> set[Ref]:
    return {(kind, value) for kind, value in ids.items() if value is not None}


@dataclass
class _Placed:
    """Where a proposal went. Shared, not copied, when the history re-files the command."""

    agreement_id: int | None = None
    position: int | None = None


class ProposeAgreement(Change):
    """Propose; redo brings back the same agreement (same id, same place), so later commands still find it."""

    def __init__(self, model: AgreementsModel, text: str, meeting_id: int | None, proposed_by_id: int | None = None):
        service, group_id = model.service, model.group_id
        placed = _Placed()

        def do() -> None:
            agreement = service.propose(
                group_id,
                text,
                meeting_id=meeting_id,
                proposed_by_id=proposed_by_id,
                agreement_id=placed.agreement_id,
                position=placed.position,
            )
            placed.agreement_id, placed.position = agreement.id, agreement.position

        super().__init__(
            translate("AgreementsCommands", "propose an agreement"),
            do,
            lambda _receipt: service.revert_proposal(placed.agreement_id),
            lambda: model.touched([placed.agreement_id]),
            _refs(meeting=meeting_id, member=proposed_by_id),
        )
        self.placed = placed

    @property
    def agreement_id(self) -> int | None:
        return self.placed.agreement_id

    def creates(self) -> set[Ref]:
        return _refs(agreement=self.placed.agreement_id)


def change_agreement(
    model: AgreementsModel,
    agreement_id: int,
    label: str,
    *,
    text: str | None = None,
    status: str | None = None,
    meeting_id: int | None = None,
) -> Change:
    """New words, or a new status (agreed, retired, brought back)."""

    def do():
        change = model.service.change(agreement_id, text=text, status=status, meeting_id=meeting_id)
        return Change.NOTHING if change is None else change.id

    return Change(
        label,
        do,
        model.service.revert_change,
        lambda: model.touched([agreement_id]),
        _refs(agreement=agreement_id, meeting=meeting_id),
    )


def move_agreement(model: AgreementsModel, agreement_id: int, to_index: int) -> Change:
    return Change(
        translate("AgreementsCommands", "move an agreement"),
        lambda: model.service.move(agreement_id, to_index),
        lambda from_index: model.service.move(agreement_id, from_index),
        lambda: model.touched([agreement_id]),
        _refs(agreement=agreement_id),
    )


def record_review(
    model: AgreementsModel, meeting_id: int, agreement_id: int, outcome: str, new_text: str | None, reviewed
) -> Change:
    """What the group decided for one agreement while revisiting them; `reviewed(id)` re-reads that answer."""

    def changed() -> None:
        model.touched([agreement_id])
        reviewed(agreement_id)

    return Change(
        translate("AgreementsCommands", "record a revisit answer"),
        lambda: model.service.record_review(meeting_id, agreement_id, outcome, new_text),
        model.service.undo_review,
        changed,
        _refs(agreement=agreement_id, meeting=meeting_id),
    )


def finish_revisit(model: AgreementsModel, meeting_id: int, finished) -> Change:
    """The group has revisited its agreements at this meeting; `finished()` shows whether it has, after each step.

    The finish is stamped once, now: a redo puts back the same time, not the time of the redo.
    """
    service, at = model.service, utc_now()
    return Change(
        translate("AgreementsCommands", "finish revisiting the agreements"),
        lambda: service.mark_revisited(meeting_id, at=at),
        lambda before: service.unmark_revisited(meeting_id, before),
        finished,
        _refs(meeting=meeting_id),
    )
