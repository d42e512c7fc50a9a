"""Where an alert's hits go: the terminal, a JSON-lines file, a webhook.

A channel is stored as a string: "terminal", "jsonl:/absolute/path" or "webhook:https://...".
Every channel receives the same JSON body (`body`), documented in docs/alerts.md:

    {"type": "watchfloor.alert", "version": 1, "id": "<hit uid>", "alert": "<name>",
     "kind": "event" | "claim", "filters": {...}, "found_at": "<ISO time>", "record": {...}}

`id` is unique per hit and stable across retries: receivers use it to drop a repeat (webhooks
also get it as the Idempotency-Key header; the JSON-lines file never gets one line twice).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx

from watchfloor.errors import BlockedURL, InputError, WatchfloorError
from watchfloor.store.alerts import Delivery, StoredHit

TERMINAL = "terminal"
BODY_TYPE = "watchfloor.alert"
BODY_VERSION = 1
_RETRIED_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


class DeliveryError(WatchfloorError):
    """A hit could not be delivered this time; it stays pending and is tried again."""


def parse_channel(value: str) -> str:
    """A --deliver value as a stored channel: "terminal", an http(s) URL (a webhook), or a file
    path (JSON lines; made absolute, since the watcher may run elsewhere)."""
    value = value.strip()
    if value == TERMINAL:
        return TERMINAL
    for prefix in ("webhook:", "jsonl:"):
        if value.startswith(prefix):
            value = value[len(prefix) :]
            break
    if value.lower().startswith(("http://", "https://")):
        from watchfloor.sources.fetch import check_url

        check_url(value)
        return f"webhook:{value}"
    if "://" in value:
        raise InputError("deliver to 'terminal', an http(s) URL (a webhook) or a file path (JSON lines)", input=value)
    path = Path(value).expanduser().resolve()
    if path.is_dir():
        raise InputError("is a folder; deliver to a file (JSON lines)", input=value)
    if not path.parent.is_dir():
        raise InputError(f"folder {path.parent} does not exist", input=value)
    return f"jsonl:{path}"


def private_host(channel: str) -> str | None:
    """The host of a webhook channel when it is written as a private or loopback address (or
    localhost): the fetcher's guard will refuse it unless the alert allows private addresses."""
    from urllib.parse import urlsplit

    from watchfloor.sources.fetch import is_public_address

    kind, _, target = channel.partition(":")
    if kind != "webhook":
        return None
    host = urlsplit(target).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return host
    try:
        return None if is_public_address(host) else host
    except ValueError:  # a name: resolved, and checked, when posting
        return None


def describe(channel: str, *, reveal: bool = True) -> str:
    """A channel for people. Without `reveal`, a webhook shows only its scheme and host: its path
    often carries a secret (the web app shows channels to every viewer)."""
    kind, _, target = channel.partition(":")
    if channel == TERMINAL:
        return channel
    if kind == "webhook" and not reveal:
        from urllib.parse import urlsplit

        parts = urlsplit(target)
        return f"webhook {parts.scheme}://{parts.hostname or ''}/…"
    if kind == "jsonl" and not reveal:
        return f"jsonl {Path(target).name}"
    return f"{kind} {target}"


def body(hit: StoredHit, filters: dict[str, Any]) -> dict[str, Any]:
    """What every channel receives for a hit."""
    return {
        "type": BODY_TYPE,
        "version": BODY_VERSION,
        "id": hit.uid,
        "alert": hit.alert,
        "kind": hit.kind,
        "filters": filters,
        "found_at": hit.created_at.isoformat(timespec="seconds"),
        "record": hit.record,
    }


def summary(hit: StoredHit) -> str:
    """One line for the terminal and listings."""
    r = hit.record
    if hit.kind == "claim":
        speaker = (r.get("speaker") or {}).get("text") or "?"
        return f"CLAIM {r.get('date') or 'undated'} {r.get('topic')} ({r.get('stance')}) {speaker}: {_cut(r.get('evidence'))}"
    location = r.get("location") or {}
    place = ", ".join(p for p in (location.get("place"), location.get("admin1"), location.get("country")) if p)
    nationalities = "/".join(sorted({t["nationality"] for t in r.get("targets") or [] if t.get("nationality")}))
    total = r.get("total")
    who = " ".join(str(p) for p in (total, nationalities) if p)
    matched = r.get("matched") or [{}]
    sources = r.get("n_sources")
    return (
        f"{r.get('type')} {r.get('date') or 'undated'} {place or 'unplaced'}{' · ' + who if who else ''}"
        f" · {sources} source{'s' if sources != 1 else ''} ({r.get('cluster')}): {_cut(matched[0].get('evidence'))}"
    )


