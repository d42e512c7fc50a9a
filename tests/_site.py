"""A real HTTP server on 127.0.0.1 for the fetch, feed and watch tests: routes are set per test."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before the status line
    drip: float = 0.0  # between chunks of the body
    etag: str | None = None  # answer 304 to a matching If-None-Match
    last_modified: str | None = None  # answer 304 to a matching If-Modified-Since
    length: bool = True  # send Content-Length; without it the body ends when the connection closes


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float


class Site:
    def __init__(self, host: str, port: int) -> None:
        self.base = f"http://{host}:{port}"
        self.routes: dict[str, Reply | Callable[[Request], Reply]] = {}
        self.requests: list[Request] = []

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, reply: Reply | Callable[[Request], Reply]) -> str:
        self.routes[path] = reply
        return self.url(path)

    def hits(self, path: str) -> list[Request]:
        return [request for request in self.requests if request.path == path]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            request = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
            site.requests.append(request)
            route = site.routes.get(self.path)
            reply = Reply(404, b"not found", "text/plain") if route is None else route if isinstance(route, Reply) else route(request)
            time.sleep(reply.delay)
            status, body = reply.status, reply.body
            if (reply.etag and request.headers.get("if-none-match") == reply.etag) or (
                reply.last_modified and request.headers.get("if-modified-since") == reply.last_modified
            ):
                status, body = 304, b""
            try:
                self.send_response(status)
                if reply.content_type and status != 304:
                    self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.etag:
                    self.send_header("ETag", reply.etag)
                if reply.last_modified:
                    self.send_header("Last-Modified", reply.last_modified)
                if reply.length:
                    self.send_header("Content-Length", str(len(body)))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                if reply.drip:
                    for start in range(0, len(body), 64):
                        self.wfile.write(body[start : start + 64])
                        self.wfile.flush()
                        time.sleep(reply.drip)
                else:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout or a size limit): that is the test

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture(name="site")
def site_fixture() -> Iterator[Site]:
    """A fresh server with no routes (import `site_fixture` to use it as `site`)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(Site("127.0.0.1", 0)))
    server.daemon_threads = True
    server.handle_error = lambda request, address: None  # type: ignore[method-assign] # clients hang up on purpose
    site = Site("127.0.0.1", server.server_address[1])
    server.RequestHandlerClass = _handler(site)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
