"""Turn-taking belongs to a meeting: the hands raised, the turns taken, the facilitator's moves.

A person in the queue is a member of the group, a guest by name, or "someone" who prefers not to
be named. Each hand and turn keeps the perspective it was raised with, so the talk-time picture of
an old meeting stays as it was, whatever changes later.
"""

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from copro_desktop.clock import utc_now
from copro_desktop.queue.rules import Ordering


class QueueHand(SQLModel, table=True):
    """A raised hand: waiting, called (it became a turn) or withdrawn."""

    __tablename__ = "queue_hand"
    # A long meeting has hundreds of hands already called: the few still up are found by their state.
    __table_args__ = (Index("ix_queue_hand_meeting_state", "meeting_id", "state"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE")
    member_id: int | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    guest_name: str | None = None  # a guest's name; None with no member is "someone"
    perspective: str = "prefer_not_to_say"
    kind: str
    state: str = "waiting"
    raised_at: datetime = Field(default_factory=utc_now)


class QueueTurn(SQLModel, table=True):
    """One turn: who spoke, how long, and whether it was a pass in a go-round.

    `seconds` is the time spoken up to `counted_at`; while the turn runs, the time since then is
    added on. The running turn's seconds are written every few seconds, so a crash loses only those.
    """

    __tablename__ = "queue_turn"
    # The one turn still open is found by its state, among a long meeting's hundreds.
    __table_args__ = (Index("ix_queue_turn_meeting_state", "meeting_id", "state"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE")
    hand_id: int | None = Field(default=None, foreign_key="queue_hand.id", ondelete="SET NULL")
    member_id: int | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    guest_name: str | None = None
    someone: int | None = None  # "someone"'s hand, so two people who prefer not to be named stay two
    perspective: str = "prefer_not_to_say"
    kind: str  # a hand's kind, or "go_round"
    round_number: int | None = None  # the go-round it belonged to
    state: str = "speaking"
    started_at: datetime = Field(default_factory=utc_now)
    seconds: float = 0.0
    counted_at: datetime | None = None  # while speaking: when `seconds` was last brought up to date


class QueueMove(SQLModel, table=True):
    """The facilitator moved a place in the queue just before or after another. Kept in order, so they replay."""

    __tablename__ = "queue_move"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", index=True)
    subject: str  # the moved place's key ("hand:12", "round:member:3")
    anchor: str  # the place it was put beside
    after: bool = False


class QueueMeeting(SQLModel, table=True):
    """How this meeting's queue is ordered, and which go-round it is on."""

    __tablename__ = "queue_meeting"

    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", primary_key=True)
    ordering: str = Ordering.IN_ORDER
    round_number: int = 0  # the go-round in progress, counted from 1; 0 before the first


class QueueGroupSetting(SQLModel, table=True):
    """The group's own choices for its turn-taking: how the room sees names, and the soft time limit."""

    __tablename__ = "queue_group_setting"

    group_id: int = Field(foreign_key="working_group.id", ondelete="CASCADE", primary_key=True)
    names_shown: str = "names"  # "names", "initials" or "numbers" on the projector
    time_limit_seconds: int = 0  # a soft limit for each turn; 0 for none
    timer_on_projector: bool = False
    sound_at_limit: bool = False
