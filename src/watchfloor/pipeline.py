"""Wires the stages to the store: ingest → parse → extract → store.

Models and the gazetteer load lazily, once per process; a test can hand in its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from watchfloor.errors import WatchfloorError
from watchfloor.ingest import IngestFailure, Unchanged, iter_inputs
from watchfloor.ingest.options import IngestOptions
from watchfloor.model import Document, Extraction
from watchfloor.normalize.places import Gazetteer
from watchfloor.store import Store

if TYPE_CHECKING:
    from watchfloor.extract.english import EnglishExtractor
    from watchfloor.ingest.web import Kind
    from watchfloor.sources.fetch import Fetcher

BATCH_SIZE = 32


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    unchanged: int = 0
    failed: list[IngestFailure] = field(default_factory=list)
    events: int = 0


class Pipeline:
    """Extraction for every supported language, sharing one gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer
        self._english: EnglishExtractor | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def extract_many(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Extraction]]:
        """Extract from documents in batches; results come back in input order."""
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

    def _extract_batch(self, batch: list[Document]) -> Iterator[tuple[Document, Extraction]]:
        results: dict[int, Extraction] = {}
        english = [(d.text, n) for n, d in enumerate(batch) if (d.language or "en") == "en"]
        if english:
            from watchfloor.extract.english import EnglishExtractor, extract_english
            from watchfloor.nlp.english import parse_many

            if self._english is None:
                self._english = EnglishExtractor(self.gazetteer)
            extractor = self._english
            for doc, n in parse_many(english, gazetteer=self.gazetteer):
                results[n] = extract_english(extractor, doc, batch[n])
        others = [n for n, d in enumerate(batch) if n not in results]
        if others:
            from watchfloor.extract.russian import extract_russian_many

            for n, extraction in zip(others, extract_russian_many([batch[n] for n in others], self.gazetteer), strict=True):
                results[n] = extraction
        for n, document in enumerate(batch):
            yield document, results[n]

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

        def fresh() -> Iterator[Document]:
            for item in iter_inputs(paths, options, web=web):
                if isinstance(item, IngestFailure):
                    report.failed.append(item)
                    store.record_failure(item.input, "ingest", item.reason)
                    continue
                if isinstance(item, Unchanged):
                    report.unchanged += 1
                    continue
                if store.has_document(item.hash, item.source_key):
                    report.unchanged += 1
                    if on_document:
                        on_document(item, False)
                    continue
                yield item

        try:
            for document, extraction in self.extract_many(fresh()):
                try:
                    _, created = store.add(document, extraction)
                except WatchfloorError as exc:
                    failure = IngestFailure(document.origin or document.doc_id, exc.reason)
                    report.failed.append(failure)
                    store.record_failure(failure.input, "store", failure.reason)
                    continue
                if created:
                    report.new += 1
                    report.events += len(extraction.events)
                    store.clear_failure(document.origin or document.doc_id)
                else:
                    report.unchanged += 1
                if on_document:
                    on_document(document, created)
            if fetcher is not None:
                fetcher.commit()  # everything fetched is stored (or recorded as failed)
        finally:
            if own_fetcher and fetcher is not None:
                fetcher.close()
        from watchfloor.merge import assign_pending

        assign_pending(store)  # the new events join (or start) canonical events
        return report


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
