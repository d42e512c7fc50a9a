"""Possible merges for review (issue 15, item 4): pairs the merger kept apart near its threshold are
listed by `watchfloor events --possible-merges` and on the canonical event page; an analyst confirms
one (a merge) or rejects it with one action, recorded like merges and splits and kept by every
later run. A real SQLite store, the real CLI and the real web app (FastAPI's test client)."""

from __future__ import annotations

import json
import warnings
from datetime import date
from pathlib import Path

from click.testing import CliRunner
from conftest import postgres_url

from watchfloor.cli import main
from watchfloor.merge import assign_pending, recluster
from watchfloor.merge.review import possible_merges, reject_merge
from watchfloor.model import Agent, Document, Event, Evidence, Extraction, Location
from watchfloor.store import Store

# Invented reports: two of a raid in Adana on one day, neither with a count, a nationality or a
# place (only the day and the agent agree: near the threshold, not over it); a third, days before.
TEXTS = {
    "north": ("North Wire", "Police carried out a raid in Adana on Monday."),
    "south": ("South Post", "A police raid took place in Adana on 15 March."),
    "west": ("West Daily", "Police raided a house in Adana on 11 March."),
}


def add(store: Store, name: str, day: date = date(2021, 3, 15), admin1: str = "Adana") -> None:
    source, text = TEXTS[name]
    span = text.rstrip(".")
    event = Event(id="e1", type="ARREST", evidence=Evidence(0, len(span), span), date=day,
                  date_precision="day", agent=Agent(text="police", country="TUR", sector="POL"),
                  location=Location(text=admin1, country="TUR", admin1=admin1 if name != "north" else None))  # fmt: skip
    store.add(Document(doc_id=name, text=text, language="en", published=date(2021, 3, 16), source=source),
              Extraction(doc_id=name, events=[event]))  # fmt: skip


def filled(path: Path | str) -> Store:
    store = Store.open(path)
    add(store, "north")
    add(store, "south")
    add(store, "west", day=date(2021, 3, 11))
    assign_pending(store)
    return store


def cluster_of(store: Store, doc_id: str) -> str:
    (row,) = [r for r in store.merge_mentions() if r.event.doc_id == doc_id]
    assert row.event.event.cluster is not None
    return row.event.event.cluster


def test_a_pair_near_the_threshold_is_listed_and_a_rejection_is_kept(tmp_path: Path) -> None:
    listed_then_rejected(tmp_path / "wf.sqlite")


def test_the_same_on_postgresql() -> None:
    listed_then_rejected(postgres_url())


def listed_then_rejected(where: Path | str) -> None:
    with filled(where) as store:
        north, south, west = (cluster_of(store, d) for d in ("north", "south", "west"))
        assert len({north, south, west}) == 3
        (pair,) = possible_merges(store)  # west is days before: never the same raid
        assert {pair.a, pair.b} == {north, south} and "same day 2021-03-15" in pair.reasons
        assert possible_merges(store, west) == [] and possible_merges(store, north) == [pair]
        reject_merge(store, north, south, user="ana", reason="two raids")
        assert possible_merges(store) == []
        recluster(store)  # every later run keeps the decision
        assert possible_merges(store) == [] and cluster_of(store, "north") != cluster_of(store, "south")
        (decision,) = store.decisions()
        assert (decision.kind, decision.user, decision.reason) == ("reject", "ana", "two raids")


def wf(db: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_the_cli_lists_confirms_and_rejects(tmp_path: Path) -> None:
    db = tmp_path / "wf.sqlite"
    filled(db).close()
    (pair,) = json.loads(wf(db, "events", "--possible-merges", "--format", "json"))
    assert pair["score"] < 3.0 and pair["reasons"]
    assert wf(db, "events", "--possible-merges").endswith("1 possible merges (confirm: watchfloor merge A B; "
                                                          "reject: watchfloor reject A B)\n")  # fmt: skip
    assert "stay apart" in wf(db, "reject", pair["a"], pair["b"], "--user", "ana")
    assert json.loads(wf(db, "events", "--possible-merges", "--format", "json")) == []
    bad = CliRunner().invoke(main, ["--db", str(db), "reject", pair["a"], pair["a"], "--user", "ana"])
    assert bad.exit_code != 0 and pair["a"] in str(bad.exception)


def test_the_canonical_event_page_offers_confirm_and_reject(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from watchfloor.web import create_app

    with filled(tmp_path / "wf.sqlite") as store:
        north, south = cluster_of(store, "north"), cluster_of(store, "south")
        client = TestClient(create_app(store), base_url="http://127.0.0.1", client=("127.0.0.1", 40000))
        csrf = client.app.state.auth.local_csrf  # type: ignore[attr-defined]
        page = client.get(f"/clusters/{north}").text
        assert 'id="possible-merges"' in page and f'href="/clusters/{south}"' in page
        assert f'action="/clusters/{north}/reject"' in page and "Confirm: one event" in page
        confirmed = client.post(f"/clusters/{north}/merge", data={"csrf": csrf, "other": south,
                                                                  "reason": "confirmed possible merge"})  # fmt: skip
        assert confirmed.status_code == 200 and cluster_of(store, "south") == north
        assert "No other canonical event scores near this one." in client.get(f"/clusters/{north}").text
        # the other way: split them again, then reject the pair from the page
        moved = next(r.event.id for r in store.merge_mentions() if r.event.doc_id == "south")
        client.post(f"/clusters/{north}/split", data={"csrf": csrf, "event_id": str(moved)})
        other = cluster_of(store, "south")
        assert other != north
        assert possible_merges(store) == []  # a split keeps them apart already
        assert client.post(f"/clusters/{north}/reject", data={"other": other}).status_code == 403  # CSRF
        rejected = client.post(f"/clusters/{north}/reject", data={"csrf": csrf, "other": other})
        assert rejected.status_code == 200
        actions = [e.action for e in store.audit(target_kind="cluster", targets=[north])]
        assert "cluster.reject" in actions and "cluster.merge" in actions


def test_the_rest_api_lists_and_rejects(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from watchfloor.web import create_app

    with filled(tmp_path / "wf.sqlite") as store:
        north, south = cluster_of(store, "north"), cluster_of(store, "south")
        client = TestClient(create_app(store), base_url="http://127.0.0.1", client=("127.0.0.1", 40000))
        (pair,) = client.get(f"/api/clusters/{north}/possible-merges").json()
        assert pair["other"] == south and pair["canonical"]["date"] == "2021-03-15"
        csrf = {"X-CSRF-Token": client.app.state.auth.local_csrf}  # type: ignore[attr-defined]
        body = {"a": north, "b": south, "reason": "two raids"}
        assert client.post("/api/clusters/reject", json=body).status_code == 403  # a browser write needs CSRF
        done = client.post("/api/clusters/reject", json=body, headers=csrf)
        assert done.status_code == 200 and done.json()["decisions"][-1]["kind"] == "reject"
        assert client.get(f"/api/clusters/{north}/possible-merges").json() == []
        missing = client.post("/api/clusters/reject", json={"a": north, "b": "nope"}, headers=csrf)
        assert missing.status_code == 404 and "nope" in missing.text
