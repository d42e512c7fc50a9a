"""RSS and Atom feeds, read by feedparser: what each entry links to, its date, title and content.

feedparser is lenient: a feed with an XML error that still gives entries is read; one that gives
nothing is a BadExport naming the feed. It is only handed bytes (never a URL or a path, which it
would open itself), and it does not fetch external entities.
"""

from __future__ import annotations

import calendar
import io
import re
import xml.sax
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from watchfloor.errors import BadExport

FEED_MEDIA_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/x-rss+xml"}
)
_XML_MEDIA_TYPES = frozenset({"text/xml", "application/xml"})
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str | None  # absolute
    id: str | None
    title: str | None
    published: date | None
    content: str | None  # HTML or text as the feed gives it: full content, else the summary


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    entries: list[FeedEntry]


def looks_like_feed(data: bytes, media_type: str | None) -> bool:
    """Whether a response is a feed: by its media type, or an XML root that feeds use."""
    if media_type in FEED_MEDIA_TYPES:
        return True
    if media_type not in _XML_MEDIA_TYPES and media_type is not None:
        return False
    head = data[:2048].lower()
    return any(root in head for root in _FEED_ROOTS)


def parse_feed(data: bytes, *, url: str, content_type: str | None = None) -> Feed:
    import feedparser  # imported here: only feeds need it

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed: Any = feedparser.parse(io.BytesIO(data), response_headers=headers)
    entries = [_entry(entry, url) for entry in parsed.get("entries", [])]
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not entries and isinstance(problem, xml.sax.SAXException):  # broken before any entry
        raise BadExport(f"malformed feed: {problem}", input=url)
    if not parsed.get("version"):  # feedparser names every format it knows; an empty feed too
        raise BadExport("not an RSS or Atom feed", input=url)
    title = parsed.get("feed", {}).get("title")
    return Feed(title=title.strip() or None if isinstance(title, str) else None, entries=entries)


def _entry(entry: Any, base: str) -> FeedEntry:
    link = entry.get("link")  # feedparser may put an Atom id (urn:...) here: only web links count
    link = urljoin(base, link.strip()) if isinstance(link, str) and link.strip() else None
    content = entry.get("content")
    body = content[0].get("value") if isinstance(content, list) and content else entry.get("summary")
    title = entry.get("title")
    return FeedEntry(
        link=link if link is not None and urlsplit(link).scheme in ("http", "https") else None,
        id=entry.get("id") if isinstance(entry.get("id"), str) else None,
        title=title.strip() or None if isinstance(title, str) else None,
        published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        content=body if isinstance(body, str) and body.strip() else None,
    )


def _date(parsed: Any) -> date | None:
    if parsed is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).date()
    except (TypeError, ValueError, OverflowError):
        return None


_BLOCK_END = re.compile(r"(?i)(</(?:p|div|li|h[1-6]|blockquote)>|<br\s*/?>)")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def entry_text(content: str) -> str:
    """The plain text of an entry's content (an HTML fragment, or text), a paragraph a line."""
    if "<" not in content:
        return content.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(_BLOCK_END.sub(r"\1\n", content), create_parent="div")
    except Exception:  # lxml raises several kinds on broken markup; the tags then just go
        return re.sub(r"<[^>]*>", " ", content).strip()
    for hidden in root.xpath(".//script|.//style"):
        hidden.drop_tree()
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
