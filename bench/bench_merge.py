"""Merging: time and peak memory to cluster 10k and 100k generated mentions, and how cost grows.

    .venv/bin/python bench/bench_merge.py                 # 10k and 100k, in memory
    .venv/bin/python bench/bench_merge.py --store 10000   # also a full recluster through SQLite

Each size runs in a fresh process so peak memory (max RSS) is its own. Mentions are generated
from invented events in 40 countries and seven types, over two years ("memory": 100k mentions
are ten times denser than 10k) or over two years per 10k mentions ("spread": a longer beat), each told by one to four
"documents" with the noise real reports have: counts off by one, a day off, a week or month
instead of a day, nationalities or places left out. Reported: the time to build the mentions
(each derives once the names, days and counts comparisons read), clustering time (clock and the
process's CPU time, which a shared machine distorts less), canonical values
and disagreements time, pairwise comparisons per mention (flat when blocking works), peak RSS,
and B-cubed F1 against the generated truth; through the store: a full recluster, a second one
(nothing changes), and a later batch of 100 reports joining the stored clusters.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from watchfloor.merge.canonical import canonical
from watchfloor.merge.cluster import Clusterer
from watchfloor.merge.mention import Mention, mention_key
from watchfloor.model import Agent, Document, Event, Evidence, Extraction, Location, Target

TYPES = ["ARREST", "ARREST", "ARREST", "DEPORT", "CHARGE", "ATTACK", "TRAVEL", "ENTRY_BAN", "TAKEDOWN"]
COUNTRIES = [f"C{i:02d}" for i in range(40)]
NATIONALITIES = ["RUS", "TJK", "UZB", "KGZ", "SYR", "IRQ", "DEU", "FRA", "GBR", "CHN", "AZE", "GEO"]
DAYS = 730


def generate(
    n: int, seed: int = 1, days: int = DAYS, prefix: str = "report"
) -> tuple[list[tuple[Document, Event]], dict[int, int]]:
    """(document, event) pairs in arrival order, and each mention's true event."""
    rng = random.Random(seed)
    out: list[tuple[Document, Event]] = []
    truth: dict[int, int] = {}
    start = date(2020, 1, 1)
    true_event = 0
    while len(out) < n:
        true_event += 1
        day = start + timedelta(days=rng.randrange(days))
        country = rng.choice(COUNTRIES)
        facts: dict[str, Any] = {
            "type": rng.choice(TYPES),
            "total": rng.choice([None, 1, 2, 3, 5, 7, 12, 13, 23, 40, 78]),
            "nats": rng.sample(NATIONALITIES, rng.choice([0, 1, 1, 1, 2, 3])),
            "admin1": rng.choice([None, f"{country}-A", f"{country}-B", f"{country}-C"]),
        }
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            if len(out) >= n:
                break
            told = dict(facts)
            if told["total"] and told["total"] >= 10 and rng.random() < 0.15:
                told["total"] += 1
            if rng.random() < 0.2:
                told["nats"] = []
            if rng.random() < 0.3:
                told["admin1"] = None
            precision = rng.choice(["day"] * 6 + ["week", "month", "unknown"])
            shift = timedelta(days=1 if rng.random() < 0.1 else 0)
            published = day + timedelta(days=rng.randint(0, 5))
            n_doc = len(out) + 1
            text = f"{prefix} {n_doc}"
            event = Event(
                id="e1", type=told["type"], evidence=Evidence(0, len(text), text),
                date=None if precision == "unknown" else day + shift, date_precision=precision,
                agent=Agent(country=country, sector="POL"),
                targets=[Target(nationality=x) for x in told["nats"]], total=told["total"],
                location=Location(country=country, admin1=told["admin1"]),
            )  # fmt: skip
            document = Document(doc_id=f"{prefix}{n_doc}", text=text, language="en", published=published, source=f"S{n_doc % 97}")
            truth[n_doc] = true_event
            out.append((document, event))
    return out, truth


def bcubed(truth: dict[int, int], predicted: dict[int, str]) -> float:
    by_true: dict[int, set[int]] = defaultdict(set)
    by_pred: dict[str, set[int]] = defaultdict(set)
    for item, t in truth.items():
        by_true[t].add(item)
        by_pred[predicted[item]].add(item)
    p = sum(len(by_true[truth[i]] & by_pred[predicted[i]]) / len(by_pred[predicted[i]]) for i in truth)
    r = sum(len(by_true[truth[i]] & by_pred[predicted[i]]) / len(by_true[truth[i]]) for i in truth)
    p, r = p / len(truth), r / len(truth)
    return 2 * p * r / (p + r)


