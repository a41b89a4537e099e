"""The first schema: groups, members, meetings, attendance and agreements.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPLICATION_ID = 0x436F7072  # copied, not imported: a migration must never change


def upgrade() -> None:
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )
    op.create_table(
        "working_group",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("group_id", sa.Integer(), sa.ForeignKey("working_group.id", ondelete="CASCADE"), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("perspective", sa.String(), nullable=False),
        sa.Column("access_needs", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_member_group_id", "member", ["group_id"])
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("group_id", sa.Integer(), sa.ForeignKey("working_group.id", ondelete="CASCADE"), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("venue", sa.String(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("agreements_revisited_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_meeting_group_id", "meeting", ["group_id"])
    op.create_table(
        "attendance",
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("group_id", sa.Integer(), sa.ForeignKey("working_group.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("proposed_by_id", sa.Integer(), sa.ForeignKey("member.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_agreement_group_id", "agreement", ["group_id"])
    op.create_table(
        "agreement_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("agreement_id", sa.Integer(), sa.ForeignKey("agreement.id", ondelete="CASCADE"), nullable=False),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text_before", sa.String(), nullable=True),
        sa.Column("text_after", sa.String(), nullable=False),
        sa.Column("status_before", sa.String(), nullable=True),
        sa.Column("status_after", sa.String(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_agreement_change_agreement_id", "agreement_change", ["agreement_id"])
    op.create_table(
        "agreement_review",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("agreement_id", sa.Integer(), sa.ForeignKey("agreement.id", ondelete="CASCADE"), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("new_text", sa.String(), nullable=True),
        sa.Column(
            "change_id", sa.Integer(), sa.ForeignKey("agreement_change.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("meeting_id", "agreement_id"),
    )
    op.create_index("ix_agreement_review_meeting_id", "agreement_review", ["meeting_id"])
