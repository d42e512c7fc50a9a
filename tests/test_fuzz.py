"""Property-based tests of every reader (issue 18, part 3): whatever bytes a source sends, reading
them gives documents and failures, never an exception; every failure names its input; the same
input twice gives the same result.

Inputs are built from the shapes each reader expects (a Telegram export, a VK answer, a gold
pair, a WARC record, an RSS or Atom feed, sources.yaml) with any JSON value, text or bytes in any
place. WATCHFLOOR_FUZZ_EXAMPLES sets the number of examples per test (default 25: seconds in CI);
a crash found goes into CRASHES below, kept as a regression test.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from watchfloor.errors import WatchfloorError
from watchfloor.ingest import READER_FAULT, IngestFailure, IngestOptions, iter_inputs

EXAMPLES = int(os.environ.get("WATCHFLOOR_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

# -- strategies ---------------------------------------------------------------------------------

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
texts = st.text(max_size=200) | st.sampled_from(["", "\x00", "\ufeff", "Police detained 3 men in Izmir.", "\u202e"])
dates = st.sampled_from(["2024-03-01T10:00:00", "2024-02-30", "yesterday", "", "9999-12-31T23:59:59"])


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """The expected value, or any JSON value in its place."""
    return strategy | json_values


telegram_parts = st.lists(
    maybe(st.text(max_size=40))
    | st.fixed_dictionaries(
        {"type": maybe(st.sampled_from(["plain", "bold", "link", "text_link", "hashtag"])), "text": maybe(texts)},
        optional={"href": maybe(st.text(max_size=40))},
    ),
    max_size=4,
)
telegram_message = st.fixed_dictionaries(
    {"id": maybe(st.integers(-5, 10**6)), "type": maybe(st.just("message")), "text": maybe(texts) | telegram_parts},
    optional={
        "date": maybe(dates),
        "from": maybe(st.text(max_size=20)),
        "forwarded_from": maybe(st.text(max_size=20)),
        "text_entities": telegram_parts,
        "reactions": maybe(st.lists(st.fixed_dictionaries({"emoji": maybe(st.text(max_size=2)), "count": maybe(st.integers())}))),
        "edited": maybe(dates),
    },
)
telegram_export = st.fixed_dictionaries(
    {
        "name": maybe(st.text(max_size=20)),
        "type": maybe(st.sampled_from(["public_channel", "private_channel", "personal_chat", "public_supergroup"])),
        "id": maybe(st.integers()),
        "messages": maybe(st.lists(telegram_message, max_size=5)),
    }
)
vk_post = st.fixed_dictionaries(
    {"id": maybe(st.integers(-5, 10**6)), "owner_id": maybe(st.integers(-(10**6), 10**6)), "text": maybe(texts)},
    optional={
        "date": maybe(st.integers(-(10**12), 10**12)),
        "from_id": maybe(st.integers()),
        "copy_history": maybe(st.lists(json_values, max_size=2)),
        "likes": maybe(st.fixed_dictionaries({"count": maybe(st.integers())})),
        "attachments": maybe(st.lists(st.fixed_dictionaries({"link": maybe(st.fixed_dictionaries({"url": maybe(st.text(max_size=20))}))}), max_size=2)),
    },
)
vk_wall = st.fixed_dictionaries(
    {"response": maybe(st.fixed_dictionaries({"count": maybe(st.integers()), "items": maybe(st.lists(vk_post, max_size=4))}, optional={"groups": json_values, "profiles": json_values}))}
) | st.fixed_dictionaries({"error": maybe(st.fixed_dictionaries({"error_code": maybe(st.integers()), "error_msg": maybe(st.text(max_size=20))}))})
gold_sidecar = st.fixed_dictionaries(
    {},
    optional={
        "doc_id": maybe(st.text(max_size=20)),
        "language": maybe(st.sampled_from(["en", "ru", "fr", ""])),
        "published": maybe(st.sampled_from(["2024-03-01", "2024-13-01", "03/01/2024"])),
        "source": maybe(st.text(max_size=20)),
        "title": maybe(st.text(max_size=20)),
        "events": json_values,
    },
)
html_pieces = st.lists(
    st.sampled_from(
        ["<html>", "<head>", "<title>", "</title>", "<meta charset='koi8-r'>", "<body>", "<p>", "</p>", "<div>",
         "</div>", "<table><tr><td>", "</td></tr></table>", "<script>", "</script>", "<!--", "-->", "<![CDATA[",
         "<article>", "<h1>", "</h1>", "&amp;", "&#0;", "&#xD800;", "<br/>", "<", ">", "\x00"]
    )  # fmt: skip
    | st.text(max_size=30),
    max_size=30,
).map("".join)
feed_pieces = st.lists(
    st.sampled_from(
        ['<?xml version="1.0" encoding="utf-8"?>', "<rss version='2.0'>", "<channel>", "<item>", "</item>",
         "<title>", "</title>", "<link>", "</link>", "<description>", "</description>", "<pubDate>", "</pubDate>",
         "</channel>", "</rss>", '<feed xmlns="http://www.w3.org/2005/Atom">', "<entry>", "</entry>",
         '<link href="', '"/>', "<content type='html'>", "</content>", "<updated>", "</updated>", "</feed>",
         "http://example.org/a", "javascript:alert(1)", "Tue, 10 Jun 2003 04:00:00 GMT", "2003-13-45T99:00:00Z",
         "&lt;p&gt;", "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", "&a;"]
    )  # fmt: skip
    | st.text(max_size=20),
    max_size=40,
).map("".join)


def warc_record(uri: str, body: bytes, *, content_type: str, length_delta: int) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode("utf-8", "replace") + b"\r\n\r\n" + body
    header = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {max(len(http) + length_delta, 0)}\r\n\r\n"
    )
    return header.encode("utf-8", "replace") + http + b"\r\n\r\n"


warc_files = st.builds(
    warc_record,
    st.sampled_from(["http://example.org/a", "ftp://x", "", "http://[::1", "not a uri"]),
    st.binary(max_size=200) | html_pieces.map(lambda s: s.encode("utf-8", "surrogatepass")),
    content_type=st.sampled_from(["text/html", "text/html; charset=koi8-r", "application/pdf", "text/plain; charset=nonsense", ""]),
    length_delta=st.sampled_from([0, 0, -10, 10, -10**6]),
)


# -- the properties -------------------------------------------------------------------------------


def read(files: dict[str, bytes]) -> list[tuple[str, ...]]:
    """Every item read from a folder holding `files`, with the folder's path taken out. Asserts
    that nothing is raised, and that every failure names an input in the folder."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in files.items():
            (Path(tmp) / name).write_bytes(data)
        items = list(iter_inputs([Path(tmp)], IngestOptions()))
        out: list[tuple[str, ...]] = []
        for item in items:
            if isinstance(item, IngestFailure):
                assert item.input.startswith(tmp), item  # the failure names its input
                assert item.reason.strip() and "Traceback" not in item.reason, item
                assert not item.reason.startswith(READER_FAULT), item  # a reader's bug
                out.append(("failed", item.input[len(tmp) :], item.reason.replace(tmp, "<tmp>")))
            else:
                assert isinstance(item.text, str)
                assert item.origin is not None and item.origin.startswith(tmp)
                out.append(("document", item.doc_id, item.hash, item.language or "", str(item.published)))
        return out


