"""RSS and Atom feeds served by a real HTTP server on 127.0.0.1, followed to their pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from _site import Reply, Site, site_fixture  # noqa: F401 (the `site` fixture)

from watchfloor.errors import BadExport
from watchfloor.ingest import IngestFailure, IngestOptions, Unchanged, iter_inputs
from watchfloor.ingest.feeds import looks_like_feed, parse_feed
from watchfloor.ingest.web import WebAccess, url_key
from watchfloor.model import Document
from watchfloor.pipeline import Pipeline
from watchfloor.sources.fetch import Fetcher, FetchSettings
from watchfloor.store import Store

LOCAL = ("127.0.0.1/32",)


def page(title: str, sentence: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{sentence}</p><p>The governor's office gave no further details on Wednesday.</p>"
        "</article></body></html>"
    ).encode()


PAGES = {
    "/news/1": page("Four held near Kilis", "Police detained four Syrians near Kilis on Tuesday as they tried to cross the border."),
    "/news/2": page("Two deported", "Turkey deported two Russian nationals to Moscow on Monday, officials said."),
}


def rss(site: Site, *, links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Entry {n}</title><link>{link}</link><guid>e{n}</guid>"
        f"<pubDate>Tue, 07 Apr 2015 0{n}:00:00 GMT</pubDate><description>Summary {n}</description></item>"
        for n, link in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Frontier Wire</title>'
        f"<link>{site.base}/</link>{items}</channel></rss>"
    ).encode()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id><updated>2015-04-08T00:00:00Z</updated>
<entry><title>Atom entry</title><id>urn:a1</id><updated>2015-04-08T09:00:00Z</updated><link href="/news/2"/></entry>
<entry><title>No link</title><id>urn:a2</id><updated>2015-04-06T09:00:00Z</updated>
<content type="html">&lt;p&gt;Border guards turned back a group of twelve migrants near Hatay on Sunday night, a local
official said.&lt;/p&gt;</content></entry>
</feed>"""


def client(**settings: object) -> Fetcher:
    values: dict[str, object] = {"allowed_networks": LOCAL, "min_interval": 0.0, "retries": 0}
    values.update(settings)
    return Fetcher(FetchSettings(**values))  # type: ignore[arg-type]


def items_of(fetcher: Fetcher, url: str, **web: object) -> list[Document | IngestFailure | Unchanged]:
    return list(iter_inputs([url], IngestOptions(), web=WebAccess(fetcher, **web)))  # type: ignore[arg-type]


@pytest.fixture
def news(site: Site) -> Site:
    for path, body in PAGES.items():
        site.add(path, Reply(body=body))
    return site


def test_rss_entries_are_followed_to_their_pages(news: Site) -> None:
    url = news.add(
        "/feed.xml",
        Reply(body=rss(news, links=["/news/1", news.url("/news/2"), "/news/missing"]), content_type="application/rss+xml"),
    )
    with client() as fetcher:
        items = items_of(fetcher, url)
    first, second, missing = items
    assert isinstance(first, Document) and isinstance(second, Document)
    assert "detained four Syrians near Kilis" in first.text
    assert first.url == news.url("/news/1") and first.source_key == url_key(news.url("/news/1"))
    assert first.meta["feed"] == url
    assert first.published == date(2015, 4, 7)  # the page has no date: the entry's
    assert first.source == "Frontier Wire"  # the page has no site name: the feed's title
    assert "Turkey deported two Russian nationals" in second.text
    assert missing == IngestFailure(news.url("/news/missing"), "HTTP 404 Not Found")


def test_atom_feed_and_an_entry_without_link(news: Site) -> None:
    url = news.add("/atom", Reply(body=ATOM, content_type="application/atom+xml"))
    with client() as fetcher:
        linked, inline = items_of(fetcher, url)
    assert isinstance(linked, Document) and "two Russian nationals" in linked.text
    assert linked.title == "Two deported"
    assert isinstance(inline, Document)
    assert "twelve migrants near Hatay" in inline.text
    assert inline.published == date(2015, 4, 6) and inline.source == "Atom Desk"
    assert inline.source_key == f"feed:{url_key(url)}#urn:a2"


