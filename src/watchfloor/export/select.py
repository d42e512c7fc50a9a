"""What an export or a frame holds: the filters, and the records they select from the store.

Four kinds of record, each a JSON-ready dict:

- **events**: canonical events, exactly as `watchfloor events --format json` prints them, plus
  the coordinates of the mention whose place the canonical event took (`lat`, `lon`,
  `geo_precision`) and when the merger last changed it (`updated_at`);
- **mentions**: each source's event, as the API's `/api/events` items (gold fields, document,
  review status, coordinates);
- **claims**: as the API's `/api/claims` items;
- **documents**: stored documents without their text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from watchfloor.errors import InputError
from watchfloor.model import ABOUTS, MODALITIES, STANCES

if TYPE_CHECKING:
    from watchfloor.store import DocumentRow, Store, StoredClaim, StoredCluster, StoredEvent

KINDS = ("events", "mentions", "claims", "documents")
_ALL = 10**9  # "no limit" for the store's paginated reads

# Which filters make sense for which kind (names as the CLI options and `frame()` keywords spell them).
_EVENT_FILTERS = ("type", "country", "nationality", "since", "until", "about", "admin1", "agent", "source",
                  "modality", "text")  # fmt: skip
FILTERS: dict[str, tuple[str, ...]] = {
    "events": _EVENT_FILTERS,
    "mentions": _EVENT_FILTERS,
    "claims": ("topic", "stance", "speaker", "since", "until", "text", "source"),
    "documents": ("source", "language", "since", "until", "text"),
}


@dataclass(frozen=True, slots=True)
class Filters:
    """Each given filter must hold. `type` is one or more event types; `since`/`until` are
    inclusive and leave out undated rows; text filters match case-insensitively inside the
    evidence (and place and agent for events). For canonical events, `nationality`, `admin1`,
    `agent`, `source`, `modality` and `text` hold when any of the event's mentions matches."""

    type: tuple[str, ...] = ()
    country: str | None = None
    nationality: str | None = None
    since: date | None = None
    until: date | None = None
    about: str | None = None
    admin1: str | None = None
    agent: str | None = None
    source: str | None = None
    modality: str | None = None
    text: str | None = None
    topic: str | None = None
    stance: str | None = None
    speaker: str | None = None
    language: str | None = None

    @classmethod
    def of(cls, kind: str, values: Mapping[str, Any]) -> Filters:
        """Filters from keywords (as `frame()` takes them): names are checked against the kind,
        dates may be ISO strings, `type` a string or a list, codes any case."""
        if kind not in KINDS:
            raise InputError(f"kind must be one of {', '.join(KINDS)}", input=kind)
        allowed = FILTERS[kind]
        given = {k: v for k, v in values.items() if v is not None and v != "" and v != ()}
        for name in given:
            if name not in allowed:
                raise InputError(f"not a filter of {kind}; use one of {', '.join(allowed)}", input=name)
        out: dict[str, Any] = {}
        for name, value in given.items():
            if name == "type":
                items = [value] if isinstance(value, str) else list(value)
                out["type"] = _types(items)
            elif name in ("since", "until"):
                out[name] = _date(value, name)
            elif name in ("country", "nationality"):
                out[name] = _code(value, name)
            elif name == "about":
                out[name] = _choice(value, ABOUTS, name)
            elif name == "modality":
                out[name] = _choice(value, MODALITIES, name)
            elif name == "stance":
                out[name] = _choice(value, STANCES, name)
            else:
                out[name] = str(value).strip()
        return cls(**out)

    def given(self) -> dict[str, Any]:
        """The filters set, JSON-ready (for an export's metadata)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == ():
                continue
            out[f.name] = value.isoformat() if isinstance(value, date) else list(value) if f.name == "type" else value
        return out


def _types(items: Iterable[Any]) -> tuple[str, ...]:
    from watchfloor.extract.ontology import event_types

    known = event_types()
    out = []
    for item in items:
        for part in str(item).split(","):
            code = part.strip().upper()
            if not code:
                continue
            if code not in known:
                raise InputError(f"not an event type; use one of {', '.join(known)}", input=part.strip())
            out.append(code)
    return tuple(dict.fromkeys(out))


def _date(value: Any, name: str) -> date:
    if isinstance(value, date):
        return value.date() if hasattr(value, "date") and callable(value.date) else value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{value!r} is not a date in the form YYYY-MM-DD", input=name) from None


def _code(value: Any, name: str) -> str:
    code = str(value).strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise InputError(f"{value!r} is not an ISO 3166-1 alpha-3 code (e.g. TUR)", input=name)
    return code


def _choice(value: Any, choices: tuple[str, ...], name: str) -> str:
    text = str(value).strip().lower()
    if text not in choices:
        raise InputError(f"{value!r} is not one of {', '.join(choices)}", input=name)
    return text


# -- records ------------------------------------------------------------------------------------


def select(store: Store, kind: str, filters: Filters, *, merge_pending: bool = True) -> list[dict[str, Any]]:
    """The records of one kind that the filters select, in a stable order (events by date, undated
    last; mentions by date then id; claims and documents newest first). `merge_pending` first
    merges events not yet in a canonical event, as `watchfloor events` does (a write; the web
    app, which only reads, leaves it to ingest)."""
    if kind == "events":
        return canonical_records(store, filters, merge_pending=merge_pending)
    if kind == "mentions":
        return mention_records(store, filters)
    if kind == "claims":
        return claim_records(store, filters)
    if kind == "documents":
        return document_records(store, filters)
    raise InputError(f"kind must be one of {', '.join(KINDS)}", input=kind)


def _event_query(filters: Filters, *, mention_level_only: bool = False) -> Any:
    from watchfloor.store.search import EventQuery

    if mention_level_only:  # what the canonical events' own columns cannot answer
        return EventQuery(admin1=filters.admin1, agent=filters.agent, source=filters.source,
                          modality=filters.modality, text=filters.text)  # fmt: skip
    return EventQuery(
        types=filters.type, since=filters.since, until=filters.until, country=filters.country,
        admin1=filters.admin1, nationality=filters.nationality, agent=filters.agent, source=filters.source,
        modality=filters.modality, about=filters.about, text=filters.text,
    )  # fmt: skip


def canonical_records(store: Store, filters: Filters, *, merge_pending: bool = True) -> list[dict[str, Any]]:
    if merge_pending:  # as `watchfloor events` does: a store filled before merging existed
        from watchfloor.merge import assign_pending

        assign_pending(store)
    one_type = filters.type[0] if len(filters.type) == 1 else None
    rows = store.clusters(
        type=one_type, country=filters.country, nationality=filters.nationality, since=filters.since,
        until=filters.until, about=filters.about, limit=_ALL,
    )  # fmt: skip
    if len(filters.type) > 1:
        rows = [r for r in rows if r.type in filters.type]
    if any((filters.admin1, filters.agent, filters.source, filters.modality, filters.text)):
        page = store.search_events(_event_query(filters, mention_level_only=True), sort="id", limit=_ALL)
        matched = {row.event.cluster for row, _ in page.items}
        rows = [r for r in rows if r.id in matched]
    places = _places(store, rows)
    return [canonical_record(row, places.get(row.id)) for row in rows]


def canonical_record(cluster: StoredCluster, place: tuple[float, float, int | None] | None) -> dict[str, Any]:
    """The record `watchfloor events --format json` prints, with coordinates and a timestamp."""
    lat, lon, precision = place if place else (None, None, None)
    return {
        **cluster.canonical,
        "cluster": cluster.id,
        "n_mentions": cluster.n_mentions,
        "n_sources": cluster.n_sources,
        "n_disagreements": cluster.n_disagreements,
        "disagreements": cluster.disagreements,
        "lat": lat,
        "lon": lon,
        "geo_precision": precision,
        "updated_at": cluster.updated_at.isoformat(timespec="seconds") if cluster.updated_at else None,
    }


def _places(store: Store, clusters: list[StoredCluster]) -> dict[str, tuple[float, float, int | None]]:
    """Each canonical event's coordinates: those of a mention at the canonical place (the merger
    keeps the most specific place its mentions give; mentions are geocoded, clusters are not).
    A mention in the same province stands in when none has the exact place (precision 2, "part
    of a region", at best); an event with no mention there has no coordinates rather than
    someone else's."""
    located = store.cluster_places([c.id for c in clusters])
    out: dict[str, tuple[float, float, int | None]] = {}
    for cluster in clusters:
        where = cluster.canonical.get("location") or {}
        wanted = (where.get("country"), where.get("admin1"), where.get("place"))
        candidates = located.get(cluster.id, [])
        exact = [p for p in candidates if p[:3] == wanted]
        near = [p for p in candidates if wanted[1] and p[:2] == wanted[:2]]
        if exact:
            *_, lat, lon, precision = min(exact, key=lambda p: p[5] or 4)
            out[cluster.id] = (lat, lon, precision)
        elif near:
            *_, lat, lon, precision = min(near, key=lambda p: p[5] or 4)
            out[cluster.id] = (lat, lon, max(precision or 3, 2))
    return out


def mention_records(store: Store, filters: Filters) -> list[dict[str, Any]]:
    page = store.search_events(_event_query(filters), sort="date", descending=False, limit=_ALL)
    return [mention_record(row, review) for row, review in page.items]


def mention_record(row: StoredEvent, review: str | None) -> dict[str, Any]:
    event = row.event
    gold = event.to_gold()
    gold["local_id"] = gold.pop("id")
    loc = event.location
    return {
        "id": row.id,
        "document": {"id": row.document_id, "doc_id": row.doc_id, "source": row.source},
        "nationalities": sorted(event.nationalities),
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geo_precision": loc.precision if loc else None,
        "review": review,
        **gold,
    }


def claim_records(store: Store, filters: Filters) -> list[dict[str, Any]]:
    from watchfloor.store.search import ClaimQuery

    query = ClaimQuery(topic=filters.topic, stance=filters.stance, speaker=filters.speaker, since=filters.since,
                       until=filters.until, text=filters.text, source=filters.source)  # fmt: skip
    return [claim_record(row) for row in store.search_claims(query, limit=_ALL).items]


def claim_record(row: StoredClaim) -> dict[str, Any]:
    gold = row.claim.to_gold()
    gold["local_id"] = gold.pop("id")
    return {"id": row.id, "document": {"id": row.document_id, "doc_id": row.doc_id, "source": row.source}, **gold}


def document_records(store: Store, filters: Filters) -> list[dict[str, Any]]:
    from watchfloor.store.search import DocumentQuery

    query = DocumentQuery(source=filters.source, language=filters.language, since=filters.since,
                          until=filters.until, text=filters.text)  # fmt: skip
    return [document_record(r) for r in store.search_documents(query, limit=_ALL).items]


def document_record(row: DocumentRow) -> dict[str, Any]:
    return {
        "id": row.id, "doc_id": row.doc_id, "source": row.source, "language": row.language,
        "published": row.published.isoformat() if row.published else None, "title": row.title,
        "n_events": row.n_events,
    }  # fmt: skip
