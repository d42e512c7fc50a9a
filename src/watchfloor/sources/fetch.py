"""Fetching pages and feeds: one httpx client, safe and polite.

What a `Fetcher` does for every URL, in order:

- only http and https; any host that resolves to a private, loopback, link-local, multicast or
  otherwise non-global address is refused unless `allow_private` is set. The check runs when
  the connection is made, on the address actually connected to, so redirects and DNS answers
  that change between lookups cannot slip past it;
- robots.txt is obeyed (RFC 9309: a 4xx robots.txt means no rules, a 5xx or unreachable one
  means keep out), fetched once per origin and cached;
- requests to one host are spaced `min_interval` seconds apart;
- redirects are followed here, up to `max_redirects`, each hop checked like the first;
- connection errors, timeouts, 429 and 5xx are retried with exponential backoff (a Retry-After
  of a few seconds is honoured);
- If-None-Match / If-Modified-Since come from the stored fetch state; 304 means not modified;
- no response is read past `max_bytes`, nor for longer than `total_timeout` seconds.

New fetch state (validators, status, time) is held back until `commit()`: the caller commits
once what was fetched is safely stored, so a crash in between never turns into a 304 for a page
that was never kept. Errors are kept at once (they hold no data).
"""

from __future__ import annotations

import dataclasses
import ipaddress
import socket
import threading
import time
import urllib.robotparser
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpcore
import httpx

from watchfloor.errors import BlockedURL, ConfigError, FetchError
from watchfloor.model import FetchState

PROJECT_URL = "https://github.com/watchfloor/watchfloor"
USER_AGENT_TOKEN = "watchfloor"  # the name robots.txt rules address
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRIED_STATUSES = frozenset({429, 500, 502, 503, 504})
_MAX_RETRY_AFTER = 10.0  # seconds; a longer Retry-After is a failure to retry later, not a wait
_ROBOTS_MAX_BYTES = 500_000
_ROBOTS_TTL = 86_400.0  # seconds
_CHUNK = 65_536


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("watchfloor")
    except PackageNotFoundError:  # running from a source tree that is not installed
        number = "0"
    return f"{USER_AGENT_TOKEN}/{number} (+{PROJECT_URL})"


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits and manners of the client; defaults suit fetching news sites one page at a time."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # between two reads of one response
    total_timeout: float = 120.0  # for a whole response, so a slow drip cannot hold a worker
    retries: int = 2
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_bytes: int = 20_000_000
    max_redirects: int = 5
    min_interval: float = 1.0  # seconds between two requests to one host
    allow_private: bool = False
    allowed_networks: tuple[str, ...] = ()  # CIDRs fetched even though private (an intranet, a test server)
    obey_robots: bool = True
    user_agent: str = field(default_factory=user_agent)

    def __post_init__(self) -> None:
        for name in ("connect_timeout", "read_timeout", "total_timeout", "max_bytes"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"fetch setting {name} must be positive, not {getattr(self, name)}")
        for name in ("retries", "backoff", "max_redirects", "min_interval"):
            if getattr(self, name) < 0:
                raise ConfigError(f"fetch setting {name} must not be negative, not {getattr(self, name)}")
        for network in self.allowed_networks:
            try:
                ipaddress.ip_network(network)
            except ValueError as exc:
                raise ConfigError(f"not a network (CIDR): {network!r}") from exc


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int  # 200, or 304 when not modified
    content: bytes
    content_type: str | None  # the media type, lower case, without parameters
    charset: str | None  # as the server declared it; may be wrong
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchStateStore(Protocol):
    """Where fetch state lives between runs (the Store)."""

    def fetch_state(self, url: str) -> FetchState | None: ...

    def save_fetch_state(self, state: FetchState) -> None: ...


