"""A backfill of 100,000 generated documents into PostgreSQL: does the time per document grow as
the store fills, and does a rerun add nothing?

    WATCHFLOOR_TEST_PG=postgresql+psycopg://user:pw@127.0.0.1/db \\
        .venv/bin/python bench/bench_pg_backfill.py --reset [--docs 100000] [--workers N | --dask local]

The documents are short news items (about 700 characters) generated from bench/corpus.py's
English templates and bench_russian.py's Russian ones (one in four), each distinct, written as
.txt files in folders of 1,000. One real `watchfloor ingest` stores them all (with --workers, by default every core, or
on Dask), then the same command runs again. Printed: seconds per document over the first and the
last WINDOW documents stored (from the store's ingested_at), per tenth of the run, the merge after
the batch, the peak memory of the largest process, the rerun's summary and time, and what 100M documents would take at the measured
rate. `--reset` empties the database first (DROP SCHEMA public CASCADE): never point it at one
you want to keep.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def write_documents(folder: Path, n: int, seed: int = 11) -> None:
    from bench_russian import make_texts
    from corpus import generate

    rng = random.Random(seed)
    english = [t for t, _ in generate(4000)]
    russian = make_texts(400, seed)
    for i in range(n):
        sub = folder / f"{i // 1000:04d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True)
        if i % 4 == 3:
            text = rng.choice(russian)
            text += f" Сообщение {i}."
        else:
            text = rng.choice(english) + f" Report {i}."
        (sub / f"{i:07d}.txt").write_text(text, encoding="utf-8")


def stamps(url: str) -> list[datetime]:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [row[0] for row in conn.exec_driver_sql("SELECT ingested_at FROM documents ORDER BY ingested_at")]
    finally:
        engine.dispose()


def reset(url: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def run(url: str, folder: Path, extra: list[str]) -> tuple[str, float, float]:
    """(summary line, seconds, the process's start as a Unix time)."""
    command = [sys.executable, "-m", "watchfloor", "--db", url, "ingest", str(folder), "--quiet",
               "--published", "2020-01-01", *extra]  # fmt: skip
    began = time.time()
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"watchfloor ingest failed:\n{proc.stderr[-3000:]}")
    return proc.stdout.strip().splitlines()[-1], seconds, began


