"""The channels' network: every Telegram and VK post read (even one whose text another channel's
post already brought), and what it forwards, reposts, replies to, links to or mentions.

Posts stored before this revision are added from their documents by `watchfloor channels`.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "channel_posts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source_key", sa.String, nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("channel", sa.String, nullable=False),
        sa.Column("channel_name", sa.String),
        sa.Column("channel_kind", sa.String(16), nullable=False),
        sa.Column("post_id", sa.String, nullable=False),
        sa.Column("posted_at", sa.DateTime(timezone=True)),
        sa.Column("content_hash", sa.String(64)),
    )
    op.create_index("ix_channel_posts_source_key", "channel_posts", ["source_key"], unique=True)
    op.create_index("ix_channel_posts_channel", "channel_posts", ["channel"])
    op.create_index("ix_channel_posts_content_hash", "channel_posts", ["content_hash"])
    op.create_table(
        "channel_links",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("post_id", sa.Integer, sa.ForeignKey("channel_posts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("target", sa.String, nullable=False),
        sa.Column("target_name", sa.String),
        sa.Column("target_post", sa.String),
    )
    op.create_index("ix_channel_links_post_id", "channel_links", ["post_id"])
    op.create_index("ix_channel_links_target", "channel_links", ["target"])


def downgrade() -> None:
    op.drop_table("channel_links")
    op.drop_table("channel_posts")
