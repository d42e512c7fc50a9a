"""Web archives (.warc, .warc.gz), read by warcio: one document per archived HTML page.

Only `response` records of HTML with status 200 are read; requests, metadata, revisits,
redirects, images and scripts are not pages. Each page goes through the same charset handling
and article extraction as a fetched page. Captured pages without article text (index pages,
menus) are passed over; a page that cannot be read (too large, undecodable) is a failure naming
the archive and the page's URL, and the rest of the archive goes on. An archive that breaks off
(truncated, corrupt) keeps the pages read before the break and fails with where it stopped.

Identity: each record's WARC-Record-ID, so reading an archive again adds nothing, while two
captures of one URL at different times stay two documents (when their texts differ).
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from watchfloor.errors import BadExport, InputError, WatchfloorError
from watchfloor.ingest._io import decode_web, url_doc_id
from watchfloor.ingest._items import IngestFailure
from watchfloor.ingest.html import document_from_html
from watchfloor.ingest.options import IngestOptions
from watchfloor.model import Document
from watchfloor.sources.fetch import parse_content_type

SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_NO_ARTICLE = "no article text found"


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def iter_documents(path: Path, *, options: IngestOptions) -> Iterator[Document | IngestFailure]:
    from warcio.archiveiterator import ArchiveIterator  # imported here: only archives need it

    pages = 0
    compressed = path.name.lower().endswith(".gz")
    try:
        if _magic(path, compressed) != b"WARC/":
            raise BadExport("not a WARC file (it does not start with a WARC/1.x record)", input=str(path))
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                item = _page(record, path, options)
                if item is not None:
                    pages += 1
                    yield item
        if compressed:
            _check_gzip_end(path)  # warcio stops quietly at a cut-off member
    except WatchfloorError:
        raise
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise _broken(path, pages, exc) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", input=str(path)) from exc
    except Exception as exc:  # warcio raises many kinds on a broken archive
        raise _broken(path, pages, exc) from exc


def _broken(path: Path, pages: int, exc: Exception) -> BadExport:
    where = f"after {pages} pages" if pages else "before any page"
    return BadExport(f"cannot read the archive {where}: {exc or type(exc).__name__}", input=str(path))

def _magic(path: Path, compressed: bool) -> bytes:
    with gzip.open(path, "rb") if compressed else path.open("rb") as handle:
        return handle.read(5)


def _check_gzip_end(path: Path) -> None:
    with gzip.open(path, "rb") as handle:
        while handle.read(1 << 20):
            pass


def _page(record: Any, path: Path, options: IngestOptions) -> Document | IngestFailure | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    media_type, charset = parse_content_type(record.http_headers.get_header("Content-Type"))
    if media_type not in _HTML_TYPES:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    data = record.content_stream().read(options.max_bytes + 1)
    origin = f"{path}#{uri}" if uri else str(path)
    if len(data) > options.max_bytes:
        return IngestFailure(str(path), f"page {uri}: larger than the limit of {options.max_bytes:,} bytes")
    try:
        return document_from_html(
            decode_web(data, charset, input=origin),
            doc_id=url_doc_id(uri) if uri else path.name,
            origin=origin,
            url=uri or None,
            source_key=f"warc:{record_id}" if record_id else None,
            options=options,
            meta={"warc_date": record.rec_headers.get_header("WARC-Date"), "archive": str(path)},
        )
    except InputError as exc:
        if exc.reason == _NO_ARTICLE:
            return None
        return IngestFailure(str(path), f"page {uri}: {exc.reason}")

