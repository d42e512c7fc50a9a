"""The Alerts page (unread hits of the saved searches, marked read from there) and its API."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from watchfloor.alerts import body, describe, summary
from watchfloor.store.alerts import StoredHit
from watchfloor.web.api import store_of
from watchfloor.web.auth import Principal, analyst, viewer
from watchfloor.web.pages import render

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["alerts"])
Viewer = Annotated[Principal, Depends(viewer)]
Analyst = Annotated[Principal, Depends(analyst)]
PAGE = 200


def _link(hit: StoredHit) -> str:
    if hit.kind == "event":
        return f"/clusters/{hit.key}"
    return f"/documents/{hit.record['document']['id']}#c{hit.record['id']}"


@pages.get("/alerts", response_class=HTMLResponse)
def alerts_page(
    request: Request, principal: Viewer, alert: str | None = None, all: Annotated[bool, Query()] = False
) -> HTMLResponse:
    store = store_of(request)
    alerts = store.alerts()
    if alert:
        store.alert(alert)  # 404 naming it
    hits = store.hits(alert=alert or None, unread=not all, limit=PAGE)
    rows = [{"hit": h, "summary": summary(h), "link": _link(h)} for h in hits]
    return render(request, "alerts.html", principal, "alerts", alerts=alerts, rows=rows, chosen=alert or "",
                  all=all, describe=_shown, unread=sum(a.n_unread for a in alerts))  # fmt: skip


def _shown(channel: str) -> str:
    return describe(channel, reveal=False)  # a webhook's path may be its secret; viewers see the host


@pages.post("/alerts/read")
def read_form(
    request: Request,
    principal: Analyst,
    hit: Annotated[list[int], Form()] = [],  # noqa: B006
    every: Annotated[str | None, Form()] = None,
    alert: Annotated[str | None, Form()] = None,
) -> Response:
    """Mark the ticked hits read, or (`every`) all unread ones shown."""
    store = store_of(request)
    if every:
        store.mark_read(alert=alert or None)
    elif hit:
        store.mark_read(hit)
    target = "/alerts" + (f"?alert={alert}" if alert else "")
    return RedirectResponse(target, status_code=303)


@api.get("/alerts", summary="Alerts (saved searches) with their numbers of hits")
def list_alerts(request: Request, _: Viewer) -> list[dict[str, Any]]:
    return [
        {"name": a.name, "kind": a.kind, "filters": a.filters, "deliver": [_shown(c) for c in a.deliver],
         "hits": a.n_hits, "unread": a.n_unread}
        for a in store_of(request).alerts()
    ]  # fmt: skip


@api.get("/alerts/hits", summary="Hits, newest first, in the body every delivery channel receives")
def list_hits(
    request: Request,
    _: Viewer,
    alert: str | None = None,
    unread: bool = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[dict[str, Any]]:
    store = store_of(request)
    filters = {a.name: a.filters for a in store.alerts()}
    return [
        {**body(h, filters.get(h.alert, {})), "hit": h.id, "read": h.read_at is not None}
        for h in store.hits(alert=alert, unread=unread, limit=limit)
    ]
