"""Plain .txt files: one document each, named by the file's stem.

The text is kept exactly as written except that a UTF-8 BOM is dropped and line ends become "\\n"
(as Python's own text reading does), so character offsets computed on the file stay valid.
The caller's options give the metadata a plain file cannot carry.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from watchfloor.ingest._io import read_text
from watchfloor.ingest.options import IngestOptions
from watchfloor.model import Document
from watchfloor.nlp.langid import detect_language


def iter_documents(path: Path, *, options: IngestOptions) -> Iterator[Document]:
    text = read_text(path, options.max_bytes)
    yield Document(
        doc_id=path.stem,
        text=text,
        language=options.lang or detect_language(text),
        published=options.published,
        source=options.source,
        origin=str(path),
    )
