"""The web app: accounts, API tokens, sessions, the audit log and analysts' event reviews.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _user() -> sa.Column[int]:
    return sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Index("ix_users_name", "name", unique=True),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _user(),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("label", sa.String),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used", sa.DateTime(timezone=True)),
        sa.Index("ix_api_tokens_token_hash", "token_hash", unique=True),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _user(),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Index("ix_sessions_token_hash", "token_hash", unique=True),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("target_kind", sa.String(16), nullable=False),
        sa.Column("target", sa.String, nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.Index("ix_audit_log_target", "target_kind", "target"),
    )
    op.create_table(
        "event_reviews",
        sa.Column("content_hash", sa.String(64), primary_key=True),
        sa.Column("local_id", sa.String, primary_key=True),
        sa.Column("status", sa.String(16)),
        sa.Column("edits", sa.JSON, nullable=False),
        sa.Column("user", sa.String, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("review_status", sa.String(16)))
        batch.create_index("ix_events_type_date_review", ["type", "date", "review_status"])
        batch.create_index("ix_events_review_status", ["review_status"])
        batch.create_index("ix_events_total", ["total"])
    op.create_index("ix_targets_nationality_event", "targets", ["nationality", "event_id"])


def downgrade() -> None:
    op.drop_index("ix_targets_nationality_event", "targets")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_total")
        batch.drop_index("ix_events_review_status")
        batch.drop_index("ix_events_type_date_review")
        batch.drop_column("review_status")
    op.drop_table("event_reviews")
    op.drop_table("audit_log")
    op.drop_table("sessions")
    op.drop_table("api_tokens")
    op.drop_table("users")
