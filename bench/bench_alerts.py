"""Alerts: evaluation time per ingested document, against the cost of storing and merging it.

    .venv/bin/python bench/bench_alerts.py                       # 5,000 stored, 20 alerts, 20 rounds of 10
    .venv/bin/python bench/bench_alerts.py --stored 20000 --alerts 50 --rounds 50 --batch 10

A SQLite store is filled with `--stored` generated reports (bench_merge's generator: invented
events in 40 countries, told by one to four "documents") and merged; then `--alerts` alerts are
saved (events by type, nationality, country, admin1, agent, source, text; claims by topic) with a
JSON-lines channel each. Each round stores `--batch` new reports as an ingest would (Store.add,
then the merger), then evaluates the alerts and delivers their hits (what `check_alerts` does). Reported: alert
time (evaluation and delivery) per ingested document (median and 95th percentile over rounds),
evaluation alone per document, delivery per hit (two small transactions and an fsync'd line),
alert time as a share of storing and merging a document, a round with nothing new, hits, peak RSS. NLP is left out
(bench_english.py measures it): alert time next to it is smaller still.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_merge import NATIONALITIES, generate  # noqa: E402

from watchfloor.alerts import check_alerts, deliver_pending, parse_channel  # noqa: E402
from watchfloor.merge import assign_pending  # noqa: E402
from watchfloor.model import Claim, Evidence, Extraction, Speaker  # noqa: E402
from watchfloor.store import Store  # noqa: E402


def alert_filters(n: int) -> list[tuple[str, dict[str, Any]]]:
    """`n` alerts cycling through every filter the alerts take."""
    kinds: list[tuple[str, dict[str, Any]]] = []
    for i in range(n):
        nat = NATIONALITIES[i % len(NATIONALITIES)]
        country = f"C{i % 40:02d}"
        choice = i % 8
        if choice == 0:
            kinds.append(("events", {"type": ["ARREST"], "nationality": nat}))
        elif choice == 1:
            kinds.append(("events", {"country": country, "type": ["ARREST", "DEPORT"]}))
        elif choice == 2:
            kinds.append(("events", {"admin1": f"{country}-A"}))
        elif choice == 3:
            kinds.append(("events", {"agent": "POL", "nationality": nat}))
        elif choice == 4:
            kinds.append(("events", {"source": f"S{i % 97}"}))
        elif choice == 5:
            kinds.append(("events", {"text": f"report {i}1"}))
        elif choice == 6:
            kinds.append(("claims", {"topic": "turkey-syria-border-crossable", "stance": "affirm"}))
        else:
            kinds.append(("events", {}))
    return kinds


def add(store: Store, pairs: list[Any], claims_every: int = 5) -> None:
    for n, (document, event) in enumerate(pairs):
        claims = []
        if n % claims_every == 0:
            text = document.text
            claims = [Claim(id="c1", speaker=Speaker("a channel", "channel"), evidence=Evidence(0, len(text), text),
                            topic="turkey-syria-border-crossable", stance="affirm" if n % 2 else "deny")]  # fmt: skip
        store.add(document, Extraction(doc_id=document.doc_id, events=[event], claims=claims))


def run(stored: int, n_alerts: int, rounds: int, batch: int) -> dict[str, Any]:
    pairs, _ = generate(stored + rounds * batch)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.sqlite") as store:
        add(store, pairs[:stored])
        assign_pending(store)
        for i, (kind, filters) in enumerate(alert_filters(n_alerts)):
            store.add_alert(f"a{i}", kind, filters, deliver=[parse_channel(str(Path(tmp) / f"a{i % 5}.jsonl"))])
        ingest_s: list[float] = []
        alert_s: list[float] = []
        evaluate_s: list[float] = []
        deliver_s: list[float] = []
        hits = delivered = 0
        for r in range(rounds):
            chunk = pairs[stored + r * batch : stored + (r + 1) * batch]
            t0 = time.perf_counter()
            add(store, chunk)
            assign_pending(store)
            t1 = time.perf_counter()
            found = store.evaluate_alerts()
            t2 = time.perf_counter()
            done = deliver_pending(store, echo=lambda _: None)
            t3 = time.perf_counter()
            ingest_s.append((t1 - t0) / batch)
            evaluate_s.append((t2 - t1) / batch)
            deliver_s.append((t3 - t2) / max(1, done.delivered))
            alert_s.append((t3 - t1) / batch)
            hits += len(found)
            delivered += done.delivered
        idle = []
        for _ in range(5):  # a watch round with nothing new: what every round costs
            t0 = time.perf_counter()
            check_alerts(store, echo=lambda _: None)
            idle.append(time.perf_counter() - t0)
    q95 = statistics.quantiles(alert_s, n=20)[-1] if len(alert_s) >= 2 else alert_s[0]
    return {
        "stored": stored, "alerts": n_alerts, "rounds": rounds, "batch": batch,
        "alert_ms_per_doc_median": round(statistics.median(alert_s) * 1000, 2),
        "alert_ms_per_doc_p95": round(q95 * 1000, 2),
        "evaluate_ms_per_doc_median": round(statistics.median(evaluate_s) * 1000, 2),
        "deliver_ms_per_hit_median": round(statistics.median(deliver_s) * 1000, 2),
        "store_and_merge_ms_per_doc_median": round(statistics.median(ingest_s) * 1000, 2),
        "alert_share_of_store_and_merge": round(statistics.median(alert_s) / statistics.median(ingest_s), 3),
        "idle_round_ms": round(statistics.median(idle) * 1000, 2),
        "hits": hits, "delivered": delivered,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=int, default=5000, help="reports stored before the alerts")
    parser.add_argument("--alerts", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--batch", type=int, default=10, help="reports per round (one ingest or watch round)")
    args = parser.parse_args()
    print(json.dumps(run(args.stored, args.alerts, args.rounds, args.batch), indent=1))


if __name__ == "__main__":
    main()
