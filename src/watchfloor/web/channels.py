"""The Channels page (issue 17): the network of Telegram and VK channels, its stories (near-copies
spread across channels) and each story's claims, with the network as GraphML or GEXF to download;
and the same as JSON under /api/channels.

Stories are found again only when the store has changed since the last time (MinHash over every
post takes seconds on a large store); the page itself never writes.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from watchfloor.channels import Story, build_network, channel_records, claim_spread, stories, write_graph
from watchfloor.store import Store
from watchfloor.web.api import store_of
from watchfloor.web.auth import Principal, viewer

router = APIRouter()
Viewer = Annotated[Principal, Depends(viewer)]
_MEDIA = {"graphml": "application/graphml+xml", "gexf": "application/gexf+xml"}


@router.get("/channels", response_class=HTMLResponse, include_in_schema=False)
def channels_page(request: Request, principal: Viewer) -> HTMLResponse:
    from watchfloor.web.pages import render

    store = store_of(request)
    network = build_network(store)
    records = channel_records(network)
    found = _stories(request, store, sum(node.posts for node in network.nodes.values()))
    return render(
        request, "channels.html", principal, "channels",
        channels=records, edges=network.edges, names={k: n.name for k, n in network.nodes.items()},
        stories=[story.to_json() for story in found],
    )  # fmt: skip


@router.get("/channels.{fmt}", include_in_schema=False)
def channels_graph(request: Request, principal: Viewer, fmt: Literal["graphml", "gexf"]) -> Response:
    network = build_network(store_of(request))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"channels.{fmt}"
        write_graph(network, path, fmt)
        body = path.read_bytes()
    headers = {"Content-Disposition": f'attachment; filename="watchfloor-channels.{fmt}"'}
    return Response(body, media_type=_MEDIA[fmt], headers=headers)


@router.get("/api/channels", summary="Channels: posts, events, claims, whom each amplifies and who amplifies it")
def channels_api(request: Request, _: Viewer) -> list[dict[str, Any]]:
    return channel_records(build_network(store_of(request)))


@router.get("/api/channels/stories", summary="Near-duplicate posts across channels: first poster, order, spread, claims")
def stories_api(request: Request, _: Viewer) -> list[dict[str, Any]]:
    store = store_of(request)
    n_posts = sum(node.posts for node in build_network(store).nodes.values())
    return [story.to_json() for story in _stories(request, store, n_posts)]


@router.get("/api/channels/claims", summary="A claim's spread: the channels that carried claims on a topic, in order")
def claim_spread_api(
    request: Request, _: Viewer, topic: str, stance: Literal["affirm", "deny", "neutral"] | None = None
) -> list[dict[str, Any]]:
    return claim_spread(store_of(request), topic, stance)


def _stories(request: Request, store: Store, n_posts: int) -> list[Story]:
    counts = store.counts()
    signature = (n_posts, counts["claims"], counts["documents"])
    cached: tuple[Any, list[Story]] | None = getattr(request.app.state, "channel_stories", None)
    if cached is None or cached[0] != signature:
        cached = (signature, stories(store))
        request.app.state.channel_stories = cached
    return cached[1]
