"""Turn-taking: the hands raised at a meeting, the turns taken, the facilitator's moves, and the group's choices.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _meeting_id() -> sa.Column:
    return sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False)


def _member_id() -> sa.Column:
    return sa.Column("member_id", sa.Integer(), sa.ForeignKey("member.id", ondelete="SET NULL"), nullable=True)


def upgrade() -> None:
    op.create_table(
        "queue_hand",
        sa.Column("id", sa.Integer(), primary_key=True),
        _meeting_id(),
        _member_id(),
        sa.Column("guest_name", sa.String(), nullable=True),
        sa.Column("perspective", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("raised_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_queue_hand_meeting_state", "queue_hand", ["meeting_id", "state"])
    op.create_table(
        "queue_turn",
        sa.Column("id", sa.Integer(), primary_key=True),
        _meeting_id(),
        sa.Column("hand_id", sa.Integer(), sa.ForeignKey("queue_hand.id", ondelete="SET NULL"), nullable=True),
        _member_id(),
        sa.Column("guest_name", sa.String(), nullable=True),
        sa.Column("someone", sa.Integer(), nullable=True),
        sa.Column("perspective", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("round_number", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("counted_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_queue_turn_meeting_state", "queue_turn", ["meeting_id", "state"])
    op.create_table(
        "queue_move",
        sa.Column("id", sa.Integer(), primary_key=True),
        _meeting_id(),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("anchor", sa.String(), nullable=False),
        sa.Column("after", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_queue_move_meeting_id", "queue_move", ["meeting_id"])
    op.create_table(
        "queue_meeting",
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("ordering", sa.String(), nullable=False),
        sa.Column("round_number", sa.Integer(), nullable=False),
    )
    op.create_table(
        "queue_group_setting",
        sa.Column(
            "group_id", sa.Integer(), sa.ForeignKey("working_group.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("names_shown", sa.String(), nullable=False),
        sa.Column("time_limit_seconds", sa.Integer(), nullable=False),
        sa.Column("timer_on_projector", sa.Boolean(), nullable=False),
        sa.Column("sound_at_limit", sa.Boolean(), nullable=False),
    )
    op.execute("PRAGMA user_version = 5")
