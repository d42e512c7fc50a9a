"""Canonical events (the merger's clusters, issue 6) for the API and pages.

Merges and splits go through the store's merger methods, which record them as decisions that
every later merging run respects; the web layer adds an entry to the audit log beside them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from watchfloor.errors import NotFound
from watchfloor.merge import merge_clusters, split_cluster
from watchfloor.merge.review import possible_merges, reject_merge
from watchfloor.store import Store
from watchfloor.store.clusters import StoredCluster
from watchfloor.store.search import EventQuery
from watchfloor.web.serialize import event_json


def cluster_json(cluster: StoredCluster, *, store: Store | None = None) -> dict[str, Any]:
    """A canonical event; with `store`, also its mentions (with review status) and decisions."""
    out: dict[str, Any] = {
        "id": cluster.id, "type": cluster.type, "country": cluster.country,
        "date": cluster.date.isoformat() if cluster.date else None, "n_mentions": cluster.n_mentions,
        "n_sources": cluster.n_sources, "n_disagreements": cluster.n_disagreements,
        "canonical": cluster.canonical, "disagreements": cluster.disagreements,
    }  # fmt: skip
    if store is not None:
        mentions = store.search_events(EventQuery(cluster=cluster.id, review="all"), sort="id", descending=False,
                                       limit=10_000)  # fmt: skip
        out["mentions"] = [event_json(e, review) for e, review in mentions.items]
        out["decisions"] = [
            {"id": d.id, "kind": d.kind, "mentions": d.mentions, "others": d.others, "user": d.user,
             "reason": d.reason, "at": d.at.isoformat(timespec="seconds")}
            for d in store.decisions(cluster.id)
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
    about: str | None = None,
) -> list[dict[str, Any]]:
    found = store.clusters(type=type, country=country, nationality=nationality, since=since, until=until,
                           limit=limit, offset=offset, about=about)  # fmt: skip
    return [cluster_json(c) for c in found]


def cluster(store: Store, cluster_id: str) -> dict[str, Any]:
    return cluster_json(store.cluster(cluster_id), store=store)


def canonical_of(store: Store, cluster_id: str | None) -> dict[str, Any] | None:
    """The canonical event a mention belongs to, with its mentions, or None."""
    if cluster_id is None:
        return None
    try:
        return cluster(store, cluster_id)
    except NotFound:
        return None


def merge(store: Store, a: str, b: str, *, user: str, reason: str | None) -> str:
    kept = merge_clusters(store, a, b, user=user, reason=reason)
    store.record_audit(user, "cluster.merge", "cluster", kept, {"a": a, "b": b, "reason": reason})
    return kept


def possible(store: Store, cluster_id: str) -> list[dict[str, Any]]:
    """Canonical events that may be this one (the merger kept them apart near its threshold)."""
    out = []
    for p in possible_merges(store, cluster_id, limit=20, pending=False):
        other = p.b if p.a == cluster_id else p.a
        out.append({**p.as_dict(), "other": other, "canonical": store.cluster(other).canonical})
    return out


def reject(store: Store, cluster_id: str, other: str, *, user: str, reason: str | None) -> None:
    reject_merge(store, cluster_id, other, user=user, reason=reason)
    store.record_audit(user, "cluster.reject", "cluster", cluster_id, {"other": other, "reason": reason})


def split(store: Store, cluster_id: str, event_ids: list[int], *, user: str, reason: str | None) -> str:
    new = split_cluster(store, cluster_id, event_ids, user=user, reason=reason)
    store.record_audit(user, "cluster.split", "cluster", cluster_id,
                       {"new": new, "event_ids": event_ids, "reason": reason})  # fmt: skip
    return new
