"""The REST API under /api: JSON by default, CSV and GeoJSON where a table or a map needs them."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from watchfloor.export import MEDIA_TYPES, SUFFIXES, Filters, render, select
from watchfloor.export.select import claim_record, mention_record
from watchfloor.model import ABOUTS
from watchfloor.store import Store
from watchfloor.store.search import EVENT_FACETS, ClaimQuery, DocumentQuery, EventQuery
from watchfloor.web import clusters as cluster_views
from watchfloor.web.auth import Principal, admin, analyst, viewer
from watchfloor.web.params import claim_query, document_query, event_query, parse_date
from watchfloor.web.serialize import (
    claim_json,
    claims_csv,
    document_json,
    event_json,
    events_csv,
    events_geojson,
)

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=10_000, description="Page size")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip")]
Sort = Annotated[Literal["date", "reported", "type", "total", "country", "id"], Query()]
Order = Annotated[Literal["asc", "desc"], Query()]
Viewer = Annotated[Principal, Depends(viewer)]
Analyst = Annotated[Principal, Depends(analyst)]
Admin = Annotated[Principal, Depends(admin)]
Events = Annotated[EventQuery, Depends(event_query)]
Claims = Annotated[ClaimQuery, Depends(claim_query)]
Documents = Annotated[DocumentQuery, Depends(document_query)]


Download = Literal["jsonl", "parquet", "acled"]  # served by watchfloor.export, as `watchfloor export` writes them


def download(name: str, kind: str, fmt: str, records: list[dict[str, Any]], filters: Filters | None = None) -> Response:
    """An export as a file to save: the same encoding as `watchfloor export`."""
    return Response(render(kind, fmt, records, filters), media_type=MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}.{SUFFIXES[fmt]}"'})  # fmt: skip


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


class ReviewIn(BaseModel):
    action: Literal["confirm", "reject", "edit", "reopen"]
    field: str | None = Field(None, description="For edit: the field to change")
    value: str | None = Field(None, description="For edit: the new value ('' clears it)")
    reason: str | None = None


class MergeIn(BaseModel):
    a: str = Field(description="The canonical event that stays")
    b: str = Field(description="The canonical event merged into it")
    reason: str | None = None


class SplitIn(BaseModel):
    event_ids: list[int] = Field(description="Mentions (event row ids) to move into a new canonical event")
    reason: str | None = None


class UserIn(BaseModel):
    name: str
    password: str
    role: Literal["viewer", "analyst", "admin"] = "analyst"


@router.get("/me", summary="Who the request acts as")
def me(principal: Viewer) -> dict[str, Any]:
    return principal.to_json()


@router.get("/events", summary="Event mentions, filtered, sorted and paginated (JSON, CSV, GeoJSON, JSON lines, Parquet or ACLED's columns)")
def list_events(
    request: Request,
    _: Viewer,
    query: Events,
    sort: Sort = "date",
    order: Order = "desc",
    limit: Limit = 50,
    offset: Offset = 0,
    format: Literal["json", "csv", "geojson", "jsonl", "parquet", "acled"] = "json",
) -> Response:
    page = store_of(request).search_events(query, sort=sort, descending=order == "desc", limit=limit, offset=offset)
    if format in ("jsonl", "parquet", "acled"):
        return download("events", "mentions", format, [mention_record(row, review) for row, review in page.items])
    if format == "csv":
        return Response(events_csv(page.items), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="events.csv"'})  # fmt: skip
    if format == "geojson":
        body = events_geojson(page.items) | {"total": page.total}
        return Response(json.dumps(body, ensure_ascii=False), media_type="application/geo+json")
    items = [event_json(row, review) for row, review in page.items]
    return JSONResponse({"total": page.total, "limit": limit, "offset": offset, "items": items})


@router.get("/events/{event_id}", summary="One event mention with its review, audit trail and canonical event")
def get_event(request: Request, _: Viewer, event_id: int) -> dict[str, Any]:
    return event_detail(store_of(request), event_id)


def event_detail(store: Store, event_id: int) -> dict[str, Any]:
    row = store.event(event_id)
    review = store.review(event_id)
    key = store.mention_key(event_id)
    out = event_json(row, review.status if review else None)
    out["key"] = key
    out["review"] = review.to_json() if review else None
    out["audit"] = [entry.to_json() for entry in store.audit(target_kind="event", targets=[key])]
    out["canonical"] = cluster_views.canonical_of(store, row.event.cluster)
    return out


@router.post("/events/{event_id}/review", summary="Confirm, reject, reopen or edit one field of an event")
def review_event(request: Request, principal: Analyst, event_id: int, body: Annotated[ReviewIn, Body()]) -> dict[str, Any]:
    store = store_of(request)
    review(store, event_id, body.action, user=principal.name, field=body.field, value=body.value, reason=body.reason)
    return event_detail(store, event_id)


def review(
    store: Store, event_id: int, action: str, *, user: str, field: str | None, value: str | None, reason: str | None
) -> None:
    """Record the review, then let the merger place the mention again: an edit can move it to
    another canonical event, a rejection takes it out of its own, reopening brings it back."""
    from watchfloor.merge import recluster

    store.review_event(event_id, action, user=user, field=field, value=value, reason=reason)
    if action != "confirm":
        recluster(store, [store.event(event_id).document_id])


@router.get("/events/{event_id}/audit", summary="The audit trail of one event mention")
def event_audit(request: Request, _: Viewer, event_id: int) -> list[dict[str, Any]]:
    store = store_of(request)
    key = store.mention_key(event_id)
    return [entry.to_json() for entry in store.audit(target_kind="event", targets=[key])]


@router.get("/facets", summary="Counts of event values per field under the current filters")
def facets(
    request: Request,
    _: Viewer,
    query: Events,
    facet: Annotated[list[str], Query(description=f"Fields: {', '.join(EVENT_FACETS)}")] = [],  # noqa: B006
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, list[dict[str, Any]]]:
    fields = facet or list(EVENT_FACETS)
    counted = store_of(request).event_facets(query, fields, limit=limit)
    return {name: [{"value": value, "count": count} for value, count in values] for name, values in counted.items()}


@router.get("/timeline", summary="Events per period by type, and claims per period by topic and stance")
def timeline(
    request: Request,
    _: Viewer,
    query: Events,
    bucket: Literal["day", "week", "month"] = "day",
    topic: Annotated[str | None, Query(description="Claims of this topic only (default: all)")] = None,
    claims: Annotated[bool, Query(description="Include claims")] = True,
) -> dict[str, Any]:
    store = store_of(request)
    out: dict[str, Any] = {
        "bucket": bucket,
        "events": [
            {"period": period.isoformat(), "type": type_, "count": count}
            for period, type_, count in store.event_timeline(query, bucket)
        ],
        "claims": [],
    }
    if claims:
        claim_filter = ClaimQuery(topic=topic or None, since=query.since, until=query.until)
        out["claims"] = [
            {"period": period.isoformat(), "topic": topic_, "stance": stance, "count": count}
            for period, topic_, stance, count in store.claim_timeline(claim_filter, bucket)
        ]
    return out


@router.get("/claims", summary="Claims, filtered and paginated (JSON, CSV, JSON lines or Parquet)")
def list_claims(
    request: Request, _: Viewer, query: Claims, limit: Limit = 50, offset: Offset = 0,
    format: Literal["json", "csv", "jsonl", "parquet"] = "json",
) -> Response:  # fmt: skip
    page = store_of(request).search_claims(query, limit=limit, offset=offset)
    if format in ("jsonl", "parquet"):
        return download("claims", "claims", format, [claim_record(row) for row in page.items])
    items = [claim_json(row) for row in page.items]
    if format == "csv":
        return Response(claims_csv(items), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="claims.csv"'})  # fmt: skip
    return JSONResponse({"total": page.total, "limit": limit, "offset": offset, "items": items})


@router.get("/claims/{claim_id}", summary="One claim")
def get_claim(request: Request, _: Viewer, claim_id: int) -> dict[str, Any]:
    return claim_json(store_of(request).claim(claim_id))


@router.get("/topics", summary="Claim topics with their labels and number of claims")
def topics(request: Request, _: Viewer) -> list[dict[str, Any]]:
    return topic_list(store_of(request))


def topic_list(store: Store) -> list[dict[str, Any]]:
    from watchfloor.extract.topics import load_topics

    counts = dict(store.claim_topics())
    known = [{"id": t.id, "label": t.label, "claims": counts.pop(t.id, 0)} for t in load_topics()]
    return known + [{"id": tid, "label": tid, "claims": n} for tid, n in counts.items()]


@router.get("/documents", summary="Documents, filtered and paginated")
def list_documents(request: Request, _: Viewer, query: Documents, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    page = store_of(request).search_documents(query, limit=limit, offset=offset)
    return {"total": page.total, "limit": limit, "offset": offset, "items": [document_json(r) for r in page.items]}


@router.get("/documents/{document_id}", summary="One document: its text, events, aggregates and claims")
def get_document(request: Request, _: Viewer, document_id: int) -> dict[str, Any]:
    return document_detail(store_of(request), document_id)


def document_detail(store: Store, document_id: int) -> dict[str, Any]:
    row = store.document_row(document_id)
    events = store.search_events(EventQuery(document_id=document_id, review="all"), sort="id", descending=False,
                                 limit=10_000)  # fmt: skip
    return {
        "id": row["id"], "doc_id": row["doc_id"], "source": row["source"], "language": row["language"],
        "published": row["published"].isoformat() if row["published"] else None, "title": row["title"],
        "author": row["author"], "url": row["url"], "content_hash": row["content_hash"], "text": row["text"],
        "events": [event_json(e, review) for e, review in events.items],
        "aggregates": [a.aggregate.to_gold() for a in store.aggregates(document_id=document_id)],
        "claims": [claim_json(c) for c in store.search_claims(ClaimQuery(document_id=document_id), limit=10_000).items],
    }  # fmt: skip


@router.get("/search", summary="Documents, events and claims containing a text")
def search(
    request: Request, _: Viewer, q: Annotated[str, Query(min_length=1)],
    limit: Annotated[int, Query(ge=1, le=200)] = 10,
) -> dict[str, Any]:  # fmt: skip
    store = store_of(request)
    docs = store.search_documents(DocumentQuery(text=q), limit=limit)
    events = store.search_events(EventQuery(text=q), limit=limit)
    found = store.search_claims(ClaimQuery(text=q), limit=limit)
    return {
        "q": q,
        "documents": {"total": docs.total, "items": [document_json(r) for r in docs.items]},
        "events": {"total": events.total, "items": [event_json(e, r) for e, r in events.items]},
        "claims": {"total": found.total, "items": [claim_json(c) for c in found.items]},
    }


@router.get("/clusters", summary="Canonical events (merged across sources); as a file, every one that matches")
def list_clusters(
    request: Request,
    _: Viewer,
    type: str | None = None,
    country: str | None = None,
    nationality: str | None = None,
    since: str | None = None,
    until: str | None = None,
    about: Annotated[str | None, Query(description="What the event is about: " + ", ".join(ABOUTS))] = None,
    limit: Limit = 50,
    offset: Offset = 0,
    format: Literal["json", "csv", "jsonl", "parquet", "geojson", "acled"] = "json",
) -> Any:
    if format != "json":  # a file of every match, as `watchfloor export` writes it
        values = {"type": type, "country": country, "nationality": nationality, "since": since, "until": until,
                  "about": about}  # fmt: skip
        filters = Filters.of("events", {k: v.strip() for k, v in values.items() if v and v.strip()})
        return download("canonical-events", "events", format, select(store_of(request), "events", filters, merge_pending=False),
                        filters)  # fmt: skip
    items = cluster_views.clusters(
        store_of(request), type=(type or "").upper() or None, country=(country or "").upper() or None,
        nationality=(nationality or "").upper() or None, since=parse_date(since, "since"),
        until=parse_date(until, "until"), limit=limit, offset=offset, about=(about or "").lower() or None,
    )  # fmt: skip
    return {"limit": limit, "offset": offset, "items": items}


@router.get("/clusters/{cluster_id}", summary="One canonical event with every mention and source")
def get_cluster(request: Request, _: Viewer, cluster_id: str) -> dict[str, Any]:
    return cluster_views.cluster(store_of(request), cluster_id)


@router.post("/clusters/merge", summary="Merge canonical event b into a")
def merge(request: Request, principal: Analyst, body: Annotated[MergeIn, Body()]) -> dict[str, Any]:
    store = store_of(request)
    kept = cluster_views.merge(store, body.a, body.b, user=principal.name, reason=body.reason)
    return cluster_views.cluster(store, kept)


@router.get("/clusters/{cluster_id}/possible-merges", summary="Canonical events that may be this one, for review")
def possible_merges(request: Request, _: Viewer, cluster_id: str) -> list[dict[str, Any]]:
    return cluster_views.possible(store_of(request), cluster_id)


@router.post("/clusters/reject", summary="Reject a possible merge: a and b are two events")
def reject(request: Request, principal: Analyst, body: Annotated[MergeIn, Body()]) -> dict[str, Any]:
    store = store_of(request)
    cluster_views.reject(store, body.a, body.b, user=principal.name, reason=body.reason)
    return cluster_views.cluster(store, body.a)


@router.post("/clusters/{cluster_id}/split", summary="Move some mentions out into a new canonical event")
def split(request: Request, principal: Analyst, cluster_id: str, body: Annotated[SplitIn, Body()]) -> dict[str, Any]:
    store = store_of(request)
    new = cluster_views.split(store, cluster_id, body.event_ids, user=principal.name, reason=body.reason)
    return cluster_views.cluster(store, new)


@router.get("/audit", summary="Recent analyst actions, newest first")
def audit(request: Request, _: Analyst, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict[str, Any]]:
    return [entry.to_json() for entry in store_of(request).audit(limit=limit)]


@router.get("/users", summary="Accounts (admin)")
def users(request: Request, _: Admin) -> list[dict[str, Any]]:
    return [{"name": u.name, "role": u.role, "created_at": u.created_at.isoformat(timespec="seconds")}
            for u in store_of(request).users()]  # fmt: skip


@router.post("/users", summary="Create an account (admin)", status_code=201)
def add_user(request: Request, principal: Admin, body: Annotated[UserIn, Body()]) -> dict[str, Any]:
    user = store_of(request).add_user(body.name, body.password, body.role, by=principal.name)
    return {"name": user.name, "role": user.role}


@router.post("/users/{name}/tokens", summary="Issue an API token for an account (admin)", status_code=201)
def add_token(request: Request, principal: Admin, name: str, label: str | None = None) -> dict[str, Any]:
    token = store_of(request).add_token(name, label, by=principal.name)
    return {"name": name, "token": token}
