"""Canonical events for the API and pages, over the merger's store methods (issue 6).

Until the store has clusters (an older checkout, or a store never merged), the views answer with
what the event rows say: a mention's `cluster_id` and its siblings.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from watchfloor.store import Store
from watchfloor.store.search import EventQuery
from watchfloor.web.errors import HTTPProblem
from watchfloor.web.serialize import event_json


def _merger(store: Store) -> Any:
    """The store, if it has the merger's cluster methods."""
    return store if hasattr(store, "cluster") and hasattr(store, "merge_clusters") else None


def cluster_json(cluster: Any, *, with_mentions: bool = False, store: Store | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": cluster.id, "type": cluster.type, "country": cluster.country,
        "date": cluster.date.isoformat() if cluster.date else None, "n_mentions": cluster.n_mentions,
        "n_sources": cluster.n_sources, "n_disagreements": cluster.n_disagreements,
        "canonical": cluster.canonical, "disagreements": cluster.disagreements,
    }  # fmt: skip
    if with_mentions and store is not None:
        mentions = store.search_events(EventQuery(cluster=cluster.id, review="all"), sort="id", descending=False,
                                       limit=10_000)  # fmt: skip
        out["mentions"] = [event_json(e, review) for e, review in mentions.items]
        decisions = getattr(store, "decisions", None)
        out["decisions"] = [
            {"id": d.id, "kind": d.kind, "mentions": d.mentions, "others": d.others, "user": d.user,
             "reason": d.reason, "at": d.at.isoformat(timespec="seconds")}
            for d in (decisions(cluster.id) if decisions else [])
        ]  # fmt: skip
    return out


def clusters(
    store: Store,
    *,
    type: str | None,
    country: str | None,
    nationality: str | None,
    since: date | None,
    until: date | None,
    limit: int,
    offset: int,
) -> list[dict[str, Any]]:
    merger = _merger(store)
    if merger is None:
        return []
    found = merger.clusters(type=type, country=country, nationality=nationality, since=since, until=until,
                            limit=limit, offset=offset)  # fmt: skip
    return [cluster_json(c) for c in found]


def cluster(store: Store, cluster_id: str) -> dict[str, Any]:
    merger = _merger(store)
    if merger is None:
        raise HTTPProblem(404, "this store has no canonical events yet", input=cluster_id)
    return cluster_json(merger.cluster(cluster_id), with_mentions=True, store=store)


def canonical_of(store: Store, cluster_id: str | None) -> dict[str, Any] | None:
    """The canonical event a mention belongs to, with its mentions, or None."""
    merger = _merger(store)
    if cluster_id is None or merger is None:
        return None
    from watchfloor.errors import NotFound

    try:
        return cluster_json(merger.cluster(cluster_id), with_mentions=True, store=store)
    except NotFound:
        return None


def merge(store: Store, a: str, b: str, *, user: str, reason: str | None) -> str:
    merger = _merger(store)
    if merger is None:
        raise HTTPProblem(501, "merging is not available in this version", input=a)
    kept: str = merger.merge_clusters(a, b, user=user, reason=reason)
    store.record_audit(user, "cluster.merge", "cluster", kept, {"a": a, "b": b, "reason": reason})
    return kept


def split(store: Store, cluster_id: str, event_ids: list[int], *, user: str, reason: str | None) -> str:
    merger = _merger(store)
    if merger is None:
        raise HTTPProblem(501, "splitting is not available in this version", input=cluster_id)
    new: str = merger.split_cluster(cluster_id, event_ids, user=user, reason=reason)
    store.record_audit(user, "cluster.split", "cluster", cluster_id,
                       {"new": new, "event_ids": event_ids, "reason": reason})  # fmt: skip
    return new
