"""Export and frame throughput on a store of generated events.

    .venv/bin/python bench/bench_export.py [--events 20000] [--db PATH]

Fills a SQLite store through `Store.add` with bench_web's synthetic documents (10 events each)
unless --db names one already filled, merges them into canonical events, then writes every
format of canonical events and of mentions and builds the frames. Prints rows per second, the
file sizes and peak RSS. The ratio that matters is against reading the rows alone (`select`):
what encoding a format adds to the store's read.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_web import fill  # noqa: E402

from watchfloor.export import FORMATS, Filters, export, select  # noqa: E402
from watchfloor.merge import recluster  # noqa: E402
from watchfloor.store import Store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--db", type=Path, help="an already filled store (default: a new temporary one)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="wf-bench-export-"))
    path = args.db or tmp / "bench.db"
    with Store.open(path) as store:
        if args.db is None:
            began = time.perf_counter()
            fill(store, args.events)
            report = recluster(store)
            print(f"filled and merged {args.events} events into {report.clusters} canonical events "
                  f"in {time.perf_counter() - began:.1f} s")  # fmt: skip
        for kind in ("events", "mentions"):
            began = time.perf_counter()
            rows = len(select(store, kind, Filters()))
            read = time.perf_counter() - began
            print(f"\n{kind}: {rows} rows; select {rows / read:,.0f} rows/s ({read:.2f} s)")
            for fmt in FORMATS:
                out = tmp / f"{kind}.{fmt}"
                began = time.perf_counter()
                done = export(store, kind, fmt, str(out), Filters())
                took = time.perf_counter() - began
                print(f"  {fmt:8} {done.rows / took:>10,.0f} rows/s  {took:6.2f} s  ×{took / read:4.2f} of select  "
                      f"{out.stat().st_size / 1e6:7.2f} MB")  # fmt: skip
            began = time.perf_counter()
            frame = store.frame(kind)
            took = time.perf_counter() - began
            print(f"  {'frame':8} {len(frame) / took:>10,.0f} rows/s  {took:6.2f} s  ×{took / read:4.2f} of select  "
                  f"{frame.memory_usage(deep=True).sum() / 1e6:7.2f} MB in memory")  # fmt: skip
    print(f"\npeak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
