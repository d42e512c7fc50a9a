"""Filtered, sorted, paginated reads for the web app and API: events, claims, documents, facets and
timelines. Every filter is a SQL condition over indexed columns, so pages stay fast at 100k events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from watchfloor.errors import InputError, NotFound
from watchfloor.store._base import StoreBase
from watchfloor.store.schema import audit_log, claims, documents, events, targets

if TYPE_CHECKING:
    from watchfloor.store.store import DocumentRow, StoredClaim, StoredEvent

REVIEW_FILTERS = ("active", "all", "confirmed", "rejected", "unreviewed")
BUCKETS = ("day", "week", "month")
EVENT_SORTS: dict[str, sa.ColumnElement[Any]] = {
    "date": events.c.date,
    "reported": events.c.reported,
    "type": events.c.type,
    "total": events.c.total,
    "country": events.c.country,
    "id": events.c.id,
}
EVENT_FACETS: dict[str, sa.ColumnElement[Any]] = {
    "type": events.c.type,
    "country": events.c.country,
    "admin1": events.c.admin1,
    "modality": events.c.modality,
    "about": events.c.about,
    "agent_sector": events.c.agent_sector,
    "review": events.c.review_status,
    "source": documents.c.source,
    "nationality": targets.c.nationality,
}


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters over event mentions; each given one must hold. `review="active"` hides rejected ones."""

    types: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    country: str | None = None
    admin1: str | None = None
    nationality: str | None = None
    agent: str | None = None
    source: str | None = None
    modality: str | None = None
    about: str | None = None  # model.ABOUTS
    text: str | None = None
    document_id: int | None = None
    cluster: str | None = None
    review: str = "active"

    def conditions(self) -> list[sa.ColumnElement[bool]]:
        c = events.c
        out: list[sa.ColumnElement[bool]] = []
        if self.types:
            out.append(c.type.in_(self.types))
        if self.since is not None:
            out.append(c.date >= self.since)
        if self.until is not None:
            out.append(c.date <= self.until)
        if self.country:
            out.append(c.country == self.country)
        if self.admin1:
            out.append(c.admin1 == self.admin1)
        if self.nationality:
            # IN, not a correlated EXISTS: SQLite would probe targets by nationality once per event.
            out.append(c.id.in_(sa.select(targets.c.event_id).where(targets.c.nationality == self.nationality)))
        if self.agent:
            out.append(
                sa.or_(
                    c.agent_sector == self.agent.upper(),
                    c.agent_name.icontains(self.agent, autoescape=True),
                    c.agent_text.icontains(self.agent, autoescape=True),
                )
            )
        if self.source:
            out.append(c.document_id.in_(sa.select(documents.c.id).where(documents.c.source == self.source)))
        if self.modality:
            out.append(c.modality == self.modality)
        if self.about:
            out.append(c.about == self.about)
        if self.text:
            out.append(
                sa.or_(
                    c.evidence_text.icontains(self.text, autoescape=True),
                    c.location_text.icontains(self.text, autoescape=True),
                    c.agent_text.icontains(self.text, autoescape=True),
                )
            )
        if self.document_id is not None:
            out.append(c.document_id == self.document_id)
        if self.cluster:
            out.append(c.cluster_id == self.cluster)
        if self.review not in REVIEW_FILTERS:
            raise InputError(f"review must be one of {', '.join(REVIEW_FILTERS)}", input=self.review)
        if self.review == "active":
            out.append(sa.or_(c.review_status.is_(None), c.review_status != "rejected"))
        elif self.review == "unreviewed":
            out.append(c.review_status.is_(None))
        elif self.review != "all":
            out.append(c.review_status == self.review)
        return out


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    topic: str | None = None
    stance: str | None = None
    speaker: str | None = None  # speaker kind, or text contained in the speaker's name
    since: date | None = None
    until: date | None = None
    text: str | None = None
    source: str | None = None
    document_id: int | None = None

    def conditions(self) -> list[sa.ColumnElement[bool]]:
        c = claims.c
        out: list[sa.ColumnElement[bool]] = []
        if self.topic:
            out.append(c.topic == self.topic)
        if self.stance:
            out.append(c.stance == self.stance)
        if self.speaker:
            out.append(
                sa.or_(c.speaker_kind == self.speaker, c.speaker_text.icontains(self.speaker, autoescape=True))
            )
        if self.since is not None:
            out.append(c.date >= self.since)
        if self.until is not None:
            out.append(c.date <= self.until)
        if self.text:
            out.append(
                sa.or_(
                    c.evidence_text.icontains(self.text, autoescape=True),
                    c.summary.icontains(self.text, autoescape=True),
                )
            )
        if self.source:
            out.append(c.document_id.in_(sa.select(documents.c.id).where(documents.c.source == self.source)))
        if self.document_id is not None:
            out.append(c.document_id == self.document_id)
        return out


