"""Canonical events (clusters of event mentions) and analysts' merge/split decisions.

The merger (`watchfloor.merge`) decides what belongs together; this module only reads and writes
its results: `events.cluster_id`, one `clusters` row per canonical event, `cluster_decisions`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from watchfloor.store.schema import (
    aggregate_covers,
    aggregates,
    cluster_decisions,
    clusters,
    documents,
    events,
    targets,
)

if TYPE_CHECKING:
    from watchfloor.store.store import StoredEvent

Block = tuple[str, str | None]  # (event type, country): clusters never cross one


@dataclass(frozen=True, slots=True)
class StoredCluster:
    """A canonical event. `canonical` has the gold event shape plus `sources`, `languages`, `why`
    (which mention matched which, and the reasons) and `related` (links to other clusters and to
    aggregates); `disagreements` is a list of {"field", "values": [{"value", "mentions", "sources"}]}.
    `mentions` is filled by `Store.cluster()`, left empty by `Store.clusters()`."""

    id: str
    type: str
    country: str | None
    date: date | None
    n_mentions: int
    n_sources: int
    n_disagreements: int
    canonical: dict[str, Any]
    disagreements: list[dict[str, Any]]
    mentions: list[StoredEvent] = field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class StoredDecision:
    id: int
    kind: str  # merge | split
    mentions: list[str]  # mention keys: merge, the surviving cluster's; split, those moved out
    others: list[str]  # merge, the absorbed cluster's; split, those left behind
    user: str
    reason: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class MentionRow:
    """An event row with what the merger needs of its document."""

    event: StoredEvent
    content_hash: str
    language: str | None
    published: date | None


@dataclass(frozen=True, slots=True)
class AggregateRow:
    id: int
    document_id: int
    doc_id: str
    source: str | None
    type: str
    total: int | None
    nationality: str | None
    evidence: str
    covers: tuple[int, ...]


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _in_blocks(table: sa.Table, blocks: Iterable[Block]) -> sa.ColumnElement[bool]:
    parts = [
        sa.and_(table.c.type == kind, table.c.country.is_(None) if country is None else table.c.country == country)
        for kind, country in sorted(blocks, key=lambda b: (b[0], b[1] or ""))
    ]
    return sa.or_(*parts) if parts else sa.false()


def _active() -> sa.ColumnElement[bool]:
    """Not rejected by an analyst."""
    return sa.or_(events.c.review_status.is_(None), events.c.review_status != "rejected")


def _cluster(row: sa.Row[Any], mentions: list[StoredEvent] | None = None) -> StoredCluster:
    return StoredCluster(
        id=row.id, type=row.type, country=row.country, date=row.date, n_mentions=row.n_mentions,
        n_sources=row.n_sources, n_disagreements=row.n_disagreements, canonical=dict(row.canonical),
        disagreements=list(row.disagreements), mentions=mentions or [],
        created_at=_utc(row.created_at), updated_at=_utc(row.updated_at),
    )  # fmt: skip


class ClustersMixin:
    """Part of `Store`; what it needs of the store is its transactions."""

    if TYPE_CHECKING:

        def _write(self, input: str) -> AbstractContextManager[sa.Connection]: ...

        def _read(self) -> AbstractContextManager[sa.Connection]: ...

    # -- reading canonical events -----------------------------------------------------------------

    def clusters(
        self,
        *,
        type: str | None = None,
        country: str | None = None,
        nationality: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = 1000,
        offset: int = 0,
        about: str | None = None,
    ) -> list[StoredCluster]:
        """Canonical events matching every filter, by date (undated last) then id; `nationality`
        matches any mention's target, `since`/`until` (inclusive) leave out undated events, `about`
        is what the canonical event is about (model.ABOUTS)."""
        conditions: list[sa.ColumnElement[bool]] = []
        if type is not None:
            conditions.append(clusters.c.type == type)
        if country is not None:
            conditions.append(clusters.c.country == country)
        if nationality is not None:
            conditions.append(
                sa.exists()
                .where(events.c.cluster_id == clusters.c.id, targets.c.event_id == events.c.id)
                .where(targets.c.nationality == nationality)
            )
        if since is not None:
            conditions.append(clusters.c.date >= since)
        if until is not None:
            conditions.append(clusters.c.date <= until)
        if about is not None:
            conditions.append(clusters.c.about == about)
        query = (
            sa.select(clusters)
            .where(*conditions)
            .order_by(clusters.c.date.is_(None), clusters.c.date, clusters.c.id)
            .limit(limit)
            .offset(offset)
        )
        with self._read() as conn:
            return [_cluster(row) for row in conn.execute(query)]

    def cluster(self, cluster_id: str) -> StoredCluster:
        """One canonical event with its mentions (in the order they arrived), or NotFound."""
        from watchfloor.errors import NotFound

        with self._read() as conn:
            row = conn.execute(sa.select(clusters).where(clusters.c.id == cluster_id)).first()
        if row is None:
            raise NotFound(f"no canonical event with id {cluster_id}", input=cluster_id)
        mentions = [r.event for r in self.merge_mentions(cluster_ids=[cluster_id])]
        return _cluster(row, mentions)

    def cluster_blocks(self, cluster_ids: Iterable[str]) -> set[Block]:
        """The (type, country) of these clusters."""
        out: set[Block] = set()
        with self._read() as conn:
            for chunk in _chunks(sorted(cluster_ids)):
                query = sa.select(clusters.c.type, clusters.c.country).where(clusters.c.id.in_(chunk)).distinct()
                out.update((t, c) for t, c in conn.execute(query))
        return out

    def cluster_ids(self) -> set[str]:
        with self._read() as conn:
            return set(conn.execute(sa.select(clusters.c.id)).scalars())

    def decisions(self, cluster_id: str | None = None) -> list[StoredDecision]:
        """Analysts' merges and splits, oldest first; with `cluster_id`, those naming any of its
        current mentions (by key, or by an overlapping span of the same document)."""
        with self._read() as conn:
            rows = conn.execute(sa.select(cluster_decisions).order_by(cluster_decisions.c.id)).all()
        out = [
            StoredDecision(r.id, r.kind, list(r.mentions), list(r.others), r.user, r.reason, _utc(r.at)) for r in rows
        ]
        if cluster_id is None:
            return out
        from watchfloor.model import mention_key, parse_key

        spans: dict[str, list[tuple[int, int]]] = {}
        for m in self.merge_mentions(cluster_ids=[cluster_id]):
            ev = m.event.event.evidence
            spans.setdefault(m.content_hash, []).append((ev.start, ev.end))
        keys = {mention_key(h, s, e) for h, ss in spans.items() for s, e in ss}

        def names(key: str) -> bool:
            if key in keys:
                return True
            parsed = parse_key(key)
            return parsed is not None and any(
                s < parsed[2] and parsed[1] < e for s, e in spans.get(parsed[0], [])
            )

        return [d for d in out if any(names(k) for k in (*d.mentions, *d.others))]

    # -- for the merger ---------------------------------------------------------------------------

    def merge_mentions(
        self,
        *,
        document_ids: Sequence[int] | None = None,
        blocks: Iterable[Block] | None = None,
        cluster_ids: Sequence[str] | None = None,
    ) -> list[MentionRow]:
        """Event rows with their document's hash, language and date, in arrival order (document,
        then position in the text). Filters combine; none means every event. Mentions an analyst
        rejected (not an event) are left out: they belong to no canonical event."""
        from watchfloor.store.store import StoredEvent, _event, _targets

        where: list[sa.ColumnElement[bool]] = [_active()]
        if document_ids is not None:
            where.append(events.c.document_id.in_(list(document_ids)))
        if blocks is not None:
            where.append(_in_blocks(events, blocks))
        if cluster_ids is not None:
            where.append(events.c.cluster_id.in_(list(cluster_ids)))
        condition = sa.and_(sa.true(), *where)
        query = (
            sa.select(
                events, documents.c.doc_id, documents.c.source, documents.c.content_hash,
                documents.c.language, documents.c.published,
            )  # fmt: skip
            .join(documents, events.c.document_id == documents.c.id)
            .where(condition)
            .order_by(events.c.document_id, events.c.evidence_start, events.c.id)
        )
        with self._read() as conn:
            by_event = _targets(conn, condition)
            # rows are turned into records as they stream: a full recluster reads every event
            return [
                MentionRow(
                    StoredEvent(row.id, row.document_id, row.doc_id, row.source, _event(row, by_event.pop(row.id, []))),
                    row.content_hash,
                    row.language,
                    row.published,
                )
                for row in conn.execute(query)
            ]

    def cluster_places(self, cluster_ids: Sequence[str]) -> dict[str, list[tuple[Any, ...]]]:
        """The geocoded places of these clusters' mentions (not rejected), by cluster: tuples of
        (country, admin1, place, lat, lon, geo_precision). For exports, which give a canonical
        event the coordinates of a mention at its place; reads no more than that."""
        e = events.c
        out: dict[str, list[tuple[Any, ...]]] = {}
        with self._read() as conn:
            for chunk in _chunks(list(cluster_ids)):
                query = sa.select(e.cluster_id, e.country, e.admin1, e.place, e.lat, e.lon, e.geo_precision).where(
                    e.cluster_id.in_(chunk), e.lat.is_not(None), e.lon.is_not(None), _active()
                )
                for cid, *place in conn.execute(query):
                    out.setdefault(cid, []).append(tuple(place))
        return out

    def unclustered_documents(self) -> list[int]:
        """Documents with events not yet assigned to a canonical event (or to one that is not
        stored: an extractor or an import may bring its own cluster labels)."""
        stored = sa.exists().where(clusters.c.id == events.c.cluster_id)
        query = (
            sa.select(events.c.document_id)
            .where(sa.or_(events.c.cluster_id.is_(None), ~stored), _active())
            .distinct()
        )
        with self._read() as conn:
            return sorted(conn.execute(query).scalars())

    def stale_cluster_blocks(self) -> set[Block]:
        """Blocks of clusters whose stored mention count no longer matches their events (a
        document was re-extracted or deleted, or a mention rejected, since they were computed)."""
        actual = (
            sa.select(sa.func.count())
            .where(events.c.cluster_id == clusters.c.id, _active())
            .scalar_subquery()
        )
        query = sa.select(clusters.c.type, clusters.c.country).where(clusters.c.n_mentions != actual).distinct()
        with self._read() as conn:
            return {(t, c) for t, c in conn.execute(query)}

    def aggregate_rows(self, blocks: Iterable[Block] | None = None) -> list[AggregateRow]:
        """Aggregates that sum events (of these blocks), each with every event it covers."""
        covering = sa.select(aggregate_covers.c.aggregate_id).join(events, aggregate_covers.c.event_id == events.c.id)
        if blocks is not None:
            covering = covering.where(_in_blocks(events, blocks))
        query = (
            sa.select(aggregates, documents.c.doc_id, documents.c.source, aggregate_covers.c.event_id)
            .join(documents, aggregates.c.document_id == documents.c.id)
            .join(aggregate_covers, aggregate_covers.c.aggregate_id == aggregates.c.id)
            .where(aggregates.c.id.in_(covering))
            .order_by(aggregates.c.id, aggregate_covers.c.event_id)
        )
        out: dict[int, AggregateRow] = {}
        with self._read() as conn:
            for row in conn.execute(query):
                known = out.get(row.id)
                covers = (*known.covers, row.event_id) if known else (row.event_id,)
                out[row.id] = AggregateRow(
                    row.id, row.document_id, row.doc_id, row.source, row.type, row.total, row.nationality,
                    row.evidence_text, covers,
                )  # fmt: skip
        return list(out.values())

    def clusters_in(self, blocks: Iterable[Block] | None) -> dict[str, StoredCluster]:
        """Every stored cluster of these blocks (None: all), by id, without mentions."""
        scope = sa.true() if blocks is None else _in_blocks(clusters, list(blocks))
        with self._read() as conn:
            return {row.id: _cluster(row) for row in conn.execute(sa.select(clusters).where(scope))}

    def save_clusters(
        self,
        *,
        blocks: Iterable[Block] | None,
        computed: Sequence[StoredCluster],
        assignments: Mapping[int, str],
        unchanged: Iterable[str] = (),
        decision: Mapping[str, Any] | None = None,
    ) -> None:
        """Write a clustering in one transaction. `computed` and `unchanged` (ids left as stored)
        are all the clusters of `blocks` (None: of the whole store), so stored clusters of those
        blocks that are neither go; `assignments` sets events' cluster ids; `decision` (kind,
        mentions, others, user, reason) is recorded with it."""
        from watchfloor.store.store import _now

        now = _now()
        scope = sa.true() if blocks is None else _in_blocks(clusters, list(blocks))
        with self._write("clusters") as conn:
            if decision is not None:
                conn.execute(sa.insert(cluster_decisions).values(**decision, at=now))
            keep = {c.id for c in computed} | set(unchanged)
            gone = [cid for cid in conn.execute(sa.select(clusters.c.id).where(scope)).scalars() if cid not in keep]
            for chunk in _chunks(gone):
                conn.execute(sa.update(events).where(events.c.cluster_id.in_(chunk)).values(cluster_id=None))
                conn.execute(sa.delete(clusters).where(clusters.c.id.in_(chunk)))
            existing: dict[str, Any] = {}
            for chunk in _chunks([c.id for c in computed]):
                existing.update((row.id, row) for row in conn.execute(sa.select(clusters).where(clusters.c.id.in_(chunk))))
            inserts, updates = [], []
            for c in computed:
                values = {
                    "type": c.type, "country": c.country, "date": c.date, "n_mentions": c.n_mentions,
                    "n_sources": c.n_sources, "n_disagreements": c.n_disagreements,
                    "about": c.canonical.get("about"), "canonical": c.canonical, "disagreements": c.disagreements,
                }  # fmt: skip
                old = existing.get(c.id)
                if old is None:
                    inserts.append({"id": c.id, **values, "created_at": now, "updated_at": now})
                elif any(getattr(old, k) != v for k, v in values.items()):
                    updates.append({"cid": c.id, **{f"v_{k}": v for k, v in values.items()}, "v_updated_at": now})
            if inserts:
                conn.execute(sa.insert(clusters), inserts)
            if updates:
                conn.execute(
                    sa.update(clusters)
                    .where(clusters.c.id == sa.bindparam("cid"))
                    .values({k[2:]: sa.bindparam(k) for k in updates[0] if k != "cid"}),
                    updates,
                )
            if assignments:
                conn.execute(
                    sa.update(events).where(events.c.id == sa.bindparam("eid")).values(cluster_id=sa.bindparam("cid")),
                    [{"eid": e, "cid": c} for e, c in assignments.items()],
                )
            rejected = sa.and_(events.c.review_status == "rejected", events.c.cluster_id.is_not(None))
            conn.execute(sa.update(events).where(rejected).values(cluster_id=None))


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
