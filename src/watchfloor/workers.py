"""Extraction in worker processes, on every core of one machine (`ingest --workers N`).

The main process reads the inputs and stores the results; each worker process loads the models
once and extracts from batches of documents sent to it. Extraction is pure: a batch of Documents
goes in, an Extraction or an error per document comes out, so a document is stored (in one
transaction, by the main process alone) exactly as it would be with one process, and idempotence
by content hash and safety against kill -9 are those of the store.

Batches are the ones a single process forms (pipeline.BATCH_SIZE documents in input order), so
the parser sees the same batches and the results are the same; they come back in input order.
At most a few batches per worker are in flight, so memory stays bounded on any input size.

An input of at most one batch is extracted in the main process (a batch is never split, so a
worker would not help); the pool starts with the second batch and lives as long as the Pipeline.

Workers are started with `forkserver` (`spawn` where there is none): never a fork of a process
that holds database connections or threads. A worker whose parent is gone (killed with -9)
exits by itself within a second.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import TYPE_CHECKING

from watchfloor.errors import WatchfloorError
from watchfloor.limits import Limits
from watchfloor.model import Document, Extraction

if TYPE_CHECKING:
    from watchfloor.pipeline import Pipeline

BLAS_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: enough to keep it busy, few enough to bound memory


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_each(pipeline: Pipeline, documents: Iterable[Document]) -> Iterator[tuple[Document, Extraction | Exception]]:
    """`pipeline.extract_each` on its worker processes, started on first need: inputs that fill
    no more than one batch are extracted in this process, as a batch is never split."""
    from watchfloor.pipeline import BATCH_SIZE

    documents = iter(documents)
    head = list(islice(documents, BATCH_SIZE + 1))
    if pipeline.pool is None and len(head) <= BATCH_SIZE:
        yield from pipeline.extract_here(head)
        return
    if pipeline.pool is None:
        pipeline.pool = WorkerPool(pipeline.workers, pipeline.limits)
    yield from pipeline.pool.extract_each(chain(head, documents))


class ExtractionFault(WatchfloorError):
    """What a worker raised that could not be sent back as it was (an exception that does not
    pickle): its reason is the line the one-process run would have recorded."""


class WorkerPool:
    """`workers` processes extracting within `limits`; `extract_each` as Pipeline's."""

    def __init__(self, workers: int, limits: Limits) -> None:
        if workers < 1:
            raise WatchfloorError(f"the number of workers must be at least 1, not {workers}")
        self.workers = workers
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._executor = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=(limits, os.getpid())
        )

    def extract_each(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Extraction | Exception]]:
        from watchfloor.pipeline import BATCH_SIZE

        pending: deque[tuple[list[Document], Future[list[Extraction | Exception]]]] = deque()
        batch: list[Document] = []
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for document in documents:
            batch.append(document)
            if len(batch) >= BATCH_SIZE:
                pending.append((batch, self._submit(batch)))
                batch = []
                if len(pending) >= limit:
                    yield from self._results(*pending.popleft())
        if batch:
            pending.append((batch, self._submit(batch)))
        while pending:
            yield from self._results(*pending.popleft())

    def _submit(self, batch: list[Document]) -> Future[list[Extraction | Exception]]:
        return self._executor.submit(_extract_batch, batch)

    @staticmethod
    def _results(
        batch: list[Document], future: Future[list[Extraction | Exception]]
    ) -> Iterator[tuple[Document, Extraction | Exception]]:
        try:
            results = future.result()
        except BrokenProcessPool as exc:  # a worker died (out of memory, killed): stop, store nothing wrong
            raise WatchfloorError(f"a worker process died ({exc}); what was stored before is kept") from exc
        yield from zip(batch, results, strict=True)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


# -- in the worker process ------------------------------------------------------------------------

_PIPELINE: Pipeline | None = None  # this worker's Pipeline: models load once, on its first batch


def _start_worker(limits: Limits, parent: int) -> None:
    global _PIPELINE
    from watchfloor.pipeline import Pipeline

    _one_blas_thread()
    _PIPELINE = Pipeline(limits=limits)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle: it stops the pool
    threading.Thread(target=_exit_with, args=(parent, os.getppid()), daemon=True, name="orphan-watch").start()


def _one_blas_thread() -> None:
    """The workers share the cores: a BLAS library's own threads in each (OpenBLAS starts one per
    core, for natasha's matrix products) would only contend with the other workers (measured:
    two workers extract 1.46x as fast as one with them, 1.81x without). Dask's nanny does the same.
    The variables hold for libraries loaded later; threadpoolctl limits those loaded already."""
    for name in BLAS_THREAD_VARIABLES:
        os.environ[name] = "1"
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def _exit_with(parent: int, ppid: int) -> None:
    """End this process once the main one is gone: a killed parent never closes the pool."""
    while True:
        time.sleep(1.0)
        if os.getppid() != ppid or not _alive(parent):
            os._exit(1)


def _alive(pid: int) -> bool:
    """Whether the process runs: a zombie (ended, not yet reaped by its own parent) does not, though
    signal 0 still reaches it — a main process killed under a harness that has not waited for it."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            state = f.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True  # no /proc (not Linux): signal 0 is all we know
    return state not in (b"Z", b"X")


def _extract_batch(batch: list[Document]) -> list[Extraction | Exception]:
    assert _PIPELINE is not None, "the worker was not started by WorkerPool"
    return [_sendable(result) for _, result in _PIPELINE.extract_each(batch)]


def _sendable(result: Extraction | Exception) -> Extraction | Exception:
    """`result`, or for an error that does not survive pickling one that records the same reason."""
    if not isinstance(result, Exception):
        return result
    try:
        pickle.loads(pickle.dumps(result))
    except Exception:
        from watchfloor.pipeline import failure_reason

        return ExtractionFault(failure_reason(result))
    return result
