"""Storage of documents, events, aggregates, claims and failures (SQLite by default)."""

from watchfloor.store.clusters import StoredCluster, StoredDecision
from watchfloor.store.store import (
    DocumentRow,
    FailureRow,
    Store,
    StoredAggregate,
    StoredClaim,
    StoredEvent,
)

open_store = Store.open

__all__ = [
    "DocumentRow",
    "FailureRow",
    "Store",
    "StoredAggregate",
    "StoredClaim",
    "StoredCluster",
    "StoredDecision",
    "StoredEvent",
    "open_store",
]
