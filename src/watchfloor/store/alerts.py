"""Alerts on saved searches: their definitions, the hits they find, and the hits' deliveries.

Evaluating is one write transaction: for every alert, what arrived above its position (event
mentions that joined a canonical event, claims) is matched against its filters, each match not
found before becomes a hit with one pending delivery per channel, and the positions move up. The
caller delivers after the commit (`claim_deliveries`, then `finish_delivery`), so a crash in between
leaves pending deliveries that the next run sends: each hit is recorded once and delivered once.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from watchfloor.errors import InputError, NotFound
from watchfloor.store._base import StoreBase
from watchfloor.store.schema import alert_deliveries, alert_hits, alerts, claims, clusters, documents, events
from watchfloor.store.search import ClaimQuery, EventQuery

KINDS = ("events", "claims")
# The filters of `watchfloor events` (and the events page) and of claims, as stored in `alerts.filters`.
EVENT_FILTERS = ("type", "nationality", "country", "admin1", "agent", "source", "text", "about", "modality")
CLAIM_FILTERS = ("topic", "stance", "speaker", "source", "text")
MAX_MATCHES = 1000  # hits one alert records per evaluation; a backfill past it goes on at the next one


@dataclass(frozen=True, slots=True)
class StoredAlert:
    id: int
    name: str
    kind: str  # events | claims
    filters: dict[str, Any]
    deliver: list[str]  # channels: "terminal", "jsonl:PATH", "webhook:URL"
    allow_private: bool  # webhooks may reach private and loopback addresses
    event_position: int
    claim_position: int
    created_at: datetime
    evaluated_at: datetime | None
    n_hits: int = 0
    n_unread: int = 0


@dataclass(frozen=True, slots=True)
class StoredHit:
    id: int
    uid: str
    alert: str
    kind: str  # event | claim
    key: str
    record: dict[str, Any]
    created_at: datetime
    read_at: datetime | None


@dataclass(frozen=True, slots=True)
class Delivery:
    id: int
    channel: str
    attempts: int
    last_error: str | None
    delivered_at: datetime | None
    hit: StoredHit
    allow_private: bool
    filters: dict[str, Any]
    # tried before, or claimed by a process whose lease ran out: it may have been sent already
    resumed: bool = False


def event_query(filters: Mapping[str, Any]) -> EventQuery:
    """The events page's query for an alert's filters (unknown names are an InputError)."""
    _check(filters, EVENT_FILTERS)
    types = filters.get("type") or ()
    given: dict[str, Any] = {name: filters.get(name) for name in EVENT_FILTERS if name != "type"}
    return EventQuery(types=tuple(types if isinstance(types, (list, tuple)) else [types]), **given)


def claim_query(filters: Mapping[str, Any]) -> ClaimQuery:
    _check(filters, CLAIM_FILTERS)
    given: dict[str, Any] = {name: filters.get(name) for name in CLAIM_FILTERS}
    return ClaimQuery(**given)


def _check(filters: Mapping[str, Any], allowed: Sequence[str]) -> None:
    unknown = sorted(set(filters) - set(allowed))
    if unknown:
        raise InputError(f"unknown filter {unknown[0]!r}; these apply: {', '.join(allowed)}", input=unknown[0])


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _now() -> datetime:
    return datetime.now(UTC)


class AlertsMixin(StoreBase):
    """Part of `Store`."""

    # -- definitions ------------------------------------------------------------------------------

    def add_alert(
        self,
        name: str,
        kind: str,
        filters: Mapping[str, Any],
        *,
        deliver: Sequence[str] = (),
        allow_private: bool = False,
        backfill: bool = False,
    ) -> StoredAlert:
        """Save an alert. It sees what arrives from now on; with `backfill`, what is stored already too."""
        if kind not in KINDS:
            raise InputError(f"alert kind must be one of {', '.join(KINDS)}", input=kind)
        (event_query if kind == "events" else claim_query)(filters)  # checks the names
        if not name.strip() or len(name) > 100 or not name.isprintable():
            raise InputError("an alert's name is 1 to 100 printable characters", input=name)
        with self._write(name) as conn:
            if conn.execute(sa.select(alerts.c.id).where(alerts.c.name == name)).first() is not None:
                raise InputError(f"an alert named {name!r} exists; remove it first", input=name)
            top_event, top_claim = (0, 0) if backfill else _tops(conn)
            conn.execute(
                sa.insert(alerts).values(
                    name=name, kind=kind, filters=dict(filters), deliver=list(deliver), allow_private=allow_private,
                    event_position=top_event, claim_position=top_claim, created_at=_now(),
                )  # fmt: skip
            )
        return self.alert(name)

    def alerts(self) -> list[StoredAlert]:
        """Every alert, by name, with its number of hits and of unread ones."""
        n_hits = sa.select(sa.func.count()).where(alert_hits.c.alert_id == alerts.c.id).scalar_subquery()
        n_unread = (
            sa.select(sa.func.count())
            .where(alert_hits.c.alert_id == alerts.c.id, alert_hits.c.read_at.is_(None))
            .scalar_subquery()
        )
        with self._read() as conn:
            rows = conn.execute(sa.select(alerts, n_hits.label("n_hits"), n_unread.label("n_unread")).order_by(alerts.c.name))
            return [
                StoredAlert(
                    r.id, r.name, r.kind, dict(r.filters), list(r.deliver), bool(r.allow_private), r.event_position,
                    r.claim_position, _utc(r.created_at) or _now(), _utc(r.evaluated_at), r.n_hits, r.n_unread,
                )  # fmt: skip
                for r in rows
            ]

    def alert(self, name: str) -> StoredAlert:
        for found in self.alerts():
            if found.name == name:
                return found
        raise NotFound(f"no alert named {name!r} (watchfloor alert list shows them)", input=name)

    def remove_alert(self, name: str) -> None:
        """Delete an alert with its hits and their deliveries."""
        with self._write(name) as conn:
            alert_id = conn.execute(sa.select(alerts.c.id).where(alerts.c.name == name)).scalar()
            if alert_id is None:
                raise NotFound(f"no alert named {name!r} (watchfloor alert list shows them)", input=name)
            hit_ids = sa.select(alert_hits.c.id).where(alert_hits.c.alert_id == alert_id)
            conn.execute(sa.delete(alert_deliveries).where(alert_deliveries.c.hit_id.in_(hit_ids)))
            conn.execute(sa.delete(alert_hits).where(alert_hits.c.alert_id == alert_id))
            conn.execute(sa.delete(alerts).where(alerts.c.id == alert_id))

    # -- evaluation -------------------------------------------------------------------------------

    def evaluate_alerts(self) -> list[StoredHit]:
        """Match what is new against every alert, record new hits with their pending deliveries,
        move the positions up: one transaction. Returns the new hits."""
        found: list[int] = []
        with self._read() as conn:  # most stores have no alert: no write lock for them
            if conn.execute(sa.select(alerts.c.id).limit(1)).first() is None:
                return []
        with self._write("alerts") as conn:
            # FOR UPDATE: two evaluators on PostgreSQL take turns (SQLite's writers already do)
            rows = conn.execute(sa.select(alerts).order_by(alerts.c.id).with_for_update()).all()
            if not rows:
                return []
            top_event, top_claim = _tops(conn)
            now = _now()
            for row in rows:
                event_position, claim_position = top_event, top_claim
                if row.kind == "events" and row.event_position < top_event:
                    matches, event_position = _event_matches(conn, row, top_event)
                elif row.kind == "claims" and row.claim_position < top_claim:
                    matches, claim_position = _claim_matches(conn, row, top_claim)
                else:
                    continue
                found += _record(conn, row, matches, now)
                conn.execute(
                    sa.update(alerts)
                    .where(alerts.c.id == row.id)
                    .values(event_position=event_position, claim_position=claim_position, evaluated_at=now)
                )
        return self.hits(ids=found) if found else []

    # -- hits -------------------------------------------------------------------------------------

    def hits(
        self,
        *,
        alert: str | None = None,
        unread: bool = False,
        ids: Sequence[int] | None = None,
        limit: int = 1000,
    ) -> list[StoredHit]:
        """Hits, newest first."""
        query = sa.select(alert_hits, alerts.c.name).join(alerts, alerts.c.id == alert_hits.c.alert_id)
        if alert is not None:
            query = query.where(alerts.c.name == alert)
        if unread:
            query = query.where(alert_hits.c.read_at.is_(None))
        if ids is not None:
            query = query.where(alert_hits.c.id.in_(list(ids)))
        query = query.order_by(alert_hits.c.id.desc()).limit(limit)
        with self._read() as conn:
            return [_hit(r) for r in conn.execute(query)]

    def mark_read(self, hit_ids: Sequence[int] | None = None, *, alert: str | None = None) -> int:
        """Mark hits read (these ids; or every unread one, of one alert if given). Returns how many."""
        where: list[sa.ColumnElement[bool]] = [alert_hits.c.read_at.is_(None)]
        if hit_ids is not None:
            where.append(alert_hits.c.id.in_(list(hit_ids)))
        if alert is not None:
            where.append(alert_hits.c.alert_id.in_(sa.select(alerts.c.id).where(alerts.c.name == alert)))
        with self._write("alert hits") as conn:
            return int(conn.execute(sa.update(alert_hits).where(*where).values(read_at=_now())).rowcount)

    # -- deliveries -------------------------------------------------------------------------------

    def deliveries(self, *, alert: str | None = None, pending: bool = False, hit_ids: Sequence[int] | None = None) -> list[Delivery]:
        query = _delivery_select()
        if alert is not None:
            query = query.where(alerts.c.name == alert)
        if pending:
            query = query.where(alert_deliveries.c.delivered_at.is_(None))
        if hit_ids is not None:
            query = query.where(alert_deliveries.c.hit_id.in_(list(hit_ids)))
        with self._read() as conn:
            return [_delivery(r) for r in conn.execute(query.order_by(alert_deliveries.c.id))]

    def claim_deliveries(
        self,
        *,
        limit: int = 20,
        lease: timedelta = timedelta(minutes=10),
        max_attempts: int | None = None,
        skip: Sequence[tuple[str, bool]] = (),
    ) -> list[Delivery]:
        """The oldest pending deliveries no other process is sending, leased to us for `lease`
        (finish each with `finish_delivery`; a process that dies holding them leaves them to the
        others when the lease runs out). `max_attempts`: leave those tried that often;
        `skip`: leave these (channel, allow private) pairs, e.g. a webhook that is down."""
        now = _now()
        pending = sa.select(alert_deliveries.c.id).where(alert_deliveries.c.delivered_at.is_(None)).limit(1)
        with self._read() as conn:  # nothing pending, the usual case: no write lock
            if conn.execute(pending).first() is None:
                return []
        free = sa.or_(alert_deliveries.c.lease_until.is_(None), alert_deliveries.c.lease_until < now)
        query = _delivery_select().where(alert_deliveries.c.delivered_at.is_(None), free)
        if max_attempts is not None:
            query = query.where(alert_deliveries.c.attempts < max_attempts)
        for channel, allow_private in skip:
            query = query.where(sa.not_(sa.and_(alert_deliveries.c.channel == channel, alerts.c.allow_private == allow_private)))
        query = query.order_by(alert_deliveries.c.id).limit(limit)
        if self._engine.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True, of=alert_deliveries)
        with self._write("alert deliveries") as conn:
            rows = conn.execute(query).all()
            if rows:
                ids = [row.delivery_id for row in rows]
                conn.execute(sa.update(alert_deliveries).where(alert_deliveries.c.id.in_(ids)).values(lease_until=now + lease))
            return [_delivery(row) for row in rows]

    def release_deliveries(self, delivery_ids: Sequence[int]) -> None:
        """Give claimed deliveries back untried (pending, no attempt counted)."""
        if delivery_ids:
            with self._write("alert deliveries") as conn:
                conn.execute(
                    sa.update(alert_deliveries).where(alert_deliveries.c.id.in_(list(delivery_ids))).values(lease_until=None)
                )

    def finish_delivery(self, delivery_id: int, error: str | None = None) -> None:
        """Mark a claimed delivery delivered, or (with `error`) failed this time: pending again."""
        values: dict[str, Any] = {"lease_until": None, "attempts": alert_deliveries.c.attempts + 1}
        if error is None:
            values["delivered_at"] = _now()
            values["last_error"] = None
        else:
            values["last_error"] = error[:1000]
        with self._write("alert deliveries") as conn:
            conn.execute(sa.update(alert_deliveries).where(alert_deliveries.c.id == delivery_id).values(**values))


# -- evaluation, inside the transaction -----------------------------------------------------------

Match = tuple[str, str, dict[str, Any]]  # (kind, key, record)


def _tops(conn: sa.Connection) -> tuple[int, int]:
    """The highest event and claim ids to evaluate up to. An event not yet in a canonical event
    (the merger has not run since it was stored) holds the events' position below it."""
    top_event = conn.execute(sa.select(sa.func.max(events.c.id))).scalar() or 0
    active = sa.or_(events.c.review_status.is_(None), events.c.review_status != "rejected")
    waiting = conn.execute(sa.select(sa.func.min(events.c.id)).where(events.c.cluster_id.is_(None), active)).scalar()
    if waiting is not None:
        top_event = min(top_event, waiting - 1)
    top_claim = conn.execute(sa.select(sa.func.max(claims.c.id))).scalar() or 0
    return int(top_event), int(top_claim)


