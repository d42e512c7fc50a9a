"""Initial schema: documents, events, targets, aggregates, claims, failures.

Revision ID: 0001
Revises:
Create Date: 2026-05-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _parent(table: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{table}.id", ondelete="CASCADE")


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def _evidence() -> list[sa.Column[int] | sa.Column[str]]:
    return [
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("evidence_text", sa.Text, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "documents",
        _id(),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("doc_id", sa.String, nullable=False),
        sa.Column("source", sa.String),
        sa.Column("language", sa.String(16)),
        sa.Column("published", sa.Date),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.String),
        sa.Column("url", sa.Text),
        sa.Column("origin", sa.Text),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"], unique=True)

    op.create_table(
        "events",
        _id(),
        sa.Column("document_id", sa.Integer, _parent("documents"), nullable=False),
        sa.Column("local_id", sa.String, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("date_precision", sa.String(16), nullable=False),
        sa.Column("reported", sa.Date),
        sa.Column("country", sa.String(3)),
        sa.Column("admin1", sa.String),
        sa.Column("place", sa.String),
        sa.Column("location_text", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("agent_text", sa.Text),
        sa.Column("agent_country", sa.String(3)),
        sa.Column("agent_sector", sa.String(16)),
        sa.Column("agent_name", sa.String),
        sa.Column("total", sa.Integer),
        sa.Column("total_min", sa.Integer),
        sa.Column("killed", sa.Integer),
        sa.Column("wounded", sa.Integer),
        sa.Column("weapon", sa.String),
        sa.Column("destination", sa.String(3)),
        sa.Column("affiliation", sa.String),
        sa.Column("attribution", sa.Text),
        sa.Column("modality", sa.String(16), nullable=False),
        *_evidence(),
        sa.Column("cluster_id", sa.String),
        sa.Column("data", sa.JSON, nullable=False),
    )
    for column in ("document_id", "type", "date", "country"):
        op.create_index(f"ix_events_{column}", "events", [column])

    op.create_table(
        "targets",
        _id(),
        sa.Column("event_id", sa.Integer, _parent("events"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("count", sa.Integer),
        sa.Column("nationality", sa.String(3)),
        sa.Column("ethnicity", sa.String),
        sa.Column("region", sa.String),
        sa.Column("text", sa.Text),
        sa.Column("approx_count", sa.Integer),
        sa.Column("kind", sa.String(16)),
    )
    op.create_index("ix_targets_event_id", "targets", ["event_id"])
    op.create_index("ix_targets_nationality", "targets", ["nationality"])

    op.create_table(
        "aggregates",
        _id(),
        sa.Column("document_id", sa.Integer, _parent("documents"), nullable=False),
        sa.Column("local_id", sa.String, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("total", sa.Integer),
        sa.Column("nationality", sa.String(3)),
        *_evidence(),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_aggregates_document_id", "aggregates", ["document_id"])

    op.create_table(
        "aggregate_covers",
        sa.Column("aggregate_id", sa.Integer, _parent("aggregates"), primary_key=True),
        sa.Column("event_id", sa.Integer, _parent("events"), primary_key=True),
    )
    op.create_index("ix_aggregate_covers_event_id", "aggregate_covers", ["event_id"])

    op.create_table(
        "claims",
        _id(),
        sa.Column("document_id", sa.Integer, _parent("documents"), nullable=False),
        sa.Column("local_id", sa.String, nullable=False),
        sa.Column("speaker_text", sa.Text, nullable=False),
        sa.Column("speaker_kind", sa.String(32), nullable=False),
        sa.Column("platform", sa.String),
        sa.Column("date", sa.Date),
        sa.Column("date_precision", sa.String(16), nullable=False),
        sa.Column("topic", sa.String, nullable=False),
        sa.Column("stance", sa.String(16), nullable=False),
        sa.Column("summary", sa.Text),
        *_evidence(),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_claims_document_id", "claims", ["document_id"])

    op.create_table(
        "failures",
        _id(),
        sa.Column("input", sa.Text, nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_failures_input", "failures", ["input"], unique=True)


def downgrade() -> None:
    for table in ("failures", "claims", "aggregate_covers", "aggregates", "targets", "events", "documents"):
        op.drop_table(table)
