"""What the benchmark adapters share: extraction that lists a failing document and goes on."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from watchfloor.model import Document, Extraction

if TYPE_CHECKING:
    from watchfloor.pipeline import Pipeline

BATCH = 32


def extract_guarded(
    pipeline: Pipeline, documents: Sequence[Document], failed: list[tuple[str, str]]
) -> Iterator[tuple[Document, Extraction]]:
    """`pipeline.extract_many` in input order, except that a document the pipeline fails on is
    appended to `failed` as (document id, error) and comes back with an empty extraction (so its
    gold counts as missed) while the run goes on. A failing batch is retried one document at a
    time to find the culprit."""
    for at in range(0, len(documents), BATCH):
        batch = documents[at : at + BATCH]
        try:
            results = list(pipeline.extract_many(batch))
        except Exception:  # one bad document must not stop the benchmark: find it below
            results = []
            for document in batch:
                try:
                    results.append((document, pipeline.extract(document)))
                except Exception as exc:
                    failed.append((document.doc_id, f"{type(exc).__name__}: {exc}"))
                    results.append((document, Extraction(doc_id=document.doc_id)))
        yield from results
