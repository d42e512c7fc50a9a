"""Web API latency at 100,000 events in the embedded SQLite store.

    .venv/bin/python bench/bench_web.py [--events 100000] [--seconds 10] [--concurrency 1,8] [--db PATH]

Fills a store through `Store.add` with synthetic documents (10 events each) unless --db names one
already filled, starts `watchfloor serve` on a free loopback port in its own process, and loads the
event list and timeline endpoints: with `wrk` when it is installed (p95 from a Lua hook), else with
a bounded httpx thread pool in this process. Prints p50/p95/p99 latency and requests/s per
endpoint, the server's peak RSS, and the query plans (which indexes serve each query).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import sqlalchemy as sa

from watchfloor.model import Agent, Claim, Document, Event, Evidence, Extraction, Location, Speaker, Target
from watchfloor.store import Store
from watchfloor.store.search import EVENT_SORTS, EventQuery
from watchfloor.web.server import free_port

TYPES = ["ARREST"] * 5 + ["DEPORT", "DEPORT", "ENTRY_BAN", "TRAVEL", "ATTACK", "CHARGE", "TAKEDOWN"]
PLACES = [("TUR", "Gaziantep", 37.06, 37.38), ("TUR", "Kilis", 36.72, 37.12), ("TUR", "Hatay", 36.2, 36.16),
          ("TUR", "Sanliurfa", 37.16, 38.79), ("TUR", "Istanbul", 41.01, 28.98), ("RUS", "Dagestan", 42.98, 47.5),
          ("SYR", "Aleppo", 36.2, 37.16), ("XKX", "Pristina", 42.66, 21.17)]  # fmt: skip
NATIONS = ["RUS", "TJK", "UZB", "SYR", "DEU", "GBR", "CHN", "XKX", "KAZ", "AZE"]
TOPICS = ["turkey-syria-border-crossable", "border-closure-rumours", "recruitment-call"]
ENDPOINTS = {
    "events, first page": "/api/events?limit=50",
    "events, type + nationality + dates": "/api/events?type=ARREST&nationality=RUS&since=2015-06-01&until=2016-06-30&limit=50",
    "events, page 100 by total": "/api/events?sort=total&limit=50&offset=5000",
    "timeline, by week": "/api/timeline?bucket=week",
    "timeline, by day, one type": "/api/timeline?bucket=day&type=ATTACK&since=2015-01-01&until=2015-12-31",
}


def fill(store: Store, n_events: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    per_doc = 10
    for d in range(n_events // per_doc):
        sentences, events = [], []
        offset = 0
        for i in range(per_doc):
            country, admin1, lat, lon = rng.choice(PLACES)
            count = rng.randint(1, 40)
            nation = rng.choice(NATIONS)
            type_ = rng.choice(TYPES)
            sentence = f"Officers in {admin1} acted against {count} {nation} nationals in case {d}-{i}."
            sentences.append(sentence)
            day = start + timedelta(days=rng.randint(0, 729))
            events.append(Event(
                id=f"e{i + 1}", type=type_, evidence=Evidence(offset, offset + len(sentence), sentence), date=day,
                date_precision="day", total=count, targets=[Target(count=count, nationality=nation)],
                agent=Agent(text="Officers", country=country, sector=rng.choice(["POL", "MIL", "GOV", "JUD"])),
                location=Location(text=admin1, country=country, admin1=admin1, lat=lat, lon=lon, precision=3),
                modality=rng.choice(["asserted"] * 8 + ["claimed", "denied"]),
            ))  # fmt: skip
            offset += len(sentence) + 1
        text = " ".join(sentences)
        claims = []
        if d % 10 == 0:
            claims.append(Claim(id="c1", speaker=Speaker("A channel", "channel"), evidence=events[0].evidence,
                                topic=rng.choice(TOPICS), stance=rng.choice(["affirm", "deny"]),
                                date=events[0].date, date_precision="day"))  # fmt: skip
        published = start + timedelta(days=rng.randint(0, 729))
        document = Document(f"bench-{d}", text, "en", published, f"Outlet {d % 40}", f"Report {d}")
        store.add(document, Extraction(document.doc_id, events=events, claims=claims))


def plans(store: Store) -> list[str]:
    """SQLite's plan for the list and timeline queries (index use)."""
    from watchfloor.store.schema import events

    query = EventQuery()
    out = []
    order = (EVENT_SORTS["date"].desc(), events.c.id.desc())
    listing = sa.select(events.c.id).where(*query.conditions()).order_by(*order).limit(50)
    counting = sa.select(sa.func.count()).select_from(events).where(*query.conditions())
    timeline = (
        sa.select(events.c.date, events.c.type, sa.func.count())
        .where(events.c.date.is_not(None), *query.conditions())
        .group_by(events.c.date, events.c.type)
    )
    with store._read() as conn:
        for name, select in (("list", listing), ("count", counting), ("timeline", timeline)):
            sql = str(select.compile(conn, compile_kwargs={"literal_binds": True}))
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").all()
            out.append(f"{name}: " + "; ".join(str(r[-1]) for r in rows))
    return out


