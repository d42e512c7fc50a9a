"""Extraction beyond one machine, as Dask tasks (`watchfloor ingest --dask SCHEDULER`).

This process reads the inputs (cheap beside parsing), skips the documents already stored, and
sends the new ones in partitions of pipeline.BATCH_SIZE documents to the Dask workers. Each
task extracts from its partition and stores every document with its extraction in one
transaction, in the store given by `--db`: the identity by content hash (a unique index) makes a
rerun, or the same text in two partitions, add nothing. Merging into canonical events runs once,
here, after the last partition is stored.

The store must be one every worker reaches: PostgreSQL when the workers are on other machines;
a SQLite file only for `--dask local`, whose workers run on this machine. A task's Dask worker
loads the models once (the first partition it gets) and keeps them and the store's connections
for the ones after. See docs/scale.md.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchfloor.channels.posts import PostRecorder
from watchfloor.errors import ConfigError
from watchfloor.ingest.options import IngestOptions
from watchfloor.limits import Limits
from watchfloor.model import Document
from watchfloor.pipeline import BATCH_SIZE, IngestReport, Pipeline, new_documents, store_result
from watchfloor.store import Store

if TYPE_CHECKING:
    from watchfloor.sources.fetch import Fetcher

LOCAL = "local"
IN_FLIGHT_PER_WORKER = 3  # partitions queued per worker


def database_for_workers(db: str, scheduler: str) -> str:
    """The `--db` value as the workers must get it: an absolute SQLite path for `local`; a
    SQLite file for workers elsewhere is refused, naming what to use instead."""
    if "://" in db and not db.startswith("sqlite"):
        return db
    if scheduler != LOCAL:
        raise ConfigError(
            f"--dask {scheduler} needs a database every worker reaches, such as PostgreSQL "
            "(--db postgresql+psycopg://user:password@host/db); a SQLite file serves only --dask local",
            input=db,
        )
    if "://" in db:
        return db
    return str(Path(db).expanduser().resolve())


def ingest_on_dask(
    paths: Sequence[Path | str],
    store: Store,
    db: str,
    options: IngestOptions,
    limits: Limits,
    scheduler: str,
    *,
    workers: int | None = None,
    on_document: Callable[[Document, bool], None] | None = None,
    fetcher: Fetcher | None = None,
) -> IngestReport:
    """Ingest `paths` into `store` (opened from `db`) with extraction on the Dask cluster at
    `scheduler` (an address, or "local" for a LocalCluster of `workers` processes)."""
    from watchfloor.ingest.web import WebAccess
    from watchfloor.merge import assign_pending

    target = database_for_workers(db, scheduler)
    client, cluster = _connect(scheduler, workers)
    try:
        n_workers = max(len(client.scheduler_info().get("workers", {})), 1)
        web = None
        if fetcher is not None:
            web = WebAccess(fetcher, known=lambda key: store.has_document(None, key))
        report = IngestReport()
        pending: deque[tuple[list[Document], Any]] = deque()
        posts = PostRecorder(store)  # the channels' network: every post read, as in one process
        fresh = new_documents(paths, store, options, report, web=web, on_document=on_document, posts=posts)
        for partition in _partitions(fresh, BATCH_SIZE):
            pending.append((partition, client.submit(extract_and_store, target, limits, partition, pure=False)))
            if len(pending) >= n_workers * IN_FLIGHT_PER_WORKER:
                _collect(*pending.popleft(), report, on_document)
        while pending:
            _collect(*pending.popleft(), report, on_document)
        posts.flush()
        if fetcher is not None:
            fetcher.commit()  # everything fetched is stored (or recorded as failed)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    assign_pending(store)  # once, after the batch: the new events join (or start) canonical events
    return report


def _connect(scheduler: str, workers: int | None) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError(
            "--dask needs dask and distributed, which are not installed: pip install 'watchfloor[dask]'"
        ) from exc
    if scheduler == LOCAL:
        # One thread per worker process: a worker's pipeline is used by one task at a time.
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers or 1, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster), cluster  # type: ignore[no-untyped-call]
    try:
        return Client(scheduler, timeout="30s"), None  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise ConfigError(f"cannot reach the Dask scheduler: {exc}", input=scheduler) from exc


def _partitions(documents: Iterator[Document], size: int) -> Iterator[list[Document]]:
    partition: list[Document] = []
    for document in documents:
        partition.append(document)
        if len(partition) >= size:
            yield partition
            partition = []
    if partition:
        yield partition


def _collect(
    partition: list[Document],
    future: Any,
    report: IngestReport,
    on_document: Callable[[Document, bool], None] | None,
) -> None:
    part, created = future.result()
    report.new += part.new
    report.unchanged += part.unchanged
    report.events += part.events
    report.failed.extend(part.failed)
    if on_document:
        for document, was_new in zip(partition, created, strict=True):
            if was_new is not None:
                on_document(document, was_new)


# -- on a Dask worker -----------------------------------------------------------------------------

_STATE: dict[tuple[str, Limits], tuple[Pipeline, Store]] = {}
_LOCK = threading.Lock()  # a worker with several threads runs its tasks one at a time


def extract_and_store(db: str, limits: Limits, documents: list[Document]) -> tuple[IngestReport, list[bool | None]]:
    """A Dask task: extract from `documents` and store each with its extraction in `db`.
    Returns what it did, and for each document whether it was new (None: failed)."""
    with _LOCK:
        key = (db, limits)
        if key not in _STATE:
            _STATE[key] = (Pipeline(limits=limits), Store.open(db))
        pipeline, store = _STATE[key]
        report = IngestReport()
        created = [store_result(store, report, d, x) for d, x in pipeline.extract_each(documents)]
        return report, created