def _event_matches(conn: sa.Connection, alert: sa.Row[Any], top: int) -> tuple[list[Match], int]:
    """Canonical events with a mention above the position that matches every filter (the events
    page's conditions over mentions), in order of their first such mention; and the position
    reached (`top`, or less when MAX_MATCHES stopped it)."""
    conditions = event_query(alert.filters).conditions()
    new = sa.and_(events.c.id > alert.event_position, events.c.id <= top, events.c.cluster_id.is_not(None))
    query = (
        sa.select(events.c.id, events.c.cluster_id, events.c.evidence_text, documents.c.doc_id, documents.c.source)
        .join(documents, events.c.document_id == documents.c.id)
        .where(new, *conditions)
        .order_by(events.c.id)
    )
    matched: dict[str, list[dict[str, Any]]] = {}
    reached = top
    for row in conn.execute(query):
        if row.cluster_id not in matched and len(matched) >= MAX_MATCHES:
            reached = row.id - 1
            break
        matched.setdefault(row.cluster_id, []).append(
            {"event": row.id, "doc_id": row.doc_id, "source": row.source, "evidence": row.evidence_text}
        )
    if not matched:
        return [], reached
    canonical: dict[str, sa.Row[Any]] = {}
    for chunk in _chunks(list(matched)):
        canonical.update((r.id, r) for r in conn.execute(sa.select(clusters).where(clusters.c.id.in_(chunk))))
    out: list[Match] = []
    for cid, mentions in matched.items():
        found = canonical.get(cid)
        if found is None:  # a label no canonical event stands for yet: the next evaluation sees it
            continue
        record = {
            **{k: v for k, v in dict(found.canonical).items() if k != "why"},
            "cluster": cid,
            "n_mentions": found.n_mentions,
            "n_sources": found.n_sources,
            "n_disagreements": found.n_disagreements,
            "disagreements": list(found.disagreements),
            "matched": mentions,
        }
        out.append(("event", cid, record))
    return out, reached


