"""Stories: near-copies of one post spread across channels, found by MinHash LSH over word
shingles, with their first poster and their spread in time; and a claim's spread, the channels
that carried it in the order they did.

Two posts are near-copies when the Jaccard similarity of their sets of word 3-grams (case folded,
links and @names left out) is at least `threshold` (0.5 by default: a post with a sentence added
or a subscription footer still matches; two posts on one topic in other words do not). MinHash
LSH finds the candidate pairs: datasketch's MinHash (its permutations, seed 1) and the bands and
rows its MinHashLSH picks, computed for all posts at once with numpy (a datasketch object per post
costs more than everything else together at 100,000 posts; a test checks both give the same
values and candidates). Each candidate is confirmed on the exact sets, so LSH's false positives
never join a story. Stories are the connected groups of confirmed pairs. Posts of fewer than
MIN_WORDS words take no part (too short to tell a copy from a coincidence), except that the same
text is one story however short.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
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
BUCKET_PAIRS = 50
NUM_PERM = 64  # MinHash permutations: only candidates come from them, pairs are confirmed exactly
LSH_WEIGHTS = (0.1, 0.9)  # false positives against false negatives, as datasketch weighs them
_DROPPED = re.compile(r"(?:https?://|www\.|t\.me/|vk\.com/)\S*|@\w+", re.IGNORECASE)
_MAY_DROP = ("//", "www.", "t.me/", "vk.com/", "@")  # a cheap test before the costly one
_WORD = re.compile(r"\w+")
_GRAM_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5],
                     dtype=np.uint64)  # odd multipliers: a word's place in the gram changes its share  # fmt: skip


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


def shingles(text: str, size: int = SHINGLE, *, cache: dict[str, int] | None = None) -> np.ndarray | None:
    """The post's word `size`-grams as sorted unique 32-bit hashes; None for a post too short.
    Each word is hashed once (CRC-32 of its UTF-8; `cache` keeps them across posts) and a gram's
    hash mixes its words' hashes, position by position, so no gram string is built."""
    text = text.casefold()
    if any(sign in text for sign in _MAY_DROP):
        text = _DROPPED.sub(" ", text)
    words = _WORD.findall(text)
    if len(words) < max(MIN_WORDS, size):
        return None
    known = cache if cache is not None else {}
    try:
        values = [known[word] for word in words]
    except KeyError:
        for word in words:
            if word not in known:
                known[word] = zlib.crc32(word.encode("utf-8"))
        values = [known[word] for word in words]
    hashed = np.array(values, dtype=np.uint64)
    n = len(words) - size + 1
    mixed = hashed[:n] * _GRAM_MIX[0]
    for offset in range(1, size):
        mixed ^= hashed[offset : offset + n] * _GRAM_MIX[offset % len(_GRAM_MIX)]
    return np.unique((mixed >> np.uint64(32)).astype(np.uint32))


def group(posts: Sequence[Post], *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM,
          min_channels: int = 2) -> list[Story]:  # fmt: skip
    """Near-copies grouped into stories of at least `min_channels` channels (and two posts),
    largest first. The same text is hashed once however many channels carry it."""
    if not 0 < threshold <= 1:
        raise ConfigError(f"the similarity threshold must be above 0 and at most 1, not {threshold}")
    texts: dict[str, int] = {}  # text identity → index of its first post
    words: dict[str, int] = {}  # word → hash, for all posts
    parent = list(range(len(posts)))
    indices: list[int] = []
    sets: list[np.ndarray] = []
    for index, post in enumerate(posts):
        same = texts.setdefault(post.content_hash or _text_hash(post.text), index)
        if same != index:
            _union(parent, same, index)
            continue
        found = shingles(post.text, cache=words)
        if found is not None:
            indices.append(index)
            sets.append(found)
    for a, b in candidate_pairs(sets, threshold=threshold, num_perm=num_perm):
        first, second = indices[a], indices[b]
        if _find(parent, first) != _find(parent, second) and _jaccard(sets[a], sets[b]) >= threshold:
            _union(parent, first, second)
    members: dict[int, list[int]] = {}
    for index in range(len(posts)):
        members.setdefault(_find(parent, index), []).append(index)
    stories = []
    for group_indices in members.values():
        if len(group_indices) < 2 or len({posts[i].channel for i in group_indices}) < min_channels:
            continue
        ordered = sorted((posts[i] for i in group_indices), key=_when)
        stories.append(Story(_story_id(ordered[0]), ordered))
    return sorted(stories, key=lambda s: (-len(s.channels), -len(s.posts), _when(s.first)))


def signatures(sets: Sequence[np.ndarray], num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash signatures of shingle sets, one row each: datasketch's MinHash (seed 1) computed
    for all sets at once, a permutation at a time, instead of a Python object per post."""
    from datasketch import MinHash

    a, b = MinHash(num_perm=num_perm, seed=1).permutations
    if not sets:
        return np.empty((0, num_perm), dtype=np.uint64)
    values = np.concatenate(sets).astype(np.uint64)
    starts = np.cumsum([0] + [len(found) for found in sets[:-1]])
    out = np.empty((len(sets), num_perm), dtype=np.uint64)
    for column in range(num_perm):
        permuted = np.bitwise_and((values * a[column] + b[column]) % _MERSENNE, _MAX_HASH)
        out[:, column] = np.minimum.reduceat(permuted, starts)
    return out


def candidate_pairs(sets: Sequence[np.ndarray], *, threshold: float = THRESHOLD,
                    num_perm: int = NUM_PERM) -> Iterator[tuple[int, int]]:  # fmt: skip
    """Pairs of sets (by position) that share a band of their signatures: MinHash LSH with the
    bands and rows datasketch's MinHashLSH picks for `threshold` and LSH_WEIGHTS, each band's
    buckets found by sorting. A bucket of more than BUCKET_PAIRS members pairs each member with
    the one before it and the first, not with all: copies of one text chain into one story."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
    signature = signatures(sets, num_perm)
    mix = _GRAM_MIX
    for start, end in lsh.hashranges:
        band = signature[:, start:end]
        keys = np.zeros(len(band), dtype=np.uint64)
        for column in range(band.shape[1]):  # a band's values folded into one key (collisions only add candidates)
            keys = (keys ^ band[:, column]) * mix[column % len(mix)]
        order = np.argsort(keys, kind="stable")
        ranked = keys[order]
        bounds = np.concatenate(([0], np.flatnonzero(np.diff(ranked)) + 1, [len(ranked)]))
        lengths = np.diff(bounds)
        shared = lengths > 1
        for first, size in zip(bounds[:-1][shared].tolist(), lengths[shared].tolist(), strict=True):
            members = order[first : first + size].tolist()
            if len(members) <= BUCKET_PAIRS:
                yield from itertools.combinations(members, 2)
            else:
                for n in range(1, len(members)):
                    yield members[n - 1], members[n]
                    yield members[0], members[n]


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
