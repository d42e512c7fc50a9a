"""What each event is about (terrorism, armed_conflict, crime, migration, other): a column to filter on.

Events stored before this revision have none (NULL) until their documents are extracted again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("about", sa.String(16)))
        batch.create_index("ix_events_about", ["about"])
    with op.batch_alter_table("clusters") as batch:
        batch.add_column(sa.Column("about", sa.String(16)))
        batch.create_index("ix_clusters_about", ["about"])


def downgrade() -> None:
    with op.batch_alter_table("clusters") as batch:
        batch.drop_index("ix_clusters_about")
        batch.drop_column("about")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_about")
        batch.drop_column("about")
