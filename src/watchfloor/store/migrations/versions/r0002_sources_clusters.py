"""Source keys and fetch state (sources), canonical event clusters and analyst decisions (merging).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # (channel, post id) or a URL: a second identity beside the content hash, so an edited post
    # or a re-fetched page is recognised as the same document.
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("source_key", sa.String))
        batch.create_index("ix_documents_source_key", ["source_key"], unique=True)
    with op.batch_alter_table("events") as batch:
        batch.create_index("ix_events_cluster_id", ["cluster_id"])
    op.create_table(
        "fetch_state",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_status", sa.Integer),
        sa.Column("last_error", sa.Text),
        sa.Column("last_fetched", sa.DateTime(timezone=True)),
        sa.Column("next_due", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "clusters",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("type", sa.String(32), nullable=False, index=True),
        sa.Column("country", sa.String(3), index=True),
        sa.Column("date", sa.Date, index=True),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("n_disagreements", sa.Integer, nullable=False),
        sa.Column("canonical", sa.JSON, nullable=False),
        sa.Column("disagreements", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "cluster_decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("mentions", sa.JSON, nullable=False),
        sa.Column("others", sa.JSON, nullable=False),
        sa.Column("user", sa.String, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("cluster_decisions")
    op.drop_table("clusters")
    op.drop_table("fetch_state")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_cluster_id")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_source_key")
        batch.drop_column("source_key")
