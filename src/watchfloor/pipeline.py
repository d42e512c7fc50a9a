"""Wires the stages to the store: ingest → parse → extract → store.

Models and the gazetteer load lazily, once per process; a test can hand in its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchfloor.channels.posts import PostRecorder
from watchfloor.errors import OverLimit, WatchfloorError
from watchfloor.ingest import IngestFailure, Unchanged, iter_inputs
from watchfloor.ingest.options import IngestOptions
from watchfloor.limits import Expired, Limits, deadline
from watchfloor.model import Document, Extraction
from watchfloor.normalize.places import Gazetteer
from watchfloor.store import Store

if TYPE_CHECKING:
    from watchfloor.extract.english import EnglishExtractor
    from watchfloor.extract.russian import RussianExtractor
    from watchfloor.ingest.web import Kind, WebAccess
    from watchfloor.sources.fetch import Fetcher
    from watchfloor.workers import WorkerPool

BATCH_SIZE = 32

log = logging.getLogger(__name__)


def name_of(document: Document) -> str:
    """How failures name a document: where it was read from, else its id."""
    return document.origin or document.doc_id


def failure_reason(error: Exception) -> str:
    """One line for `watchfloor failures`: a watchfloor error's own reason; for anything else
    (a fault of ours, not of the input) its type too, the traceback being in the log."""
    if isinstance(error, WatchfloorError):
        return error.reason
    return f"extraction failed: {type(error).__name__}: {error}"[:500]


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    unchanged: int = 0
    failed: list[IngestFailure] = field(default_factory=list)
    events: int = 0


class Pipeline:
    """Extraction for every supported language, sharing one gazetteer, within `limits`
    (characters per document and per window, seconds per document; by default limits.Limits
    with the environment's WATCHFLOOR_ variables)."""

    def __init__(self, gazetteer: Gazetteer | None = None, limits: Limits | None = None, *, workers: int = 1) -> None:
        self._gazetteer = gazetteer
        self._english: EnglishExtractor | None = None
        self._russian: RussianExtractor | None = None
        self.limits = limits if limits is not None else Limits.from_env()
        # scale: more than one worker extracts in that many processes (watchfloor.workers)
        self.workers = workers
        self.pool: WorkerPool | None = None  # started on the first batch that can share the work
        self._last_parsed: list[Any] = []  # the last batch's parsed texts, freed after the next parse (`_run`)

    def close(self) -> None:
        """Stop the worker processes, if any were started."""
        if self.pool is not None:
            self.pool.close()
            self.pool = None

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def extract_many(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Extraction]]:
        """Extract from documents in batches; results come back in input order. A document over
        a limit raises errors.OverLimit (naming it), as does any error extracting from it."""
        for document, result in self.extract_each(documents):
            if isinstance(result, Exception):
                raise result
            yield document, result

    def extract_each(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Extraction | Exception]]:
        """Like extract_many, but a document that fails comes back with its error (OverLimit for
        one over a limit, whatever was raised otherwise) and the others go on."""
        if self.workers > 1:  # scale: the same batches, extracted in worker processes
            from watchfloor.workers import extract_each

            yield from extract_each(self, documents)
            return
        yield from self.extract_here(documents)

    def extract_here(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Extraction | Exception]]:
        """extract_each in this process."""
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= BATCH_SIZE:
                yield from self._extract_batch(batch)
                batch = []
        if batch:
            yield from self._extract_batch(batch)

    def extract(self, document: Document) -> Extraction:
        return next(self.extract_many([document]))[1]

    def _extract_batch(self, batch: list[Document]) -> Iterator[tuple[Document, Extraction | Exception]]:
        results: dict[int, Extraction | Exception] = {}
        for n, document in enumerate(batch):
            try:
                self.limits.check_length(document.text, name_of(document))
            except OverLimit as exc:
                results[n] = exc
        english = [n for n, d in enumerate(batch) if n not in results and (d.language or "en") == "en"]
        others = [n for n in range(len(batch)) if n not in results and n not in english]
        if english:
            self._run(batch, english, self._parse_english, self._extract_english, results)
        if others:
            self._run(batch, others, self._parse_russian, self._extract_russian, results)
        for n, document in enumerate(batch):
            yield document, results[n]

    def _run(
        self,
        batch: list[Document],
        indices: list[int],
        parse: Callable[[list[Document]], Iterator[Any]],
        extract: Callable[[Any, Document], Extraction],
        results: dict[int, Extraction | Exception],
    ) -> None:
        """Parse the documents at `indices` together, then extract from each within its time
        budget. Should the batch's parse fail or take longer than its documents' budgets
        together, each is parsed and extracted alone, within its own budget."""
        seconds = self.limits.seconds
        try:
            with deadline(seconds * len(indices)):
                parsed = list(parse([batch[n] for n in indices]))
        except (Exception, Expired):  # a text the parser fails on, or too slow a batch: find it below
            log.info("parsing a batch of %d documents failed; parsing them one at a time", len(indices))
            for n in indices:
                document = batch[n]
                results[n] = self._guarded(document, partial(_parse_extract, parse, extract, document))
            return
        # the batch before is freed only now: freed before this parse, its memory (the heap's top)
        # went back to the system and the parse faulted it in again page by page (measured: 50 times
        # the page faults, parsing 5 % slower)
        self._last_parsed = parsed
        for n, doc in zip(indices, parsed, strict=True):
            document = batch[n]
            results[n] = self._guarded(document, partial(extract, doc, document))

    def _guarded(self, document: Document, work: Callable[[], Extraction]) -> Extraction | Exception:
        """`work`'s extraction, or the error naming the document: OverLimit past the budget."""
        try:
            with deadline(self.limits.seconds):
                return work()
        except Expired:
            return self.limits.over_time(name_of(document))
        except Exception as exc:
            log.debug("extraction failed on %s", name_of(document), exc_info=True)  # not on the console
            return exc

    def _parse_english(self, documents: list[Document]) -> Iterator[Any]:
        from watchfloor.nlp.english import parse_many

        texts = [(d.text, d) for d in documents]
        for doc, _ in parse_many(texts, gazetteer=self.gazetteer, window_chars=self.limits.window_chars):
            yield doc

    def _extract_english(self, doc: Any, document: Document) -> Extraction:
        from watchfloor.extract.english import EnglishExtractor, extract_english

        if self._english is None:
            self._english = EnglishExtractor(self.gazetteer)
        return extract_english(self._english, doc, document)

    def _parse_russian(self, documents: list[Document]) -> Iterator[Any]:
        from watchfloor.nlp.russian import parse_many

        for doc, _ in parse_many((d.text, d) for d in documents):
            yield doc

    def _extract_russian(self, doc: Any, document: Document) -> Extraction:
        from watchfloor.extract.russian import RussianExtractor, extract_russian
        from watchfloor.nlp.russian import sentences

        if self._russian is None:
            self._russian = RussianExtractor(self.gazetteer)
        return extract_russian(self._russian, sentences(doc), document)

    def ingest(
        self,
        paths: Sequence[Path | str],
        store: Store,
        options: IngestOptions,
        *,
        on_document: Callable[[Document, bool], None] | None = None,
        fetcher: Fetcher | None = None,
        refetch: bool = False,
        url_kind: Kind = "auto",
    ) -> IngestReport:
        """Read inputs, extract from the new ones and store each document with its extraction
        in one transaction. Failures are recorded in the store, and the batch goes on.

        URLs are fetched with `fetcher` (by default one keeping its state in `store`); what was
        learnt for conditional requests is kept only once the batch is stored. `refetch` sends
        no conditional headers (a retry wants the page itself, not a 304); `url_kind` says what
        URLs give (ingest.web.Kind; "stream" for pages watched for new versions).
        """
        from watchfloor.ingest.web import WebAccess, is_url

        report = IngestReport()
        own_fetcher = fetcher is None and any(isinstance(p, str) and is_url(p) for p in paths)
        if own_fetcher:
            from watchfloor.sources.fetch import Fetcher

            fetcher = Fetcher(state=store)
        web = None
        if fetcher is not None:
            web = WebAccess(
                fetcher, known=lambda key: store.has_document(None, key), conditional=not refetch, kind=url_kind
            )

        posts = PostRecorder(store)  # the channels' network (issue 17): every post, its text new or not
        try:
            fresh = new_documents(paths, store, options, report, web=web, on_document=on_document, posts=posts)
            for document, extraction in self.extract_each(fresh):
                created = store_result(store, report, document, extraction)
                if on_document and created is not None:
                    on_document(document, created)
            posts.flush()
            if fetcher is not None:
                fetcher.commit()  # everything fetched is stored (or recorded as failed)
        finally:
            if own_fetcher and fetcher is not None:
                fetcher.close()
        from watchfloor.merge import assign_pending

        assign_pending(store)  # the new events join (or start) canonical events
        return report


