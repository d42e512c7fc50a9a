"""Evaluating the alerts and delivering their hits: what runs after every ingest and watch round.

The hits are committed first (`Store.evaluate_alerts`), delivered after: a crash in between
leaves them pending, and the next run delivers them. A delivery is marked once it is through, so
a hit reaches each channel once (and a JSON-lines file or a receiver that honours the body's id
never sees it twice, even after a crash between sending and marking).
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from watchfloor.alerts.channels import DeliveryError, Sink, WebhookSettings, WebhookSink, body, sink_for

if TYPE_CHECKING:
    from watchfloor.store import Store
    from watchfloor.store.alerts import StoredHit

log = logging.getLogger(__name__)

# A delivery that failed this often is left for `watchfloor alert deliver` (which tries them all):
# a dead webhook must not hold every ingest and watch round for its retries.
MAX_ATTEMPTS = 10

# Test hook: with $WATCHFLOOR_TEST_CRASH set to a crash point's name, the process kills itself
# (SIGKILL, as a power cut would) when it gets there. Points: "alerts-committed" (the hits are
# committed, nothing is delivered yet).
TEST_CRASH = "WATCHFLOOR_TEST_CRASH"


def crash_point(name: str) -> None:
    if os.environ.get(TEST_CRASH) == name:
        os.kill(os.getpid(), signal.SIGKILL)


@dataclass(slots=True)
class AlertRun:
    hits: list[StoredHit] = field(default_factory=list)  # found by this evaluation
    delivered: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (channel, why), one per failed delivery

    def describe(self) -> str:
        text = f"alerts: {len(self.hits)} new hit{'s' if len(self.hits) != 1 else ''}, {self.delivered} delivered"
        return text + (f", {len(self.failed)} failed (kept to retry)" if self.failed else "")


def check_alerts(
    store: Store, *, echo: Callable[[str], None] = print, webhook: WebhookSettings | None = None
) -> AlertRun:
    """Evaluate every alert against what is new and deliver what is pending."""
    hits = store.evaluate_alerts()
    crash_point("alerts-committed")
    run = deliver_pending(store, echo=echo, webhook=webhook)
    run.hits = hits
    return run


def deliver_pending(
    store: Store,
    *,
    echo: Callable[[str], None] = print,
    webhook: WebhookSettings | None = None,
    retry_all: bool = False,
) -> AlertRun:
    """Deliver every pending delivery, oldest first. A channel that fails is left alone for the
    rest of the run (its other deliveries stay pending). `retry_all`: those tried MAX_ATTEMPTS
    times too."""
    run = AlertRun()
    sinks: dict[tuple[str, bool], Sink] = {}
    down: list[tuple[str, bool]] = []
    try:
        while batch := store.claim_deliveries(max_attempts=None if retry_all else MAX_ATTEMPTS, skip=down):
            for n, delivery in enumerate(batch):
                key = (delivery.channel, delivery.allow_private)
                if key in down:
                    continue
                try:
                    if key not in sinks:
                        sinks[key] = sink_for(delivery, echo=echo, webhook=webhook)
                    sinks[key].send(body(delivery.hit, delivery.filters), resumed=delivery.resumed)
                except Exception as exc:  # a fault of ours in a channel must not stop a watch either
                    why = str(exc) if isinstance(exc, DeliveryError) else f"{type(exc).__name__}: {exc}"
                    if not isinstance(exc, DeliveryError):
                        log.debug("delivering alert hit %s to %s failed", delivery.hit.uid, delivery.channel, exc_info=True)
                    store.finish_delivery(delivery.id, why)
                    run.failed.append((delivery.channel, why))
                    down.append(key)
                    store.release_deliveries([d.id for d in batch[n + 1 :] if (d.channel, d.allow_private) == key])
                    continue
                store.finish_delivery(delivery.id)
                run.delivered += 1
    finally:
        for sink in sinks.values():
            if isinstance(sink, WebhookSink):
                sink.close()
    return run