def per_doc(times: list[datetime], start: int, window: int) -> float:
    end = min(start + window, len(times) - 1)
    return (times[end] - times[start]).total_seconds() / max(end - start, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("WATCHFLOOR_TEST_PG"), help="PostgreSQL URL ($WATCHFLOOR_TEST_PG)")
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--window", type=int, default=2_000, help="documents timed at the start and at the end")
    parser.add_argument("--workers", type=int, help="worker processes (default: every core)")
    parser.add_argument("--dask", metavar="SCHEDULER", help="extract on Dask ('local' or an address)")
    parser.add_argument("--reset", action="store_true", help="empty the database first")
    args = parser.parse_args()
    if not args.db or not args.db.startswith("postgresql"):
        parser.error("--db (or $WATCHFLOOR_TEST_PG) must be a PostgreSQL URL")
    extra = (["--workers", str(args.workers)] if args.workers else []) + (["--dask", args.dask] if args.dask else [])
    if args.reset:
        reset(args.db)
    elif stamps_or_none(args.db):
        parser.error("the database holds documents already: empty it with --reset")
    with tempfile.TemporaryDirectory(prefix="bench-backfill-") as tmp:
        folder = Path(tmp) / "docs"
        started = time.perf_counter()
        write_documents(folder, args.docs)
        print(f"{args.docs:,} documents generated in {time.perf_counter() - started:.0f} s; ingest {' '.join(extra)}")
        summary, seconds, began = run(args.db, folder, extra)
        times = stamps(args.db)
        print(f"first run: {summary} in {seconds:,.0f} s ({len(times) / seconds:.1f} docs/s overall)")
        if len(times) < 2:
            raise SystemExit("too few documents stored to time")
        window = min(args.window, len(times) // 4 or 1)
        start_cost = per_doc(times, 0, window)
        end_cost = per_doc(times, len(times) - 1 - window, window)
        print(f"seconds per document: first {window:,} {start_cost * 1000:.1f} ms, last {window:,} {end_cost * 1000:.1f} ms "
              f"(end / start {end_cost / start_cost:.2f})")  # fmt: skip
        tenths = [per_doc(times, k * len(times) // 10, max(len(times) // 10 - 1, 1)) * 1000 for k in range(10)]
        print("ms per document by tenth of the run: " + " ".join(f"{t:.1f}" for t in tenths))
        size = database_bytes(args.db)
        print(f"database size {size / 2**20:,.0f} MB: {size / len(times) / 1024:.1f} KB per document (indexes and all)")
        startup = times[0].timestamp() - began
        merge = began + seconds - times[-1].timestamp()
        print(f"before the first document was stored (start-up, first batch): {startup:.0f} s; "
              f"after the last (merging, exit): {merge:.0f} s")  # fmt: skip
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak RSS of the largest process (the ingest, merging included, or a worker): {peak:,.0f} MB")
        summary2, seconds2, _ = run(args.db, folder, extra)
        after = len(stamps(args.db))
        print(f"rerun: {summary2} in {seconds2:,.0f} s; documents stored {len(times):,} -> {after:,}"
              + ("" if after == len(times) and summary2.startswith("0 new") else "  <-- THE RERUN ADDED DOCUMENTS"))  # fmt: skip
        rate = (len(times) - 1) / (times[-1] - times[0]).total_seconds()
        workers = args.workers or os.cpu_count() or 1
        cpu = database_cpu_per_document(args.db)
        if cpu is None:
            print("database CPU per document: not measured (the server is not on this machine)")
        else:
            per_worker = rate / workers
            print(f"database CPU per stored document: {cpu * 1000:.2f} ms (its backend processes; WAL writer and "
                  f"checkpoints not counted): one database core keeps up with about {1 / cpu:,.0f} documents/s, "
                  f"{1 / cpu / per_worker:,.0f} workers at this run's {per_worker:.1f} docs/s per worker")  # fmt: skip
        days = 100_000_000 / rate / 86_400
        print(f"100M documents at {rate:.1f} docs/s: {days:,.1f} days here, {days * 24 * workers:,.0f} worker-hours "
              f"({workers} workers); see docs/scale.md")  # fmt: skip


def database_cpu_per_document(url: str, n: int = 300) -> float | None:
    """CPU seconds the PostgreSQL server spends storing one document with its extraction: `n`
    documents stored by Store.add, the CPU time of this database's backend processes read from
    /proc before and after (None unless the server runs on this machine and /proc is readable)."""
    from dataclasses import replace

    from corpus import generate

    from watchfloor.model import Document
    from watchfloor.pipeline import Pipeline
    from watchfloor.store import Store

    samples = [Document(doc_id=f"s{i}", text=t, language="en", published=d) for i, (t, d) in enumerate(generate(20))]
    extracted = list(Pipeline().extract_many(samples))
    with Store.open(url) as store:
        store.has_document("0" * 64)  # a connection in the pool, so its backend is counted

        def backend_cpu() -> float | None:
            import sqlalchemy as sa

            engine = sa.create_engine(url)
            try:
                with engine.connect() as conn:
                    pids = [r[0] for r in conn.exec_driver_sql(
                        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")]
            finally:
                engine.dispose()
            total = 0.0
            for pid in pids:
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    return None
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            return total

        before = backend_cpu()
        for k in range(n):
            document, extraction = extracted[k % len(extracted)]
            store.add(replace(document, doc_id=f"cpu-{k}", text=f"{document.text} [{k}]"), extraction)
        after = backend_cpu()
    if before is None or after is None or after <= before:
        return None
    return (after - before) / n


def database_bytes(url: str) -> int:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar() or 0)
    finally:
        engine.dispose()


def stamps_or_none(url: str) -> bool:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return bool(conn.exec_driver_sql("SELECT count(*) FROM documents").scalar())
    except sa.exc.SQLAlchemyError:
        return False  # no table yet: an empty database
    finally:
        engine.dispose()


if __name__ == "__main__":
    main()
