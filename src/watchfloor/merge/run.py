"""Clustering stored events: the one place the merger meets the store.

`recluster(store)` recomputes every canonical event; `recluster(store, document_ids)` lets those
documents' events (and any other unassigned ones of the same blocks) join the stored clusters,
which keep their ids and members. Both respect every analyst decision, and both recompute the
canonical values, disagreements and links of the blocks they touch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from watchfloor.merge.canonical import canonical
from watchfloor.merge.cluster import Clusterer, derived_id
from watchfloor.merge.decisions import Constraints, Decision, constraints
from watchfloor.merge.links import AggregateRef, related
from watchfloor.merge.mention import Mention, mention_key
from watchfloor.merge.rarity import Rarity

if TYPE_CHECKING:
    from watchfloor.store.clusters import Block, MentionRow, StoredCluster
    from watchfloor.store.store import Store

# a deportation links to an arrest in the same country, so their blocks are refreshed together
PARTNER_TYPES = {"DEPORT": "ARREST", "ARREST": "DEPORT"}
# documents whose events are read in one query: a query's parameters are bounded (65,535 in
# PostgreSQL's protocol), and only their ids, blocks and stored clusters are kept
PLACE_AT_ONCE = 10_000


@dataclass(frozen=True, slots=True)
class ReclusterReport:
    mentions: int  # mentions considered
    clusters: int  # canonical events in the blocks written
    assigned: int  # mentions whose cluster changed


def to_mention(row: MentionRow) -> Mention:
    stored = row.event
    ev = stored.event.evidence
    return Mention(
        id=stored.id,
        key=mention_key(row.content_hash, ev.start, ev.end),
        document=stored.document_id,
        event=stored.event,
        doc_id=stored.doc_id,
        source=stored.source,
        language=row.language,
        published=row.published,
        cluster=stored.event.cluster,
    )


def stored_decisions(store: Store) -> list[Decision]:
    return [Decision(d.kind, d.mentions, d.others, d.user, d.reason) for d in store.decisions()]


def with_partners(blocks: Iterable[Block]) -> set[Block]:
    out = set(blocks)
    for kind, country in list(out):
        if kind in PARTNER_TYPES:
            out.add((PARTNER_TYPES[kind], country))
    return out


def recluster(store: Store, document_ids: Sequence[int] | None = None) -> ReclusterReport:
    """Assign events to canonical events. None: recompute everything (ids are kept where the
    members agree on their old cluster). A list: place those documents' events again (new,
    re-extracted or edited ones) among the stored clusters, which keep their ids and other members;
    any other unassigned events of the same blocks are placed too, and clusters that lost mentions
    are repaired (so an empty list only repairs)."""
    if document_ids is None:
        return _full(store)
    fresh: set[int] = set()
    blocks: set[Block] = set()
    labels: set[str] = set()
    ids = list(document_ids)
    for start in range(0, len(ids), PLACE_AT_ONCE):  # a backfill places every document it stored
        for r in store.merge_mentions(document_ids=ids[start : start + PLACE_AT_ONCE]):
            fresh.add(r.event.id)
            blocks.add((r.event.event.type, _country(r)))
            if r.event.event.cluster:
                labels.add(r.event.event.cluster)
    blocks |= store.cluster_blocks(labels)
    blocks |= store.stale_cluster_blocks()
    if not blocks:
        return ReclusterReport(0, 0, 0)
    scope = with_partners(blocks)
    mentions = [to_mention(r) for r in store.merge_mentions(blocks=scope)]
    rules = constraints(stored_decisions(store), mentions)
    known = store.cluster_ids()
    stored: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.cluster in known and m.id not in fresh:
            stored.setdefault(m.cluster, []).append(m)
        elif m.cluster is not None:
            fresh.add(m.id)  # a label that is no stored canonical event
    # ids of clusters whose every mention is placed again are free: a mention placed alone again
    # gets back the id it had
    freed = {m.cluster for m in mentions if m.cluster is not None} - set(stored)
    clusterer = Clusterer(rules, taken=known - freed)
    for cid, members in sorted(stored.items(), key=lambda item: min(m.order for m in item[1])):
        members.sort(key=lambda m: m.order)
        kept = [m for m in members if m.block == members[0].block]  # a member edited into another block
        fresh.update(m.id for m in members if m.block != members[0].block)  # moves on
        clusterer.seed(cid, kept)
    clusterer.add_all(m for m in mentions if m.cluster is None or m.id in fresh)
    return write(store, scope, dict(clusterer.clusters()), rules, reuse=True, fresh=fresh, rarity=clusterer.rarity)


def assign_pending(store: Store) -> ReclusterReport:
    """Cluster whatever events have no canonical event yet (what `Pipeline.ingest` calls)."""
    return recluster(store, store.unclustered_documents())


def _country(row: MentionRow) -> str | None:
    location = row.event.event.location
    return location.country if location else None


def _full(store: Store) -> ReclusterReport:
    mentions = [to_mention(r) for r in store.merge_mentions()]
    rules = constraints(stored_decisions(store), mentions)
    clusterer = Clusterer(rules)
    clusterer.add_all(mentions)
    return write(store, None, keep_ids(clusterer.clusters(), store.cluster_ids()), rules, rarity=clusterer.rarity)


def keep_ids(computed: Iterable[tuple[str, list[Mention]]], stored: set[str]) -> dict[str, list[Mention]]:
    """Give each new cluster the stored id most of its members had (first come, first served),
    else the id derived from its first mention: a full recluster renumbers nothing that did not
    change."""
    ordered = sorted((sorted(ms, key=lambda m: m.order) for _, ms in computed), key=lambda ms: ms[0].order)
    named: list[str | None] = []
    used: set[str] = set()
    for ms in ordered:
        votes = Counter(m.cluster for m in ms if m.cluster in stored and m.cluster not in used)
        first_seen: dict[str, int] = {}
        for i, m in enumerate(ms):
            if m.cluster:
                first_seen.setdefault(m.cluster, i)
        choice = max(votes, key=lambda c: (votes[c], -first_seen[c]), default=None)
        if choice is not None:
            used.add(choice)
        named.append(choice)
    out: dict[str, list[Mention]] = {}
    for ms, choice in zip(ordered, named, strict=True):
        if choice is None:
            base = choice = derived_id(ms[0].key)
            n = 1
            while choice in used:
                n += 1
                choice = f"{base}-{n}"
            used.add(choice)
        out[choice] = ms
    return out


def write(
    store: Store,
    blocks: set[Block] | None,
    groups: Mapping[str, Sequence[Mention]],
    rules: Constraints,
    decision: Mapping[str, Any] | None = None,
    *,
    reuse: bool = False,
    fresh: set[int] | frozenset[int] = frozenset(),
    rarity: Rarity | None = None,
) -> ReclusterReport:
    """Compute canonical values, disagreements and links for every cluster of `blocks` (None:
    all) and store them with the assignments, in one transaction. With `reuse`, a stored
    cluster whose members and links are unchanged, none of them `fresh` (placed again, perhaps
    edited), is left as it is (not recomputed)."""
    from watchfloor.store.clusters import StoredCluster

    aggregates = [
        AggregateRef(a.id, a.document_id, a.doc_id, a.source, a.type, a.total, a.nationality, a.evidence, a.covers)
        for a in store.aggregate_rows(blocks)
    ]
    links = related(groups, aggregates)
    if rarity is None:
        rarity = Rarity(m for ms in groups.values() for m in ms)
    stored = store.clusters_in(blocks) if reuse else {}
    computed: list[StoredCluster] = []
    unchanged: list[str] = []
    assignments: dict[int, str] = {}
    n_mentions = 0
    for cid, members in groups.items():
        if not members:
            continue
        n_mentions += len(members)
        old = stored.get(cid)
        if (
            old is not None
            and old.n_mentions == len(members)
            and all(m.cluster == cid and m.id not in fresh for m in members)
            and old.canonical.get("related") == links.get(cid, [])
        ):
            unchanged.append(cid)
            continue
        result = canonical(cid, members, rules, rarity)
        result.values["related"] = links.get(cid, [])
        first = min(members, key=lambda m: m.order)
        computed.append(
            StoredCluster(
                id=cid,
                type=first.type,
                country=first.country,
                date=_day(result.values["date"]),
                n_mentions=len(members),
                n_sources=result.n_sources,
                n_disagreements=len(result.disagreements),
                canonical=result.values,
                disagreements=result.disagreements,
            )
        )
        assignments.update({m.id: cid for m in members if m.cluster != cid})
    store.save_clusters(
        blocks=blocks, computed=computed, assignments=assignments, unchanged=unchanged, decision=decision
    )
    return ReclusterReport(n_mentions, len(computed) + len(unchanged), len(assignments))


def _day(value: str | None) -> Any:
    from datetime import date

    return date.fromisoformat(value) if value else None
