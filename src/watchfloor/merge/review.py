"""Possible merges for an analyst to review: pairs of canonical events the merger kept apart but
that score near its threshold.

A pair is listed when the two are of one block (type and country), share no document, no member of
one is in hard conflict with a member of the other, no analyst kept them apart (a split or a
rejection), and their best pair of mentions scores at least `THRESHOLD - NEAR`. The analyst
confirms one (a merge, `decide.merge_clusters`) or rejects it (`reject_merge`: recorded like merges
and splits, as a "reject" decision that keeps the two apart in every later run) with one action.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from watchfloor.errors import InputError
from watchfloor.merge import compat
from watchfloor.merge.cluster import Clusterer
from watchfloor.merge.decide import apply_decision
from watchfloor.merge.decisions import Decision, constraints
from watchfloor.merge.mention import Mention
from watchfloor.merge.run import assign_pending, stored_decisions, to_mention, with_partners

if TYPE_CHECKING:
    from watchfloor.store.store import Store

NEAR = 1.5  # how far below the threshold a pair is still worth an analyst's look


@dataclass(frozen=True, slots=True)
class PossibleMerge:
    a: str  # the canonical event reported first
    b: str
    score: float
    reasons: tuple[str, ...]
    mentions: tuple[int, int]  # the best-scoring pair of mentions (event row ids)

    def as_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "score": self.score, "reasons": list(self.reasons),
                "mentions": list(self.mentions)}  # fmt: skip


def possible_merges(
    store: Store, cluster_id: str | None = None, *, near: float = NEAR, limit: int = 100, pending: bool = True
) -> list[PossibleMerge]:
    """Pairs of canonical events near the threshold, best first; with `cluster_id`, those of that
    canonical event only. `pending`: first cluster events that have no canonical event yet."""
    if pending:
        assign_pending(store)
    blocks = None
    if cluster_id is not None:
        cluster = store.cluster(cluster_id)
        blocks = with_partners({(cluster.type, cluster.country)})
    mentions = [to_mention(r) for r in store.merge_mentions(blocks=blocks)]
    rules = constraints(stored_decisions(store), mentions)
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.cluster is not None:
            groups.setdefault(m.cluster, []).append(m)
    clusterer = Clusterer(rules)
    for cid, members in sorted(groups.items(), key=lambda item: min(m.order for m in item[1])):
        clusterer.seed(cid, members)
    found: dict[frozenset[str], PossibleMerge] = {}
    for cid in [cluster_id] if cluster_id is not None else list(groups):
        for m in groups.get(cid, []):
            for other in clusterer.candidates(m):
                pair = frozenset((cid, other))
                if other == cid or pair in found:
                    continue
                result = _pair(groups[cid], groups[other], rules.cannot_with, clusterer)
                if result is not None and result[0] >= compat.THRESHOLD - near:
                    first, second = sorted((cid, other), key=lambda c: min(x.order for x in groups[c]))
                    found[pair] = PossibleMerge(first, second, *result)
    return sorted(found.values(), key=lambda p: (-p.score, p.a, p.b))[:limit]


def _pair(
    left: list[Mention], right: list[Mention], cannot: Any, clusterer: Clusterer
) -> tuple[float, tuple[str, ...], tuple[int, int]] | None:
    if {m.document for m in left} & {m.document for m in right}:
        return None
    best: tuple[float, tuple[str, ...], tuple[int, int]] | None = None
    for x in left:
        apart = cannot(x.id)
        for y in right:
            if y.id in apart:
                return None  # an analyst kept them apart
            result = compat.compare(x, y, clusterer.rarity)
            if result is None:
                return None
            if best is None or result.score > best[0]:
                best = (result.score, result.reasons, (x.id, y.id))
    return best


def reject_merge(store: Store, a: str, b: str, *, user: str, reason: str | None = None) -> None:
    """An analyst says A and B are not one event: recorded (who, when, why) and kept by every later
    run, as a split is."""
    if not user:
        raise InputError("a rejection needs the analyst's name", input=f"{a} {b}")
    if a == b:
        raise InputError("a canonical event is always itself", input=a)
    first, second = store.cluster(a), store.cluster(b)
    keys = {cid: [m.key for m in (to_mention(r) for r in store.merge_mentions(cluster_ids=[cid]))] for cid in (a, b)}
    if (first.type, first.country) != (second.type, second.country):
        raise InputError(f"{a} and {b} are of different types or countries: never merged anyway", input=f"{a} {b}")
    apply_decision(store, (first.type, first.country), Decision("reject", keys[a], keys[b], user, reason))