def _cut(text: str | None, n: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


class Sink(Protocol):
    def send(self, body: dict[str, Any], *, resumed: bool = False) -> None:
        """Deliver one body, or raise DeliveryError. `resumed`: it may have been sent before
        (a sink that can tell drops a repeat)."""


class TerminalSink:
    def __init__(self, echo: Callable[[str], None]) -> None:
        self._echo = echo

    def send(self, body: dict[str, Any], *, resumed: bool = False) -> None:
        hit = StoredHit(0, body["id"], body["alert"], body["kind"], "", body["record"], _parse(body["found_at"]), None)
        self._echo(f"alert {body['alert']}: {summary(hit)}")


class JsonLinesSink:
    """Appends one line per body, synced to disk. Before sending one that may have been sent
    (a crash between writing and marking it delivered), the ids in the file are read (once), so
    no line is written twice."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: set[str] | None = None

    def send(self, body: dict[str, Any], *, resumed: bool = False) -> None:
        if resumed and self._seen is None:
            self._seen = self._ids()
        if self._seen is not None and body["id"] in self._seen:
            return
        line = json.dumps(body, ensure_ascii=False, sort_keys=True) + "\n"
        try:
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise DeliveryError(f"cannot write: {exc.strerror or exc}", input=str(self.path)) from exc
        if self._seen is not None:
            self._seen.add(body["id"])

    def _ids(self) -> set[str]:
        seen: set[str] = set()
        try:
            with self.path.open(encoding="utf-8", errors="replace") as lines:
                for line in lines:
                    try:
                        seen.add(str(json.loads(line)["id"]))
                    except (ValueError, KeyError, TypeError):
                        continue  # a line cut by a crash, or someone else's
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise DeliveryError(f"cannot read: {exc.strerror or exc}", input=str(self.path)) from exc
        return seen


@dataclass(frozen=True, slots=True)
class WebhookSettings:
    """Timeouts and retries of a webhook POST: `retries` more tries after the first, `backoff`
    seconds before the first retry, doubling."""

    connect_timeout: float = 5.0
    timeout: float = 10.0  # to send the body, and between two reads of the answer
    retries: int = 2
    backoff: float = 1.0


class WebhookSink:
    """POSTs the body as JSON. 2xx is delivered; connection errors, timeouts, 408/425/429/500/502/503/504
    are retried with backoff; anything else fails at once. Private, loopback and link-local
    addresses are refused, as the fetcher refuses them, unless the alert allows them."""

    def __init__(self, url: str, *, allow_private: bool = False, settings: WebhookSettings | None = None) -> None:
        from watchfloor.sources.fetch import FetchSettings, guarded_transport, user_agent

        self.url = url
        self.settings = settings or WebhookSettings()
        self._client = httpx.Client(
            transport=guarded_transport(FetchSettings(allow_private=allow_private)),
            timeout=httpx.Timeout(
                connect=self.settings.connect_timeout, read=self.settings.timeout, write=self.settings.timeout,
                pool=self.settings.connect_timeout,
            ),  # fmt: skip
            headers={"User-Agent": user_agent()},
            follow_redirects=False,  # a redirect could lead past the address check's intent: fail instead
            trust_env=False,
        )

    def close(self) -> None:
        self._client.close()

    def send(self, body: dict[str, Any], *, resumed: bool = False) -> None:
        content = json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Idempotency-Key": body["id"],
            "X-Watchfloor-Alert": body["alert"].encode("ascii", "backslashreplace").decode(),
        }
        attempt = 0
        while True:
            try:
                response = self._client.post(self.url, content=content, headers=headers)
                if 200 <= response.status_code < 300:
                    return
                error = f"HTTP {response.status_code}"
                if response.status_code not in _RETRIED_STATUSES:
                    raise DeliveryError(f"{error} (not retried)", input=self.url)
            except BlockedURL as exc:
                raise DeliveryError(
                    f"{exc.reason.split(';')[0]}; add the alert with --allow-private to post to it", input=self.url
                ) from exc
            except httpx.TimeoutException:
                error = "timed out"
            except httpx.TransportError as exc:
                error = f"cannot connect: {exc}"
            if attempt >= self.settings.retries:
                raise DeliveryError(f"{error} ({attempt + 1} attempts)", input=self.url)
            time.sleep(self.settings.backoff * 2**attempt)
            attempt += 1


def sink_for(
    delivery: Delivery, *, echo: Callable[[str], None], webhook: WebhookSettings | None = None
) -> Sink:
    kind, _, target = delivery.channel.partition(":")
    if delivery.channel == TERMINAL:
        return TerminalSink(echo)
    if kind == "jsonl":
        return JsonLinesSink(Path(target))
    if kind == "webhook":
        return WebhookSink(target, allow_private=delivery.allow_private, settings=webhook)
    raise DeliveryError("unknown channel", input=delivery.channel)


def _parse(moment: str) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(moment)
