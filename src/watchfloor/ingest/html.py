"""Saved web pages (.html, .htm): article text and metadata by trafilatura, boilerplate removed.

The text is trafilatura's as it gives it, headline included as the first line: that is also how
gold texts are laid out (headline, blank line, body), and the headline often carries the news.
Comments under the article are left out: they are readers' words, not the outlet's.

What the page says about itself is a guess (the date comes from htmldate's search of the page),
so the caller's options win: --published, --source and --lang replace what was found. The
outlet's site name is the source when no --source is given.

Pages are untrusted: trafilatura only parses them (no script runs, nothing is fetched), and any
failure inside it becomes an InputError naming the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from watchfloor.errors import InputError
from watchfloor.ingest._io import read_limited
from watchfloor.ingest.options import IngestOptions
from watchfloor.model import Document
from watchfloor.nlp.langid import detect_language

_MIN_WORDS = 5  # fewer is a menu or a caption left over from a page with no article


def iter_documents(path: Path, *, options: IngestOptions) -> Iterator[Document]:
    yield document_from_html(read_limited(path, options.max_bytes), doc_id=path.stem, origin=str(path), options=options)


def document_from_html(
    markup: str | bytes,
    *,
    doc_id: str,
    origin: str,
    options: IngestOptions,
    url: str | None = None,
    source_key: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Document:
    """The article in a page, read from a file, a fetched response or an archive record.

    `url` (where the page was fetched from) wins over the URL the page claims for itself.
    Bytes are left to trafilatura's own charset detection; fetched pages come decoded.
    """
    page = _extract(markup, input=origin)
    text = _text_field(page, "text")
    if text is None or len(text.split()) < _MIN_WORDS:
        raise InputError("no article text found", input=origin)
    return Document(
        doc_id=doc_id,
        text=text,
        language=options.lang or detect_language(text),
        published=options.published or _date(_text_field(page, "date")),
        source=options.source or _text_field(page, "sitename"),
        title=_text_field(page, "title"),
        author=_text_field(page, "author"),
        url=url or _text_field(page, "url"),
        origin=origin,
        meta=meta or {},
        source_key=source_key,
    )


def _extract(data: str | bytes, *, input: str) -> Any:
    import trafilatura  # imported here: slow to load, and only pages need it

    try:
        return trafilatura.bare_extraction(
            data, fast=True, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on hostile markup
        raise InputError(f"cannot parse HTML: {exc}", input=input) from exc


def _text_field(page: Any, name: str) -> str | None:
    value = getattr(page, name, None) if page is not None else None
    return value.strip() or None if isinstance(value, str) else None


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
