"""Agreements, their history and their revisits, over SQLite. No Qt.

Every change writes an AgreementChange holding the values before and after,
so any change can be undone exactly by reverting that one row.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, update
from sqlmodel import Session, col, select

from copro_desktop.agreements import rules
from copro_desktop.agreements.tables import Agreement, AgreementChange, AgreementReview, AgreementRevisit
from copro_desktop.clock import utc_now
from copro_desktop.db.session import reading, unit_of_work
from copro_desktop.groups.tables import Meeting
from copro_desktop.i18n import translate


@dataclass(frozen=True)
class ReviewReceipt:
    """What record_review did, so that it can be undone."""

    meeting_id: int
    agreement_id: int
    replaced: tuple[str, str | None] | None  # the outcome and words recorded before, if any


@dataclass(frozen=True)
class HistoryEntry:
    change: AgreementChange
    meeting_title: str | None


class AgreementService:
    def __init__(self, engine: Engine):
        self.engine = engine

    def agreements(self, group_id: int) -> list[Agreement]:
        with reading(self.engine) as session:
            query = select(Agreement).where(Agreement.group_id == group_id).order_by(col(Agreement.position))
            return list(session.exec(query))

    def some(self, agreement_ids) -> dict[int, Agreement]:
        """These agreements as they are now, by id; one that no longer exists is left out."""
        with reading(self.engine) as session:
            query = select(Agreement).where(col(Agreement.id).in_(list(agreement_ids)))
            return {a.id: a for a in session.exec(query)}

    def agreed(self, group_id: int) -> list[Agreement]:
        return [a for a in self.agreements(group_id) if a.status == rules.Status.AGREED]

    def get(self, agreement_id: int) -> Agreement | None:
        with reading(self.engine) as session:
            return session.get(Agreement, agreement_id)

    def propose(
        self,
        group_id: int,
        text: str,
        *,
        meeting_id: int | None = None,
        proposed_by_id: int | None = None,
        agreement_id: int | None = None,
        position: int | None = None,
    ) -> Agreement:
        """Add a proposal. Undo and redo pass the id and place back in, so later changes still apply."""
        clean = rules.agreement_text(text)
        with unit_of_work(self.engine) as session:
            if position is None:
                last = session.exec(select(func.max(Agreement.position)).where(Agreement.group_id == group_id)).one()
                position = (last if last is not None else -1) + 1
            else:
                self._make_room(session, group_id, position)
            agreement = Agreement(
                id=agreement_id, group_id=group_id, text=clean, position=position, proposed_by_id=proposed_by_id
            )
            session.add(agreement)
            session.flush()
            session.add(
                AgreementChange(
                    agreement_id=agreement.id,
                    meeting_id=meeting_id,
                    kind=rules.ChangeKind.PROPOSED,
                    text_after=clean,
                    status_after=rules.Status.PROPOSED,
                )
            )
        return agreement

    def change(
        self, agreement_id: int, *, text: str | None = None, status: str | None = None, meeting_id: int | None = None
    ) -> AgreementChange | None:
        """Change the words, the status or both. Returns None when nothing would change."""
        with unit_of_work(self.engine) as session:
            agreement = session.get_one(Agreement, agreement_id)
            new_text = agreement.text if text is None else rules.agreement_text(text)
            new_status = agreement.status if status is None else status
            if new_status != agreement.status:
                rules.check_transition(agreement.status, new_status)
            elif new_text != agreement.text and not rules.can_edit(agreement.status):
                raise rules.InvalidInput(
                    translate("AgreementService", "A retired agreement cannot be changed. Bring it back first.")
                )
            if new_text == agreement.text and new_status == agreement.status:
                return None
            change = AgreementChange(
                agreement_id=agreement_id,
                meeting_id=meeting_id,
                kind=rules.change_kind(agreement.status, new_status),
                text_before=agreement.text,
                text_after=new_text,
                status_before=agreement.status,
                status_after=new_status,
            )
            agreement.text, agreement.status = new_text, new_status
            session.add(change)
        return change

    def revert_change(self, change_id: int) -> None:
        """Undo one change exactly. Reverting a proposal removes the agreement."""
        with unit_of_work(self.engine) as session:
            self._revert(session, change_id)

    def _revert(self, session: Session, change_id: int) -> None:
        change = session.get_one(AgreementChange, change_id)
        agreement = session.get_one(Agreement, change.agreement_id)
        if change.kind == rules.ChangeKind.PROPOSED:
            session.delete(agreement)
            session.flush()
            self._close_gap(session, agreement.group_id)
            return
        agreement.text = change.text_before or agreement.text
        agreement.status = change.status_before or agreement.status
        session.delete(change)

    def revert_proposal(self, agreement_id: int) -> None:
        """Undo a proposal: the agreement goes, and the ones after it close up."""
        with unit_of_work(self.engine) as session:
            query = select(AgreementChange.id).where(
                AgreementChange.agreement_id == agreement_id, AgreementChange.kind == rules.ChangeKind.PROPOSED
            )
            self._revert(session, session.exec(query).one())

    def history(self, agreement_id: int) -> list[HistoryEntry]:
        with reading(self.engine) as session:
            query = (
                select(AgreementChange, Meeting.title)
                .join(Meeting, col(Meeting.id) == col(AgreementChange.meeting_id), isouter=True)
                .where(AgreementChange.agreement_id == agreement_id)
                .order_by(col(AgreementChange.id))
            )
            return [HistoryEntry(change, title) for change, title in session.exec(query)]

    def move(self, agreement_id: int, to_index: int) -> int:
        """Move an agreement to a new place in the list. Returns its old place.

        Reads only ids and places, and writes only the rows whose place changes: a move among
        sixty agreements costs about what a move among six does.
        """
        with unit_of_work(self.engine) as session:
            group_id = session.exec(select(Agreement.group_id).where(Agreement.id == agreement_id)).one()
            places = session.exec(
                select(Agreement.id, Agreement.position)
                .where(Agreement.group_id == group_id)
                .order_by(col(Agreement.position))
            ).all()
            order = [row_id for row_id, _ in places]
            old_index = order.index(agreement_id)
            new_order = rules.moved(order, agreement_id, to_index)
            was = dict(places)
            changed = [
                {"id": row_id, "position": index} for index, row_id in enumerate(new_order) if was[row_id] != index
            ]
            if changed:
                session.execute(update(Agreement), changed)  # one UPDATE per row, by primary key
        return old_index

    # Revisiting at a meeting
    def record_review(
        self, meeting_id: int, agreement_id: int, outcome: str, new_text: str | None = None
    ) -> ReviewReceipt:
        """Record what the group decided for one agreement at one meeting, replacing any earlier answer."""
        clean_text = rules.check_outcome(outcome, new_text)
        with unit_of_work(self.engine) as session:
            replaced = self._remove_review(session, meeting_id, agreement_id)
            self._add_review(session, meeting_id, agreement_id, outcome, clean_text)
        return ReviewReceipt(meeting_id, agreement_id, replaced)

    def undo_review(self, receipt: ReviewReceipt) -> None:
        with unit_of_work(self.engine) as session:
            self._remove_review(session, receipt.meeting_id, receipt.agreement_id)
            if receipt.replaced is not None:
                outcome, text = receipt.replaced
                self._add_review(session, receipt.meeting_id, receipt.agreement_id, outcome, text)

    def reviews(self, meeting_id: int) -> dict[int, AgreementReview]:
        with reading(self.engine) as session:
            query = select(AgreementReview).where(AgreementReview.meeting_id == meeting_id)
            return {review.agreement_id: review for review in session.exec(query)}

    def review(self, meeting_id: int, agreement_id: int) -> AgreementReview | None:
        with reading(self.engine) as session:
            query = select(AgreementReview).where(
                AgreementReview.meeting_id == meeting_id, AgreementReview.agreement_id == agreement_id
            )
            return session.exec(query).first()

    def mark_revisited(self, meeting_id: int, at: datetime | None = None) -> datetime | None:
        """Record that this meeting finished revisiting, now (or `at`, when a redo puts the same finish back).
        Returns the earlier finish, if any, for undo."""
        with unit_of_work(self.engine) as session:
            earlier = session.get(AgreementRevisit, meeting_id)
            before = earlier.finished_at if earlier else None
            session.merge(AgreementRevisit(meeting_id=meeting_id, finished_at=at or utc_now()))
        return before

    def unmark_revisited(self, meeting_id: int, before: datetime | None) -> None:
        """Undo mark_revisited: put back the earlier finish, or none."""
        with unit_of_work(self.engine) as session:
            revisit = session.get(AgreementRevisit, meeting_id)
            if before is not None:
                session.merge(AgreementRevisit(meeting_id=meeting_id, finished_at=before))
            elif revisit is not None:
                session.delete(revisit)

    def revisited_at(self, meeting_id: int) -> datetime | None:
        """When this meeting finished revisiting the agreements, or None."""
        with reading(self.engine) as session:
            revisit = session.get(AgreementRevisit, meeting_id)
            return revisit.finished_at if revisit else None

    # Helpers inside one session
    def _add_review(self, session: Session, meeting_id: int, agreement_id: int, outcome: str, text: str | None) -> None:
        agreement = session.get_one(Agreement, agreement_id)
        change = None
        if outcome in (rules.Outcome.CHANGED, rules.Outcome.RETIRED):
            changed = outcome == rules.Outcome.CHANGED
            change = AgreementChange(
                agreement_id=agreement_id,
                meeting_id=meeting_id,
                kind=rules.ChangeKind.EDITED if changed else rules.ChangeKind.RETIRED,
                text_before=agreement.text,
                text_after=text if changed else agreement.text,
                status_before=agreement.status,
                status_after=agreement.status if changed else rules.Status.RETIRED,
            )
            agreement.text, agreement.status = change.text_after, change.status_after
            session.add(change)
            session.flush()
        session.add(
            AgreementReview(
                meeting_id=meeting_id,
                agreement_id=agreement_id,
                outcome=outcome,
                new_text=text,
                change_id=change.id if change else None,
            )
        )
        session.flush()

    def _remove_review(self, session: Session, meeting_id: int, agreement_id: int) -> tuple[str, str | None] | None:
        query = select(AgreementReview).where(
            AgreementReview.meeting_id == meeting_id, AgreementReview.agreement_id == agreement_id
        )
        review = session.exec(query).first()
        if review is None:
            return None
        if review.change_id is not None:
            self._revert(session, review.change_id)
        session.delete(review)
        session.flush()
        return review.outcome, review.new_text

    def _ordered(self, session: Session, group_id: int) -> list[Agreement]:
        query = select(Agreement).where(Agreement.group_id == group_id).order_by(col(Agreement.position))
        return list(session.exec(query))

    def _make_room(self, session: Session, group_id: int, position: int) -> None:
        for agreement in self._ordered(session, group_id):
            if agreement.position >= position:
                agreement.position += 1
        session.flush()

    def _close_gap(self, session: Session, group_id: int) -> None:
        for index, agreement in enumerate(self._ordered(session, group_id)):
            agreement.position = index
