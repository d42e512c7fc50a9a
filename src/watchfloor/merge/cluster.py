"""Greedy, incremental clustering of mentions into canonical events.

Mentions arrive in a fixed order (documents as stored, then position in the text). Each joins the
best-scoring existing cluster it is compatible with (`compat.compare` against every member: no
hard conflict with any, best score at least the threshold), or starts a new one. The same code
serves a new document joining a stored clustering and a full recluster, so both give the same
clusters for the same arrival order.

Blocking keeps it near-linear: a cluster is indexed by its block (type, country) and by the weeks
its members' dates can reach; a mention is compared only with clusters found in the weeks its own
date can reach.

Cluster ids are derived from the key of a cluster's first mention and kept when it grows.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from watchfloor.merge import compat
from watchfloor.merge.decisions import Constraints
from watchfloor.merge.mention import Mention
from watchfloor.merge.rarity import Rarity

_Block = tuple[str, str | None]
_NONE: frozenset[str] = frozenset()


def derived_id(key: str) -> str:
    return "c" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def reach(m: Mention) -> tuple[date, date] | None:
    """The days another mention's date must touch to be comparable with this one."""
    if m.interval is not None:
        slack = timedelta(days=compat.DAY_SLACK if m.date_sure else compat.UNSURE_DAYS)
        return m.interval[0] - slack, m.interval[1] + slack
    if m.anchor is not None:
        return m.anchor - timedelta(days=compat.ANCHOR_BEFORE), m.anchor + timedelta(days=compat.ANCHOR_AFTER)
    return None  # neither a date nor a report date: comparable with anything in its block


def _weeks(span: tuple[date, date]) -> range:
    return range(span[0].toordinal() // 7, span[1].toordinal() // 7 + 1)


class Clusterer:
    def __init__(
        self, constraints: Constraints | None = None, *, taken: Iterable[str] = (), rarity: Rarity | None = None
    ) -> None:
        self.constraints = constraints or Constraints()
        # how rare each specific is; counted over every mention seen, or given for the whole corpus
        self.rarity = rarity if rarity is not None else Rarity()
        self._counting = rarity is None
        self.members: dict[str, list[Mention]] = {}
        self._docs: dict[str, set[int]] = {}
        self._created: dict[str, int] = {}
        self._where: dict[int, str] = {}
        self._weeks: dict[_Block, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
        self._anywhere: dict[_Block, set[str]] = defaultdict(set)  # clusters with an unplaced member
        self._all: dict[_Block, set[str]] = defaultdict(set)
        self._taken = set(taken)
        self.comparisons = 0

    # -- building ---------------------------------------------------------------------------------

    def seed(self, cluster_id: str, mentions: Iterable[Mention]) -> None:
        """Take a stored cluster as it is (an earlier run's result or an analyst's decision)."""
        for m in sorted(mentions, key=lambda m: m.order):
            if self._counting:
                self.rarity.add(m)
            self._place(cluster_id, m)

    def add(self, m: Mention) -> str:
        """Assign one new mention; return its cluster id."""
        if self._counting:
            self.rarity.add(m)
        return self._assign(m)

    def _assign(self, m: Mention) -> str:
        span = reach(m)
        target = self._forced(m)
        if target is None:
            target = self._best(m, span)
        if target is None:
            target = self._new_id(m.key)
        self._place(target, m, span)
        return target

    def add_all(self, mentions: Iterable[Mention]) -> None:
        ordered = sorted(mentions, key=lambda m: m.order)
        if self._counting:  # a batch counts as a whole: an early mention sees the later ones
            for m in ordered:
                self.rarity.add(m)
        for m in ordered:
            self._assign(m)

    def cluster_of(self, mention_id: int) -> str | None:
        return self._where.get(mention_id)

    def clusters(self) -> Iterator[tuple[str, list[Mention]]]:
        for cid, members in self.members.items():
            if members:
                yield cid, members

    # -- choosing ---------------------------------------------------------------------------------

    def _forced(self, m: Mention) -> str | None:
        """An analyst said this mention is the event of some placed mention: join it (and, if
        those partners sit in several clusters of this block, join those clusters too)."""
        partners = self.constraints.must_with(m.id)
        found = {self._where[p] for p in partners if p in self._where}
        found = {c for c in found if self.members[c] and self.members[c][0].block == m.block}
        if not found:
            return None
        target, *rest = sorted(found, key=lambda c: self._created[c])
        for other in rest:
            self._taken.add(other)  # an absorbed id is not handed out again in this run
            for moved in self.members.pop(other):
                self._place(target, moved)
        return target

    def candidates(self, m: Mention, span: tuple[date, date] | None = None) -> set[str]:
        """The clusters of `m`'s block whose dates it can reach (`span`: `reach(m)`, if known)."""
        block = m.block
        span = span or reach(m)
        if span is None:
            return set(self._all[block])
        found = set(self._anywhere[block])
        weeks = self._weeks[block]
        for week in _weeks(span):
            found |= weeks.get(week, _NONE)
        return found

    def _best(self, m: Mention, span: tuple[date, date] | None) -> str | None:
        forbidden = self.constraints.cannot_with(m.id)
        best: tuple[float, int, str] | None = None
        for cid in self.candidates(m, span):
            members = self.members.get(cid)
            if not members or m.document in self._docs[cid]:
                continue
            if forbidden and any(x.id in forbidden for x in members):
                continue
            top = None
            for x in members:
                self.comparisons += 1
                result = compat.compare(m, x, self.rarity)
                if result is None:
                    top = None
                    break
                top = result.score if top is None else max(top, result.score)
            if top is None or top < compat.THRESHOLD:
                continue
            rank = (-top, self._created[cid], cid)
            if best is None or rank < best:
                best = rank
        return best[2] if best else None

    # -- bookkeeping ------------------------------------------------------------------------------

    def _new_id(self, key: str) -> str:
        base = derived_id(key)
        cid, n = base, 1
        while cid in self._taken or cid in self.members:
            n += 1
            cid = f"{base}-{n}"
        return cid

    def _place(self, cid: str, m: Mention, span: tuple[date, date] | None = None) -> None:
        if cid not in self.members:
            self.members[cid] = []
            self._docs[cid] = set()
            self._created[cid] = len(self._created)
        self.members[cid].append(m)
        self._docs[cid].add(m.document)
        self._where[m.id] = cid
        block = m.block
        self._all[block].add(cid)
        span = span or reach(m)
        if span is None:
            self._anywhere[block].add(cid)
        else:
            weeks = self._weeks[block]
            for week in _weeks(span):
                weeks[week].add(cid)