def _claim_matches(conn: sa.Connection, alert: sa.Row[Any], top: int) -> tuple[list[Match], int]:
    conditions = claim_query(alert.filters).conditions()
    query = (
        sa.select(claims, documents.c.doc_id, documents.c.source, documents.c.content_hash)
        .join(documents, claims.c.document_id == documents.c.id)
        .where(claims.c.id > alert.claim_position, claims.c.id <= top, *conditions)
        .order_by(claims.c.id)
        .limit(MAX_MATCHES)
    )
    out: list[Match] = []
    rows = conn.execute(query).all()
    reached = rows[-1].id if len(rows) >= MAX_MATCHES else top
    for r in rows:
        key = f"{r.content_hash}:{r.evidence_start}-{r.evidence_end}"
        record = {
            "id": r.id, "document": {"id": r.document_id, "doc_id": r.doc_id, "source": r.source},
            "local_id": r.local_id, "speaker": {"text": r.speaker_text, "kind": r.speaker_kind},
            "platform": r.platform, "date": r.date.isoformat() if r.date else None, "date_precision": r.date_precision,
            "topic": r.topic, "stance": r.stance, "summary": r.summary, "evidence": r.evidence_text,
            "evidence_span": [r.evidence_start, r.evidence_end],
        }  # fmt: skip
        out.append(("claim", key, record))
    return out, reached


