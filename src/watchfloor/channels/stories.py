"""Stories: near-copies of one post spread across channels, found by MinHash LSH over word
shingles (datasketch), with their first poster and their spread in time; and a claim's spread,
the channels that carried it in the order they did.

Two posts are near-copies when the Jaccard similarity of their sets of word 3-grams (case folded,
links and @names left out) is at least `threshold` (0.5 by default: a post with a sentence added
or a subscription footer still matches; two posts on one topic in other words do not). LSH finds
the candidate pairs; each is confirmed on the exact sets, so LSH's false positives never join a
story. Stories are the connected groups of confirmed pairs. Posts of fewer than MIN_WORDS words
take no part: too short to tell a copy from a coincidence.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import numpy as np

from watchfloor.errors import ConfigError

if TYPE_CHECKING:
    from watchfloor.store.channels import ChannelsMixin, PostText

SHINGLE = 3  # words per shingle
MIN_WORDS = 8
THRESHOLD = 0.5
NUM_PERM = 64  # MinHash permutations: only candidates come from them, pairs are confirmed exactly
LSH_WEIGHTS = (0.1, 0.9)  # false positives against false negatives, as datasketch weighs them
_DROPPED = re.compile(r"(?:https?://|www\.|t\.me/|vk\.com/)\S*|@\w+", re.IGNORECASE)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Post:
    """What near-duplicate search needs of a post: who, when, what."""

    key: str  # the post's identity ("telegram:<chat>:<message>")
    channel: str
    channel_name: str | None
    posted_at: datetime | None
    text: str
    content_hash: str | None = None


@dataclass(slots=True)
class Story:
    id: str
    posts: list[Post]  # oldest first
    claims: list[dict[str, Any]] = field(default_factory=list)

    @property
    def first(self) -> Post:
        return self.posts[0]

    @property
    def channels(self) -> list[dict[str, Any]]:
        """The channels that carried it, in the order they first did."""
        order: dict[str, dict[str, Any]] = {}
        for post in self.posts:
            entry = order.setdefault(post.channel, {"channel": post.channel, "name": post.channel_name or post.channel,
                                                    "first": _iso(post.posted_at), "posts": 0})  # fmt: skip
            entry["posts"] += 1
        return list(order.values())

    @property
    def spread_hours(self) -> float | None:
        times = [p.posted_at for p in self.posts if p.posted_at is not None]
        return round((max(times) - min(times)).total_seconds() / 3600, 2) if times else None

    def to_json(self, *, text_chars: int = 280) -> dict[str, Any]:
        times = [p.posted_at for p in self.posts if p.posted_at is not None]
        return {
            "id": self.id, "posts": len(self.posts), "n_channels": len(self.channels),
            "first_channel": self.first.channel, "first_name": self.first.channel_name or self.first.channel,
            "first_post": self.first.key, "first_at": _iso(min(times)) if times else None,
            "last_at": _iso(max(times)) if times else None, "spread_hours": self.spread_hours,
            "text": self.first.text[:text_chars], "channels": self.channels,
            "members": [{"post": p.key, "channel": p.channel, "name": p.channel_name, "at": _iso(p.posted_at)}
                        for p in self.posts],
            "claims": self.claims,
        }  # fmt: skip


def shingles(text: str, size: int = SHINGLE) -> np.ndarray | None:
    """The post's word `size`-grams as sorted unique 32-bit hashes; None for a post too short."""
    words = _WORD.findall(_DROPPED.sub(" ", text).casefold())
    if len(words) < max(MIN_WORDS, size):
        return None
    grams = {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
    return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint32, count=len(grams)))


