"""Alerts on saved searches: the alerts, the hits they found, and each hit's deliveries.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("filters", sa.JSON, nullable=False),
        sa.Column("deliver", sa.JSON, nullable=False),
        sa.Column("allow_private", sa.Boolean, nullable=False),
        sa.Column("event_position", sa.Integer, nullable=False),
        sa.Column("claim_position", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("evaluated_at", sa.DateTime(timezone=True)),
        sa.Index("ix_alerts_name", "name", unique=True),
    )
    op.create_table(
        "alert_hits",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("alert_id", sa.Integer, sa.ForeignKey("alerts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key", sa.String, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True)),
        sa.Index("ix_alert_hits_alert_key", "alert_id", "kind", "key", unique=True),
        sa.Index("ix_alert_hits_uid", "uid", unique=True),
        sa.Index("ix_alert_hits_read_at", "read_at"),
    )
    op.create_table(
        "alert_deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("hit_id", sa.Integer, sa.ForeignKey("alert_hits.id", ondelete="CASCADE"), nullable=False),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("lease_until", sa.DateTime(timezone=True)),
        sa.Column("delivered_at", sa.DateTime(timezone=True)),
        sa.Index("ix_alert_deliveries_hit_id", "hit_id"),
        sa.Index("ix_alert_deliveries_delivered_at", "delivered_at"),
    )


def downgrade() -> None:
    op.drop_table("alert_deliveries")
    op.drop_table("alert_hits")
    op.drop_table("alerts")