def new_documents(
    paths: Sequence[Path | str],
    store: Store,
    options: IngestOptions,
    report: IngestReport,
    *,
    web: WebAccess | None = None,
    on_document: Callable[[Document, bool], None] | None = None,
    posts: PostRecorder | None = None,
) -> Iterator[Document]:
    """The documents of `paths` not yet in `store`; inputs that cannot be read are recorded as
    failures (in `report` and the store), known ones counted as unchanged. Every channel post
    read goes to `posts`, its text new or not."""
    for item in iter_inputs(paths, options, web=web):
        if isinstance(item, IngestFailure):
            report.failed.append(item)
            store.record_failure(item.input, "ingest", item.reason)
            continue
        if isinstance(item, Unchanged):
            report.unchanged += 1
            continue
        if posts is not None:
            posts.add(item)
        if store.has_document(item.hash, item.source_key):
            report.unchanged += 1
            if on_document:
                on_document(item, False)
            continue
        yield item


def store_result(
    store: Store, report: IngestReport, document: Document, extraction: Extraction | Exception
) -> bool | None:
    """Store a document with its extraction in one transaction, or record why it failed.
    Returns whether it was new (None: failed), and counts it in `report`."""
    if isinstance(extraction, Exception):
        reason = failure_reason(extraction)
        report.failed.append(IngestFailure(name_of(document), reason))
        store.record_failure(name_of(document), "extract", reason)
        return None
    try:
        _, created = store.add(document, extraction)
    except WatchfloorError as exc:
        if store.has_document(document.hash, document.source_key):
            created = False  # another writer stored the same text first (a unique index said so)
        else:
            failure = IngestFailure(name_of(document), exc.reason)
            report.failed.append(failure)
            store.record_failure(failure.input, "store", failure.reason)
            return None
    if created:
        report.new += 1
        report.events += len(extraction.events)
        store.clear_failure(name_of(document))
    else:
        report.unchanged += 1
    return created


def _parse_extract(
    parse: Callable[[list[Document]], Iterator[Any]], extract: Callable[[Any, Document], Extraction], document: Document
) -> Extraction:
    return extract(next(parse([document])), document)


def retry_failures(
    pipeline: Pipeline,
    store: Store,
    options: IngestOptions,
    *,
    on_document: Callable[[Document, bool], None] | None = None,
    fetcher: Fetcher | None = None,
) -> tuple[IngestReport, list[str]]:
    """Ingest every recorded failure's input again (URLs without conditional requests) and clear
    the failures that no longer fail. Returns the report and the inputs cleared."""
    inputs = list(dict.fromkeys(failure.input for failure in store.failures()))
    if not inputs:
        return IngestReport(), []
    report = pipeline.ingest(inputs, store, options, on_document=on_document, fetcher=fetcher, refetch=True)
    still_failing = {failure.input for failure in report.failed}
    cleared = [input for input in inputs if input not in still_failing]
    for input in cleared:
        store.clear_failure(input)
    return report, cleared


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """One pipeline per process for the library API, so models load once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