@dataclass(frozen=True, slots=True)
class DocumentQuery:
    source: str | None = None
    language: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None

    def conditions(self) -> list[sa.ColumnElement[bool]]:
        c = documents.c
        out: list[sa.ColumnElement[bool]] = []
        if self.source:
            out.append(c.source == self.source)
        if self.language:
            out.append(c.language == self.language)
        if self.since is not None:
            out.append(c.published >= self.since)
        if self.until is not None:
            out.append(c.published <= self.until)
        if self.text:
            out.append(
                sa.or_(c.title.icontains(self.text, autoescape=True), c.text.icontains(self.text, autoescape=True))
            )
        return out


@dataclass(frozen=True, slots=True)
class Page:
    total: int
    items: list[Any] = field(default_factory=list)


# Moves whenever events are added, replaced, deleted or reviewed (reviews write the audit log).
_VERSION = sa.select(
    sa.select(sa.func.max(events.c.id)).scalar_subquery(),
    sa.select(sa.func.count()).select_from(events).scalar_subquery(),
    sa.select(sa.func.max(audit_log.c.id)).scalar_subquery(),
)


def bucket_start(day: date, bucket: str) -> date:
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    return day


class SearchMixin(StoreBase):
    def event(self, id: int) -> StoredEvent:
        rows = self._stored_events(events.c.id == id, ())
        if not rows:
            raise NotFound(f"no event with id {id}", input=str(id))
        return rows[0][0]

    def search_events(
        self, query: EventQuery, *, sort: str = "date", descending: bool = True, limit: int = 50, offset: int = 0
    ) -> Page:
        """One page of (event, review status) and how many events match in all."""
        if sort not in EVENT_SORTS:
            raise InputError(f"sort must be one of {', '.join(EVENT_SORTS)}", input=sort)
        conditions = query.conditions()
        key = EVENT_SORTS[sort]
        order = (self._order(key, descending), self._order(events.c.id, descending))
        chosen = sa.select(events.c.id).where(*conditions).order_by(*order).limit(limit).offset(offset)
        with self._read() as conn:
            ids = list(conn.execute(chosen).scalars())
            total = conn.execute(sa.select(sa.func.count()).select_from(events).where(*conditions)).scalar_one()
        by_id = {row[0].id: row for row in self._stored_events(events.c.id.in_(ids), ())} if ids else {}
        return Page(total, [by_id[i] for i in ids if i in by_id])

    def event_facets(self, query: EventQuery, fields: Sequence[str], *, limit: int = 20) -> dict[str, list[tuple[Any, int]]]:
        """For each field, its most frequent values among matching events, with counts."""
        out: dict[str, list[tuple[Any, int]]] = {}
        conditions = query.conditions()
        with self._read() as conn:
            for name in fields:
                if name not in EVENT_FACETS:
                    raise InputError(f"facet must be one of {', '.join(EVENT_FACETS)}", input=name)
                column = EVENT_FACETS[name]
                n = sa.func.count().label("n")
                select = sa.select(column, n).select_from(events)
                if name == "source":
                    select = select.join(documents, events.c.document_id == documents.c.id)
                elif name == "nationality":
                    select = select.join(targets, targets.c.event_id == events.c.id)
                select = select.where(*conditions).group_by(column).order_by(n.desc(), column).limit(limit)
                out[name] = [(value, count) for value, count in conn.execute(select)]
        return out

    def event_timeline(self, query: EventQuery, bucket: str = "day") -> list[tuple[date, str, int]]:
        """(period start, type, number of events) for dated events, by period then type."""
        if bucket not in BUCKETS:
            raise InputError(f"bucket must be one of {', '.join(BUCKETS)}", input=bucket)
        n = sa.func.count()
        select = (
            sa.select(events.c.date, events.c.type, n)
            .where(events.c.date.is_not(None), *query.conditions())
            .group_by(events.c.type, events.c.date)  # the order of ix_events_type_date_review: no sort
        )
        with self._read() as conn:
            # Counting every event is the one query that grows with the store: remember answers
            # until the events change (any writer, any process, moves this version).
            version = conn.execute(_VERSION).one()
            cache: dict[tuple[Any, ...], list[tuple[date, str, int]]] = self.__dict__.setdefault("_timelines", {})
            key = (query, bucket, tuple(version))
            if key in cache:
                return cache[key]
            counts: dict[tuple[date, str], int] = {}
            for day, type_, count in conn.execute(select):
                period = bucket_start(day, bucket)
                counts[(period, type_)] = counts.get((period, type_), 0) + count
        out = [(period, type_, count) for (period, type_), count in sorted(counts.items())]
        if len(cache) >= 64:
            cache.clear()
        cache[key] = out
        return out

    def search_claims(self, query: ClaimQuery, *, limit: int = 50, offset: int = 0) -> Page:
        conditions = query.conditions()
        chosen = (
            sa.select(claims.c.id)
            .where(*conditions)
            .order_by(self._order(claims.c.date, True), claims.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self._read() as conn:
            ids = list(conn.execute(chosen).scalars())
            total = conn.execute(sa.select(sa.func.count()).select_from(claims).where(*conditions)).scalar_one()
        found = {c.id: c for c in self._stored_claims(claims.c.id.in_(ids))} if ids else {}
        return Page(total, [found[i] for i in ids if i in found])

    def claim(self, id: int) -> StoredClaim:
        found = self._stored_claims(claims.c.id == id)
        if not found:
            raise NotFound(f"no claim with id {id}", input=str(id))
        return found[0]

    def claim_timeline(self, query: ClaimQuery, bucket: str = "day") -> list[tuple[date, str, str, int]]:
        """(period start, topic, stance, number of claims) for dated claims."""
        if bucket not in BUCKETS:
            raise InputError(f"bucket must be one of {', '.join(BUCKETS)}", input=bucket)
        c = claims.c
        select = (
            sa.select(c.date, c.topic, c.stance, sa.func.count())
            .where(c.date.is_not(None), *query.conditions())
            .group_by(c.date, c.topic, c.stance)
        )
        counts: dict[tuple[date, str, str], int] = {}
        with self._read() as conn:
            for day, topic, stance, count in conn.execute(select):
                key = (bucket_start(day, bucket), topic, stance)
                counts[key] = counts.get(key, 0) + count
        return [(*key, count) for key, count in sorted(counts.items())]

    def claim_topics(self) -> list[tuple[str, int]]:
        n = sa.func.count().label("n")
        with self._read() as conn:
            rows = conn.execute(sa.select(claims.c.topic, n).group_by(claims.c.topic).order_by(n.desc()))
            return [(topic, count) for topic, count in rows]

    def search_documents(self, query: DocumentQuery, *, limit: int = 50, offset: int = 0) -> Page:
        from watchfloor.store.store import DocumentRow

        conditions = query.conditions()
        n_events = (
            sa.select(sa.func.count()).where(events.c.document_id == documents.c.id).scalar_subquery().label("n")
        )
        select = (
            sa.select(
                documents.c.id, documents.c.doc_id, documents.c.source, documents.c.language,
                documents.c.published, documents.c.title, n_events,
            )  # fmt: skip
            .where(*conditions)
            .order_by(self._order(documents.c.published, True), documents.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self._read() as conn:
            rows: list[DocumentRow] = [DocumentRow(*row) for row in conn.execute(select)]
            total = conn.execute(sa.select(sa.func.count()).select_from(documents).where(*conditions)).scalar_one()
        return Page(total, rows)

    def document_row(self, id: int) -> dict[str, Any]:
        """A document's stored columns (for the document page), or NotFound."""
        with self._read() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == id)).first()
        if row is None:
            raise NotFound(f"no document with id {id}", input=str(id))
        return dict(row._mapping)

    def cluster_mentions(self, cluster_id: str) -> list[tuple[StoredEvent, str | None]]:
        return self._stored_events(events.c.cluster_id == cluster_id, (events.c.date, events.c.id))

    # -- helpers ----------------------------------------------------------------------------------

    def _order(self, column: sa.ColumnElement[Any], descending: bool) -> sa.ColumnElement[Any]:
        # Missing values last either way, on both engines. Each engine's natural order is kept
        # where it already does so (SQLite descending, PostgreSQL ascending), so its index serves it.
        if descending:
            return column.desc().nulls_last() if self._engine.dialect.name == "postgresql" else column.desc()
        return column.asc().nulls_last() if self._engine.dialect.name == "sqlite" else column.asc()

    def _stored_events(
        self, where: sa.ColumnElement[bool], order: Sequence[sa.ColumnElement[Any]]
    ) -> list[tuple[StoredEvent, str | None]]:
        from watchfloor.store.store import StoredEvent, _event, _targets

        query = (
            sa.select(events, documents.c.doc_id, documents.c.source)
            .join(documents, events.c.document_id == documents.c.id)
            .where(where)
            .order_by(*order)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
            by_event = _targets(conn, where)
        return [
            (
                StoredEvent(row.id, row.document_id, row.doc_id, row.source, _event(row, by_event.get(row.id, []))),
                row.review_status,
            )
            for row in rows
        ]

    def _stored_claims(self, where: sa.ColumnElement[bool]) -> list[StoredClaim]:
        from watchfloor.model import Claim, Evidence, Speaker
        from watchfloor.store.store import StoredClaim

        query = (
            sa.select(claims, documents.c.doc_id, documents.c.source)
            .join(documents, claims.c.document_id == documents.c.id)
            .where(where)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            StoredClaim(
                row.id, row.document_id, row.doc_id, row.source,
                Claim(
                    id=row.local_id, speaker=Speaker(text=row.speaker_text, kind=row.speaker_kind),
                    evidence=Evidence(row.evidence_start, row.evidence_end, row.evidence_text),
                    topic=row.topic, stance=row.stance, platform=row.platform, date=row.date,
                    date_precision=row.date_precision, summary=row.summary,
                ),
            )  # fmt: skip
            for row in rows
        ]
