"""Write the schema's number into the file header, where even a quick look finds it.

From here on every migration sets PRAGMA user_version to its own number, so a
copy of the app that knows fewer migrations refuses the file before touching it.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("PRAGMA user_version = 2")
