"""Greedy, incremental clustering of mentions into canonical events.

Mentions arrive in a fixed order (documents as stored, then position in the text). Each joins the
best-scoring existing cluster it is compatible with (`compat.compare` against every member: no
hard conflict with any, best score at least the threshold), or starts a new one. The other
clusters it could have joined join it too, best first, each unless one of its members conflicts
with one already there: a report that gives both the count one report gave and the nationality
another gave shows the three are one event, whichever came first. The same code
serves a new document joining a stored clustering and a full recluster, so both give the same
clusters for the same arrival order.

Blocking keeps it near-linear: a cluster is indexed by its block (type, country) and by the weeks
its members' dates can reach; a mention is compared only with clusters found in the weeks its own
date can reach.

Cluster ids are derived from the key of a cluster's first mention and kept when it grows.

Cost (`bench/bench_merge.py`): inside, clusters are numbers in order of creation (the order that
breaks ties), blocks are numbers, a week index entry is one int key for (block, week) holding a
short list; comparisons ask `compat.score`, which words no reasons (`canonical.py` words them for
the links kept). The result is the same as comparing with `compat.compare` cluster by cluster
(tests/test_merge_fast.py checks it against such a reference).

Two more skips keep the cost per mention flat when a block is dense (a backfill whose reports
all fall in the same weeks, a story retold by many outlets), with the same result:
- a cluster is compared only if one of its members shares a clue with the mention
  (`compat.clues`: a nationality, a province, a name, a close count or toll), since without one
  no score reaches the threshold;
- within a cluster, a mention is compared with one member per distinct `compat.judged` value
  (members equal there score the same), and the document test asks a set.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Iterable, Iterator
from datetime import date, timedelta
from operator import attrgetter

from watchfloor.merge import compat
from watchfloor.merge.decisions import Constraints
from watchfloor.merge.mention import Mention
from watchfloor.merge.rarity import Rarity

_Block = tuple[str, str | None]
_Clue = tuple[int, str, Hashable]  # (block number, kind, value)
_NOTHING = float("-inf")  # the best score before any comparison
_order = attrgetter("order")
_WEEK_BITS = 21  # a (block, week) index key is block << _WEEK_BITS | (week + _WEEK_ZERO)
_WEEK_ZERO = 1 << 20  # weeks of the years 1 to 9999 fit between -_WEEK_ZERO and _WEEK_ZERO


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


def reach_weeks(m: Mention) -> tuple[int, int] | None:
    """The first and last week (ordinal // 7) of `reach(m)`."""
    if m.days is not None:
        slack = compat.DAY_SLACK if m.date_doubt is None else compat.UNSURE_DAYS
        return (m.days[0] - slack) // 7, (m.days[1] + slack) // 7
    if m.anchor_day is not None:
        return (m.anchor_day - compat.ANCHOR_BEFORE) // 7, (m.anchor_day + compat.ANCHOR_AFTER) // 7
    return None


class Clusterer:
    def __init__(
        self, constraints: Constraints | None = None, *, taken: Iterable[str] = (), rarity: Rarity | None = None
    ) -> None:
        self.constraints = constraints or Constraints()
        # how rare each specific is; counted over every mention seen, or given for the whole corpus
        self.rarity = rarity if rarity is not None else Rarity()
        self._counting = rarity is None
        # clusters by number, in order of creation; an absorbed cluster is left empty
        self._members: list[list[Mention]] = []
        self._ids: list[str] = []
        self._number: dict[str, int] = {}
        self._where: dict[int, int] = {}  # mention id -> cluster number
        self._blocks: dict[_Block, int] = {}
        self._weeks: dict[int, list[int]] = {}  # (block, week) key -> clusters whose members reach that week
        self._anywhere: dict[int, set[int]] = {}  # block -> clusters with an unplaced member
        self._all: dict[int, set[int]] = {}  # block -> its clusters
        self._taken = set(taken)
        # per cluster: its documents, and one member per distinct `compat.judged` value
        self._documents: list[set[int]] = []
        self._kinds: list[set[int]] = []  # numbers of the `compat.judged` values of its members
        self._faces: list[list[Mention]] = []  # the first member of each of them, in order
        self._judged: dict[Hashable, int] = {}  # a `compat.judged` value -> its number
        self._kind_of: dict[int, int] = {}  # mention id -> its number
        # (judged number of a mention, cluster) -> (faces compared, best score or None for a
        # conflict): a mention equal to an earlier one compares only with the faces added since.
        # Valid while the rarity counts stay as they were (`_seen`).
        self._memo: dict[tuple[int, int], tuple[int, float | None]] = {}
        self._seen = -1
        # clue -> clusters with a member giving it; counts and tolls by value, per block
        self._clues: dict[_Clue, set[int]] = {}
        self._values: dict[tuple[int, str], set[int]] = {}
        self.comparisons = 0

    # -- building ---------------------------------------------------------------------------------

    def seed(self, cluster_id: str, mentions: Iterable[Mention]) -> None:
        """Take a stored cluster as it is (an earlier run's result or an analyst's decision)."""
        for m in sorted(mentions, key=_order):
            if self._counting:
                self.rarity.add(m)
            number = self._number.get(cluster_id)
            self._place(self._create(cluster_id) if number is None else number, m)

    def add(self, m: Mention) -> str:
        """Assign one new mention; return its cluster id."""
        if self._counting:
            self.rarity.add(m)
        return self._ids[self._assign(m)]

    def add_all(self, mentions: Iterable[Mention]) -> None:
        ordered = sorted(mentions, key=_order)
        if self._counting:  # a batch counts as a whole: an early mention sees the later ones
            self.rarity.add_all(ordered)
        for m in ordered:
            self._assign(m)

    def _assign(self, m: Mention) -> int:
        weeks = reach_weeks(m)
        target = self._forced(m) if m.id in self.constraints.must else None
        bridged: list[int] = []
        if target is None:
            ranked = self._qualifying(m, weeks)
            if ranked:
                target, bridged = ranked[0], ranked[1:]
        if target is None:
            target = self._create(self._new_id(m.key))
        self._place(target, m, weeks)
        for other in bridged:  # `m` belongs with these too: one event, unless they conflict
            if self._joinable(target, other):
                self._absorb(target, other)
        return target

    def cluster_of(self, mention_id: int) -> str | None:
        number = self._where.get(mention_id)
        return None if number is None else self._ids[number]

    def clusters(self) -> Iterator[tuple[str, list[Mention]]]:
        for cid, members in zip(self._ids, self._members, strict=True):
            if members:
                yield cid, members

    # -- choosing ---------------------------------------------------------------------------------

    def _forced(self, m: Mention) -> int | None:
        """An analyst said this mention is the event of some placed mention: join it (and, if
        those partners sit in several clusters of this block, join those clusters too)."""
        partners = self.constraints.must_with(m.id)
        found = {self._where[p] for p in partners if p in self._where}
        found = {c for c in found if self._members[c] and self._members[c][0].block == m.block}
        if not found:
            return None
        target, *rest = sorted(found)  # numbers are in order of creation
        for other in rest:
            self._absorb(target, other)
        return target

    def _absorb(self, target: int, other: int) -> None:
        """Move the members of cluster `other` into `target`."""
        self._taken.add(self._ids[other])  # an absorbed id is not handed out again in this run
        moved, self._members[other] = self._members[other], []
        self._documents[other], self._kinds[other], self._faces[other] = set(), set(), []
        for x in moved:
            self._place(target, x)

    def _joinable(self, target: int, other: int) -> bool:
        """Whether two clusters a new mention reaches from both may be one event: no document in
        both, no analyst's decision against it, no hard conflict between their members."""
        if not self._members[other] or self._documents[target] & self._documents[other]:
            return False
        ids = {y.id for y in self._members[target]}
        if any(self.constraints.cannot_with(x.id) & ids for x in self._members[other]):
            return False
        judge, boost = compat.judge, self.rarity.boost
        return all(judge(x, y, boost, None) is not None for x in self._faces[other] for y in self._faces[target])

    def candidates(self, m: Mention, span: tuple[date, date] | None = None) -> set[str]:
        """The ids of the clusters of `m`'s block whose dates it can reach (`span`: `reach(m)`, if known)."""
        if span is not None:
            weeks: tuple[int, int] | None = (span[0].toordinal() // 7, span[1].toordinal() // 7)
        else:
            weeks = reach_weeks(m)
        return {self._ids[c] for c in self._candidates(m, weeks)}

    def _candidates(self, m: Mention, weeks: tuple[int, int] | None) -> set[int]:
        block = self._blocks.get(m.block)
        if block is None:
            return set()
        if weeks is None:
            return set(self._all[block])
        found = set(self._anywhere.get(block, ()))
        index = self._weeks
        base = (block << _WEEK_BITS) + _WEEK_ZERO
        for key in range(base + weeks[0], base + weeks[1] + 1):
            bucket = index.get(key)
            if bucket is not None:
                found.update(bucket)
        return found

    def _qualifying(self, m: Mention, weeks: tuple[int, int] | None) -> list[int]:
        """The clusters `m` may join (no member conflicts, the best score reaches the threshold),
        best first."""
        block = self._blocks.get(m.block)
        if block is None:
            return []
        clued = self._clued(m, block)
        if not clued:
            return []  # no cluster can reach the threshold
        forbidden = self.constraints.cannot_with(m.id)
        judge, boost, document = compat.judge, self.rarity.boost, m.document
        threshold = compat.THRESHOLD
        if self._seen != self.rarity.n:  # the boosts changed
            self._memo.clear()
            self._seen = self.rarity.n
        memo, kind = self._memo, self._kind(m)
        found: list[tuple[float, int]] = []
        compared = 0
        for c in self._candidates(m, weeks) & clued:
            members = self._members[c]
            if not members:
                continue
            if document not in self._documents[c]:
                if forbidden and any(x.id in forbidden for x in members):
                    continue
                faces = self._faces[c]
                done, top = memo.get((kind, c), (0, _NOTHING))
                if top is not None and done < len(faces):
                    for x in faces[done:]:
                        compared += 1
                        result = judge(m, x, boost, None)  # compat.score, the boost looked up once
                        if result is None:
                            top = None
                            break
                        if result > top:
                            top = result
                    memo[(kind, c)] = (len(faces), top)
                if top is None or top < threshold:
                    continue
                found.append((top, c))
        self.comparisons += compared
        # the best score first; a tie goes to the cluster created first
        return [c for _, c in sorted(found, key=lambda x: (-x[0], x[1]))]

    # -- bookkeeping ------------------------------------------------------------------------------

    def _new_id(self, key: str) -> str:
        base = derived_id(key)
        cid, n = base, 1
        while cid in self._taken or cid in self._number:
            n += 1
            cid = f"{base}-{n}"
        return cid

    def _clued(self, m: Mention, block: int) -> set[int]:
        """The clusters of `block` holding a member that shares a clue with `m` (`compat.clues`)."""
        index = self._clues
        found: set[int] = set()
        for kind, value in compat.clues(m):
            hit = index.get((block, kind, value))
            if hit:
                found |= hit
        near: list[tuple[str, int, tuple[int, int], Callable[[int, int], bool]]] = []
        if m.count is not None and m.count[1] is not None:
            near.append(("count", m.count[0], compat.counts_near(m.count[0]), compat.counts_compatible))
        if m.killed is not None:
            near.append(("killed", m.killed, compat.tolls_near(m.killed), compat.tolls_agree))
        if m.wounded is not None:
            near.append(("wounded", m.wounded, compat.tolls_near(m.wounded), compat.tolls_agree))
        for kind, value, (low, high), agree in near:
            known = self._values.get((block, kind))
            if not known:
                continue
            values = range(low, high + 1) if high - low < len(known) else known
            for y in values:
                if y in known and agree(value, y):
                    found |= index[(block, kind, y)]
        return found

    def _create(self, cid: str) -> int:
        number = len(self._ids)
        self._ids.append(cid)
        self._members.append([])
        self._documents.append(set())
        self._kinds.append(set())
        self._faces.append([])
        self._number[cid] = number
        return number

    def _place(self, c: int, m: Mention, weeks: tuple[int, int] | None = None) -> None:
        self._members[c].append(m)
        self._where[m.id] = c
        self._documents[c].add(m.document)
        block = self._blocks.get(m.block)
        if block is None:
            block = self._blocks[m.block] = len(self._blocks)
            self._all[block] = set()
        self._all[block].add(c)
        kind = self._kind(m)
        kinds = self._kinds[c]
        if kind in kinds:
            return  # a member equal in `compat.judged` has indexed its clues and weeks already
        kinds.add(kind)
        self._faces[c].append(m)
        self._index_clues(c, m, block)
        weeks = weeks or reach_weeks(m)
        if weeks is None:
            self._anywhere.setdefault(block, set()).add(c)
            return
        index = self._weeks
        base = (block << _WEEK_BITS) + _WEEK_ZERO
        for key in range(base + weeks[0], base + weeks[1] + 1):
            bucket = index.get(key)
            if bucket is None:
                index[key] = [c]
            elif c not in bucket:
                bucket.append(c)

    def _kind(self, m: Mention) -> int:
        kind = self._kind_of.get(m.id)
        if kind is None:
            kind = self._kind_of[m.id] = self._judged.setdefault(compat.judged(m), len(self._judged))
        return kind

    def _index_clues(self, c: int, m: Mention, block: int) -> None:
        index = self._clues
        keys: list[tuple[str, Hashable]] = compat.clues(m)
        for kind, number in (("count", m.count[0] if m.count and m.count[1] is not None else None),
                             ("killed", m.killed), ("wounded", m.wounded)):  # fmt: skip
            if number is not None:
                keys.append((kind, number))
                self._values.setdefault((block, kind), set()).add(number)
        for kind, value in keys:
            hit = index.get((block, kind, value))
            if hit is None:
                index[(block, kind, value)] = {c}
            else:
                hit.add(c)
