"""When a meeting finished revisiting its agreements moves from the meeting to the agreements' own table.

Each feature keeps its own columns, so a meeting knows nothing about agreements.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreement_revisit",
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("finished_at", sa.DateTime(), nullable=False),
    )
    op.execute(
        "INSERT INTO agreement_revisit (meeting_id, finished_at) "
        "SELECT id, agreements_revisited_at FROM meeting WHERE agreements_revisited_at IS NOT NULL"
    )
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("agreements_revisited_at")
    op.execute("PRAGMA user_version = 4")