def load_wrk(url: str, seconds: int, concurrency: int) -> dict[str, float]:
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(
        "done = function(summary, latency, requests)\n"
        "  io.write(string.format('WF %f %f %f %d %f\\n', latency:percentile(50), latency:percentile(95),"
        " latency:percentile(99), summary.requests, summary.duration))\n"
        "end\n"
    )
    threads = min(2, concurrency)  # wrk needs at least one connection per thread
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{concurrency}", f"-d{seconds}s", "-s", str(script), url],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    script.unlink()
    line = next(line for line in out.splitlines() if line.startswith("WF "))
    p50, p95, p99, n, duration = (float(x) for x in line.split()[1:])
    return {"p50": p50 / 1000, "p95": p95 / 1000, "p99": p99 / 1000, "rps": n / (duration / 1e6), "n": n}


def load_httpx(url: str, seconds: int, concurrency: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker() -> None:
        nonlocal errors
        with httpx.Client(timeout=httpx.Timeout(30.0)) as client:
            while time.monotonic() < stop:
                begin = time.perf_counter()
                response = client.get(url)
                took = time.perf_counter() - begin
                with lock:
                    latencies.append(took * 1000)
                    errors += response.status_code != 200

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    if errors:
        raise SystemExit(f"{errors} requests to {url} failed")
    cuts = statistics.quantiles(latencies, n=100)
    return {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98], "rps": len(latencies) / elapsed, "n": len(latencies)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--concurrency", default="1,8", help="connections, comma-separated runs")
    parser.add_argument("--db", type=Path, help="a store to reuse (filled on first use)")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.sqlite"
    with Store.open(db) as store:
        have = store.counts()["events"]
        if have == 0:
            begin = time.perf_counter()
            fill(store, args.events)
            took = time.perf_counter() - begin
            print(f"filled {db}: {args.events:,} events in {took:.1f} s ({args.events / took:,.0f} events/s via Store.add)")
        counts = store.counts()
        print(f"store: {counts['events']:,} events, {counts['documents']:,} documents, {counts['claims']:,} claims")
        for line in plans(store):
            print(f"  plan {line}")
        for bucket in ("week", "day"):
            took = []
            for _ in range(5):
                store.__dict__.pop("_timelines", None)  # the uncached query, as after any write
                begin = time.perf_counter()
                store.event_timeline(EventQuery(), bucket)
                took.append((time.perf_counter() - begin) * 1000)
            print(f"  timeline by {bucket} over every event, uncached, in-process: median {statistics.median(took):.1f} ms")

    port = free_port()
    exe = Path(sys.executable).with_name("watchfloor")
    server = subprocess.Popen([str(exe), "--db", str(db), "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/api/me", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.1)
        tool = "wrk" if shutil.which("wrk") else "httpx threads"
        load = load_wrk if tool == "wrk" else load_httpx
        for concurrency in (int(c) for c in args.concurrency.split(",")):
            print(f"load: {tool}, {concurrency} connections, {args.seconds} s per endpoint, 1 uvicorn worker, "
                  f"{os.cpu_count()} cores shared by server and load")  # fmt: skip
            for name, path in ENDPOINTS.items():
                httpx.get(base + path, timeout=30).raise_for_status()  # warm-up, and it must answer 200
                result = load(base + path, args.seconds, concurrency)
                print(f"  {name:38} p50 {result['p50']:7.1f} ms  p95 {result['p95']:7.1f} ms  "
                      f"p99 {result['p99']:7.1f} ms  {result['rps']:7.1f} req/s  ({int(result['n'])} requests)")  # fmt: skip
        status = Path(f"/proc/{server.pid}/status")
        if status.is_file():
            peak = next(line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmHWM"))
            print(f"server peak RSS {int(peak) / 1024:.0f} MB; "
                  f"bench peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")  # fmt: skip
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        tmp.cleanup()


if __name__ == "__main__":
    main()
