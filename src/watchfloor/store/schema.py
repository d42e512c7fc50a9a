"""The tables, in SQLAlchemy Core. Portable types only, so PostgreSQL can follow SQLite.

The schema is created by the Alembic migrations, never by `metadata.create_all`; a test checks
that the migrated database and this module agree.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

# Explicit constraint names keep migrations reproducible across backends.
metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _parent(table: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{table}.id", ondelete="CASCADE")


def _evidence() -> list[sa.Column[Any]]:
    return [
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("evidence_text", sa.Text, nullable=False),
    ]


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
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
    sa.Column("source_key", sa.String),
    sa.Index("ix_documents_content_hash", "content_hash", unique=True),
    sa.Index("ix_documents_source_key", "source_key", unique=True),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, _parent("documents"), nullable=False, index=True),
    sa.Column("local_id", sa.String, nullable=False),
    sa.Column("type", sa.String(32), nullable=False, index=True),
    sa.Column("date", sa.Date, index=True),
    sa.Column("date_precision", sa.String(16), nullable=False),
    sa.Column("reported", sa.Date),
    sa.Column("country", sa.String(3), index=True),
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
    sa.Column("about", sa.String(16)),  # model.ABOUTS; NULL for events stored before migration 0004
    sa.Column("data", sa.JSON, nullable=False),
    # An analyst's verdict (confirmed / rejected), copied from event_reviews so lists can filter on it.
    sa.Column("review_status", sa.String(16)),
    sa.Index("ix_events_cluster_id", "cluster_id"),
    sa.Index("ix_events_type_date_review", "type", "date", "review_status"),  # covers the timeline
    sa.Index("ix_events_review_status", "review_status"),
    sa.Index("ix_events_total", "total"),
    sa.Index("ix_events_about", "about"),
)

targets = sa.Table(
    "targets",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, _parent("events"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("count", sa.Integer),
    sa.Column("nationality", sa.String(3), index=True),
    sa.Column("ethnicity", sa.String),
    sa.Column("region", sa.String),
    sa.Column("text", sa.Text),
    sa.Column("approx_count", sa.Integer),
    sa.Column("kind", sa.String(16)),
    sa.Index("ix_targets_nationality_event", "nationality", "event_id"),  # nationality filters, index only
)

aggregates = sa.Table(
    "aggregates",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, _parent("documents"), nullable=False, index=True),
    sa.Column("local_id", sa.String, nullable=False),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("total", sa.Integer),
    sa.Column("nationality", sa.String(3)),
    *_evidence(),
    sa.Column("data", sa.JSON, nullable=False),
)

aggregate_covers = sa.Table(
    "aggregate_covers",
    metadata,
    sa.Column("aggregate_id", sa.Integer, _parent("aggregates"), primary_key=True),
    sa.Column("event_id", sa.Integer, _parent("events"), primary_key=True, index=True),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, _parent("documents"), nullable=False, index=True),
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

failures = sa.Table(
    "failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("input", sa.Text, nullable=False),
    sa.Column("stage", sa.String(32), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_failures_input", "input", unique=True),
)

# Conditional-request state of every fetched URL, so a restarted watcher resumes (issue 7).
fetch_state = sa.Table(
    "fetch_state",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_status", sa.Integer),
    sa.Column("last_error", sa.Text),
    sa.Column("last_fetched", sa.DateTime(timezone=True)),
    sa.Column("next_due", sa.DateTime(timezone=True)),
)

# Canonical events: one row per cluster of event mentions (events.cluster_id points here).
clusters = sa.Table(
    "clusters",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("type", sa.String(32), nullable=False, index=True),
    sa.Column("country", sa.String(3), index=True),
    sa.Column("date", sa.Date, index=True),
    sa.Column("n_mentions", sa.Integer, nullable=False),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("n_disagreements", sa.Integer, nullable=False),
    sa.Column("about", sa.String(16), index=True),  # the canonical event's subject (migration 0004)
    sa.Column("canonical", sa.JSON, nullable=False),
    sa.Column("disagreements", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

# Analysts' merges and splits, by mention key (content hash + local event id), so they survive
# re-extraction; `others` holds the mentions a split keeps apart.
cluster_decisions = sa.Table(
    "cluster_decisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("mentions", sa.JSON, nullable=False),
    sa.Column("others", sa.JSON, nullable=False),
    sa.Column("user", sa.String, nullable=False),
    sa.Column("reason", sa.Text),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)


# -- the web app (migration 0003) -----------------------------------------------------------------


def _user() -> sa.Column[int]:
    return sa.Column("user_id", sa.Integer, _parent("users"), nullable=False)


users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String, nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_users_name", "name", unique=True),
)

# Bearer tokens and browser sessions are stored only as SHA-256 hashes of the secret.
api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _user(),
    sa.Column("token_hash", sa.String(64), nullable=False),
    sa.Column("label", sa.String),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_used", sa.DateTime(timezone=True)),
    sa.Index("ix_api_tokens_token_hash", "token_hash", unique=True),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _user(),
    sa.Column("token_hash", sa.String(64), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_sessions_token_hash", "token_hash", unique=True),
)

# Every analyst action (review, merge, split, account change), with who and when.
audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("user", sa.String, nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("target_kind", sa.String(16), nullable=False),
    sa.Column("target", sa.String, nullable=False),
    sa.Column("detail", sa.JSON, nullable=False),
    sa.Index("ix_audit_log_target", "target_kind", "target"),
)

# The current review of an event mention, keyed by (document content hash, local event id) so it
# survives re-extraction; `edits` maps field names to the analyst's values.
event_reviews = sa.Table(
    "event_reviews",
    metadata,
    sa.Column("content_hash", sa.String(64), primary_key=True),
    sa.Column("local_id", sa.String, primary_key=True),
    sa.Column("status", sa.String(16)),
    sa.Column("edits", sa.JSON, nullable=False),
    sa.Column("user", sa.String, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)


# -- alerts on saved searches (migration 0005) ----------------------------------------------------

# A saved search: `filters` are those of `watchfloor events` (kind "events") or of claims (kind
# "claims"); `deliver` lists channels ("terminal", "jsonl:PATH", "webhook:URL"). The positions are
# the highest event / claim row id already evaluated: what is above is new.
alerts = sa.Table(
    "alerts",
    metadata,
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

# One canonical event or claim an alert found, once: `key` is the cluster id, or for a claim its
# document's content hash and evidence span (stable when the document is extracted again).
# `record` is what was delivered; `uid` is the idempotency key receivers see.
alert_hits = sa.Table(
    "alert_hits",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("alert_id", sa.Integer, _parent("alerts"), nullable=False),
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

# One hit to one channel. Written with the hit, marked once delivered; `lease_until` keeps two
# processes from delivering the same one at once.
alert_deliveries = sa.Table(
    "alert_deliveries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("hit_id", sa.Integer, _parent("alert_hits"), nullable=False, index=True),
    sa.Column("channel", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("last_error", sa.Text),
    sa.Column("lease_until", sa.DateTime(timezone=True)),
    sa.Column("delivered_at", sa.DateTime(timezone=True)),
    sa.Index("ix_alert_deliveries_delivered_at", "delivered_at"),
)


# -- the channels' network (issue 17, migration 0006) ---------------------------------------------

# Every Telegram or VK post read, one row per (channel, post), kept even when its text is already
# stored under another channel (an exact forward is not a new document, but it is an edge and a
# step in a story's spread). `content_hash` finds the document holding its text.
channel_posts = sa.Table(
    "channel_posts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source_key", sa.String, nullable=False),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("channel", sa.String, nullable=False),  # node key: "telegram:<id>", "vk:<owner id>"
    sa.Column("channel_name", sa.String),
    sa.Column("channel_kind", sa.String(16), nullable=False),  # channel / group / account / unknown
    sa.Column("post_id", sa.String, nullable=False),
    sa.Column("posted_at", sa.DateTime(timezone=True)),  # UTC; midnight of `published` when no time is known
    sa.Column("content_hash", sa.String(64)),
    sa.Index("ix_channel_posts_source_key", "source_key", unique=True),
    sa.Index("ix_channel_posts_channel", "channel"),
    sa.Index("ix_channel_posts_content_hash", "content_hash"),
)

# What a post points at: another channel it forwards, reposts, replies to, links to or mentions.
channel_links = sa.Table(
    "channel_links",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("post_id", sa.Integer, _parent("channel_posts"), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # forward / repost / reply / link / mention
    sa.Column("target", sa.String, nullable=False),  # node key
    sa.Column("target_name", sa.String),
    sa.Column("target_post", sa.String),
    sa.Index("ix_channel_links_post_id", "post_id"),
    sa.Index("ix_channel_links_target", "target"),
)