def run_memory(n: int, spread: bool = False) -> dict[str, Any]:
    pairs, truth = generate(n, days=DAYS * max(1, n // 10_000) if spread else DAYS)
    t_mentions = time.perf_counter()  # a mention derives once what comparisons read (names, days, counts)
    mentions = [
        Mention(id=i, key=mention_key(d.hash, 0, len(d.text)), document=i, event=e, doc_id=d.doc_id,
                source=d.source, language=d.language, published=d.published)  # fmt: skip
        for i, (d, e) in enumerate(pairs, start=1)
    ]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    mentions_s = t0 - t_mentions
    cpu0 = time.process_time()  # on a shared machine the process's own CPU time says more than the clock
    clusterer = Clusterer()
    clusterer.add_all(mentions)
    t1 = time.perf_counter()
    cluster_cpu_s = time.process_time() - cpu0
    groups = dict(clusterer.clusters())
    n_disagreements = sum(len(canonical(cid, ms).disagreements) for cid, ms in groups.items())
    t2 = time.perf_counter()
    predicted = {m.id: cid for cid, ms in groups.items() for m in ms}
    return {
        "mentions": n, "true_events": len(set(truth.values())), "clusters": len(groups),
        "mentions_s": round(mentions_s, 2), "cluster_s": round(t1 - t0, 2),
        "cluster_cpu_s": round(cluster_cpu_s, 2), "canonical_s": round(t2 - t1, 2),
        "comparisons_per_mention": round(clusterer.comparisons / n, 1),
        "disagreements": n_disagreements, "bcubed_f1": round(bcubed(truth, predicted), 4),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rss_before_mb": round(rss_before / 1024),
    }  # fmt: skip


def run_store(n: int) -> dict[str, Any]:
    from watchfloor.merge import assign_pending, recluster
    from watchfloor.store import Store

    pairs, _ = generate(n)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.sqlite") as store:
        t0 = time.perf_counter()
        for document, event in pairs:
            store.add(document, Extraction(doc_id=document.doc_id, events=[event]))
        t1 = time.perf_counter()
        report = recluster(store)
        t2 = time.perf_counter()
        again = recluster(store)
        t3 = time.perf_counter()
        for document, event in generate(100, seed=2, prefix="late")[0]:  # a later batch of 100 reports
            store.add(document, Extraction(doc_id=document.doc_id, events=[event]))
        t4 = time.perf_counter()
        assign_pending(store)
        t5 = time.perf_counter()
    return {
        "mentions": n, "store_add_s": round(t1 - t0, 1), "full_recluster_s": round(t2 - t1, 1),
        "recluster_again_s": round(t3 - t2, 1), "clusters": report.clusters, "reassigned_again": again.assigned,
        "assign_100_new_s": round(t5 - t4, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--store", type=int, nargs="*", default=[], help="sizes to run through a SQLite store too")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, size = args.one.split(":")
        result = run_store(int(size)) if kind == "store" else run_memory(int(size), spread=kind == "spread")
        print(json.dumps(result))
        return
    rows = []
    for kind, sizes in (("memory", args.sizes), ("spread", args.sizes), ("store", args.store)):
        for size in sizes:
            child = subprocess.run(
                [sys.executable, __file__, "--one", f"{kind}:{size}"], capture_output=True, text=True, check=True
            )
            row = {"kind": kind, **json.loads(child.stdout)}
            rows.append(row)
            print(json.dumps(row))
    for kind, label in (("memory", "same two years, 10x denser"), ("spread", "period grows with the corpus")):
        measured = [r for r in rows if r["kind"] == kind]
        for small, large in zip(measured, measured[1:], strict=False):
            factor = large["mentions"] / small["mentions"]
            print(f"{label}: {small['mentions']} → {large['mentions']} mentions (×{factor:g}): clustering time "
                  f"×{large['cluster_s'] / max(small['cluster_s'], 1e-9):.1f}, comparisons per mention "
                  f"{small['comparisons_per_mention']} → {large['comparisons_per_mention']}, peak RSS "
                  f"{small['peak_rss_mb']} → {large['peak_rss_mb']} MB")

if __name__ == "__main__":
    main()
