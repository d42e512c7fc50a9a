"""The store: documents and what was extracted from them, over SQLAlchemy Core.

SQLite (one file) is the default; any SQLAlchemy URL works, so PostgreSQL can follow. Every write
is one transaction (`BEGIN IMMEDIATE` on SQLite, so writers queue instead of failing mid-way);
reads run in a plain transaction and see one snapshot.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from watchfloor.errors import NotFound, StoreError
from watchfloor.model import (
    Agent,
    Aggregate,
    Claim,
    Document,
    Event,
    Evidence,
    Extraction,
    FetchState,
    Location,
    Speaker,
    Target,
)
from watchfloor.store.accounts import AccountsMixin
from watchfloor.store.alerts import AlertsMixin
from watchfloor.store.channels import ChannelsMixin
from watchfloor.store.clusters import ClustersMixin
from watchfloor.store.reviews import ReviewsMixin, apply_reviews
from watchfloor.store.schema import (
    aggregate_covers,
    aggregates,
    claims,
    documents,
    events,
    failures,
    fetch_state,
    targets,
)
from watchfloor.store.search import SearchMixin

if TYPE_CHECKING:
    import pandas as pd

MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 10_000
_WRITE = "watchfloor_write"  # execution option that makes the SQLite BEGIN an IMMEDIATE one


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    doc_id: str
    source: str | None
    language: str | None
    published: date | None
    title: str | None
    n_events: int


@dataclass(frozen=True, slots=True)
class FailureRow:
    input: str
    stage: str
    reason: str
    attempts: int
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: int
    document_id: int
    doc_id: str
    source: str | None
    event: Event


@dataclass(frozen=True, slots=True)
class StoredAggregate:
    id: int
    document_id: int
    doc_id: str
    source: str | None
    aggregate: Aggregate


@dataclass(frozen=True, slots=True)
class StoredClaim:
    id: int
    document_id: int
    doc_id: str
    source: str | None
    claim: Claim


class Store(AccountsMixin, ReviewsMixin, SearchMixin, ClustersMixin, AlertsMixin, ChannelsMixin):
    """A handle on one database. Use `Store.open`; close it (or use `with`) when done."""

    def __init__(self, engine: sa.Engine, name: str) -> None:
        self._engine = engine
        self.name = name  # the path or password-free URL, for messages

    @classmethod
    def open(cls, target: str | Path) -> Store:
        """Open (creating if needed) the store at a file path or SQLAlchemy URL, and migrate it."""
        url = _url(target)
        name = str(target) if url.get_backend_name() == "sqlite" else url.render_as_string()
        if url.get_backend_name() == "sqlite" and url.database:
            parent = Path(url.database).parent
            if not parent.is_dir():
                raise StoreError(f"directory {parent} does not exist", input=name)
        try:
            engine = sa.create_engine(url)
        except (sa.exc.ArgumentError, ImportError) as exc:  # unknown dialect or driver not installed
            raise StoreError(f"cannot use this database: {exc}", input=name) from exc
        if engine.dialect.name == "sqlite":
            _configure_sqlite(engine)
        store = cls(engine, name)
        try:
            with store._write(name) as conn:
                _upgrade(conn)
        except StoreError:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writes -----------------------------------------------------------------------------------

    def add(self, document: Document, extraction: Extraction | None) -> tuple[int, bool]:
        """Store a document and its extraction in one transaction.

        Returns (document row id, True), or (existing row id, False) when a document with the same
        text, or the same source key, is already stored; then nothing is written. The first
        version under a source key is kept: an edited post or a re-fetched page that changed is
        not a new document, and its events are not counted twice.
        """
        with self._write(document.doc_id) as conn:
            existing = _document_id(conn, document.hash, document.source_key)
            if existing is not None:
                return existing, False
            values = {
                "content_hash": document.hash,
                "doc_id": document.doc_id,
                "source": document.source,
                "language": document.language,
                "published": document.published,
                "title": document.title,
                "author": document.author,
                "url": document.url,
                "origin": document.origin,
                "meta": document.meta,
                "text": document.text,
                "ingested_at": _now(),
                "source_key": document.source_key,
            }
            document_id = _scalar_id(conn.execute(sa.insert(documents).values(values)))
            if extraction is not None:
                _insert_extraction(conn, document_id, extraction)
            return document_id, True

    def replace_extraction(self, document_id: int, extraction: Extraction) -> None:
        """Swap a document's events, aggregates and claims for new ones, in one transaction."""
        with self._write(str(document_id)) as conn:
            if _document_label(conn, document_id) is None:
                raise NotFound(f"no document with id {document_id}", input=str(document_id))
            for table in (events, aggregates, claims):  # targets and covers go by cascade
                conn.execute(sa.delete(table).where(table.c.document_id == document_id))
            _insert_extraction(conn, document_id, extraction)

    def record_failure(self, input: str, stage: str, reason: str) -> None:
        """Note that `input` failed at `stage`; a repeat failure counts one more attempt."""
        now = _now()
        with self._write(input) as conn:
            updated = conn.execute(
                sa.update(failures)
                .where(failures.c.input == input)
                .values(stage=stage, reason=reason, attempts=failures.c.attempts + 1, last_seen=now)
            )
            if updated.rowcount == 0:
                conn.execute(
                    sa.insert(failures).values(
                        input=input, stage=stage, reason=reason, attempts=1, first_seen=now, last_seen=now
                    )
                )

    def clear_failure(self, input: str) -> None:
        with self._write(input) as conn:
            conn.execute(sa.delete(failures).where(failures.c.input == input))

    # -- reads ------------------------------------------------------------------------------------

    def has_document(self, content_hash: str | None, source_key: str | None = None) -> bool:
        """Whether a document with this text hash, or this source key, is stored."""
        with self._read() as conn:
            return _document_id(conn, content_hash, source_key) is not None

    def fetch_state(self, url: str) -> FetchState | None:
        with self._read() as conn:
            row = conn.execute(sa.select(fetch_state).where(fetch_state.c.url == url)).first()
        if row is None:
            return None
        return FetchState(
            url=row.url,
            etag=row.etag,
            last_modified=row.last_modified,
            last_status=row.last_status,
            last_error=row.last_error,
            last_fetched=_aware(row.last_fetched) if row.last_fetched else None,
            next_due=_aware(row.next_due) if row.next_due else None,
        )

    def save_fetch_state(self, state: FetchState) -> None:
        """Insert or replace what is known of `state.url`."""
        values = {
            "etag": state.etag,
            "last_modified": state.last_modified,
            "last_status": state.last_status,
            "last_error": state.last_error,
            "last_fetched": state.last_fetched,
            "next_due": state.next_due,
        }
        with self._write(state.url) as conn:
            updated = conn.execute(sa.update(fetch_state).where(fetch_state.c.url == state.url).values(values))
            if updated.rowcount == 0:
                conn.execute(sa.insert(fetch_state).values(url=state.url, **values))

    def document(self, id: int) -> Document:
        with self._read() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == id)).first()
        if row is None:
            raise NotFound(f"no document with id {id}", input=str(id))
        return Document(
            doc_id=row.doc_id,
            text=row.text,
            language=row.language,
            published=row.published,
            source=row.source,
            title=row.title,
            author=row.author,
            url=row.url,
            origin=row.origin,
            meta=dict(row.meta),
            source_key=row.source_key,
        )

    def documents(self) -> list[DocumentRow]:
        n_events = (
            sa.select(sa.func.count())
            .where(events.c.document_id == documents.c.id)
            .scalar_subquery()
            .label("n_events")
        )
        query = sa.select(
            documents.c.id,
            documents.c.doc_id,
            documents.c.source,
            documents.c.language,
            documents.c.published,
            documents.c.title,
            n_events,
        ).order_by(documents.c.id)
        with self._read() as conn:
            return [DocumentRow(*row) for row in conn.execute(query)]

    def events(
        self,
        *,
        type: str | None = None,
        country: str | None = None,
        nationality: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        about: str | None = None,
    ) -> list[StoredEvent]:
        """Events matching every given filter, by date (undated last) then id.

        `country` is where it happened; `nationality` matches any of its targets; `since` and
        `until` (inclusive) leave out undated events; `about` is what it is about (model.ABOUTS).
        """
        conditions: list[sa.ColumnElement[bool]] = []
        if type is not None:
            conditions.append(events.c.type == type)
        if country is not None:
            conditions.append(events.c.country == country)
        if nationality is not None:
            conditions.append(
                sa.exists().where(targets.c.event_id == events.c.id, targets.c.nationality == nationality)
            )
        if since is not None:
            conditions.append(events.c.date >= since)
        if until is not None:
            conditions.append(events.c.date <= until)
        if about is not None:
            conditions.append(events.c.about == about)
        order = (events.c.date.nulls_last(), events.c.id)
        chosen = sa.select(events.c.id).where(*conditions).order_by(*order).limit(limit)
        query = (
            sa.select(events, documents.c.doc_id, documents.c.source)
            .join(documents, events.c.document_id == documents.c.id)
            .where(events.c.id.in_(chosen))
            .order_by(*order)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
            by_event = _targets(conn, events.c.id.in_(chosen))
        return [
            StoredEvent(
                row.id, row.document_id, row.doc_id, row.source, _event(row, by_event.get(row.id, []))
            )
            for row in rows
        ]

    def aggregates(self, *, document_id: int | None = None) -> list[StoredAggregate]:
        where = [] if document_id is None else [aggregates.c.document_id == document_id]
        query = (
            sa.select(aggregates, documents.c.doc_id, documents.c.source)
            .join(documents, aggregates.c.document_id == documents.c.id)
            .where(*where)
            .order_by(aggregates.c.id)
        )
        covers_query = (
            sa.select(aggregate_covers.c.aggregate_id, events.c.local_id)
            .join(events, aggregate_covers.c.event_id == events.c.id)
            .join(aggregates, aggregate_covers.c.aggregate_id == aggregates.c.id)
            .where(*where)
            .order_by(events.c.id)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
            covers: dict[int, list[str]] = {}
            for aggregate_id, local_id in conn.execute(covers_query):
                covers.setdefault(aggregate_id, []).append(local_id)
        return [
            StoredAggregate(
                row.id,
                row.document_id,
                row.doc_id,
                row.source,
                Aggregate(
                    id=row.local_id,
                    type=row.type,
                    evidence=_evidence_of(row),
                    total=row.total,
                    nationality=row.nationality,
                    covers=covers.get(row.id, []),
                ),
            )
            for row in rows
        ]

    def claims(self, *, document_id: int | None = None) -> list[StoredClaim]:
        where = [] if document_id is None else [claims.c.document_id == document_id]
        query = (
            sa.select(claims, documents.c.doc_id, documents.c.source)
            .join(documents, claims.c.document_id == documents.c.id)
            .where(*where)
            .order_by(claims.c.id)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            StoredClaim(
                row.id,
                row.document_id,
                row.doc_id,
                row.source,
                Claim(
                    id=row.local_id,
                    speaker=Speaker(text=row.speaker_text, kind=row.speaker_kind),
                    evidence=_evidence_of(row),
                    topic=row.topic,
                    stance=row.stance,
                    platform=row.platform,
                    date=row.date,
                    date_precision=row.date_precision,
                    summary=row.summary,
                ),
            )
            for row in rows
        ]

    def failures(self) -> list[FailureRow]:
        query = sa.select(
            failures.c.input,
            failures.c.stage,
            failures.c.reason,
            failures.c.attempts,
            failures.c.first_seen,
            failures.c.last_seen,
        ).order_by(failures.c.id)
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            FailureRow(
                row.input, row.stage, row.reason, row.attempts, _aware(row.first_seen), _aware(row.last_seen)
            )
            for row in rows
        ]

    def counts(self) -> dict[str, int]:
        tables = {
            "documents": documents,
            "events": events,
            "aggregates": aggregates,
            "claims": claims,
            "failures": failures,
        }
        with self._read() as conn:
            return {
                name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                for name, table in tables.items()
            }

    def frame(self, kind: str, **filters: Any) -> pd.DataFrame:
        """A pandas DataFrame of "events" (canonical), "mentions", "claims" or "documents", with
        typed columns; filters as `watchfloor export` takes them (watchfloor.export.frames)."""
        from watchfloor.export.frames import frame

        return frame(self, kind, **filters)

    # -- transactions -----------------------------------------------------------------------------

    @contextmanager
    def _write(self, input: str) -> Iterator[sa.Connection]:
        """One write transaction; database errors become StoreError naming `input`."""
        try:
            with self._engine.connect() as conn:
                conn.execution_options(**{_WRITE: True})
                with conn.begin():
                    yield conn
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(_reason(exc), input=input) from exc

    @contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(_reason(exc), input=self.name) from exc


# -- opening --------------------------------------------------------------------------------------


def _url(target: str | Path) -> sa.URL:
    if isinstance(target, str) and "://" in target:
        try:
            return sa.make_url(target)
        except sa.exc.ArgumentError as exc:
            raise StoreError("not a valid database URL", input=target) from exc
    return sa.URL.create("sqlite", database=str(Path(target).expanduser()))


def _configure_sqlite(engine: sa.Engine) -> None:
    """WAL, foreign keys, a busy timeout, and SQLAlchemy (not sqlite3) emitting BEGIN."""

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # stop sqlite3 from emitting its own BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # WAL with NORMAL sync: a killed process loses nothing committed; only a power cut may
        # drop the last transactions, never corrupt. Saves a disk sync per stored document.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()
        # SQLite's lower() folds ASCII only; text search must match "газиантеп" to "Газиантеп".
        dbapi_connection.create_function("lower", 1, _lower, deterministic=True)

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


# Alembic keeps its migration context in module globals, so two threads must not migrate at once.
_MIGRATING = threading.Lock()
_PG_MIGRATION_LOCK = 0x77617463  # advisory lock key: serialises migrations across processes


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _upgrade(conn: sa.Connection) -> None:
    """Run `alembic upgrade head` inside the caller's transaction, one migrator at a time."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    with _MIGRATING:
        _run_alembic(conn)


def _run_alembic(conn: sa.Connection) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def _reason(exc: sa.exc.SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig) if orig is not None else str(exc).splitlines()[0]


# -- writing rows ---------------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; we only ever write UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _scalar_id(result: sa.CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _document_id(conn: sa.Connection, content_hash: str | None, source_key: str | None = None) -> int | None:
    same = [documents.c.content_hash == content_hash] if content_hash is not None else []
    if source_key is not None:
        same.append(documents.c.source_key == source_key)
    if not same:
        return None
    query = sa.select(documents.c.id).where(sa.or_(*same)).order_by(documents.c.id).limit(1)
    return conn.execute(query).scalar_one_or_none()


def _document_label(conn: sa.Connection, document_id: int) -> str | None:
    query = sa.select(documents.c.doc_id).where(documents.c.id == document_id)
    return conn.execute(query).scalar_one_or_none()


def _evidence_values(evidence: Evidence) -> dict[str, Any]:
    return {"evidence_start": evidence.start, "evidence_end": evidence.end, "evidence_text": evidence.text}


def _insert_extraction(conn: sa.Connection, document_id: int, extraction: Extraction) -> None:
    event_ids: dict[str, int] = {}
    for event in extraction.events:
        event_id = _scalar_id(conn.execute(sa.insert(events).values(_event_values(document_id, event))))
        event_ids[event.id] = event_id
        rows = [_target_values(event_id, i, t) for i, t in enumerate(event.targets)]
        if rows:
            conn.execute(sa.insert(targets), rows)
    apply_reviews(conn, document_id)  # analysts' confirmations and edits outlive re-extraction
    for aggregate in extraction.aggregates:
        values = {
            "document_id": document_id,
            "local_id": aggregate.id,
            "type": aggregate.type,
            "total": aggregate.total,
            "nationality": aggregate.nationality,
            **_evidence_values(aggregate.evidence),
            "data": aggregate.to_gold(),
        }
        aggregate_id = _scalar_id(conn.execute(sa.insert(aggregates).values(values)))
        unknown = [local for local in aggregate.covers if local not in event_ids]
        if unknown:
            raise StoreError(
                f"aggregate {aggregate.id} covers unknown events {', '.join(unknown)}",
                input=extraction.doc_id,
            )
        covered = sorted({event_ids[local] for local in aggregate.covers})
        if covered:
            conn.execute(
                sa.insert(aggregate_covers), [{"aggregate_id": aggregate_id, "event_id": e} for e in covered]
            )
    for claim in extraction.claims:
        values = {
            "document_id": document_id,
            "local_id": claim.id,
            "speaker_text": claim.speaker.text,
            "speaker_kind": claim.speaker.kind,
            "platform": claim.platform,
            "date": claim.date,
            "date_precision": claim.date_precision,
            "topic": claim.topic,
            "stance": claim.stance,
            "summary": claim.summary,
            **_evidence_values(claim.evidence),
            "data": claim.to_gold(),
        }
        conn.execute(sa.insert(claims).values(values))


def _event_values(document_id: int, event: Event) -> dict[str, Any]:
    agent = event.agent or Agent()
    location = event.location or Location()
    return {
        "document_id": document_id,
        "local_id": event.id,
        "type": event.type,
        "date": event.date,
        "date_precision": event.date_precision,
        "reported": event.reported,
        "country": location.country,
        "admin1": location.admin1,
        "place": location.place,
        "location_text": location.text,
        "lat": location.lat,
        "lon": location.lon,
        "geo_precision": location.precision,
        "agent_text": agent.text,
        "agent_country": agent.country,
        "agent_sector": agent.sector,
        "agent_name": agent.name,
        "total": event.total,
        "total_min": event.total_min,
        "killed": event.killed,
        "wounded": event.wounded,
        "weapon": event.weapon,
        "destination": event.destination,
        "affiliation": event.affiliation,
        "attribution": event.attribution,
        "modality": event.modality,
        **_evidence_values(event.evidence),
        "cluster_id": event.cluster,
        "about": event.about,
        "data": event.to_gold(),
    }


def _target_values(event_id: int, position: int, target: Target) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "position": position,
        "count": target.count,
        "nationality": target.nationality,
        "ethnicity": target.ethnicity,
        "region": target.region,
        "text": target.text,
        "approx_count": target.approx_count,
        "kind": target.kind,
    }


# -- reading rows ---------------------------------------------------------------------------------


def _evidence_of(row: sa.Row[Any]) -> Evidence:
    return Evidence(start=row.evidence_start, end=row.evidence_end, text=row.evidence_text)


def _targets(conn: sa.Connection, event_filter: sa.ColumnElement[bool]) -> dict[int, list[Target]]:
    query = (
        sa.select(targets)
        .join(events, targets.c.event_id == events.c.id)
        .where(event_filter)
        .order_by(targets.c.event_id, targets.c.position)
    )
    out: dict[int, list[Target]] = {}
    for row in conn.execute(query).mappings():  # mappings: `count` is also a tuple method on Row
        out.setdefault(row["event_id"], []).append(
            Target(
                count=row["count"],
                nationality=row["nationality"],
                ethnicity=row["ethnicity"],
                region=row["region"],
                text=row["text"],
                approx_count=row["approx_count"],
                kind=row["kind"],
            )
        )
    return out


def _event(row: sa.Row[Any], event_targets: Sequence[Target]) -> Event:
    # `data` (the gold dict) tells whether the agent and location were there at all.
    agent = (
        Agent(text=row.agent_text, country=row.agent_country, sector=row.agent_sector, name=row.agent_name)
        if row.data.get("agent") is not None
        else None
    )
    location = (
        Location(
            text=row.location_text,
            country=row.country,
            admin1=row.admin1,
            place=row.place,
            lat=row.lat,
            lon=row.lon,
            precision=row.geo_precision,
        )
        if row.data.get("location") is not None
        else None
    )
    return Event(
        id=row.local_id,
        type=row.type,
        evidence=_evidence_of(row),
        date=row.date,
        date_precision=row.date_precision,
        reported=row.reported,
        agent=agent,
        targets=list(event_targets),
        total=row.total,
        total_min=row.total_min,
        killed=row.killed,
        wounded=row.wounded,
        weapon=row.weapon,
        location=location,
        destination=row.destination,
        affiliation=row.affiliation,
        attribution=row.attribution,
        modality=row.modality,
        cluster=row.cluster_id,
        about=row.about or "other",
        # ATTACK roles live in `data` only
        perpetrators=list(row.data.get("perpetrators") or []),
        victims=list(row.data.get("victims") or []),
        objects=list(row.data.get("objects") or []),
        weapons=list(row.data.get("weapons") or []),
        more_evidence=[Evidence(int(a), int(b), str(text)) for a, b, text in row.data.get("more_evidence") or []],
    )
