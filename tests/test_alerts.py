"""Alerts on saved searches: evaluated against what is new, each hit recorded and delivered once;
JSON-lines files, the terminal and webhooks (a real receiver on 127.0.0.1); the CLI; a real
process killed (SIGKILL) between the commit of the hits and their delivery."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alerts_receiver import receiver
from click.testing import CliRunner

from watchfloor.alerts import WebhookSettings, check_alerts, deliver_pending, parse_channel
from watchfloor.cli import main
from watchfloor.errors import InputError, NotFound
from watchfloor.merge import assign_pending
from watchfloor.model import Agent, Claim, Document, Event, Evidence, Extraction, Location, Speaker, Target
from watchfloor.store import Store

FAST = WebhookSettings(connect_timeout=2.0, timeout=0.5, retries=2, backoff=0.05)


def report(
    store: Store, name: str, text: str, *, source: str, claims: list[Claim] | None = None, **event: Any
) -> None:
    """Store one document with one event over its whole text (or only claims), and merge."""
    events = []
    if event:
        events.append(Event(id="e1", evidence=Evidence(0, len(text), text), date_precision="day", **event))
    store.add(Document(name, text, "en", date(2015, 4, 9), source, name), Extraction(name, events=events, claims=claims or []))
    assign_pending(store)


def arrest(store: Store, name: str, *, source: str, nationality: str = "RUS", city: str = "Kilis", day: int = 6) -> None:
    text = f"Police in {city} detained three {nationality} nationals on {day} April, {source} reported."
    report(store, name, text, source=source, type="ARREST", date=date(2015, 4, day), total=3,
           targets=[Target(count=3, nationality=nationality)], agent=Agent(text="Police", sector="POL"),
           location=Location(text=city, country="TUR", admin1=city, place=city, precision=1))  # fmt: skip


def claim(text: str, *, topic: str = "turkey-syria-border-crossable", stance: str = "affirm") -> Claim:
    return Claim(id="c1", speaker=Speaker("A channel", "channel"), evidence=Evidence(0, len(text), text), topic=topic,
                 stance=stance, date=date(2015, 4, 9), date_precision="day")  # fmt: skip


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store.open(tmp_path / "wf.sqlite") as opened:
        yield opened


def test_an_event_alert_hits_each_new_canonical_event_once(store: Store, tmp_path: Path) -> None:
    arrest(store, "before", source="Wire", city="Hatay", day=2)  # stored before the alert: not new (another day)
    out = tmp_path / "hits.jsonl"
    store.add_alert("rus", "events", {"type": ["ARREST"], "nationality": "RUS"}, deliver=[parse_channel(str(out))])
    assert check_alerts(store).hits == []

    arrest(store, "a", source="Frontier Courier")
    arrest(store, "b", source="Border Wire", nationality="TJK", city="Adana", day=8)  # does not match
    run = check_alerts(store)
    assert [h.kind for h in run.hits] == ["event"] and run.delivered == 1
    body = lines(out)
    assert len(body) == 1
    assert body[0]["type"] == "watchfloor.alert" and body[0]["alert"] == "rus" and body[0]["kind"] == "event"
    assert body[0]["filters"] == {"type": ["ARREST"], "nationality": "RUS"}
    record = body[0]["record"]
    assert record["type"] == "ARREST" and record["location"]["admin1"] == "Kilis"
    assert [m["source"] for m in record["matched"]] == ["Frontier Courier"]
    assert body[0]["id"] == run.hits[0].uid

    # nothing new: nothing found, nothing delivered again
    again = check_alerts(store)
    assert again.hits == [] and again.delivered == 0 and len(lines(out)) == 1

    # a second source on the same arrest joins its canonical event: no second hit
    arrest(store, "a2", source="Daily Wire")
    cluster = store.hits(alert="rus")[0].key
    assert store.cluster(cluster).n_mentions == 2, "the two reports should merge for this test to mean anything"
    assert check_alerts(store).hits == [] and len(lines(out)) == 1
    assert store.alert("rus").n_hits == 1


def test_each_filter_of_the_events_command(store: Store) -> None:
    wanted = {
        "by-admin1": {"admin1": "Kilis"},
        "by-agent": {"agent": "POL"},
        "by-source": {"source": "Frontier Courier"},
        "by-text": {"text": "three rus"},
        "by-country": {"country": "TUR", "type": ["ARREST", "DEPORT"]},
        "none-admin1": {"admin1": "Adana"},
        "none-source": {"source": "Elsewhere"},
        "none-type": {"type": ["ATTACK"]},
        "everything": {},
    }
    for name, filters in wanted.items():
        store.add_alert(name, "events", filters)
    arrest(store, "a", source="Frontier Courier")
    check_alerts(store)
    hit = {a.name: a.n_hits for a in store.alerts()}
    assert hit == {name: 0 if name.startswith("none") else 1 for name in wanted}


def test_a_claims_alert_and_backfill(store: Store) -> None:
    text = "A channel claimed the border is still open."
    report(store, "old", text, source="Channel A", claims=[claim(text)])
    store.add_alert("open-border", "claims", {"topic": "turkey-syria-border-crossable", "stance": "affirm"})
    store.add_alert("all-claims", "claims", {}, backfill=True)
    denial = "The governor said the border is closed."
    report(store, "new", denial, source="Wire", claims=[claim(denial, stance="deny")])
    affirm = "Another channel said crossing is still easy."
    report(store, "new2", affirm, source="Channel B", claims=[claim(affirm)])
    check_alerts(store)
    assert [h.record["evidence"] for h in store.hits(alert="open-border")] == [affirm]
    assert sorted(h.record["evidence"] for h in store.hits(alert="all-claims")) == sorted([text, denial, affirm])
    assert store.hits(alert="open-border")[0].record["speaker"] == {"text": "A channel", "kind": "channel"}


def test_definitions_are_checked_and_named(store: Store, tmp_path: Path) -> None:
    store.add_alert("x", "events", {})
    with pytest.raises(InputError, match="exists"):
        store.add_alert("x", "events", {})
    with pytest.raises(InputError, match="unknown filter 'topic'"):
        store.add_alert("y", "events", {"topic": "t"})
    with pytest.raises(InputError, match="printable"):
        store.add_alert("two\nlines", "events", {})
    with pytest.raises(InputError, match="kind"):
        store.add_alert("y", "mentions", {})
    with pytest.raises(NotFound, match="no alert named 'nope'"):
        store.remove_alert("nope")
    with pytest.raises(InputError, match="does not exist"):
        parse_channel(str(tmp_path / "missing" / "hits.jsonl"))
    with pytest.raises(InputError, match="folder"):
        parse_channel(str(tmp_path))
    assert parse_channel("terminal") == "terminal"
    assert parse_channel("https://hooks.example.org/x") == "webhook:https://hooks.example.org/x"
    store.remove_alert("x")
    assert store.alerts() == []


def test_terminal_and_read_marks(store: Store) -> None:
    store.add_alert("t", "events", {"nationality": "RUS"}, deliver=["terminal"])
    arrest(store, "a", source="Frontier Courier")
    said: list[str] = []
    check_alerts(store, echo=said.append)
    assert len(said) == 1 and said[0].startswith("alert t: ARREST 2015-04-06 Kilis, Kilis, TUR · 3 RUS · 1 source")
    assert store.alert("t").n_unread == 1
    assert store.mark_read(alert="t") == 1
    assert store.alert("t").n_unread == 0 and store.hits(unread=True) == []


def test_webhook_posts_the_body_retries_and_guards_private_addresses(store: Store) -> None:
    with receiver() as hook:
        store.add_alert("guarded", "events", {}, deliver=[parse_channel(hook.url)])
        store.add_alert("loopback", "events", {}, deliver=[parse_channel(hook.url)], allow_private=True)
        hook.answers = [(503, 0.0), (500, 0.0)]  # two failures, then 200: delivered on the third try
        arrest(store, "a", source="Frontier Courier")
        run = check_alerts(store, webhook=FAST)
        assert len(run.hits) == 2 and run.delivered == 1
        assert run.failed and "private or local address (127.0.0.1)" in run.failed[0][1]
        assert "--allow-private" in run.failed[0][1]
        assert len(hook.received) == 3  # 503, 500, 200 for the allowed alert; nothing for the guarded one
        last = hook.received[-1]
        assert last.body["alert"] == "loopback" and last.headers["idempotency-key"] == last.body["id"]
        assert last.headers["content-type"].startswith("application/json")
        assert last.body["record"]["type"] == "ARREST"
        pending = store.deliveries(pending=True)
        assert [d.hit.alert for d in pending] == ["guarded"] and pending[0].attempts == 1

        # a receiver that answers too slowly: timed out after every retry, kept pending
        store.add_alert("slow", "events", {"source": "Slow Wire"}, deliver=[parse_channel(hook.url)], allow_private=True)
        hook.answers = [(200, 1.5)] * 3
        arrest(store, "s", source="Slow Wire", city="Adana", day=9)
        run = check_alerts(store, webhook=FAST)
        assert any(channel.startswith("webhook:") and "timed out (3 attempts)" in why for channel, why in run.failed)
        tried = {d.hit.alert: d for d in store.deliveries(pending=True) if d.allow_private}
        assert tried.keys() == {"loopback", "slow"} and tried["loopback"].attempts == 1
        assert tried["slow"].attempts == 0  # the channel was down: left for the next run, not tried

        # a 4xx is not retried
        hook.answers = [(410, 0.0)]
        retried = deliver_pending(store, webhook=FAST, retry_all=True)
        assert any("HTTP 410 (not retried)" in why for _, why in retried.failed)


def test_a_failed_delivery_is_retried_next_time(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "hits.jsonl"
    store.add_alert("f", "events", {}, deliver=[parse_channel(str(out))])
    folder.rmdir()
    folder.write_text("a file where the folder was", encoding="utf-8")  # cannot write, even as root
    arrest(store, "a", source="Wire")
    run = check_alerts(store)
    assert run.delivered == 0 and "hits.jsonl: cannot write: Not a directory" in run.failed[0][1]
    assert store.deliveries(pending=True)[0].last_error == run.failed[0][1]
    folder.unlink()
    folder.mkdir()
    run = check_alerts(store)  # nothing new, but the pending delivery goes out
    assert run.hits == [] and run.delivered == 1 and len(lines(out)) == 1
    assert store.deliveries(pending=True) == []


def test_cli_add_list_show_remove(tmp_path: Path) -> None:
    db = str(tmp_path / "wf.sqlite")
    out = tmp_path / "hits.jsonl"
    runner = CliRunner()

    def wf(*args: str, code: int = 0) -> str:
        result = runner.invoke(main, ["--db", db, *args])
        assert result.exit_code == code, result.output
        return result.output

    said = wf("alert", "add", "rus", "--type", "arrest", "--nationality", "rus", "--deliver", str(out),
              "--deliver", "terminal")  # fmt: skip
    assert said.startswith("alert rus on events type=ARREST nationality=RUS; hits go to jsonl ")
    assert "claims" in wf("alert", "add", "border", "--topic", "turkey-syria-border-crossable", "--stance", "affirm")
    assert "--country filters events" in wf("alert", "add", "bad", "--stance", "deny", "--country", "TUR", code=2)
    assert "alpha-3" in str(runner.invoke(main, ["--db", db, "alert", "add", "bad", "--country", "Turkey"]).exception)
    warned = runner.invoke(main, ["--db", db, "alert", "add", "local", "--deliver", "http://127.0.0.1:9/hook"])
    assert warned.exit_code == 0 and "refused unless the alert is added with --allow-private" in warned.output
    wf("alert", "remove", "local")
    listed = json.loads(wf("alert", "list", "--format", "json"))
    assert [(a["name"], a["kind"]) for a in listed] == [("border", "claims"), ("rus", "events")]
    assert listed[1]["deliver"] == [f"jsonl:{out}", "terminal"]

    with Store.open(db) as store:
        arrest(store, "a", source="Frontier Courier")
    ran = wf("alert", "run")
    assert "alert rus: ARREST" in ran and "alerts: 1 new hit, 2 delivered" in ran
    assert len(lines(out)) == 1
    shown = wf("alert", "show", "rus")
    assert "1 hits, 1 unread" in shown and "delivered" in shown and "* #1" in shown
    detail = json.loads(wf("alert", "show", "rus", "--format", "json"))
    assert detail["recent_hits"][0]["deliveries"][0]["delivered_at"]
    assert wf("alert", "read", "rus").startswith("1 hits marked read")
    assert wf("alert", "remove", "rus") == "alert rus removed\n"
    assert [a["name"] for a in json.loads(wf("alert", "list", "--format", "json"))] == ["border"]


def _run(db: Path, *args: str, crash: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "WATCHFLOOR_TEST_CRASH"}
    if crash:
        env["WATCHFLOOR_TEST_CRASH"] = crash
    command = [sys.executable, "-m", "watchfloor", "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)


def test_killed_between_commit_and_delivery_delivers_exactly_once_after_restart(tmp_path: Path) -> None:
    db = tmp_path / "wf.sqlite"
    out = tmp_path / "hits.jsonl"
    with receiver() as hook:
        with Store.open(db) as store:
            store.add_alert("rus", "events", {"nationality": "RUS"}, deliver=[parse_channel(str(out)), parse_channel(hook.url)],
                            allow_private=True)  # fmt: skip
            arrest(store, "a", source="Frontier Courier")

        killed = _run(db, "alert", "run", crash="alerts-committed")
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        with Store.open(db) as store:
            assert len(store.hits()) == 1  # committed
            assert [d.delivered_at for d in store.deliveries()] == [None, None]  # not delivered
        assert not out.exists() and hook.received == []

        restarted = _run(db, "alert", "run")
        assert restarted.returncode == 0, restarted.stderr
        assert "alerts: 0 new hits, 2 delivered" in restarted.stdout
        again = _run(db, "alert", "run")
        assert "0 delivered" in again.stdout
    assert len(lines(out)) == 1 and len(hook.received) == 1
    assert lines(out)[0]["id"] == hook.received[0].body["id"]


def test_a_jsonl_line_is_not_written_twice_when_marking_was_lost(store: Store, tmp_path: Path) -> None:
    """A crash after writing the line but before marking it delivered: the next run sends it again,
    and the file sink sees its id already there."""
    out = tmp_path / "hits.jsonl"
    store.add_alert("rus", "events", {}, deliver=[parse_channel(str(out))])
    arrest(store, "a", source="Wire")
    store.evaluate_alerts()
    (delivery,) = store.claim_deliveries()
    from watchfloor.alerts import body
    from watchfloor.alerts.channels import JsonLinesSink

    JsonLinesSink(out).send(body(delivery.hit, delivery.filters), resumed=delivery.resumed)  # ... and it dies here
    assert not delivery.resumed
    assert store.claim_deliveries() == []  # leased: another process would not take it now
    store.finish_delivery(delivery.id, "lost")  # the lease ran out (simulated): pending again
    assert store.deliveries(pending=True)[0].resumed
    assert deliver_pending(store).delivered == 1
    assert len(lines(out)) == 1


@pytest.mark.slow
def test_ingest_evaluates_alerts_and_a_kill_after_commit_delivers_once_on_rerun(tmp_path: Path) -> None:
    """The real `watchfloor ingest` (spaCy and all), killed right after the hits are committed."""
    db = tmp_path / "wf.sqlite"
    out = tmp_path / "hits.jsonl"
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "kilis.txt").write_text(
        "Police in Kilis detained five Uzbek nationals on Monday as they tried to cross into Syria, officials said.\n",
        encoding="utf-8",
    )
    added = _run(db, "alert", "add", "uzb", "--nationality", "UZB", "--deliver", str(out))
    assert added.returncode == 0, added.stderr
    killed = _run(db, "ingest", "-q", "--published", "2015-04-09", str(corpus), crash="alerts-committed")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not out.exists()
    rerun = _run(db, "ingest", "-q", "--published", "2015-04-09", str(corpus))
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.startswith("0 new, 1 unchanged") and "alerts: 0 new hits, 1 delivered" in rerun.stdout
    assert [b["record"]["type"] for b in lines(out)] == ["ARREST"]
    assert "1 delivered" not in _run(db, "ingest", "-q", str(corpus)).stdout
    assert len(lines(out)) == 1


def test_a_large_backfill_goes_on_at_the_next_evaluation(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import watchfloor.store.alerts as stored_alerts

    monkeypatch.setattr(stored_alerts, "MAX_MATCHES", 2)
    for n in range(5):
        arrest(store, f"d{n}", source=f"Wire {n}", city=["Kilis", "Hatay", "Adana", "Mersin", "Izmir"][n], day=n + 1)
    text = "A channel claimed the border is still open."
    for n in range(3):
        report(store, f"c{n}", f"{text} ({n})", source="Channel", claims=[claim(f"{text} ({n})")])
    store.add_alert("all", "events", {}, backfill=True)
    store.add_alert("claims", "claims", {}, backfill=True)
    found = [len(store.evaluate_alerts()) for _ in range(4)]
    assert found == [4, 3, 1, 0]  # 2 + 2, then 2 + 1, then 1
    assert {a.name: a.n_hits for a in store.alerts()} == {"all": 5, "claims": 3}


def test_every_watch_round_evaluates_and_delivers(tmp_path: Path) -> None:
    """`watchfloor watch --once`: the round ends with the alerts (here over reports stored before,
    by --backfill; the watched export is an empty channel, so no model is loaded)."""
    db = tmp_path / "wf.sqlite"
    out = tmp_path / "hits.jsonl"
    export = tmp_path / "export" / "result.json"
    export.parent.mkdir()
    export.write_text(json.dumps({"name": "Quiet", "type": "public_channel", "id": 1, "messages": []}), encoding="utf-8")
    sources = tmp_path / "sources.yaml"
    sources.write_text("exports:\n  - path: export/result.json\n    interval: 1h\n", encoding="utf-8")
    with Store.open(db) as store:
        arrest(store, "a", source="Frontier Courier")
        store.add_alert("rus", "events", {"nationality": "RUS"}, deliver=[parse_channel(str(out))], backfill=True)
    result = CliRunner().invoke(main, ["--db", str(db), "watch", "--once", str(sources)])
    assert result.exit_code == 0, result.output
    assert "alerts: 1 new hit, 1 delivered" in result.output
    assert [b["alert"] for b in lines(out)] == ["rus"]
    again = CliRunner().invoke(main, ["--db", str(db), "watch", "--once", str(sources)])
    assert "nothing due" in again.output and "alerts:" not in again.output and len(lines(out)) == 1


def test_a_fault_in_a_channel_fails_the_delivery_not_the_run(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from watchfloor.alerts.channels import JsonLinesSink

    def broken(self: JsonLinesSink, body: dict[str, Any], *, resumed: bool = False) -> None:
        raise RuntimeError("boom")

    store.add_alert("a", "events", {}, deliver=[parse_channel(str(tmp_path / "a.jsonl")), "terminal"])
    arrest(store, "a", source="Wire")
    monkeypatch.setattr(JsonLinesSink, "send", broken)
    said: list[str] = []
    run = check_alerts(store, echo=said.append)
    assert run.failed == [(f"jsonl:{tmp_path / 'a.jsonl'}", "RuntimeError: boom")]
    assert run.delivered == 1 and len(said) == 1  # the terminal still got it
    monkeypatch.undo()
    assert check_alerts(store).delivered == 1 and len(lines(tmp_path / "a.jsonl")) == 1
