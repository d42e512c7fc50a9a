"""The fetcher against a real HTTP server on 127.0.0.1: safety, manners, limits and charsets."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from _site import Reply, Request, Site, site_fixture  # noqa: F401 (the `site` fixture)

from watchfloor.errors import BlockedURL, ConfigError, FetchError
from watchfloor.ingest import IngestFailure, IngestOptions, Unchanged, iter_inputs
from watchfloor.ingest.web import WebAccess, url_key
from watchfloor.model import Document
from watchfloor.sources.fetch import Fetcher, FetchSettings, is_public_address, user_agent
from watchfloor.store import Store

LOCAL = ("127.0.0.1/32",)  # the test server, and nothing else on this machine


def fetcher(**settings: object) -> Fetcher:
    values: dict[str, object] = {"allowed_networks": LOCAL, "min_interval": 0.0, "retries": 0, "backoff": 0.01}
    values.update(settings)
    return Fetcher(FetchSettings(**values))  # type: ignore[arg-type]


ARTICLE = (
    "<html><head><title>Arrests in Gaziantep</title></head><body><article><h1>Arrests in Gaziantep</h1>"
    "<p>Police in Gaziantep detained four foreign nationals on Tuesday who were trying to cross the "
    "border into Syria, the provincial governor's office said in a written statement.</p>"
    "<p>The four were taken to a removal centre pending deportation.</p></article></body></html>"
)
RUSSIAN_ARTICLE = (
    "<html><head>{meta}<title>Задержания</title></head><body><article><h1>Задержания в Газиантепе</h1>"
    "<p>Полиция Газиантепа задержала во вторник четырёх иностранцев, которые пытались перейти "
    "границу с Сирией, сообщили в канцелярии губернатора провинции.</p>"
    "<p>Задержанных доставили в центр временного содержания.</p></article></body></html>"
)


# -- safety -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2a00:1450:4001:80b::200e", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.10", False),
        ("172.16.5.4", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("224.0.0.1", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_loopback_is_refused_by_default(site: Site) -> None:
    url = site.add("/page", Reply(body=ARTICLE.encode()))
    with Fetcher(FetchSettings(min_interval=0)) as client, pytest.raises(BlockedURL) as caught:
        client.fetch(url)
    assert caught.value.input == url
    assert "resolves to a private or local address (127.0.0.1)" in str(caught.value)
    assert "--allow-private" in str(caught.value)
    assert site.requests == []  # refused before connecting: not even robots.txt was asked for


def test_localhost_by_name_is_refused_too(site: Site) -> None:
    url = site.url("/page").replace("127.0.0.1", "localhost")
    with Fetcher(FetchSettings(min_interval=0)) as client, pytest.raises(BlockedURL, match="private or local"):
        client.fetch(url)


def test_allow_private_fetches_it(site: Site) -> None:
    url = site.add("/page", Reply(body=ARTICLE.encode()))
    with Fetcher(FetchSettings(allow_private=True, min_interval=0)) as client:
        result = client.fetch(url)
    assert result.status == 200 and result.content == ARTICLE.encode()
    assert result.content_type == "text/html" and result.charset == "utf-8"
    agent = site.hits("/page")[0].headers["user-agent"]
    assert agent == user_agent() and agent.startswith("watchfloor/") and "(+http" in agent


def test_a_redirect_to_a_private_address_is_refused(site: Site) -> None:
    port = site.base.rsplit(":", 1)[1]
    for path, target in [("/to-loopback", f"http://127.0.0.2:{port}/x"), ("/to-v6", f"http://[::1]:{port}/x")]:
        url = site.add(path, Reply(301, headers={"Location": target}))
        with fetcher() as client, pytest.raises(BlockedURL, match="private or local") as caught:
            client.fetch(url)
        assert caught.value.input == target


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/", "http:///nohost"])
def test_other_schemes_are_refused(url: str) -> None:
    with fetcher() as client, pytest.raises(BlockedURL):
        client.fetch(url)


def test_settings_validate_themselves() -> None:
    with pytest.raises(ConfigError, match="read_timeout"):
        FetchSettings(read_timeout=0)
    with pytest.raises(ConfigError, match="retries"):
        FetchSettings(retries=-1)
    with pytest.raises(ConfigError, match="not a network"):
        FetchSettings(allowed_networks=("intranet",))


# -- redirects, statuses, retries ---------------------------------------------------------------


def test_redirects_are_followed(site: Site) -> None:
    site.add("/new", Reply(body=ARTICLE.encode()))
    site.add("/moved", Reply(302, headers={"Location": "/new"}))
    url = site.add("/old", Reply(301, headers={"Location": site.url("/moved")}))
    with fetcher() as client:
        result = client.fetch(url + "#section")
    assert result.url == url and result.final_url == site.url("/new")
    assert result.content == ARTICLE.encode()


def test_a_redirect_loop_fails(site: Site) -> None:
    site.add("/a", Reply(302, headers={"Location": "/b"}))
    site.add("/b", Reply(302, headers={"Location": "/a"}))
    with fetcher(max_redirects=3) as client, pytest.raises(FetchError, match="more than 3 redirects"):
        client.fetch(site.url("/a"))


def test_not_found_and_server_errors(site: Site) -> None:
    url = site.add("/broken", Reply(500, b"oops"))
    with fetcher() as client:
        with pytest.raises(FetchError, match=r"/missing: HTTP 404 Not Found"):
            client.fetch(site.url("/missing"))
        with pytest.raises(FetchError, match="HTTP 500 Internal Server Error"):
            client.fetch(url)
    assert len(site.hits("/missing")) == 1  # a 404 is not retried


def test_server_errors_are_retried_with_backoff(site: Site) -> None:
    answers = iter([Reply(503, headers={"Retry-After": "0"}), Reply(502), Reply(body=ARTICLE.encode())])
    site.add("/flaky", lambda request: next(answers))
    with fetcher(retries=2, backoff=0.2) as client:
        result = client.fetch(site.url("/flaky"))
    assert result.status == 200
    times = [request.at for request in site.hits("/flaky")]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.2 and times[2] - times[1] >= 0.4  # doubling


def test_retries_give_up(site: Site) -> None:
    url = site.add("/down", Reply(503))
    with fetcher(retries=2, backoff=0.01) as client, pytest.raises(FetchError, match="HTTP 503"):
        client.fetch(url)
    assert len(site.hits("/down")) == 3


def test_slow_response_times_out(site: Site) -> None:
    url = site.add("/slow", Reply(body=ARTICLE.encode(), delay=1.5))
    started = time.monotonic()
    with fetcher(read_timeout=0.3, retries=1) as client, pytest.raises(FetchError, match=r"timed out \(2 attempts\)"):
        client.fetch(url)
    assert time.monotonic() - started < 1.4


def test_slow_drip_hits_the_total_timeout(site: Site) -> None:
    url = site.add("/drip", Reply(body=ARTICLE.encode() * 4, drip=0.05))
    with fetcher(total_timeout=0.3) as client, pytest.raises(FetchError, match="took longer than 0.3 s"):
        client.fetch(url)


def test_oversized_responses(site: Site) -> None:
    declared = site.add("/big", Reply(body=b"x" * 5000))
    undeclared = site.add("/big-stream", Reply(body=b"<p>" + b"x" * 200_000, length=False))
    with fetcher(max_bytes=1000) as client:
        with pytest.raises(FetchError, match=r"larger than the limit of 1,000 bytes \(5,000 declared\)"):
            client.fetch(declared)
        with pytest.raises(FetchError, match="larger than the limit of 1,000 bytes"):
            client.fetch(undeclared)


# -- manners ------------------------------------------------------------------------------------


ROBOTS = b"User-agent: *\nDisallow: /private/\n\nUser-agent: watchfloor\nDisallow: /no-watchfloor/\n"


def test_robots_txt_is_obeyed_and_cached(site: Site) -> None:
    site.add("/robots.txt", Reply(body=ROBOTS, content_type="text/plain"))
    site.add("/private/page", Reply(body=ARTICLE.encode()))
    site.add("/no-watchfloor/page", Reply(body=ARTICLE.encode()))
    site.add("/public", Reply(body=ARTICLE.encode()))
    with fetcher() as client:
        assert client.fetch(site.url("/public")).status == 200
        with pytest.raises(BlockedURL, match="disallowed by robots.txt"):
            client.fetch(site.url("/no-watchfloor/page"))
        assert client.fetch(site.url("/private/page")).status == 200  # our own group has no such rule
    assert site.hits("/no-watchfloor/page") == []
    assert len(site.hits("/robots.txt")) == 1


def test_robots_txt_applies_to_redirect_targets(site: Site) -> None:
    site.add("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    site.add("/private/x", Reply(body=ARTICLE.encode()))
    url = site.add("/go", Reply(302, headers={"Location": "/private/x"}))
    with fetcher() as client, pytest.raises(BlockedURL, match="/private/x: disallowed by robots.txt"):
        client.fetch(url)
    assert site.hits("/private/x") == []


def test_unreachable_robots_txt_means_keep_out(site: Site) -> None:
    site.add("/robots.txt", Reply(500))
    url = site.add("/page", Reply(body=ARTICLE.encode()))
    with fetcher() as client, pytest.raises(BlockedURL, match="disallowed by robots.txt"):
        client.fetch(url)


def test_requests_to_one_host_are_spaced(site: Site) -> None:
    for n in range(3):
        site.add(f"/p{n}", Reply(body=ARTICLE.encode()))
    with fetcher(min_interval=0.25) as client:
        for n in range(3):
            client.fetch(site.url(f"/p{n}"))
    times = sorted(request.at for request in site.requests)  # robots.txt, then three pages
    assert len(times) == 4
    assert all(later - earlier >= 0.24 for earlier, later in zip(times, times[1:], strict=False))


# -- conditional requests -----------------------------------------------------------------------


def test_etag_and_last_modified_make_a_304(site: Site, tmp_path: Path) -> None:
    stamp = "Tue, 07 Apr 2015 10:00:00 GMT"
    url = site.add("/page", Reply(body=ARTICLE.encode(), etag='"v1"', last_modified=stamp))
    with Store.open(tmp_path / "wf.sqlite") as store:
        client = Fetcher(FetchSettings(allowed_networks=LOCAL, min_interval=0), state=store)
        assert client.fetch(url).status == 200
        # not committed (as after a crash before the page was stored): the next request is plain
        assert client.fetch(url).status == 200
        assert "if-none-match" not in site.hits("/page")[1].headers
        client.commit()
        state = store.fetch_state(url_key(url))
        assert state is not None and state.etag == '"v1"' and state.last_modified == stamp
        assert state.last_status == 200 and state.last_error is None
        again = client.fetch(url)
        assert again.not_modified and again.content == b""
        assert site.hits("/page")[2].headers["if-none-match"] == '"v1"'
        assert site.hits("/page")[2].headers["if-modified-since"] == stamp
        assert client.fetch(url, conditional=False).status == 200
        client.close()


def test_fetch_errors_are_kept_in_the_state(site: Site, tmp_path: Path) -> None:
    url = site.url("/gone")
    with Store.open(tmp_path / "wf.sqlite") as store:
        with Fetcher(FetchSettings(allowed_networks=LOCAL, min_interval=0), state=store) as client, pytest.raises(
            FetchError
        ):
            client.fetch(url)
        state = store.fetch_state(url)
    assert state is not None and state.last_status == 404 and state.last_error == "HTTP 404 Not Found"


# -- pages into documents: content types and charsets --------------------------------------------


def page_items(client: Fetcher, *urls: str) -> list[Document | IngestFailure | Unchanged]:
    return list(iter_inputs(list(urls), IngestOptions(), web=WebAccess(client)))


def only_document(client: Fetcher, url: str) -> Document:
    items = page_items(client, url)
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def test_page_becomes_a_document(site: Site) -> None:
    url = site.add("/news/2015/arrests.html?ref=rss", Reply(body=ARTICLE.encode()))
    with fetcher() as client:
        document = only_document(client, url)
    assert "detained four foreign nationals" in document.text
    assert document.title == "Arrests in Gaziantep"
    assert document.url == url and document.origin == url
    assert document.source_key == url_key(url)
    assert document.doc_id == "127-0-0-1-" + site.base.rsplit(":", 1)[1] + "-news-2015-arrests-html"
    assert document.language == "en"


@pytest.mark.parametrize(
    ("content_type", "meta"),
    [
        ("text/html; charset=utf-8", ""),  # declared wrongly
        ("text/html", ""),  # not declared at all
        ("text/html", '<meta charset="windows-1251">'),  # declared in the page only
        ("text/html; charset=windows-1251", ""),  # declared rightly
        ("text/html; charset=iso-8859-1", ""),  # a server's default, wrong for Russian
    ],
)
def test_russian_page_in_cp1251(site: Site, content_type: str, meta: str) -> None:
    body = RUSSIAN_ARTICLE.format(meta=meta).encode("cp1251")
    url = site.add("/ru", Reply(body=body, content_type=content_type))
    with fetcher() as client:
        document = only_document(client, url)
    assert "Полиция Газиантепа задержала во вторник четырёх иностранцев" in document.text
    assert document.language == "ru"


def test_utf8_page_declared_as_cp1251_in_meta_but_utf8_in_header(site: Site) -> None:
    body = RUSSIAN_ARTICLE.format(meta='<meta charset="windows-1251">').encode("utf-8")
    url = site.add("/ru8", Reply(body=body, content_type="text/html; charset=utf-8"))
    with fetcher() as client:
        assert "четырёх иностранцев" in only_document(client, url).text


def test_plain_text_and_unsupported_types(site: Site) -> None:
    text = "Two Uzbeks were detained near Kilis on Monday as they tried to cross into Syria.\n"
    plain = site.add("/note.txt", Reply(body=text.encode(), content_type="text/plain; charset=utf-8"))
    image = site.add("/photo.jpg", Reply(body=b"\xff\xd8\xff\xe0", content_type="image/jpeg"))
    with fetcher() as client:
        document = only_document(client, plain)
        [failure] = page_items(client, image)
    assert document.text == text
    assert failure == IngestFailure(image, "image/jpeg is not a web page or a feed")


def test_page_without_article_text_fails_cleanly(site: Site) -> None:
    url = site.add("/menu", Reply(body=b"<html><body><nav><a href='/'>Home</a></nav></body></html>"))
    with fetcher() as client:
        assert page_items(client, url) == [IngestFailure(url, "no article text found")]


def test_fetch_failures_name_the_url_given(site: Site) -> None:
    site.add("/hop", Reply(302, headers={"Location": "/nowhere"}))
    with fetcher() as client:
        [failure] = page_items(client, site.url("/hop"))
    assert failure == IngestFailure(site.url("/hop"), f"{site.url('/nowhere')}: HTTP 404 Not Found")


def test_a_304_is_unchanged(site: Site, tmp_path: Path) -> None:
    url = site.add("/page", Reply(body=ARTICLE.encode(), etag='"a"'))
    with Store.open(tmp_path / "wf.sqlite") as store, Fetcher(
        FetchSettings(allowed_networks=LOCAL, min_interval=0), state=store
    ) as client:
        assert isinstance(page_items(client, url)[0], Document)
        client.commit()
        assert page_items(client, url) == [Unchanged(url)]


def test_request_seen_by_server_has_no_conditional_headers_first(site: Site) -> None:
    url = site.add("/page", Reply(body=ARTICLE.encode(), etag='"a"'))
    with fetcher() as client:
        client.fetch(url)
    first: Request = site.hits("/page")[0]
    assert "if-none-match" not in first.headers
    assert first.headers["accept-encoding"] == "gzip, deflate"