def test_feed_served_as_plain_xml_is_recognised(news: Site) -> None:
    url = news.add("/feed", Reply(body=rss(news, links=["/news/1"]), content_type="text/xml"))
    with client() as fetcher:
        [document] = items_of(fetcher, url)
    assert isinstance(document, Document) and "Kilis" in document.text


def test_known_entries_are_not_fetched_again(news: Site) -> None:
    url = news.add("/feed.xml", Reply(body=rss(news, links=["/news/1", "/news/2"]), content_type="application/rss+xml"))
    known = {url_key(news.url("/news/1"))}
    with client() as fetcher:
        items = items_of(fetcher, url, known=known.__contains__)
    assert items[0] == Unchanged(news.url("/news/1"))
    assert isinstance(items[1], Document)
    assert news.hits("/news/1") == []


def test_malformed_feed_fails_naming_it(site: Site) -> None:
    url = site.add("/bad.xml", Reply(body=b"<rss><channel><title>x</ti", content_type="application/rss+xml"))
    with client() as fetcher:
        [failure] = items_of(fetcher, url)
    assert isinstance(failure, IngestFailure) and failure.input == url
    assert failure.reason.startswith("malformed feed:")


def test_truncated_feed_keeps_the_entries_it_has(news: Site) -> None:
    whole = rss(news, links=["/news/1", "/news/2"])
    cut = whole[: whole.index(b"<item>", whole.index(b"<item>") + 1) + 20]  # inside the second item
    url = news.add("/cut.xml", Reply(body=cut, content_type="application/rss+xml"))
    with client() as fetcher:
        items = items_of(fetcher, url)
    assert isinstance(items[0], Document) and "Kilis" in items[0].text


def test_feed_kind_insists_on_a_feed(news: Site) -> None:
    url = news.url("/news/1")
    with client() as fetcher:
        [failure] = items_of(fetcher, url, kind="feed")
    assert isinstance(failure, IngestFailure) and failure.input == url
    assert failure.reason in ("not an RSS or Atom feed", "malformed feed: text/html is not an XML media type")


def test_feed_detection() -> None:
    assert looks_like_feed(b"<?xml version='1.0'?><rss version='2.0'>", "text/xml")
    assert looks_like_feed(b"", "application/atom+xml")
    assert looks_like_feed(b"<feed xmlns='http://www.w3.org/2005/Atom'>", None)
    assert not looks_like_feed(b"<html><body>rss</body></html>", "text/html")
    assert not looks_like_feed(b"<?xml version='1.0'?><svg/>", "application/xml")
    with pytest.raises(BadExport, match="x.xml: malformed feed: .*syntax error"):
        parse_feed(b"just text", url="x.xml")
    with pytest.raises(BadExport, match="x.json: not an RSS or Atom feed"):
        parse_feed(b"<?xml version='1.0'?><items><item/></items>", url="x.json")
    empty = parse_feed(b"<?xml version='1.0'?><rss version='2.0'><channel><title>Quiet</title></channel></rss>", url="q")
    assert empty.title == "Quiet" and empty.entries == []


def test_feed_ingest_into_the_store_is_idempotent(news: Site, tmp_path: Path, pipeline: Pipeline) -> None:
    url = news.add(
        "/feed.xml",
        Reply(body=rss(news, links=["/news/1", "/news/2"]), content_type="application/rss+xml", etag='"f1"'),
    )
    with Store.open(tmp_path / "wf.sqlite") as store:
        with Fetcher(FetchSettings(allowed_networks=LOCAL, min_interval=0), state=store) as fetcher:
            first = pipeline.ingest([url], store, IngestOptions(), fetcher=fetcher)
            second = pipeline.ingest([url], store, IngestOptions(), fetcher=fetcher)  # a 304
            third = pipeline.ingest([url], store, IngestOptions(), fetcher=fetcher, refetch=True)
        assert (first.new, first.unchanged, first.failed) == (2, 0, [])
        assert (second.new, second.unchanged) == (0, 1)
        assert (third.new, third.unchanged) == (0, 2)  # entries known by URL: pages not fetched again
        assert len(news.hits("/news/1")) == 1 and len(news.hits("/feed.xml")) == 3
        assert store.counts()["documents"] == 2
        stored = [store.document(row.id) for row in store.documents()]
        assert {doc.source_key for doc in stored} == {url_key(news.url("/news/1")), url_key(news.url("/news/2"))}
