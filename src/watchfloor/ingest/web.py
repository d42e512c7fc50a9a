"""Web pages and feeds by URL, fetched through a `Fetcher` (watchfloor.sources.fetch).

A URL may give a page or a feed; which one is told by the media type, or by a feed's XML root
when the type is plain XML. A page becomes one document (article text by trafilatura, as for
saved pages; `text/plain` as it is). A feed becomes one document per entry, from the page the
entry links to; an entry whose page is already stored is not fetched again, and an entry page
that fails is a failure of its own, so the rest of the feed goes on.

Identity: a fetched page is keyed by its URL as asked for (`url_key`), so a feed entry or a URL
ingested again is recognised even when its page changed. A page watched for changes (kind
"stream") is not keyed: each new version of its text is a new document.

The page's own metadata (date, site name, title) is used first, then the feed's (entry date,
feed title, entry title); the caller's --published / --source / --lang win over both.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from watchfloor.errors import InputError, UnsupportedSource, WatchfloorError
from watchfloor.ingest._io import decode_web, normalize_newlines, url_doc_id
from watchfloor.ingest._items import IngestFailure, Unchanged, failure_of
from watchfloor.ingest.feeds import Feed, FeedEntry, entry_text, looks_like_feed, parse_feed
from watchfloor.ingest.html import document_from_html
from watchfloor.ingest.options import IngestOptions
from watchfloor.model import Document
from watchfloor.nlp.langid import detect_language
from watchfloor.sources.fetch import Fetcher, FetchResult, check_url

Kind = Literal["auto", "page", "feed", "stream"]
KINDS: tuple[Kind, ...] = ("auto", "page", "feed", "stream")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})
_MIN_ENTRY_WORDS = 5
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def _nothing_known(key: str) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class WebAccess:
    """How ingest reaches the web: the fetcher, and what the store already holds."""

    fetcher: Fetcher
    known: Callable[[str], bool] = _nothing_known  # whether a document with this source key is stored
    conditional: bool = True  # send the stored ETag / Last-Modified
    kind: Kind = "auto"  # what URLs are expected to give ("stream": a page watched for new versions)


def is_url(value: str) -> bool:
    """Whether an input names a URL (any scheme: the fetcher refuses the ones it does not serve)."""
    return bool(_SCHEME.match(value))


def url_key(url: str) -> str:
    """A fetched page's source key: its URL with scheme and host in lower case, no fragment."""
    return check_url(url)


def iter_url(url: str, *, web: WebAccess, options: IngestOptions) -> Iterator[Document | IngestFailure | Unchanged]:
    kind = web.kind
    result = web.fetcher.fetch(url, conditional=web.conditional)
    if result.not_modified:
        yield Unchanged(url)
        return
    if kind == "feed" or (kind == "auto" and looks_like_feed(result.content, result.content_type)):
        feed = parse_feed(result.content, url=result.final_url, content_type=result.content_type)
        yield from _feed_documents(feed, url, web=web, options=options)
    else:
        yield page_document(result, options=options, key=None if kind == "stream" else url_key(url))


def page_document(
    result: FetchResult, *, options: IngestOptions, key: str | None, entry: FeedEntry | None = None,
    feed: Feed | None = None,
) -> Document:
    """The document of a fetched page."""
    media_type = result.content_type
    if media_type is not None and media_type not in _HTML_TYPES | _TEXT_TYPES:
        raise UnsupportedSource(f"{media_type} is not a web page or a feed", input=result.url)
    text = decode_web(result.content, result.charset, input=result.url)
    doc_id = url_doc_id(result.final_url)
    meta = {"fetched_from": result.final_url} if result.final_url != result.url else {}
    if media_type in _TEXT_TYPES:
        document = _plain_document(text, doc_id=doc_id, result=result, options=options, key=key)
    else:
        document = document_from_html(
            text, doc_id=doc_id, origin=result.url, url=result.final_url, source_key=key, options=options, meta=meta
        )
    if entry is not None or feed is not None:
        document = dataclasses.replace(
            document,
            title=document.title or (entry.title if entry else None),
            published=document.published or (entry.published if entry else None),
            source=document.source or (feed.title if feed else None),
        )
    return document


def _feed_documents(
    feed: Feed, feed_url: str, *, web: WebAccess, options: IngestOptions
) -> Iterator[Document | IngestFailure | Unchanged]:
    for entry in feed.entries:
        if entry.link is None:
            item = _entry_content_document(entry, feed, feed_url, options)
            if item is not None:
                yield item
            continue
        try:
            key = url_key(entry.link)
            if web.known(key):
                yield Unchanged(entry.link)
                continue
            page = web.fetcher.fetch(entry.link, conditional=False)  # nothing stored under it yet
            document = page_document(page, options=options, key=key, entry=entry, feed=feed)
        except WatchfloorError as exc:
            yield failure_of(entry.link, exc)
            continue
        yield dataclasses.replace(document, meta={**document.meta, "feed": feed_url})


def _entry_content_document(
    entry: FeedEntry, feed: Feed, feed_url: str, options: IngestOptions
) -> Document | IngestFailure | None:
    """An entry without a web link: its own content is all there is."""
    if entry.content is None:
        return None
    origin = f"{feed_url}#{entry.id or entry.title or 'entry'}"
    text = entry_text(entry.content)
    if len(text.split()) < _MIN_ENTRY_WORDS:
        return IngestFailure(origin, "no link and no text in the entry")
    return Document(
        doc_id=url_doc_id(origin),
        text=text,
        language=options.lang or detect_language(text),
        published=options.published or entry.published,
        source=options.source or feed.title,
        title=entry.title,
        origin=origin,
        source_key=f"feed:{url_key(feed_url)}#{entry.id}" if entry.id else None,
        meta={"feed": feed_url},
    )


def _plain_document(
    text: str, *, doc_id: str, result: FetchResult, options: IngestOptions, key: str | None
) -> Document:
    text = normalize_newlines(text)
    if not text.strip():
        raise InputError("empty response", input=result.url)
    return Document(
        doc_id=doc_id,
        text=text,
        language=options.lang or detect_language(text),
        published=options.published,
        source=options.source,
        url=result.final_url,
        origin=result.url,
        source_key=key,
    )

