"""The analyst's pages: server-rendered HTML over the same store queries as the API."""

from __future__ import annotations

import secrets
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from watchfloor.model import EVENT_TYPES, MODALITIES
from watchfloor.store import Store
from watchfloor.store.reviews import EDITABLE
from watchfloor.store.search import REVIEW_FILTERS, ClaimQuery, DocumentQuery, EventQuery
from watchfloor.web import clusters as cluster_views
from watchfloor.web.api import document_detail, event_detail, review, store_of, topic_list
from watchfloor.web.auth import LOGIN_COOKIE, SESSION_COOKIE, LoginThrottle, Principal, analyst, viewer
from watchfloor.web.charts import choose_bucket, timeline_chart
from watchfloor.web.errors import HTTPProblem
from watchfloor.web.highlight import Span, pieces, window
from watchfloor.web.params import claim_query, document_query, event_query

router = APIRouter(include_in_schema=False)
Viewer = Annotated[Principal, Depends(viewer)]
Analyst = Annotated[Principal, Depends(analyst)]
Events = Annotated[EventQuery, Depends(event_query)]
PAGE = 50
FACETS = ("type", "about", "country", "nationality", "admin1", "modality", "source", "review")


def render(request: Request, template: str, principal: Principal | None, nav: str, **context: Any) -> HTMLResponse:
    body = request.app.state.templates.get_template(template).render(
        principal=principal,
        csrf=principal.csrf if principal and principal.csrf else "",
        nav=nav,
        vendor=request.app.state.vendor,
        **context,
    )
    return HTMLResponse(body)


