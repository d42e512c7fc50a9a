"""Analysts' merges and splits as constraints on the clustering.

A merge of clusters A and B says every mention of A is the same event as every mention of B
(must-link); a split says the mentions moved out are not the event of those left behind
(cannot-link). Decisions apply in the order they were taken, so a later split undoes the links an
earlier merge made between the same mentions, and the other way round. They are stored by mention
key (see `mention.py`) and resolved here against the mentions that exist now.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from watchfloor.merge.mention import Mention, parse_key


@dataclass(frozen=True, slots=True)
class Decision:
    kind: str  # "merge" | "split" | "reject" (a possible merge an analyst turned down)
    mentions: Sequence[str]  # merge: the surviving cluster's mentions; split: those moved out
    others: Sequence[str]  # merge: the absorbed cluster's mentions; split: those left behind
    user: str = ""
    reason: str | None = None


@dataclass(slots=True)
class Constraints:
    must: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    cannot: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    why: dict[frozenset[int], str] = field(default_factory=dict)  # "merged by ana: same raid"

    def must_with(self, mention: int) -> set[int]:
        return self.must.get(mention, set())

    def cannot_with(self, mention: int) -> set[int]:
        return self.cannot.get(mention, set())

    def __bool__(self) -> bool:
        return bool(self.must) or bool(self.cannot)


def resolve(keys: Iterable[str], mentions: Sequence[Mention]) -> list[int]:
    """The ids of the current mentions these keys name: the same key, or else the mention of the
    same document whose evidence overlaps the old span most (the extractor moved it)."""
    by_key = {m.key: m.id for m in mentions}
    by_hash: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        parsed = parse_key(m.key)
        if parsed:
            by_hash[parsed[0]].append(m)
    out: list[int] = []
    for key in keys:
        if key in by_key:
            out.append(by_key[key])
            continue
        parsed = parse_key(key)
        if parsed is None:
            continue
        content_hash, start, end = parsed
        best, best_overlap = None, 0
        for m in by_hash.get(content_hash, []):
            overlap = min(end, m.event.evidence.end) - max(start, m.event.evidence.start)
            if overlap > best_overlap:
                best, best_overlap = m.id, overlap
        if best is not None:
            out.append(best)
    return out


def constraints(decisions: Iterable[Decision], mentions: Sequence[Mention]) -> Constraints:
    must: set[frozenset[int]] = set()
    cannot: set[frozenset[int]] = set()
    why: dict[frozenset[int], str] = {}
    for decision in decisions:
        left = resolve(decision.mentions, mentions)
        right = resolve(decision.others, mentions)
        note = f"{decision.kind} by {decision.user}" + (f": {decision.reason}" if decision.reason else "")
        if decision.kind == "merge":
            group = sorted(set(left) | set(right))
            for i, x in enumerate(group):
                for y in group[i + 1 :]:
                    pair = frozenset((x, y))
                    must.add(pair)
                    cannot.discard(pair)
                    why[pair] = note
        elif decision.kind in ("split", "reject"):  # a rejected possible merge keeps them apart too
            for x in left:
                for y in right:
                    if x != y:
                        pair = frozenset((x, y))
                        cannot.add(pair)
                        must.discard(pair)
                        why[pair] = note
    out = Constraints(why=why)
    for pairs, table in ((must, out.must), (cannot, out.cannot)):
        for pair in pairs:
            x, y = tuple(pair)
            table[x].add(y)
            table[y].add(x)
    return out
