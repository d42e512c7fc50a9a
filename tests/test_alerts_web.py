"""The Alerts page and API over a real SQLite store (in-process client): unread hits, marking read
(CSRF-checked like every form), the navigation link, hostile alert names escaped."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_data import build

from watchfloor.merge import assign_pending
from watchfloor.store import Store
from watchfloor.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HOSTILE_NAME = "<script>window.__pwned=1</script>"


def with_hits(path: Path) -> Store:
    """web_data's store, merged, with an alert on arrests and one on claims that found them."""
    store = build(path)
    assign_pending(store)
    store.add_alert("arrests", "events", {"type": ["ARREST"]}, backfill=True,
                    deliver=["webhook:https://hooks.example.org/T0/SECRET-TOKEN"])  # never sent: no delivery run
    store.add_alert(HOSTILE_NAME, "claims", {"stance": "affirm"}, backfill=True)
    store.evaluate_alerts()
    return store


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    with with_hits(tmp_path / "wf.sqlite") as store:
        yield TestClient(create_app(store), base_url="http://127.0.0.1", client=("127.0.0.1", 40000))


def test_page_lists_unread_hits_and_marks_them_read(client: TestClient) -> None:
    page = client.get("/alerts")
    assert page.status_code == 200
    assert '<a href="/alerts" aria-current="page">Alerts</a>' in page.text
    assert "3 unread" in page.text  # two arrests (one hostile post among them), one affirming claim
    assert HOSTILE_NAME not in page.text and "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page.text
    ids = re.findall(r'name="hit" value="(\d+)"', page.text)
    assert len(ids) == 3
    assert 'href="/clusters/' in page.text and 'href="/documents/' in page.text
    assert "webhook https://hooks.example.org/…" in page.text and "SECRET" not in page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf is not None

    refused = client.post("/alerts/read", data={"hit": ids[0]}, follow_redirects=False)
    assert refused.status_code == 403  # no CSRF token
    done = client.post("/alerts/read", data={"hit": ids[0], "csrf": csrf.group(1)}, follow_redirects=False)
    assert done.status_code == 303
    assert "2 unread" in client.get("/alerts").text
    assert len(re.findall(r'class="hit unread"', client.get("/alerts?all=1").text)) == 2

    only = client.get("/alerts", params={"alert": "arrests"})
    assert len(re.findall(r'name="hit"', only.text)) == 2  # the newest hit, marked read, was the claim
    client.post("/alerts/read", data={"every": "1", "alert": "arrests", "csrf": csrf.group(1)})
    assert "0 unread" in client.get("/alerts").text and "Nothing unread." in client.get("/alerts").text
    assert client.get("/alerts", params={"alert": "nope"}).status_code == 404


def test_api_gives_the_delivery_body(client: TestClient) -> None:
    alerts = client.get("/api/alerts").json()
    assert [(a["name"], a["hits"], a["unread"]) for a in alerts] == [(HOSTILE_NAME, 1, 1), ("arrests", 2, 2)]
    assert alerts[1]["deliver"] == ["webhook https://hooks.example.org/…"]
    hits = client.get("/api/alerts/hits", params={"alert": "arrests"}).json()
    assert {h["type"] for h in hits} == {"watchfloor.alert"} and {h["kind"] for h in hits} == {"event"}
    assert all(h["record"]["type"] == "ARREST" and not h["read"] for h in hits)
    assert "/api/alerts/hits" in client.get("/openapi.json").json()["paths"]


def test_viewers_see_hits_but_cannot_mark_them(tmp_path: Path) -> None:
    with with_hits(tmp_path / "wf.sqlite") as store:
        store.add_user("vera", "a long passphrase", "viewer")
        token = store.add_token("vera", "test")
        client = TestClient(create_app(store), base_url="http://127.0.0.1", client=("127.0.0.1", 40000))
        auth = {"Authorization": f"Bearer {token}"}
        page = client.get("/alerts", headers=auth)
        assert page.status_code == 200 and "3 unread" in page.text
        assert 'name="hit"' not in page.text and "mark-all-read" not in page.text
        assert client.post("/alerts/read", data={"every": "1"}, headers=auth).status_code == 403
        assert client.get("/alerts", follow_redirects=False).status_code == 303  # accounts exist: log in first
        assert store.alert("arrests").n_unread == 2