def _query_string(request: Request, **changes: Any) -> str:
    """The current query string with some parameters replaced (None drops one)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes and v != ""]
    params += [(k, str(v)) for k, v in changes.items() if v is not None and v != ""]
    return urlencode(params)


def _field_values(event: dict[str, Any]) -> dict[str, Any]:
    location = event.get("location") or {}
    agent = event.get("agent") or {}
    targets = event.get("targets") or []
    return {
        "type": event["type"], "date": event["date"], "date_precision": event["date_precision"],
        "total": event["total"], "total_min": event["total_min"], "killed": event["killed"],
        "wounded": event["wounded"], "nationality": targets[0].get("nationality") if targets else None,
        "country": location.get("country"), "admin1": location.get("admin1"), "place": location.get("place"),
        "location_text": location.get("text"), "agent_text": agent.get("text"),
        "agent_country": agent.get("country"), "agent_sector": agent.get("sector"), "weapon": event["weapon"],
        "destination": event["destination"], "affiliation": event["affiliation"],
        "attribution": event["attribution"], "modality": event["modality"], "about": event.get("about"),
    }  # fmt: skip


@router.get("/")
def home() -> Response:
    return RedirectResponse("/events", status_code=307)


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request,
    principal: Viewer,
    query: Events,
    sort: Literal["date", "reported", "type", "total", "country", "id"] = "date",
    order: Literal["asc", "desc"] = "desc",
    page: Annotated[int, Query(ge=1)] = 1,
) -> HTMLResponse:
    store = store_of(request)
    found = store.search_events(query, sort=sort, descending=order == "desc", limit=PAGE, offset=(page - 1) * PAGE)
    facets = store.event_facets(query, FACETS, limit=12)
    pages = max(1, (found.total + PAGE - 1) // PAGE)
    return render(
        request, "events.html", principal, "events",
        rows=found.items, total=found.total, page=page, pages=pages, sort=sort, order=order, query=query,
        facets=facets, types=EVENT_TYPES, modalities=MODALITIES, reviews=REVIEW_FILTERS,
        qs=lambda **changes: _query_string(request, **changes),
    )  # fmt: skip


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, principal: Viewer, event_id: int) -> HTMLResponse:
    store = store_of(request)
    detail = event_detail(store, event_id)
    canonical = detail["canonical"]
    mentions = canonical["mentions"] if canonical else [detail]
    sources = []
    for mention in mentions:
        text = store.document(mention["document"]["id"]).text
        start, end = mention["evidence_span"]
        lo, hi = window(text, start, end)
        kind = "focus" if mention["id"] == event_id else "event"
        span = Span(start - lo, end - lo, kind, f"event {mention['id']} {mention['type']}")
        also = [text[int(a):int(b)] for a, b, *_ in mention.get("more_evidence") or []]  # the act told again
        sources.append({
            "mention": mention, "pieces": pieces(text[lo:hi], [span]), "cut_before": lo > 0, "cut_after": hi < len(text),
            "also": also,
        })  # fmt: skip
    return render(
        request, "event.html", principal, "events",
        event=detail, sources=sources, fields=_field_values(detail), editable=list(EDITABLE),
        edits=(detail["review"] or {}).get("edits", {}), canonical=canonical,
    )  # fmt: skip


@router.post("/events/{event_id}/review")
def review_form(
    request: Request,
    principal: Analyst,
    event_id: int,
    action: Annotated[str, Form()],
    field: Annotated[str | None, Form()] = None,
    value: Annotated[str | None, Form()] = None,
    reason: Annotated[str | None, Form()] = None,
) -> Response:
    review(store_of(request), event_id, action, user=principal.name, field=field or None,
           value=value if value is not None else "", reason=reason or None)  # fmt: skip
    return RedirectResponse(f"/events/{event_id}#audit", status_code=303)


@router.get("/clusters", response_class=HTMLResponse)
def clusters_page(
    request: Request,
    principal: Viewer,
    query: Events,
    page: Annotated[int, Query(ge=1)] = 1,
) -> HTMLResponse:
    """Canonical events: one row per real-world event, however many reports."""
    rows = cluster_views.clusters(
        store_of(request), type=query.types[0] if query.types else None, country=query.country,
        nationality=query.nationality, since=query.since, until=query.until, limit=PAGE + 1, offset=(page - 1) * PAGE,
        about=query.about,
    )  # fmt: skip
    return render(request, "clusters.html", principal, "clusters", rows=rows[:PAGE], more=len(rows) > PAGE,
                  page=page, query=query, types=EVENT_TYPES, qs=lambda **changes: _query_string(request, **changes))  # fmt: skip


@router.get("/clusters/{cluster_id}", response_class=HTMLResponse)
def cluster_page(request: Request, principal: Viewer, cluster_id: str) -> HTMLResponse:
    cluster = cluster_views.cluster(store_of(request), cluster_id)
    audit = store_of(request).audit(target_kind="cluster", targets=[cluster_id])
    possible = cluster_views.possible(store_of(request), cluster_id)
    return render(request, "cluster.html", principal, "events", cluster=cluster, audit=audit, possible=possible)


@router.post("/clusters/{cluster_id}/merge")
def merge_form(
    request: Request, principal: Analyst, cluster_id: str, other: Annotated[str, Form()],
    reason: Annotated[str | None, Form()] = None,
) -> Response:  # fmt: skip
    kept = cluster_views.merge(store_of(request), cluster_id, other.strip(), user=principal.name, reason=reason or None)
    return RedirectResponse(f"/clusters/{kept}", status_code=303)


@router.post("/clusters/{cluster_id}/reject")
def reject_form(
    request: Request, principal: Analyst, cluster_id: str, other: Annotated[str, Form()],
    reason: Annotated[str | None, Form()] = None,
) -> Response:  # fmt: skip
    cluster_views.reject(store_of(request), cluster_id, other.strip(), user=principal.name, reason=reason or None)
    return RedirectResponse(f"/clusters/{cluster_id}", status_code=303)


@router.post("/clusters/{cluster_id}/split")
def split_form(
    request: Request, principal: Analyst, cluster_id: str, event_id: Annotated[list[int], Form()],
    reason: Annotated[str | None, Form()] = None,
) -> Response:  # fmt: skip
    new = cluster_views.split(store_of(request), cluster_id, event_id, user=principal.name, reason=reason or None)
    return RedirectResponse(f"/clusters/{new}", status_code=303)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(
    request: Request,
    principal: Viewer,
    query: Annotated[DocumentQuery, Depends(document_query)],
    page: Annotated[int, Query(ge=1)] = 1,
) -> HTMLResponse:
    found = store_of(request).search_documents(query, limit=PAGE, offset=(page - 1) * PAGE)
    pages = max(1, (found.total + PAGE - 1) // PAGE)
    return render(request, "documents.html", principal, "documents", rows=found.items, total=found.total, page=page,
                  pages=pages, query=query, qs=lambda **changes: _query_string(request, **changes))  # fmt: skip


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, principal: Viewer, document_id: int) -> HTMLResponse:
    detail = document_detail(store_of(request), document_id)
    spans = [
        Span(e["evidence_span"][0], e["evidence_span"][1], "event", f"event {e['id']} {e['type']}", f"e{e['id']}")
        for e in detail["events"]
    ] + [
        Span(c["evidence_span"][0], c["evidence_span"][1], "claim", f"claim {c['id']} {c['topic']}", f"c{c['id']}")
        for c in detail["claims"]
    ]
    return render(request, "document.html", principal, "documents", doc=detail, pieces=pieces(detail["text"], spans))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request,
    principal: Viewer,
    query: Events,
    bucket: Literal["day", "week", "month"] = "week",
    topic: str | None = None,
) -> HTMLResponse:
    store = store_of(request)
    chart = _chart(store, query, bucket, topic or None, link="/events?" + _query_string(request, type=None,
                   since=None, until=None, bucket=None, topic=None) + "&")  # fmt: skip
    return render(request, "timeline.html", principal, "timeline", chart=chart, query=query, bucket=bucket,
                  topic=topic or "", topics=topic_list(store), types=EVENT_TYPES)  # fmt: skip


def _chart(store: Store, query: EventQuery, bucket: str, topic: str | None, *, link: str) -> Any:
    events = store.event_timeline(query, "day")
    claims = store.claim_timeline(ClaimQuery(topic=topic, since=query.since, until=query.until), "day")
    days = [d for d, _, _ in events] + [d for d, *_ in claims]
    if days:
        bucket = choose_bucket(min(days), max(days), bucket)
        events = store.event_timeline(query, bucket)
        claims = store.claim_timeline(ClaimQuery(topic=topic, since=query.since, until=query.until), bucket)
    return timeline_chart(events, claims, bucket, link=link)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, principal: Viewer, query: Events) -> HTMLResponse:
    data_url = "/api/events?" + _query_string(request, format="geojson", limit=10_000, sort="total")
    return render(request, "map.html", principal, "map", query=query, data_url=data_url, types=EVENT_TYPES)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(
    request: Request,
    principal: Viewer,
    cquery: Annotated[ClaimQuery, Depends(claim_query)],
    type: Annotated[list[str], Query()] = [],  # noqa: B006
    bucket: Literal["day", "week", "month"] = "week",
) -> HTMLResponse:
    """Claims on one topic against the events of the same period: what was said versus what happened."""
    store = store_of(request)
    topics = topic_list(store)
    claims = store.search_claims(cquery, limit=200)
    dates = [c.claim.date for c in claims.items if c.claim.date]
    types = tuple(t.upper() for t in type if t)
    equery = EventQuery(types=types, since=cquery.since or (min(dates) if dates else None),
                        until=cquery.until or (max(dates) if dates else None))  # fmt: skip
    events = store.search_events(equery, limit=200)
    chart = _chart(store, equery, bucket, cquery.topic, link="/events?")
    return render(request, "claims.html", principal, "claims", topics=topics, topic=cquery.topic or "",
                  claims=claims, events=events, chart=chart, types=EVENT_TYPES, chosen=types, bucket=bucket,
                  equery=equery, claim_qs=lambda **changes: _query_string(request, type=None, bucket=None, **changes))  # fmt: skip


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/events", error: str | None = None) -> Response:
    if not store_of(request).has_users():
        return RedirectResponse("/events", status_code=303)
    token = secrets.token_urlsafe(24)
    response = render(request, "login.html", None, "", next=_safe_next(next), error=error, login_csrf=token)
    response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response


@router.post("/login")
def login(
    request: Request,
    name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    csrf: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/events",
) -> Response:
    expected = request.cookies.get(LOGIN_COOKIE)
    if not expected or not secrets.compare_digest(expected, csrf):
        raise HTTPProblem(403, "the login form expired; reload it and try again", input="csrf")
    store = store_of(request)
    throttle: LoginThrottle = request.app.state.login_throttle
    keys = (f"user:{name}", f"client:{request.client.host if request.client else '-'}")
    wait = throttle.retry_after(*keys)
    if wait:
        raise HTTPProblem(429, f"too many failed log-ins; try again in {wait} s", input="name", headers={"Retry-After": str(wait)})
    user = store.authenticate(name, password)
    if user is None:
        throttle.failed(*keys)
        return RedirectResponse("/login?" + urlencode({"next": _safe_next(next), "error": "1"}), status_code=303)
    throttle.succeeded(*keys)
    secret, _ = store.start_session(user)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, secret, httponly=True, samesite="strict", secure=request.url.scheme == "https",
                        max_age=12 * 3600)  # fmt: skip
    response.delete_cookie(LOGIN_COOKIE)
    return response


@router.post("/logout")
def logout(request: Request, principal: Viewer) -> Response:
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        store_of(request).end_session(secret)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def _safe_next(target: str) -> str:
    """Only a path on this site: no scheme, no //host, no backslash tricks."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/events"
    return target
