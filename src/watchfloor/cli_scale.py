"""Options of `ingest` and `watch` that spread extraction: worker processes, a Dask cluster."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from watchfloor.workers import default_workers

WORKERS = click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=default_workers,
    show_default="the number of cores",
    envvar="WATCHFLOOR_WORKERS",
    help="Processes extracting in parallel (each loads the models once); with --dask local, "
    "the number of Dask workers. Also $WATCHFLOOR_WORKERS.",
)
DASK = click.option(
    "--dask",
    metavar="SCHEDULER",
    help="Extract as Dask tasks: 'local' starts a cluster on this machine, anything else is a "
    "scheduler's address (tcp://host:8786). Workers write to --db: PostgreSQL unless 'local'.",
)


def ingest(
    paths: Sequence[Path | str],
    store: Any,
    db: str,
    options: Any,
    limits: Any,
    *,
    workers: int,
    dask: str | None,
    on_document: Callable[[Any, bool], None],
    fetcher: Any,
) -> Any:
    """Pipeline.ingest in `workers` processes, or on the Dask cluster at `dask`."""
    if dask:
        from watchfloor.dask_ingest import ingest_on_dask

        return ingest_on_dask(
            paths, store, db, options, limits, dask, workers=workers, on_document=on_document, fetcher=fetcher
        )
    from watchfloor.pipeline import Pipeline

    with Pipeline(limits=limits, workers=workers) as pipeline:
        return pipeline.ingest(paths, store, options, on_document=on_document, fetcher=fetcher)
