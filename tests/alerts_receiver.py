"""A webhook receiver for the alert tests: a real http.server on 127.0.0.1 that keeps every POST and
answers with the statuses (and delays) a test queues, then 200."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class Receiver:
    url: str
    received: list[Received] = field(default_factory=list)
    answers: list[tuple[int, float]] = field(default_factory=list)  # (status, delay) for the next POSTs

    def bodies(self) -> list[dict[str, Any]]:
        return [r.body for r in self.received]


@contextmanager
def receiver() -> Iterator[Receiver]:
    state = Receiver("")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            raw = self.rfile.read(int(self.headers.get("content-length", "0")))
            status, delay = state.answers.pop(0) if state.answers else (200, 0.0)
            time.sleep(delay)
            state.received.append(
                Received(self.path, {k.lower(): v for k, v in self.headers.items()}, json.loads(raw.decode("utf-8")))
            )
            try:
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
            except OSError:  # the client gave up waiting
                pass

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