def _record(conn: sa.Connection, alert: sa.Row[Any], matches: list[Match], now: datetime) -> list[int]:
    """Insert the matches not hit before, each with a pending delivery per channel; their ids."""
    if not matches:
        return []
    known: set[tuple[str, str]] = set()
    for chunk in _chunks([key for _, key, _ in matches]):
        query = sa.select(alert_hits.c.kind, alert_hits.c.key).where(
            alert_hits.c.alert_id == alert.id, alert_hits.c.key.in_(chunk)
        )
        known.update((k, key) for k, key in conn.execute(query))
    ids: list[int] = []
    for kind, key, record in matches:
        if (kind, key) in known:
            continue
        known.add((kind, key))
        result = conn.execute(
            sa.insert(alert_hits).values(
                alert_id=alert.id, uid=uuid.uuid4().hex, kind=kind, key=key, record=record, created_at=now
            )
        )
        hit_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        ids.append(hit_id)
        if alert.deliver:
            conn.execute(
                sa.insert(alert_deliveries),
                [{"hit_id": hit_id, "channel": channel, "attempts": 0} for channel in alert.deliver],
            )
    return ids


def _chunks(items: Sequence[str], size: int = 500) -> list[Sequence[str]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def _hit(r: sa.Row[Any]) -> StoredHit:
    return StoredHit(
        r.id, r.uid, r.name, r.kind, r.key, dict(r.record), _utc(r.created_at) or _now(), _utc(r.read_at)
    )


def _delivery_select() -> sa.Select[Any]:
    return (
        sa.select(
            alert_deliveries.c.id.label("delivery_id"), alert_deliveries.c.channel, alert_deliveries.c.attempts,
            alert_deliveries.c.last_error, alert_deliveries.c.delivered_at, alert_deliveries.c.lease_until,
            alert_hits, alerts.c.name,
            alerts.c.allow_private, alerts.c.filters,
        )  # fmt: skip
        .join(alert_hits, alert_hits.c.id == alert_deliveries.c.hit_id)
        .join(alerts, alerts.c.id == alert_hits.c.alert_id)
    )


def _delivery(r: sa.Row[Any]) -> Delivery:
    return Delivery(
        r.delivery_id, r.channel, r.attempts, r.last_error, _utc(r.delivered_at), _hit(r), bool(r.allow_private),
        dict(r.filters), resumed=r.attempts > 0 or r.lease_until is not None,
    )
