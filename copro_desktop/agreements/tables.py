"""Agreements belong to a group, keep every change, and are revisited at meetings."""

from datetime import datetime

from sqlmodel import Field, SQLModel, UniqueConstraint

from copro_desktop.agreements.rules import Status
from copro_desktop.clock import utc_now


class Agreement(SQLModel, table=True):
    __tablename__ = "agreement"

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="working_group.id", ondelete="CASCADE", index=True)
    text: str
    status: str = Status.PROPOSED
    position: int = 0
    proposed_by_id: int | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utc_now)


class AgreementChange(SQLModel, table=True):
    """One row per change. The before-values make any change exactly undoable."""

    __tablename__ = "agreement_change"

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE", index=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    kind: str
    text_before: str | None = None
    text_after: str
    status_before: str | None = None
    status_after: str
    changed_at: datetime = Field(default_factory=utc_now)


class AgreementReview(SQLModel, table=True):
    """How the group revisited one agreement at one meeting."""

    __tablename__ = "agreement_review"
    __table_args__ = (UniqueConstraint("meeting_id", "agreement_id"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE")
    outcome: str
    new_text: str | None = None
    change_id: int | None = Field(default=None, foreign_key="agreement_change.id", ondelete="SET NULL")
    reviewed_at: datetime = Field(default_factory=utc_now)


class AgreementRevisit(SQLModel, table=True):
    """That a meeting finished revisiting the agreements, and when."""

    __tablename__ = "agreement_revisit"

    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", primary_key=True)
    finished_at: datetime = Field(default_factory=utc_now)