def check_url(url: str) -> str:
    """The URL without its fragment; refuses anything but an absolute http(s) URL."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise BlockedURL("only http and https URLs are fetched", input=url)
    if not parts.hostname:
        raise BlockedURL("no host in URL", input=url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback too
    return ip.is_global and not ip.is_multicast


class Fetcher:
    """One client for all fetching. Cheap to build: the connection pool opens on first use."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        state: FetchStateStore | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.settings = settings or FetchSettings()
        self._state = state
        self._transport = transport
        self._client: httpx.Client | None = None
        self._robots: dict[str, tuple[float, urllib.robotparser.RobotFileParser | bool]] = {}
        self._last_request: dict[str, float] = {}
        self._pending: dict[str, FetchState] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the public calls -------------------------------------------------------------------------

    def fetch(self, url: str, *, conditional: bool = True) -> FetchResult:
        """GET `url`; FetchError (naming the URL) for anything but 200 or 304."""
        url = check_url(url)
        known = self._state.fetch_state(url) if self._state is not None else None
        headers: dict[str, str] = {}
        if conditional and known is not None:
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
        previous = known or FetchState(url=url)
        try:
            result = self._get(url, headers)
        except FetchError as exc:
            if self._state is not None:
                status = exc.status if isinstance(exc, _StatusError) else None
                self._state.save_fetch_state(
                    dataclasses.replace(previous, last_status=status, last_error=exc.reason, last_fetched=_now())
                )
            raise
        self._pending[url] = dataclasses.replace(
            previous,
            etag=result.etag if result.status == 200 else previous.etag,
            last_modified=result.last_modified if result.status == 200 else previous.last_modified,
            last_status=result.status,
            last_error=None,
            last_fetched=_now(),
        )
        return result

    def commit(self, urls: Iterable[str] | None = None) -> None:
        """Keep the fetch state of `urls` (default: all fetched since the last commit)."""
        chosen = list(self._pending) if urls is None else [check_url(u) for u in urls]
        for url in chosen:
            state = self._pending.pop(url, None)
            if state is not None and self._state is not None:
                self._state.save_fetch_state(state)

    # -- one URL, redirects followed ------------------------------------------------------------

    def _get(self, url: str, headers: dict[str, str]) -> FetchResult:
        current = url
        for _ in range(self.settings.max_redirects + 1):
            if self.settings.obey_robots:
                try:
                    allowed = self._robots_allow(current)
                except BlockedURL as exc:  # robots.txt is on the same host: name the page
                    raise BlockedURL(exc.reason, input=current) from exc
                if not allowed:
                    raise BlockedURL("disallowed by robots.txt", input=current)
            status, response_headers, body = self._send(current, headers, limit=self.settings.max_bytes)
            location = response_headers.get("location")
            if status in _REDIRECTS and location:
                current = check_url(urljoin(current, location))
                continue
            if status not in (200, 304):
                raise _StatusError(status, input=current)
            media_type, charset = parse_content_type(response_headers.get("content-type"))
            return FetchResult(
                url=url,
                final_url=current,
                status=status,
                content=body,
                content_type=media_type,
                charset=charset,
                etag=response_headers.get("etag"),
                last_modified=response_headers.get("last-modified"),
            )
        raise FetchError(f"more than {self.settings.max_redirects} redirects", input=url)

    def _send(self, url: str, headers: dict[str, str], *, limit: int) -> tuple[int, httpx.Headers, bytes]:
        """One GET with retries; the status, headers and body (only of a 200)."""
        attempt = 0
        while True:
            self._wait_turn(url)
            delay = self.settings.backoff * 2**attempt
            try:
                return self._send_once(url, headers, limit=limit, retry=attempt < self.settings.retries)
            except _Retry as retry:
                delay = max(delay, retry.after)
            except BlockedURL as exc:
                raise BlockedURL(exc.reason, input=url) from exc
            except httpx.TimeoutException as exc:
                if attempt >= self.settings.retries:
                    raise FetchError(f"timed out ({_attempts(attempt)})", input=url) from exc
            except httpx.TransportError as exc:
                if attempt >= self.settings.retries:
                    raise FetchError(f"cannot connect: {exc} ({_attempts(attempt)})", input=url) from exc
            finally:
                self._done(url)
            attempt += 1
            time.sleep(delay)

    def _send_once(
        self, url: str, headers: dict[str, str], *, limit: int, retry: bool
    ) -> tuple[int, httpx.Headers, bytes]:
        with self._http().stream("GET", url, headers=headers) as response:
            status = response.status_code
            if status in _RETRIED_STATUSES and retry:
                raise _Retry(_retry_after(response.headers.get("retry-after")))
            body = self._read(response, url, limit) if status == 200 else b""
            return status, response.headers, body

    def _read(self, response: httpx.Response, url: str, limit: int) -> bytes:
        declared = response.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise FetchError(f"larger than the limit of {limit:,} bytes ({int(declared):,} declared)", input=url)
        deadline = time.monotonic() + self.settings.total_timeout
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes(_CHUNK):  # decoded: a gzip bomb stops at the limit too
            size += len(chunk)
            if size > limit:
                raise FetchError(f"larger than the limit of {limit:,} bytes", input=url)
            if time.monotonic() > deadline:
                raise FetchError(f"took longer than {self.settings.total_timeout:g} s to read", input=url)
            chunks.append(chunk)
        return b"".join(chunks)

    # -- manners ----------------------------------------------------------------------------------

    def _wait_turn(self, url: str) -> None:
        """Sleep until `min_interval` has passed since the last response from this host ended."""
        with self._lock:
            ready = self._last_request.get(urlsplit(url).netloc, -float("inf")) + self.settings.min_interval
        wait = ready - time.monotonic()
        if wait > 0:
            time.sleep(wait)

    def _done(self, url: str) -> None:
        with self._lock:
            self._last_request[urlsplit(url).netloc] = time.monotonic()

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        loaded_at, rules = self._robots.get(origin, (-float("inf"), False))
        if time.monotonic() - loaded_at > _ROBOTS_TTL:  # a watcher runs for days: read it again daily
            rules = self._load_robots(origin)
            self._robots[origin] = (time.monotonic(), rules)
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(USER_AGENT_TOKEN, url)

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | bool:
        robots_url = origin + "/robots.txt"
        try:
            status, _, body = self._send_robots(robots_url)
        except BlockedURL:
            raise
        except FetchError:
            return False  # unreachable: RFC 9309 says assume complete disallow
        if 400 <= status < 500:
            return True  # no robots.txt: no rules
        if status != 200:
            return False
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return parser

    def _send_robots(self, robots_url: str) -> tuple[int, httpx.Headers, bytes]:
        # Redirects (to https, to www.) are followed for robots.txt too, as RFC 9309 allows.
        current = robots_url
        limit = min(self.settings.max_bytes, _ROBOTS_MAX_BYTES)
        for _ in range(self.settings.max_redirects + 1):
            status, headers, body = self._send(current, {}, limit=limit)
            location = headers.get("location")
            if not (status in _REDIRECTS and location):
                return status, headers, body
            current = check_url(urljoin(current, location))
        return 404, httpx.Headers(), b""  # a redirect loop: as good as no robots.txt

    def _http(self) -> httpx.Client:
        if self._client is None:
            settings = self.settings
            self._client = httpx.Client(
                transport=self._transport or _GuardedTransport(_address_check(settings)),
                timeout=httpx.Timeout(
                    connect=settings.connect_timeout,
                    read=settings.read_timeout,
                    write=settings.read_timeout,
                    pool=settings.connect_timeout,
                ),
                headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
                follow_redirects=False,  # followed in _get, each hop checked
                trust_env=False,  # no proxy from the environment: it would connect for us, unchecked
            )
        return self._client


