"""The channels' network (issue 17): every Telegram and VK post read, and what it points at.

Ingest records a post here even when its text is already stored (an exact forward is not a new
document, yet it is an edge and a step in a story's spread). What the records mean (nodes, edges,
stories) is worked out by `watchfloor.channels`; this module only writes rows and sums them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from watchfloor.store._base import StoreBase
from watchfloor.store.schema import channel_links, channel_posts, claims, documents, events

CHANNEL_PLATFORM_KEYS = ("telegram:", "vk:")  # the source keys of channel posts
LINK_KINDS = ("forward", "repost", "reply", "link", "mention")


@dataclass(frozen=True, slots=True)
class ChannelLink:
    """A post's pointer at another node: `kind` is one of LINK_KINDS."""

    kind: str
    target: str
    target_name: str | None = None
    target_post: str | None = None


@dataclass(frozen=True, slots=True)
class ChannelPost:
    source_key: str
    platform: str
    channel: str
    channel_name: str | None
    channel_kind: str
    post_id: str
    posted_at: datetime | None
    content_hash: str | None
    links: tuple[ChannelLink, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class ChannelPostCount:
    """One channel under one name and kind: its posts and their first and last moment."""

    channel: str
    platform: str
    name: str | None
    kind: str
    posts: int
    first: datetime | None
    last: datetime | None


@dataclass(frozen=True, slots=True)
class LinkCount:
    source: str
    kind: str
    target: str
    target_name: str | None
    count: int
    first: datetime | None
    last: datetime | None


@dataclass(frozen=True, slots=True)
class PostText:
    """A channel post with the text of the document that holds it, for near-duplicate search."""

    id: int
    source_key: str
    channel: str
    channel_name: str | None
    posted_at: datetime | None
    content_hash: str
    document_id: int
    text: str


class ChannelsMixin(StoreBase):
    def has_channel_post(self, source_key: str) -> bool:
        with self._read() as conn:
            query = sa.select(channel_posts.c.id).where(channel_posts.c.source_key == source_key)
            return conn.execute(query).first() is not None

    def add_channel_posts(self, posts: Iterable[ChannelPost]) -> int:
        """Record posts not yet recorded (by source key) in one transaction; the first record of a
        post is kept, as for documents. Returns how many were new."""
        posts = list(posts)
        if not posts:
            return 0
        added = 0
        with self._write(posts[0].source_key) as conn:
            keys = [post.source_key for post in posts]
            known = set(conn.execute(sa.select(channel_posts.c.source_key).where(channel_posts.c.source_key.in_(keys)))
                        .scalars())  # fmt: skip
            for post in posts:
                if post.source_key in known:
                    continue
                known.add(post.source_key)
                result = conn.execute(channel_posts.insert().values(
                    source_key=post.source_key, platform=post.platform, channel=post.channel,
                    channel_name=post.channel_name, channel_kind=post.channel_kind, post_id=post.post_id,
                    posted_at=post.posted_at, content_hash=post.content_hash,
                ))  # fmt: skip
                key = result.inserted_primary_key
                assert key is not None
                if post.links:
                    conn.execute(channel_links.insert(), [
                        {"post_id": int(key[0]), "kind": link.kind, "target": link.target,
                         "target_name": link.target_name, "target_post": link.target_post}
                        for link in post.links
                    ])  # fmt: skip
                added += 1
        return added

    def unrecorded_channel_documents(self) -> list[int]:
        """Ids of stored Telegram and VK documents with no channel post recorded: those stored
        before migration 0006."""
        recorded = sa.select(channel_posts.c.id).where(channel_posts.c.source_key == documents.c.source_key)
        is_channel = sa.or_(*(documents.c.source_key.startswith(prefix) for prefix in CHANNEL_PLATFORM_KEYS))
        query = sa.select(documents.c.id).where(is_channel, ~recorded.exists()).order_by(documents.c.id)
        with self._read() as conn:
            return list(conn.execute(query).scalars())

    def channel_post_counts(self) -> list[ChannelPostCount]:
        c = channel_posts.c
        query = (
            sa.select(c.channel, c.platform, c.channel_name, c.channel_kind, sa.func.count(),
                      sa.func.min(c.posted_at), sa.func.max(c.posted_at))
            .group_by(c.channel, c.platform, c.channel_name, c.channel_kind)
            .order_by(c.channel)
        )  # fmt: skip
        with self._read() as conn:
            return [
                ChannelPostCount(row[0], row[1], row[2], row[3], row[4], _aware(row[5]), _aware(row[6]))
                for row in conn.execute(query)
            ]

    def channel_link_counts(self) -> list[LinkCount]:
        """Posts per (channel, kind, target), with the first and last such post's moment."""
        p, link = channel_posts.c, channel_links.c
        query = (
            sa.select(p.channel, link.kind, link.target, sa.func.max(link.target_name), sa.func.count(),
                      sa.func.min(p.posted_at), sa.func.max(p.posted_at))
            .select_from(channel_links.join(channel_posts, channel_posts.c.id == link.post_id))
            .group_by(p.channel, link.kind, link.target)
            .order_by(p.channel, link.kind, link.target)
        )  # fmt: skip
        with self._read() as conn:
            return [
                LinkCount(row[0], row[1], row[2], row[3], row[4], _aware(row[5]), _aware(row[6]))
                for row in conn.execute(query)
            ]

    def channel_extraction_counts(self) -> dict[str, tuple[int, int]]:
        """Channel → (event mentions, claims) in the documents its posts carry; a forward carries
        the events of the text it forwards."""
        p = channel_posts.c
        carried = channel_posts.join(documents, documents.c.content_hash == p.content_hash)
        counts: dict[str, list[int]] = {}
        with self._read() as conn:
            for slot, table in enumerate((events, claims)):
                query = (
                    sa.select(p.channel, sa.func.count())
                    .select_from(carried.join(table, table.c.document_id == documents.c.id))
                    .group_by(p.channel)
                )
                for channel, n in conn.execute(query):
                    counts.setdefault(channel, [0, 0])[slot] = n
        return {channel: (n[0], n[1]) for channel, n in counts.items()}

    def channel_post_texts(self, *, batch: int = 5_000) -> Iterator[PostText]:
        """Every recorded post whose text is stored, oldest first (then by id)."""
        p = channel_posts.c
        query = (
            sa.select(p.id, p.source_key, p.channel, p.channel_name, p.posted_at, p.content_hash,
                      documents.c.id, documents.c.text)
            .select_from(channel_posts.join(documents, documents.c.content_hash == p.content_hash))
            .order_by(p.posted_at, p.id)
        )  # fmt: skip
        with self._read() as conn:
            for rows in conn.execution_options(yield_per=batch).execute(query).partitions():
                for row in rows:
                    yield PostText(row[0], row[1], row[2], row[3], _aware(row[4]), row[5], row[6], row[7])

    def channel_claims(self, *, topic: str | None = None, stance: str | None = None) -> list[dict[str, Any]]:
        """Claims in the documents channel posts carry, one row per (post, claim), oldest first."""
        p = channel_posts.c
        query = (
            sa.select(p.id, p.channel, p.channel_name, p.posted_at, p.source_key, claims.c.id, claims.c.topic,
                      claims.c.stance, claims.c.evidence_text)
            .select_from(channel_posts.join(documents, documents.c.content_hash == p.content_hash)
                         .join(claims, claims.c.document_id == documents.c.id))
            .order_by(p.posted_at, p.id, claims.c.id)
        )  # fmt: skip
        if topic is not None:
            query = query.where(claims.c.topic == topic)
        if stance is not None:
            query = query.where(claims.c.stance == stance)
        with self._read() as conn:
            return [
                {"post": row[0], "channel": row[1], "channel_name": row[2], "posted_at": _aware(row[3]),
                 "source_key": row[4], "claim": row[5], "topic": row[6], "stance": row[7], "evidence": row[8]}
                for row in conn.execute(query)
            ]  # fmt: skip


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; only UTC is ever written.
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment
