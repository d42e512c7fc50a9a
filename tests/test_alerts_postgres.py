"""The alert tests on a real PostgreSQL server, plus what only a server shows: evaluators and
deliverers running at once still record each hit once and deliver it once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import postgres_url
from test_alerts import (  # the backend-agnostic tests run here again, on PostgreSQL
    arrest,
    lines,
    test_a_claims_alert_and_backfill,
    test_an_event_alert_hits_each_new_canonical_event_once,
    test_definitions_are_checked_and_named,
    test_each_filter_of_the_events_command,
    test_terminal_and_read_marks,
)

from watchfloor.alerts import check_alerts, parse_channel
from watchfloor.store import Store

__all__ = [
    "test_a_claims_alert_and_backfill",
    "test_an_event_alert_hits_each_new_canonical_event_once",
    "test_definitions_are_checked_and_named",
    "test_each_filter_of_the_events_command",
    "test_terminal_and_read_marks",
]


@pytest.fixture
def url() -> str:
    return postgres_url()  # emptied


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    with Store.open(url) as opened:
        yield opened


def test_concurrent_runs_record_and_deliver_each_hit_once(store: Store, url: str, tmp_path: Path) -> None:
    out = tmp_path / "hits.jsonl"
    store.add_alert("all", "events", {}, deliver=[parse_channel(str(out))])
    for n in range(6):
        arrest(store, f"doc-{n}", source=f"Wire {n}", city=["Kilis", "Hatay", "Adana"][n % 3], day=n + 1)
    errors: list[BaseException] = []
    delivered: list[int] = []

    def run() -> None:
        try:
            with Store.open(url) as own:
                delivered.append(check_alerts(own).delivered)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    n_hits = len(store.hits())
    assert n_hits == 6 and sum(delivered) == 6
    assert sorted(b["id"] for b in lines(out)) == sorted(h.uid for h in store.hits())