class _Retry(Exception):
    """A status worth another try, after `after` seconds at least."""

    def __init__(self, after: float) -> None:
        super().__init__(after)
        self.after = after


class _StatusError(FetchError):
    def __init__(self, status: int, *, input: str) -> None:
        from http import HTTPStatus

        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "unexpected status"
        super().__init__(f"HTTP {status} {phrase}", input=input)
        self.status = status


def _address_check(settings: FetchSettings) -> Callable[[str], bool] | None:
    """Whether an address may be connected to; None when any may."""
    if settings.allow_private:
        return None
    networks = [ipaddress.ip_network(network) for network in settings.allowed_networks]

    def allowed(address: str) -> bool:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        return is_public_address(address) or any(ip in network for network in networks)

    return allowed


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves the host itself, refuses addresses not allowed, and connects to a checked one."""

    def __init__(self, allowed: Callable[[str], bool] | None) -> None:
        self._allowed = allowed

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if self._allowed is not None:
            for address in addresses:
                if not self._allowed(address):
                    raise BlockedURL(
                        f"{host} resolves to a private or local address ({address}); "
                        "use --allow-private (or WATCHFLOOR_ALLOW_PRIVATE=1) to fetch it",
                        input=host,
                    )
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        raise error


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, allowed: Callable[[str], bool] | None) -> None:
        super().__init__(trust_env=False)
        # httpx 0.28 offers no hook for the network backend; its pool is replaced by an equal one.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            network_backend=_GuardedBackend(allowed),
        )


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """The media type (lower case) and the declared charset of a Content-Type header."""
    if not value:
        return None, None
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, raw = param.partition("=")
        if name.strip().lower() == "charset":
            charset = raw.strip().strip("\"'") or None
    return media_type.strip().lower() or None, charset


def _retry_after(value: str | None) -> float:
    if not value:
        return 0.0
    if value.strip().isdigit():
        seconds = float(value.strip())
    else:
        try:
            seconds = (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError):
            return 0.0
    return min(max(seconds, 0.0), _MAX_RETRY_AFTER)


def _attempts(retries: int) -> str:
    return "1 attempt" if retries == 0 else f"{retries + 1} attempts"


def _now() -> datetime:
    return datetime.now(UTC)


def guarded_transport(settings: FetchSettings) -> httpx.HTTPTransport:
    """The transport a Fetcher with these settings connects through: it refuses the addresses they
    do not allow, checked on the address actually connected to. Alerts' webhooks post through it."""
    return _GuardedTransport(_address_check(settings))