def same_twice(files: dict[str, bytes]) -> None:
    assert read(files) == read(files)


def as_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


@FUZZ
@given(st.binary(max_size=300) | texts.map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_plain_text(data: bytes) -> None:
    same_twice({"post.txt": data})


@FUZZ
@given(html_pieces)
@example("<meta charset='koi8-r'><p>\x00</p>")
def test_html(page: str) -> None:
    same_twice({"page.html": page.encode("utf-8", "surrogatepass")})


@FUZZ
@given(gold_sidecar | json_values, texts)
def test_gold_pairs(sidecar: Any, text: str) -> None:
    same_twice({"doc.json": as_json(sidecar), "doc.txt": text.encode("utf-8", "surrogatepass")})


@FUZZ
@given(telegram_export | json_values)
def test_telegram_exports(export: Any) -> None:
    same_twice({"result.json": as_json(export)})


@FUZZ
@given(vk_wall | st.lists(vk_wall, max_size=3))
def test_vk_walls(wall: Any) -> None:
    same_twice({"wall.json": as_json(wall)})


@FUZZ
@given(st.lists(warc_files, min_size=1, max_size=3).map(b"".join), st.booleans())
def test_warc(archive: bytes, compressed: bool) -> None:
    if compressed:
        same_twice({"pages.warc.gz": gzip.compress(archive)[: len(archive)]})  # cut short, often
    else:
        same_twice({"pages.warc": archive})


@FUZZ
@given(feed_pieces)
@example('<rss version="2.0"><channel><item><link>javascript:alert(1)</link></item></channel></rss>')
def test_feeds(feed: str) -> None:
    from watchfloor.ingest.feeds import parse_feed

    def parsed() -> Any:
        try:
            result = parse_feed(feed.encode("utf-8", "surrogatepass"), url="http://example.org/feed")
        except WatchfloorError as exc:
            assert exc.input == "http://example.org/feed"
            return ("failed", exc.reason)
        for entry in result.entries:
            assert entry.link is None or entry.link.startswith(("http://", "https://"))
        return result

    assert parsed() == parsed()


sources_yaml = st.lists(
    st.sampled_from(
        ["interval: 10m\n", "interval: -1\n", "interval: [1]\n", "feeds:\n", "pages:\n", "exports:\n",
         "  - url: http://example.org/feed\n", "  - http://example.org/page\n", "    interval: 1h\n",
         "    interval: forever\n", "  - path: /nonexistent/result.json\n", "  - {}\n", "  - [a, b]\n",
         "other: 1\n", "&a [*a]\n", "!!python/object:os.system {}\n", "feeds: 3\n", "\t", ": :\n"]
    )  # fmt: skip
    | st.text(max_size=20),
    max_size=12,
).map("".join)


@FUZZ
@given(sources_yaml)
def test_sources_yaml(text: str) -> None:
    from watchfloor.sources.config import load_sources

    def loaded(path: Path) -> Any:
        try:
            config = load_sources(path)
        except WatchfloorError as exc:
            assert exc.input == str(path), exc
            return ("failed", exc.reason)
        return repr(config)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sources.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        assert loaded(path) == loaded(path)


# -- crashes found, kept ------------------------------------------------------------------------

CRASHES: list[tuple[str, dict[str, bytes]]] = [
    # TypeError: 'bool' object is not iterable (vk._names, then copy_history and attachments)
    ("vk-groups-true", {"wall.json": b'{"response": {"count": 0, "items": [], "groups": true}}'}),
    ("vk-pages-profiles-true", {"wall.json": b'[{"response": {"count": 0, "items": []}}, '
                                              b'{"response": {"count": 0, "items": [], "profiles": true}}]'}),
    ("vk-copy-history-number", {"wall.json": b'{"response": {"count": 1, "items": '
                                              b'[{"id": 1, "owner_id": -1, "text": "", "copy_history": 5}]}}'}),
    ("vk-attachments-true", {"wall.json": b'{"response": {"count": 1, "items": '
                                           b'[{"id": 1, "owner_id": -1, "text": "words", "attachments": true}]}}'}),
    # TypeError: unhashable type: 'list' (telegram.message_links: a part's type is a list)
    ("telegram-part-type-list", {"result.json": b'{"name": "", "type": "public_channel", "id": 0, "messages": '
                                                b'[{"id": 0, "type": "message", "text": ["0", {"type": [], "text": ""}]}]}'}),
    ("telegram-chat-type-list", {"result.json": b'{"about": "", "chats": {"list": [{"type": [], "id": 1, "messages": []}]}}'}),
]  # fmt: skip


@pytest.mark.parametrize("files", [files for _, files in CRASHES], ids=[name for name, _ in CRASHES])
def test_crashes_found_by_fuzzing(files: dict[str, bytes]) -> None:
    same_twice(files)