def group(posts: Sequence[Post], *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM,
          min_channels: int = 2) -> list[Story]:  # fmt: skip
    """Near-copies grouped into stories of at least `min_channels` channels (and two posts),
    largest first. The same text is hashed once however many channels carry it."""
    if not 0 < threshold <= 1:
        raise ConfigError(f"the similarity threshold must be above 0 and at most 1, not {threshold}")
    from datasketch import MinHash, MinHashLSH

    texts: dict[str, int] = {}  # text identity → index of its first post
    parent = list(range(len(posts)))
    sets: dict[int, np.ndarray] = {}
    for index, post in enumerate(posts):
        same = texts.setdefault(post.content_hash or _text_hash(post.text), index)
        if same != index:
            _union(parent, same, index)
            continue
        found = shingles(post.text)
        if found is not None:
            sets[index] = found
    # LSH tuned to miss few pairs (its false positives are confirmed away on the exact sets):
    # 21 bands of 3 at 0.5 find 94% of pairs at the threshold, 99% at 0.6
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
    permutations = MinHash(num_perm=num_perm, seed=1).permutations  # computed once, shared
    for index, values in sets.items():
        minhash = MinHash(num_perm=num_perm, seed=1, permutations=permutations)
        _fill(minhash, values)
        for other in lsh.query(minhash):
            if _jaccard(values, sets[other]) >= threshold:
                _union(parent, other, index)
        lsh.insert(index, minhash, check_duplication=False)
    members: dict[int, list[int]] = {}
    for index in range(len(posts)):
        members.setdefault(_find(parent, index), []).append(index)
    stories = []
    for indices in members.values():
        if len(indices) < 2 or len({posts[i].channel for i in indices}) < min_channels:
            continue
        ordered = sorted((posts[i] for i in indices), key=_when)
        stories.append(Story(_story_id(ordered[0]), ordered))
    return sorted(stories, key=lambda s: (-len(s.channels), -len(s.posts), _when(s.first)))


def stories(store: ChannelsMixin, *, threshold: float = THRESHOLD, min_channels: int = 2) -> list[Story]:
    """The stored channel posts' stories, each with the claims its posts carry and the order of
    the channels that carried each claim."""
    posts = [_post(row) for row in store.channel_post_texts()]
    found = group(posts, threshold=threshold, min_channels=min_channels)
    if found:
        by_post: dict[str, Story] = {post.key: story for story in found for post in story.posts}
        rows_by_story: dict[str, list[dict[str, Any]]] = {}
        for row in store.channel_claims():
            story = by_post.get(row["source_key"])
            if story is not None:
                rows_by_story.setdefault(story.id, []).append(row)
        for story in found:
            story.claims = spread(rows_by_story.get(story.id, []))
    return found


def claim_spread(store: ChannelsMixin, topic: str, stance: str | None = None) -> list[dict[str, Any]]:
    """Which channels carried claims on `topic` (and `stance`), in the order they first did."""
    return spread(store.channel_claims(topic=topic, stance=stance))


def spread(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claim rows (one per post and claim, oldest first) → per (topic, stance) the channels in
    the order they first carried it, with their post count and first and last moment."""
    claims: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    posts_seen: set[tuple[str, str, int]] = set()
    for row in rows:
        channels = claims.setdefault((row["topic"], row["stance"]), {})
        entry = channels.setdefault(row["channel"], {"channel": row["channel"], "name": row["channel_name"] or
                                    row["channel"], "first": _iso(row["posted_at"]), "last": None, "posts": 0,
                                    "evidence": row["evidence"]})  # fmt: skip
        entry["last"] = _iso(row["posted_at"])
        if (row["topic"], row["stance"], row["post"]) not in posts_seen:
            posts_seen.add((row["topic"], row["stance"], row["post"]))
            entry["posts"] += 1
    return [{"topic": topic, "stance": stance, "channels": list(channels.values())}
            for (topic, stance), channels in claims.items()]  # fmt: skip


def _fill(minhash: Any, values: np.ndarray) -> None:
    """MinHash.update_batch without hashing again: `values` are the shingles' 32-bit hashes."""
    a, b = minhash.permutations
    hashed = values.astype(np.uint64)
    permuted = np.bitwise_and((np.outer(hashed, a) + b) % _MERSENNE, _MAX_HASH)
    minhash.hashvalues = np.minimum(minhash.hashvalues, permuted.min(axis=0))


_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / (a.size + b.size - common)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], a: int, b: int) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _when(post: Post) -> tuple[bool, datetime | str, str]:
    return (post.posted_at is None, post.posted_at or "", post.key)


def _story_id(first: Post) -> str:
    return "story-" + hashlib.sha256(first.key.encode("utf-8")).hexdigest()[:10]


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _post(row: PostText) -> Post:
    return Post(row.source_key, row.channel, row.channel_name, row.posted_at, row.text, row.content_hash)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None
